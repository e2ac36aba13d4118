/** A marker's position on screen (CSS px). */
export interface ScreenSpot {
  x: number;
  y: number;
}

/**
 * Pushes markers apart until no two are nearer than `gap` px (or `rounds` run out), moving each
 * of a pair half the overlap along the line between them. Coincident markers split sideways, in
 * list order, so the result is deterministic. Returns new positions in the same order.
 */
export const declutter = (spots: readonly ScreenSpot[], gap: number, rounds = 8): ScreenSpot[] =>
  declutterInPlace(
    spots.map((s) => ({ x: s.x, y: s.y })),
    gap,
    rounds,
  );

/** The same, moving the given spots themselves (the scene's frame loop allocates nothing). */
export const declutterInPlace = <T extends ScreenSpot>(out: T[], gap: number, rounds = 8): T[] => {
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i];
        const b = out[j];
        if (!a || !b) continue;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= gap) continue;
        if (d < 1e-6) {
          dx = 1;
          dy = 0;
          d = 1;
        }
        const push = (gap - Math.min(d, gap)) / 2 + 0.01;
        a.x -= (dx / d) * push;
        a.y -= (dy / d) * push;
        b.x += (dx / d) * push;
        b.y += (dy / d) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out;
};
