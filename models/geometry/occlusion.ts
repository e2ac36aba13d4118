/**
 * Per-vertex ambient occlusion: the share of a cosine-weighted hemisphere of rays from each vertex
 * that leave without meeting a triangle within `radius`. Deterministic: one fixed set of directions
 * (a Fibonacci spiral on the disc, lifted onto the hemisphere), turned about each vertex's normal by
 * a golden-ratio angle of its index, then smoothed over the mesh's edges to hide the sampling.
 */
import type { Bvh } from './bvh';
import { occluded } from './bvh-ray';
import type { Mesh } from './mesh';

export interface OcclusionOptions {
  /** rays per vertex */
  readonly rays: number;
  /** how far an occluder counts, mm */
  readonly radius: number;
  /** passes of averaging each vertex with its neighbours */
  readonly smoothing: number;
}

export const OCCLUSION_DEFAULTS: OcclusionOptions = { rays: 48, radius: 15, smoothing: 2 };

/** Rays start this far above the surface (mm) so a vertex does not hit its own triangles. */
const LIFT = 0.05;
const GOLDEN = (Math.sqrt(5) - 1) / 2;

/** Cosine-weighted directions about +Z (Malley's method on a Fibonacci disc). */
const hemisphere = (count: number): Float64Array => {
  const out = new Float64Array(count * 3);
  for (let k = 0; k < count; k++) {
    const r = Math.sqrt((k + 0.5) / count);
    const a = 2 * Math.PI * GOLDEN * k;
    out[k * 3] = r * Math.cos(a);
    out[k * 3 + 1] = r * Math.sin(a);
    out[k * 3 + 2] = Math.sqrt(Math.max(0, 1 - r * r));
  }
  return out;
};

/** Averages each value with its edge neighbours, `passes` times. */
export const smoothOverEdges = (values: Float32Array, indices: Uint32Array, passes: number): Float32Array => {
  let cur = values;
  for (let pass = 0; pass < passes; pass++) {
    const sum = Float64Array.from(cur);
    const n = new Float64Array(cur.length).fill(1);
    for (let t = 0; t < indices.length; t += 3) {
      for (let e = 0; e < 3; e++) {
        const a = indices[t + e] ?? 0;
        const b = indices[t + ((e + 1) % 3)] ?? 0;
        sum[a] = (sum[a] ?? 0) + (cur[b] ?? 0);
        sum[b] = (sum[b] ?? 0) + (cur[a] ?? 0);
        n[a] = (n[a] ?? 0) + 1;
        n[b] = (n[b] ?? 0) + 1;
      }
    }
    cur = cur.map((_, i) => (sum[i] ?? 0) / (n[i] ?? 1));
  }
  return cur;
};

/** Ambient access per vertex of `mesh` (0 enclosed … 1 open) against every triangle in `bvh`. */
export const vertexOcclusion = (mesh: Mesh, bvh: Bvh, o: OcclusionOptions = OCCLUSION_DEFAULTS) => {
  const dirs = hemisphere(o.rays);
  const { positions: p, normals: nm } = mesh;
  const count = p.length / 3;
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const [nx, ny, nz] = [nm[i * 3] ?? 0, nm[i * 3 + 1] ?? 0, nm[i * 3 + 2] ?? 1];
    // Orthonormal basis about n (Duff et al. 2017), turned by a per-vertex angle.
    const s = nz >= 0 ? 1 : -1;
    const a = -1 / (s + nz);
    const b = nx * ny * a;
    const [t0x, t0y, t0z] = [1 + s * nx * nx * a, s * b, -s * nx];
    const [b0x, b0y, b0z] = [b, s + ny * ny * a, -ny];
    const turn = 2 * Math.PI * ((i * GOLDEN) % 1);
    const [c, sn] = [Math.cos(turn), Math.sin(turn)];
    const [tx, ty, tz] = [c * t0x + sn * b0x, c * t0y + sn * b0y, c * t0z + sn * b0z];
    const [bx, by, bz] = [ny * tz - nz * ty, nz * tx - nx * tz, nx * ty - ny * tx];
    const ox = (p[i * 3] ?? 0) + nx * LIFT;
    const oy = (p[i * 3 + 1] ?? 0) + ny * LIFT;
    const oz = (p[i * 3 + 2] ?? 0) + nz * LIFT;
    let open = 0;
    for (let k = 0; k < o.rays; k++) {
      const [u, v, w] = [dirs[k * 3] ?? 0, dirs[k * 3 + 1] ?? 0, dirs[k * 3 + 2] ?? 0];
      const dx = u * tx + v * bx + w * nx;
      const dy = u * ty + v * by + w * ny;
      const dz = u * tz + v * bz + w * nz;
      if (!occluded(bvh, ox, oy, oz, dx, dy, dz, 1e-4, o.radius)) open++;
    }
    out[i] = open / o.rays;
  }
  return smoothOverEdges(out, mesh.indices, o.smoothing);
};
