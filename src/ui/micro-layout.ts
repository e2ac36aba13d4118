import type { HealingState } from '../lib/healing';

/** A small seeded generator (mulberry32): the same seed gives the same tissue, so pictures repeat. */
const rng = (seed: number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export const MICRO_W = 240;
export const MICRO_H = 150;
const MAX = { neutrophils: 9, macrophages: 5, fibroblasts: 7, typeIII: 26, typeI: 11, links: 18 };

export interface MicroCell {
  id: string;
  kind: 'neutrophil' | 'macrophage' | 'fibroblast';
  x: number;
  y: number;
  angle: number;
  opacity: number;
}
export interface MicroFibre {
  id: string;
  kind: 'type-iii' | 'type-i';
  d: string;
  opacity: number;
}
export interface MicroScene {
  cells: MicroCell[];
  fibres: MicroFibre[];
  links: { id: string; x: number; y: number; opacity: number }[];
  counts: { typeIII: number; typeI: number; links: number };
}

/** Items appear one by one as a level rises (and fade as it falls): item i shows from level·max > i. */
const shown = (level: number, max: number, i: number): number => Math.min(1, Math.max(0, level * max - i));

const wavy = (x0: number, y0: number, angle: number, len: number, amp: number, phase: number): string => {
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  const pts: string[] = [];
  for (let k = 0; k <= 8; k++) {
    const along = (k / 8) * len;
    const off = Math.sin(phase + k * 1.3) * amp;
    pts.push(`${(x0 + c * along - s * off).toFixed(1)},${(y0 + s * along + c * off).toFixed(1)}`);
  }
  return `M${pts.join(' L')}`;
};

/** The tissue at a given day, as positions: deterministic from the healing state alone. */
export const microScene = (h: HealingState): MicroScene => {
  const r = rng(20130601);
  const fibres: MicroFibre[] = [];
  for (let i = 0; i < MAX.typeIII; i++) {
    const [x, y, angle, phase] = [r() * MICRO_W, r() * MICRO_H, r() * Math.PI, r() * 6];
    const opacity = shown(h.collagen.typeIII, MAX.typeIII, i);
    if (opacity > 0)
      fibres.push({ id: `iii-${i}`, kind: 'type-iii', d: wavy(x - 30, y, angle, 70, 4, phase), opacity });
  }
  const crimp = 3 * (1 - h.alignment);
  const rows: number[] = [];
  for (let i = 0; i < MAX.typeI; i++) {
    const y = 10 + (i + 0.5) * ((MICRO_H - 20) / MAX.typeI);
    const tilt = (r() - 0.5) * 0.5 * (1 - h.alignment);
    const opacity = shown(h.collagen.typeI, MAX.typeI, i);
    if (opacity > 0) {
      fibres.push({
        id: `i-${i}`,
        kind: 'type-i',
        d: wavy(-5, y, tilt, MICRO_W + 10, crimp, r() * 6),
        opacity,
      });
      rows.push(y);
    }
  }
  const links: MicroScene['links'] = [];
  const linkLevel = h.matureShare * h.newCollagen;
  for (let i = 0; i < MAX.links && rows.length > 1; i++) {
    const row = Math.floor(r() * (rows.length - 1));
    const [a = 0, b = 0] = [rows[row], rows[row + 1]];
    const opacity = shown(linkLevel, MAX.links, i);
    if (opacity > 0) links.push({ id: `link-${i}`, x: 10 + r() * (MICRO_W - 20), y: (a + b) / 2, opacity });
  }
  const cells: MicroCell[] = [];
  const add = (kind: MicroCell['kind'], level: number, max: number) => {
    for (let i = 0; i < max; i++) {
      const [x, y, angle, wob] = [12 + r() * (MICRO_W - 24), 12 + r() * (MICRO_H - 24), r() * 180, r() * 6];
      const opacity = shown(level, max, i);
      // Cells drift a little with the day (not with wall-clock time), so a day always looks the same.
      const dx = Math.sin(h.day * 0.9 + wob) * 4;
      if (opacity > 0)
        cells.push({
          id: `${kind}-${i}`,
          kind,
          x: x + dx,
          y,
          angle: kind === 'fibroblast' ? angle * (1 - h.alignment) : angle,
          opacity,
        });
    }
  };
  add('neutrophil', h.cells.neutrophils, MAX.neutrophils);
  add('macrophage', h.cells.macrophages, MAX.macrophages);
  add('fibroblast', h.cells.fibroblasts, MAX.fibroblasts);
  const count = (k: MicroFibre['kind']) => fibres.filter((f) => f.kind === k && f.opacity > 0.5).length;
  return {
    cells,
    fibres,
    links,
    counts: {
      typeIII: count('type-iii'),
      typeI: count('type-i'),
      links: links.filter((l) => l.opacity > 0.5).length,
    },
  };
};
