/**
 * Triangle budgets by screen size. A structure needs only the detail it can show at the closest
 * framing the app gives it: selected, it is fitted into the free region (src/scene/framing.ts:
 * bounding sphere of its box × FOCUS_PADDING, at least MIN_FOCUS_RADIUS; camera-controls'
 * fitToSphere with the 35° field of view of KneeCanvas.tsx). From its box alone that gives the
 * scale k (screen px per mm) of its nearest surface, and from k:
 *
 * - simplification stops before the surface moves more than MAX_ERROR_PX (meshopt's error bound);
 * - positions lie on a grid of GRID_PX (compress.ts);
 * - the triangle budget, a ceiling the build checks: the structure's area on screen over the area
 *   of a triangle with EDGE_PX edges. Flat stretches take far fewer (the simplifier spends
 *   triangles where the surface bends), so the budget catches a shape that got noisy or a bound
 *   that got loose, not the normal case.
 */
import { MeshoptSimplifier } from 'meshoptimizer';
import type { Mesh } from './geometry/mesh';

/** The closest framing on a large screen. */
export const FRAMING = {
  /** short side of the free region the structure is fitted into, device px */
  screenPx: 1500,
  /** src/scene/framing.ts FOCUS_PADDING */
  padding: 1.7,
  /** src/scene/framing.ts MIN_FOCUS_RADIUS, in mm */
  minRadius: 45,
  /** KneeCanvas.tsx camera fov, degrees */
  fov: 35,
} as const;

/** How far the simplifier may move the surface, in px at the closest framing. */
export const MAX_ERROR_PX = 0.5;
/** Position grid step, px at the closest framing (rounding moves a vertex ≤ half of it per axis). */
export const GRID_PX = 0.5;
/** The budget's triangles have edges this long, px at the closest framing. */
export const EDGE_PX = 12;
/** The whole file. */
export const MAX_BYTES = 400 * 1024;

/** Box of xyz triples. */
const box = (p: ArrayLike<number>): { lo: number[]; hi: number[] } => {
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < p.length; i++) {
    const a = i % 3;
    lo[a] = Math.min(lo[a] ?? 0, p[i] ?? 0);
    hi[a] = Math.max(hi[a] ?? 0, p[i] ?? 0);
  }
  return { lo, hi };
};

/**
 * Screen px per mm on the near side of a structure (positions in mm) when the app frames it: the
 * sphere of radius Rf fills `screenPx`, so the camera is Rf / sin(fov/2) from the centre and the
 * nearest surface (up to R, the box's half diagonal, closer) is seen at screenPx·cos(fov/2) / 2(Rf − R·sin(fov/2)).
 */
export const pxPerMm = (positions: ArrayLike<number>): number => {
  const { lo, hi } = box(positions);
  const r =
    Math.hypot((hi[0] ?? 0) - (lo[0] ?? 0), (hi[1] ?? 0) - (lo[1] ?? 0), (hi[2] ?? 0) - (lo[2] ?? 0)) / 2;
  const rf = Math.max(r * FRAMING.padding, FRAMING.minRadius);
  const half = (FRAMING.fov * Math.PI) / 360;
  return (FRAMING.screenPx * Math.cos(half)) / (2 * (rf - r * Math.sin(half)));
};

export const surfaceArea = (p: ArrayLike<number>, idx: ArrayLike<number>): number => {
  let area = 0;
  for (let t = 0; t < idx.length; t += 3) {
    const [a, b, c] = [(idx[t] ?? 0) * 3, (idx[t + 1] ?? 0) * 3, (idx[t + 2] ?? 0) * 3];
    const u = [
      (p[b] ?? 0) - (p[a] ?? 0),
      (p[b + 1] ?? 0) - (p[a + 1] ?? 0),
      (p[b + 2] ?? 0) - (p[a + 2] ?? 0),
    ];
    const v = [
      (p[c] ?? 0) - (p[a] ?? 0),
      (p[c + 1] ?? 0) - (p[a + 1] ?? 0),
      (p[c + 2] ?? 0) - (p[a + 2] ?? 0),
    ];
    const [ux = 0, uy = 0, uz = 0] = u;
    const [vx = 0, vy = 0, vz = 0] = v;
    area += Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx) / 2;
  }
  return area;
};

/** The most triangles a structure (positions mm, indices) may have: its screen area over EDGE_PX triangles. */
export const triangleBudget = (positions: ArrayLike<number>, indices: ArrayLike<number>): number => {
  const k = pxPerMm(positions);
  return Math.ceil((surfaceArea(positions, indices) * k * k) / ((Math.sqrt(3) / 4) * EDGE_PX * EDGE_PX));
};

/**
 * What the simplifier also keeps (meshopt attribute weights: a change of 1/weight in the attribute
 * over a distance d weighs like d of position): the baked ambient occlusion, whose edge where the
 * cartilage ends and in the notch roof would otherwise blur, and, less, the reference normals.
 * Chosen by comparing screenshots (bones alone from behind shows both).
 */
export const AO_WEIGHT = 0.3;
export const NORMAL_WEIGHT = 0.1;
/**
 * A swept mesh (band, meniscus) keeps every RING_STRIDE-th ring of its reference sweep: the app
 * frames a band face-on and lays its fibres along the principal axes of its vertices
 * (src/scene/framing.ts bestAzimuth, fibre-axis.ts), so the vertices must stay spread along the
 * band as in the sweep. Simplified freely, the biceps tendon's framing turned by 26°.
 */
export const RING_STRIDE = 3;

/** Locks every RING_STRIDE-th ring of a swept mesh (null for any other mesh). */
const ringLock = (mesh: Mesh): Uint8Array | null => {
  const m = mesh.ringSize;
  if (!m) return null;
  const lock = new Uint8Array(mesh.positions.length / 3);
  const rings = Math.floor((mesh.positions.length / 3 - 2 * (m + 1)) / m);
  for (let r = 0; r < rings; r += RING_STRIDE) lock.fill(1, r * m, (r + 1) * m);
  return lock;
};

export interface Fitted {
  readonly mesh: Mesh;
  /** ambient access of the kept vertices, the same steps as given */
  readonly ao: Uint8Array;
  /** px per mm at the closest framing */
  readonly pxPerMm: number;
  /** how far simplification moved the surface (and its normals and occlusion), px at the closest framing */
  readonly errorPx: number;
}

/**
 * Simplify a reference mesh (mm) with its baked ambient occlusion (steps 0 … levels) as far as
 * MAX_ERROR_PX at its closest framing allows. Vertices keep their reference positions, normals and
 * occlusion (meshopt only removes vertices), so shading follows the reference surface. Open borders
 * (band ends, whose caps are separate) stay where they are, and so do a swept mesh's locked rings.
 */
export const fitToScreen = async (mesh: Mesh, ao: Uint8Array, levels: number): Promise<Fitted> => {
  await MeshoptSimplifier.ready;
  const k = pxPerMm(mesh.positions);
  const count = mesh.positions.length / 3;
  const attributes = new Float32Array(count * 4);
  for (let i = 0; i < count; i++) {
    attributes.set(mesh.normals.subarray(i * 3, i * 3 + 3), i * 4);
    attributes[i * 4 + 3] = (ao[i] ?? 0) / levels;
  }
  const [idx, error] = MeshoptSimplifier.simplifyWithAttributes(
    mesh.indices,
    mesh.positions,
    3,
    attributes,
    4,
    [NORMAL_WEIGHT, NORMAL_WEIGHT, NORMAL_WEIGHT, AO_WEIGHT],
    ringLock(mesh),
    0,
    MAX_ERROR_PX / k,
    ['ErrorAbsolute', 'LockBorder'],
  );
  const indices = idx.slice();
  const [remap, kept] = MeshoptSimplifier.compactMesh(indices);
  const positions = new Float32Array(kept * 3);
  const normals = new Float32Array(kept * 3);
  const keptAo = new Uint8Array(kept);
  for (let i = 0; i < remap.length; i++) {
    const r = remap[i] ?? 0xffffffff;
    if (r === 0xffffffff) continue;
    positions.set(mesh.positions.subarray(i * 3, i * 3 + 3), r * 3);
    normals.set(mesh.normals.subarray(i * 3, i * 3 + 3), r * 3);
    keptAo[r] = ao[i] ?? 0;
  }
  return { mesh: { positions, normals, indices }, ao: keptAo, pxPerMm: k, errorPx: error * k };
};

export interface BudgetRow {
  readonly id: string;
  readonly triangles: number;
  readonly budget: number;
}

/** Each structure's triangles against its budget (positions mm, as readStructures gives them). */
export const budgetRows = (
  structures: ReadonlyMap<string, { readonly positions: Float32Array; readonly indices: Uint32Array }>,
): BudgetRow[] =>
  [...structures].map(([id, s]) => ({
    id,
    triangles: s.indices.length / 3,
    budget: triangleBudget(s.positions, s.indices),
  }));

/** What breaks the budget: the file's size, and each structure over its triangle budget. */
export const budgetProblems = (byteLength: number, rows: readonly BudgetRow[]): string[] => [
  ...(byteLength > MAX_BYTES ? [`knee.glb is ${byteLength} bytes, over the ${MAX_BYTES}-byte budget`] : []),
  ...rows
    .filter((r) => r.triangles > r.budget)
    .map((r) => `${r.id}: ${r.triangles} triangles, over its budget of ${r.budget}`),
];
