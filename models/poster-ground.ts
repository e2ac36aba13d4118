/**
 * The soft contact shadow under the knee, as src/scene/GroundShadow.tsx bakes it when the model
 * loads (same grid, vertex stride, falloff, blur and opacity), so the poster stands on the same
 * ground as the first 3D frame.
 */
import type { PosterMesh } from './poster-scene';

const CELLS = 64;
const FALLOFF = 0.05;
const OPACITY = 0.42;
/** GroundShadow.tsx's colour, #4a3f35, in linear RGB. */
export const GROUND_COLOR: [number, number, number] = [0x4a, 0x3f, 0x35].map((c) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}) as [number, number, number];

export interface Ground {
  /** Height of the plane (just under the knee), its centre and side, metres. */
  y: number;
  cx: number;
  cz: number;
  side: number;
  /** Opacity per cell, row 0 at +z. */
  alpha: Float32Array;
  mips?: Float32Array[];
}

/** Three passes of a 5-cell box blur along x, then along y (src/scene/ground.ts's blur; models/ may not import scene/). */
const blur = (grid: Float32Array): void => {
  const tmp = new Float32Array(grid.length);
  for (let pass = 0; pass < 6; pass++) {
    const step = pass % 2 === 0 ? 1 : CELLS;
    for (let y = 0; y < CELLS; y++) {
      for (let x = 0; x < CELLS; x++) {
        const at = pass % 2 === 0 ? x : y;
        let sum = 0;
        for (let k = Math.max(-2, -at); k <= Math.min(2, CELLS - 1 - at); k++)
          sum += grid[y * CELLS + x + k * step] ?? 0;
        tmp[y * CELLS + x] = sum / 5;
      }
    }
    grid.set(tmp);
  }
};

export const bakeGround = (meshes: readonly PosterMesh[]): Ground => {
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (const m of meshes) {
    for (let i = 0; i < m.positions.length; i++) {
      const v = m.positions[i] ?? 0;
      lo[i % 3] = Math.min(lo[i % 3] ?? v, v);
      hi[i % 3] = Math.max(hi[i % 3] ?? v, v);
    }
  }
  const [x0 = 0, y0 = 0, z0 = 0] = lo;
  const [x1 = 0, , z1 = 0] = hi;
  const side = Math.max(x1 - x0, z1 - z0) * 2;
  const [cx, cz] = [(x0 + x1) / 2, (z0 + z1) / 2];
  const grid = new Float32Array(CELLS * CELLS);
  for (const m of meshes) {
    for (let i = 0; i < m.positions.length / 3; i += 12) {
      const [x = 0, y = 0, z = 0] = m.positions.subarray(i * 3, i * 3 + 3);
      const gx = Math.floor(((x - cx) / side + 0.5) * CELLS);
      const gz = Math.floor((0.5 - (z - cz) / side) * CELLS);
      if (gx < 0 || gx >= CELLS || gz < 0 || gz >= CELLS) continue;
      grid[gz * CELLS + gx] = (grid[gz * CELLS + gx] ?? 0) + Math.exp(-(y - y0) / FALLOFF);
    }
  }
  blur(grid);
  const peak = grid.reduce((a, v) => Math.max(a, v), 0) || 1;
  // The texture holds 8-bit alpha: round as the DataTexture does.
  const alpha = grid.map((g) => Math.round(255 * OPACITY * Math.min(1, g / peak) ** 0.7) / 255);
  return { y: y0 - 0.001, cx, cz, side, alpha };
};

/** The shadow texture's mipmaps (2×2 averages), as WebGL builds them: level 0 is CELLS². */
const mipmaps = (alpha: Float32Array): Float32Array[] => {
  const levels = [alpha];
  for (let n = CELLS / 2; n >= 1; n /= 2) {
    const up = levels[levels.length - 1] ?? alpha;
    const level = new Float32Array(n * n);
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        const at = (a: number, b: number) => up[(2 * j + b) * 2 * n + 2 * i + a] ?? 0;
        level[j * n + i] = (at(0, 0) + at(1, 0) + at(0, 1) + at(1, 1)) / 4;
      }
    }
    levels.push(level);
  }
  return levels;
};

/** Bilinear sample of one level at texture coordinates (u, v) in 0…1, v = 0 at +z. */
const bilinear = (level: Float32Array, u: number, v: number): number => {
  const n = Math.round(Math.sqrt(level.length));
  const [x, y] = [u * n - 0.5, v * n - 0.5];
  const [i, j] = [Math.floor(x), Math.floor(y)];
  const [fx, fy] = [x - i, y - j];
  const at = (a: number, b: number) =>
    level[Math.min(n - 1, Math.max(0, b)) * n + Math.min(n - 1, Math.max(0, a))] ?? 0;
  return (
    (at(i, j) * (1 - fx) + at(i + 1, j) * fx) * (1 - fy) +
    (at(i, j + 1) * (1 - fx) + at(i + 1, j + 1) * fx) * fy
  );
};

/**
 * The shadow's opacity at a point of the ground plane, filtered like the texture (trilinear: the
 * mip level from the pixel's footprint on the ground, `texels` wide at level 0). Seen from just
 * above the ground, that footprint is long, and the shadow a soft, wide smudge.
 */
export const groundAlpha = (g: Ground, x: number, z: number, texels = 1): number => {
  const u = (x - g.cx) / g.side + 0.5;
  const v = 0.5 - (z - g.cz) / g.side;
  if (u < 0 || v < 0 || u > 1 || v > 1) return 0;
  g.mips ??= mipmaps(g.alpha);
  const lod = Math.min(g.mips.length - 1, Math.max(0, Math.log2(Math.max(1, texels))));
  const lo = Math.floor(lod);
  const a = bilinear(g.mips[lo] ?? g.alpha, u, v);
  const b = bilinear(g.mips[Math.min(g.mips.length - 1, lo + 1)] ?? g.alpha, u, v);
  return a + (b - a) * (lod - lo);
};

interface Frame {
  eye: readonly number[];
  forward: readonly number[];
  right: readonly number[];
  up: readonly number[];
  tan: number;
}

/**
 * Blends the shadow into a `w`² premultiplied framebuffer wherever the ground is in front of what
 * is drawn (`depth` holds 1/z of the opaque knee), in the display colour `color`.
 */
export const drawGround = (
  g: Ground,
  cam: Frame,
  w: number,
  ss: number,
  depth: Float32Array,
  rgba: Float32Array,
  color: readonly number[],
): void => {
  const [ex = 0, ey = 0, ez = 0] = cam.eye;
  /** Where the ray through sample (x, y) meets the ground, and how far along it (its z). */
  const hit = (x: number, y: number): [number, number, number] => {
    const sx = ((x + 0.5) / w - 0.5) * 2 * cam.tan;
    const sy = (0.5 - (y + 0.5) / w) * 2 * cam.tan;
    // Scaled so its forward component is 1: the distance along the ray's forward axis is t.
    const d = [0, 1, 2].map((k) => (cam.forward[k] ?? 0) + sx * (cam.right[k] ?? 0) + sy * (cam.up[k] ?? 0));
    const t = (g.y - ey) / (d[1] ?? 0);
    return [ex + t * (d[0] ?? 0), ez + t * (d[2] ?? 0), t];
  };
  for (let y = 0; y < w; y++) {
    for (let x = 0; x < w; x++) {
      const [px, pz, t] = hit(x, y);
      const k = y * w + x;
      if (!(t > 0) || 1 / t <= (depth[k] ?? 0)) continue;
      // The footprint of one output pixel (ss samples) on the ground, in level-0 texels.
      const [ax, az] = hit(x + ss, y);
      const [bx, bz] = hit(x, y + ss);
      const texels = (Math.max(Math.hypot(ax - px, az - pz), Math.hypot(bx - px, bz - pz)) / g.side) * CELLS;
      const a = groundAlpha(g, px, pz, Number.isFinite(texels) ? texels : 1);
      if (a <= 0) continue;
      for (let c = 0; c < 3; c++) rgba[k * 4 + c] = (color[c] ?? 0) * a + (rgba[k * 4 + c] ?? 0) * (1 - a);
      rgba[k * 4 + 3] = a + (rgba[k * 4 + 3] ?? 0) * (1 - a);
    }
  }
};
