import { describe, expect, it } from 'vitest';
import { type Box2, type LabelRequest, layoutLabels, type PlacedLabel } from '../../src/lib/label-layout';
import { type Box, labelOrder, neighboursOf } from '../../src/lib/label-priority';
import { startLayers } from '../../src/state/store';

const bounds: Box2 = { x: 0, y: 0, width: 1024, height: 768 };

const overlap = (a: Box2, b: Box2): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The leader ends on the box's edge (within half a pixel) and starts at the anchor. */
const onEdge = (p: PlacedLabel): boolean => {
  const { box, end } = p;
  const e = 0.5;
  const withinX = end.x >= box.x - e && end.x <= box.x + box.width + e;
  const withinY = end.y >= box.y - e && end.y <= box.y + box.height + e;
  const onVertical = Math.abs(end.x - box.x) < e || Math.abs(end.x - box.x - box.width) < e;
  const onHorizontal = Math.abs(end.y - box.y) < e || Math.abs(end.y - box.y - box.height) < e;
  return (onVertical && withinY) || (onHorizontal && withinX);
};

/** A pseudo-random but fixed cloud of anchors around the middle of the screen, like a knee. */
const cloud = (n: number, spread = 160): LabelRequest[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    x: 512 + Math.sin(i * 2.39) * spread * ((i % 5) / 5 + 0.2),
    y: 384 + Math.cos(i * 2.39) * spread * 1.4 * ((i % 7) / 7 + 0.2),
    width: 120 + ((i * 37) % 140),
    height: 30,
  }));

describe('label layout', () => {
  it('places every label of a sparse set, beside its anchor, inside the bounds', () => {
    const requests = cloud(6);
    const { placed, dropped } = layoutLabels(requests, { bounds });
    expect(dropped).toEqual([]);
    expect(placed.map((p) => p.id)).toEqual(requests.map((r) => r.id));
    for (const p of placed) {
      expect(p.box.x).toBeGreaterThanOrEqual(0);
      expect(p.box.y).toBeGreaterThanOrEqual(0);
      expect(p.box.x + p.box.width).toBeLessThanOrEqual(1024);
      expect(p.box.y + p.box.height).toBeLessThanOrEqual(768);
    }
  });

  it('never overlaps two boxes, however crowded', () => {
    for (const n of [5, 15, 33, 60]) {
      const { placed } = layoutLabels(cloud(n, 90), { bounds });
      for (let i = 0; i < placed.length; i++) {
        for (let j = i + 1; j < placed.length; j++) {
          expect(
            overlap((placed[i] as PlacedLabel).box, (placed[j] as PlacedLabel).box),
            `${n}: ${i}/${j}`,
          ).toBe(false);
        }
      }
    }
  });

  it('leader lines start at the anchor and end on the edge of their own box, which never covers it', () => {
    const requests = cloud(20, 120);
    const { placed } = layoutLabels(requests, { bounds });
    for (const p of placed) {
      const r = requests.find((q) => q.id === p.id);
      expect(p.anchor).toEqual({ x: r?.x, y: r?.y });
      expect(onEdge(p), p.id).toBe(true);
      const inside =
        p.anchor.x > p.box.x &&
        p.anchor.x < p.box.x + p.box.width &&
        p.anchor.y > p.box.y &&
        p.anchor.y < p.box.y + p.box.height;
      expect(inside).toBe(false);
    }
  });

  it('when crowded, drops the least important (the end of the list) and keeps the first', () => {
    // Thirty wide labels on one spot: there is room for only some.
    const requests = Array.from({ length: 30 }, (_, i) => ({
      id: `s${i}`,
      x: 300,
      y: 300,
      width: 260,
      height: 40,
    }));
    const { placed, dropped } = layoutLabels(requests, { bounds: { x: 0, y: 0, width: 640, height: 600 } });
    expect(dropped.length).toBeGreaterThan(0);
    expect(placed[0]?.id).toBe('s0');
    expect(placed[1]?.id).toBe('s1');
    const lastPlaced = Math.max(...placed.map((p) => Number(p.id.slice(1))));
    const firstDropped = Math.min(...dropped.map((id) => Number(id.slice(1))));
    expect(firstDropped).toBeGreaterThan(1);
    expect(placed.length + dropped.length).toBe(30);
    expect(lastPlaced).toBeGreaterThanOrEqual(placed.length - 1);
  });

  it('respects max, and drops anchors outside the bounds', () => {
    const requests = cloud(10);
    const { placed, dropped } = layoutLabels(
      [{ id: 'off', x: -20, y: 50, width: 80, height: 30 }, ...requests],
      { bounds, max: 4 },
    );
    expect(placed.map((p) => p.id)).toEqual(['s0', 's1', 's2', 's3']);
    expect(dropped[0]).toBe('off');
  });

  it('is deterministic', () => {
    const a = layoutLabels(cloud(25), { bounds });
    const b = layoutLabels(cloud(25), { bounds });
    expect(a).toEqual(b);
  });
});

describe('label priority', () => {
  const box = (x: number, y: number, z: number, size = 0.01): Box => ({
    min: [x, y, z],
    max: [x + size, y + size, z + size],
  });
  const boxes = new Map<string, Box>([
    ['superficial-mcl', box(0, 0, 0, 0.02)],
    ['deep-mcl', box(0.019, 0, 0)],
    ['medial-meniscus', box(0.022, 0.01, 0)],
    ['femur', box(0, 0.03, 0, 0.05)],
    ['lcl', box(0.2, 0, 0)],
    ['acl', box(0.1, 0, 0)],
  ]);
  const query = {
    layers: startLayers(),
    isolate: false,
    selected: 'superficial-mcl',
    mode: 'explore' as const,
  };

  it('finds neighbours by touching or near boxes, nearest first', () => {
    expect(neighboursOf('superficial-mcl', boxes)).toEqual(['deep-mcl', 'medial-meniscus']);
    expect(neighboursOf('lcl', boxes)).toEqual([]);
  });

  it('puts the selection first, then its neighbours, then the rest by category', () => {
    expect(labelOrder(query, boxes)).toEqual([
      'superficial-mcl',
      'deep-mcl',
      'medial-meniscus',
      'femur',
      'acl',
      'lcl',
    ]);
  });

  it('in explain mode labels only the selection and its neighbours', () => {
    expect(labelOrder({ ...query, mode: 'explain' }, boxes)).toEqual([
      'superficial-mcl',
      'deep-mcl',
      'medial-meniscus',
    ]);
    expect(labelOrder({ ...query, mode: 'explain', selected: null }, boxes)).toHaveLength(6);
  });

  it('leaves out hidden structures (layers, isolate)', () => {
    const noMeniscus = { ...query, layers: { ...startLayers(), meniscus: false } };
    expect(labelOrder(noMeniscus, boxes)).not.toContain('medial-meniscus');
    expect(labelOrder({ ...query, isolate: true }, boxes)).toEqual(['superficial-mcl']);
  });
});
