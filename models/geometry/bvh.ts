/**
 * A bounding-volume hierarchy over the triangles of several meshes (binned SAH, flat typed arrays),
 * for the any-hit ray query in bvh-ray.ts: ~150k triangles × millions of ambient-occlusion rays.
 */

export interface Bvh {
  /** per node: min x, y, z, max x, y, z */
  readonly bounds: Float64Array;
  /** leaf: first triangle (BVH order); inner: index of the right child (the left one is node + 1) */
  readonly first: Uint32Array;
  /** triangles in a leaf; 0 for an inner node */
  readonly count: Uint32Array;
  /** per triangle in BVH order: v0 x, y, z, edge v1 − v0, edge v2 − v0 */
  readonly tris: Float64Array;
}

const LEAF = 4;
const BINS = 16;

/** Builds the hierarchy over the triangles of several indexed meshes at once. */
export const buildBvh = (meshes: readonly { positions: ArrayLike<number>; indices: ArrayLike<number> }[]) => {
  const total = meshes.reduce((s, m) => s + m.indices.length / 3, 0);
  const corners = new Float64Array(total * 9);
  let t = 0;
  for (const m of meshes) {
    for (let i = 0; i < m.indices.length; i++, t++) {
      const k = (m.indices[i] ?? 0) * 3;
      for (let c = 0; c < 3; c++) corners[t * 3 + c] = m.positions[k + c] ?? 0;
    }
  }
  const centre = new Float64Array(total * 3);
  for (let i = 0; i < total * 3; i++) {
    const tri = Math.floor(i / 3);
    const c = i % 3;
    centre[i] =
      ((corners[tri * 9 + c] ?? 0) + (corners[tri * 9 + 3 + c] ?? 0) + (corners[tri * 9 + 6 + c] ?? 0)) / 3;
  }
  const order = new Uint32Array(total);
  for (let i = 0; i < total; i++) order[i] = i;
  const bounds: number[] = [];
  const first: number[] = [];
  const count: number[] = [];
  const box = (start: number, end: number, out: number[], fromCentres: boolean): void => {
    out.splice(0, 6, Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity);
    for (let i = start; i < end; i++) {
      const tri = order[i] ?? 0;
      for (let v = 0; v < (fromCentres ? 1 : 3); v++) {
        for (let c = 0; c < 3; c++) {
          const x = fromCentres ? (centre[tri * 3 + c] ?? 0) : (corners[tri * 9 + v * 3 + c] ?? 0);
          if (x < (out[c] ?? 0)) out[c] = x;
          if (x > (out[c + 3] ?? 0)) out[c + 3] = x;
        }
      }
    }
  };
  const nodeBox: number[] = [];
  const cBox: number[] = [];
  const build = (start: number, end: number): void => {
    const node = first.length;
    box(start, end, nodeBox, false);
    bounds.push(...nodeBox);
    first.push(start);
    count.push(end - start);
    if (end - start <= LEAF) return;
    box(start, end, cBox, true);
    const extent = [
      (cBox[3] ?? 0) - (cBox[0] ?? 0),
      (cBox[4] ?? 0) - (cBox[1] ?? 0),
      (cBox[5] ?? 0) - (cBox[2] ?? 0),
    ];
    const axis =
      (extent[0] ?? 0) >= (extent[1] ?? 0) && (extent[0] ?? 0) >= (extent[2] ?? 0)
        ? 0
        : (extent[1] ?? 0) >= (extent[2] ?? 0)
          ? 1
          : 2;
    const lo = cBox[axis] ?? 0;
    const span = extent[axis] ?? 0;
    if (span <= 0) return;
    const bin = (i: number): number =>
      Math.min(BINS - 1, Math.floor((((centre[(order[i] ?? 0) * 3 + axis] ?? 0) - lo) / span) * BINS));
    const split = bestSplit(start, end, bin, (tri) => corners.subarray(tri * 9, tri * 9 + 9), order);
    let i = start;
    let j = end - 1;
    while (i <= j) {
      if (bin(i) < split) i++;
      else {
        const swap = order[i] ?? 0;
        order[i] = order[j] ?? 0;
        order[j] = swap;
        j--;
      }
    }
    const mid = i === start || i === end ? (start + end) >> 1 : i;
    count[node] = 0;
    build(start, mid);
    first[node] = first.length;
    build(mid, end);
  };
  build(0, total);
  const tris = new Float64Array(total * 9);
  for (let i = 0; i < total; i++) {
    const s = (order[i] ?? 0) * 9;
    for (let c = 0; c < 3; c++) {
      const a = corners[s + c] ?? 0;
      tris[i * 9 + c] = a;
      tris[i * 9 + 3 + c] = (corners[s + 3 + c] ?? 0) - a;
      tris[i * 9 + 6 + c] = (corners[s + 6 + c] ?? 0) - a;
    }
  }
  const bvh: Bvh = {
    bounds: Float64Array.from(bounds),
    first: Uint32Array.from(first),
    count: Uint32Array.from(count),
    tris,
  };
  return bvh;
};

/** Surface-area heuristic over BINS bins: the bin index where the right half begins. */
const bestSplit = (
  start: number,
  end: number,
  bin: (i: number) => number,
  tri: (t: number) => Float64Array,
  order: Uint32Array,
): number => {
  const boxes = new Float64Array(BINS * 6);
  const counts = new Uint32Array(BINS);
  for (let b = 0; b < BINS; b++)
    boxes.set([Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity], b * 6);
  for (let i = start; i < end; i++) {
    const b = bin(i);
    counts[b] = (counts[b] ?? 0) + 1;
    const p = tri(order[i] ?? 0);
    for (let v = 0; v < 9; v++) {
      const c = v % 3;
      if ((p[v] ?? 0) < (boxes[b * 6 + c] ?? 0)) boxes[b * 6 + c] = p[v] ?? 0;
      if ((p[v] ?? 0) > (boxes[b * 6 + 3 + c] ?? 0)) boxes[b * 6 + 3 + c] = p[v] ?? 0;
    }
  }
  const area = (bx: number[]): number => {
    const [dx, dy, dz] = [
      (bx[3] ?? 0) - (bx[0] ?? 0),
      (bx[4] ?? 0) - (bx[1] ?? 0),
      (bx[5] ?? 0) - (bx[2] ?? 0),
    ];
    return dx < 0 ? 0 : dx * dy + dy * dz + dz * dx;
  };
  const grow = (bx: number[], b: number): void => {
    for (let c = 0; c < 3; c++) {
      bx[c] = Math.min(bx[c] ?? 0, boxes[b * 6 + c] ?? 0);
      bx[c + 3] = Math.max(bx[c + 3] ?? 0, boxes[b * 6 + 3 + c] ?? 0);
    }
  };
  const leftCost = new Float64Array(BINS);
  const acc = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  let n = 0;
  for (let b = 0; b < BINS - 1; b++) {
    grow(acc, b);
    n += counts[b] ?? 0;
    leftCost[b + 1] = area(acc) * n;
  }
  acc.splice(0, 6, Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity);
  n = 0;
  let best = BINS >> 1;
  let bestCost = Infinity;
  for (let b = BINS - 1; b > 0; b--) {
    grow(acc, b);
    n += counts[b] ?? 0;
    const cost = (leftCost[b] ?? 0) + area(acc) * n;
    if (cost < bestCost) {
      bestCost = cost;
      best = b;
    }
  }
  return best;
};
