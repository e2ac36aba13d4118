/**
 * A small z-buffer rasteriser for the poster: the knee from the app's first camera, lit like
 * src/scene/Lights.tsx (hemisphere + a key, fill and rim that turn with the camera), baked ambient
 * occlusion as in scene/structure-material.ts, ACES filmic tone mapping and sRGB output as R3F
 * sets them. Pure maths, deterministic (no randomness, fixed iteration order): same glb, same pixels.
 */
import { bakeGround, drawGround, GROUND_COLOR } from './poster-ground';
import type { PosterMesh } from './poster-scene';

/** Where the camera stands: camera-controls angles (polar from +Y, azimuth 0 = from +Z). */
export interface PosterView {
  polar: number;
  azimuth: number;
  /** Half the field of view along the canvas's short side, radians. */
  halfAngle: number;
  centre: readonly number[];
  radius: number;
}

type Vec = [number, number, number];
const dot = (a: Vec, b: Vec): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec, b: Vec): Vec => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const unit = (a: Vec): Vec => {
  const l = Math.hypot(...a) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
};
const srgbToLinear = (hex: string): Vec => {
  const c = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  return c.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as Vec;
};

// Lights.tsx, in view space (the rig copies the camera's rotation): direction, colour × intensity.
const DIRECT: [Vec, Vec][] = [
  [unit([0.6, 0.8, 1]), [1.6, 1.6, 1.6]],
  [unit([-1, 0.1, 0.6]), srgbToLinear('#e8f0ff').map((c) => c * 0.6) as Vec],
  [unit([0, 0.6, -1]), [0.9, 0.9, 0.9]],
];
const SKY = srgbToLinear('#ffffff').map((c) => c * 1.1) as Vec;
const GROUND = srgbToLinear('#b9b2a8').map((c) => c * 1.1) as Vec;

/** three's ACESFilmicToneMapping (exposure 1), then the sRGB transfer: linear → display 0…1. */
const display = (c: Vec): Vec => {
  const [r, g, b] = c.map((v) => v / 0.6) as Vec;
  const i: Vec = [
    0.59719 * r + 0.35458 * g + 0.04823 * b,
    0.076 * r + 0.90834 * g + 0.01566 * b,
    0.0284 * r + 0.13383 * g + 0.83777 * b,
  ];
  const f = i.map(
    (v) => (v * (v + 0.0245786) - 0.000090537) / (v * (0.983729 * v + 0.432951) + 0.238081),
  ) as Vec;
  const o: Vec = [
    1.60475 * f[0] - 0.53108 * f[1] - 0.07367 * f[2],
    -0.10208 * f[0] + 1.10813 * f[1] - 0.00605 * f[2],
    -0.00327 * f[0] - 0.07276 * f[1] + 1.07602 * f[2],
  ];
  return o.map((v) => {
    const s = Math.min(1, Math.max(0, v));
    return s <= 0.0031308 ? s * 12.92 : 1.055 * s ** (1 / 2.4) - 0.055;
  }) as Vec;
};

/** The camera's frame and distance (camera-controls fitToSphere: the sphere touches the short side). */
export const cameraOf = (view: PosterView) => {
  const d = view.radius / Math.sin(view.halfAngle);
  const s = Math.sin(view.polar);
  const c = view.centre as Vec;
  const eye: Vec = [
    c[0] + d * s * Math.sin(view.azimuth),
    c[1] + d * Math.cos(view.polar),
    c[2] + d * s * Math.cos(view.azimuth),
  ];
  const forward = unit([c[0] - eye[0], c[1] - eye[1], c[2] - eye[2]]);
  const right = unit(cross(forward, [0, 1, 0]));
  const up = cross(right, forward);
  return { eye, forward, right, up, tan: Math.tan(view.halfAngle) };
};

/** Lit, tone-mapped display colour of one vertex (Lambert; occlusion as structure-material.ts). */
const shade = (albedo: Vec, n: Vec, nv: Vec, ao: number): Vec => {
  const t = 0.5 * n[1] + 0.5;
  const direct: Vec = [0, 0, 0];
  for (const [l, c] of DIRECT) {
    const k = Math.max(0, dot(nv, l));
    for (let i = 0; i < 3; i++) direct[i] = (direct[i] ?? 0) + k * (c[i] ?? 0);
  }
  const ind = 0.22 + 0.78 * ao;
  const dir = 0.62 + 0.38 * ao;
  return display(
    [0, 1, 2].map(
      (i) =>
        ((albedo[i] ?? 0) / Math.PI) *
        (((GROUND[i] ?? 0) + t * ((SKY[i] ?? 0) - (GROUND[i] ?? 0))) * ind + (direct[i] ?? 0) * dir),
    ) as Vec,
  );
};

/**
 * Renders `size`² pixels of the square [-tan, tan]² of the image plane (the sphere's square), with
 * `ss`² samples a pixel. Returns straight-alpha RGBA8, transparent where there is no knee.
 */
export const rasterise = (
  meshes: readonly PosterMesh[],
  view: PosterView,
  size: number,
  ss: number,
): Uint8Array => {
  const cam = cameraOf(view);
  const w = size * ss;
  const depth = new Float32Array(w * w); // 1/z, 0 = far
  const rgba = new Float32Array(w * w * 4); // premultiplied display colour
  const project = (m: PosterMesh, i: number): { x: number; y: number; iz: number; c: Vec } => {
    const p = m.positions;
    const rel: Vec = [
      (p[i * 3] ?? 0) - cam.eye[0],
      (p[i * 3 + 1] ?? 0) - cam.eye[1],
      (p[i * 3 + 2] ?? 0) - cam.eye[2],
    ];
    const z = dot(rel, cam.forward);
    const q = m.normals;
    const n = unit([q[i * 3] ?? 0, q[i * 3 + 1] ?? 0, q[i * 3 + 2] ?? 1]);
    const nv: Vec = [dot(n, cam.right), dot(n, cam.up), -dot(n, cam.forward)];
    return {
      x: (0.5 + (0.5 * dot(rel, cam.right)) / z / cam.tan) * w,
      y: (0.5 - (0.5 * dot(rel, cam.up)) / z / cam.tan) * w,
      iz: 1 / z,
      c: shade(m.color, n, nv, m.ao[i] ?? 1),
    };
  };
  const draw = (m: PosterMesh, blend: boolean): void => {
    const verts = Array.from({ length: m.positions.length / 3 }, (_, i) => project(m, i));
    for (let t = 0; t + 2 < m.indices.length; t += 3) {
      const [a, b, c] = [
        verts[m.indices[t] ?? 0],
        verts[m.indices[t + 1] ?? 0],
        verts[m.indices[t + 2] ?? 0],
      ];
      if (!a || !b || !c) continue;
      const area = (b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y);
      // Counter-clockwise (glTF front) faces have a negative area with y pointing down.
      if (area === 0 || (!m.doubleSided && area > 0)) continue;
      const x0 = Math.max(0, Math.floor(Math.min(a.x, b.x, c.x)));
      const x1 = Math.min(w - 1, Math.ceil(Math.max(a.x, b.x, c.x)));
      const y0 = Math.max(0, Math.floor(Math.min(a.y, b.y, c.y)));
      const y1 = Math.min(w - 1, Math.ceil(Math.max(a.y, b.y, c.y)));
      for (let y = y0; y <= y1; y++) {
        for (let x = x0; x <= x1; x++) {
          const [px, py] = [x + 0.5, y + 0.5];
          const wa = ((b.x - px) * (c.y - py) - (c.x - px) * (b.y - py)) / area;
          const wb = ((c.x - px) * (a.y - py) - (a.x - px) * (c.y - py)) / area;
          const wc = 1 - wa - wb;
          if (wa < 0 || wb < 0 || wc < 0) continue;
          const iz = wa * a.iz + wb * b.iz + wc * c.iz;
          const k = y * w + x;
          if (iz <= (depth[k] ?? 0)) continue;
          const alpha = blend ? m.opacity : 1;
          if (!blend) depth[k] = iz;
          for (let ch = 0; ch < 3; ch++) {
            const v = wa * (a.c[ch] ?? 0) + wb * (b.c[ch] ?? 0) + wc * (c.c[ch] ?? 0);
            rgba[k * 4 + ch] = v * alpha + (rgba[k * 4 + ch] ?? 0) * (1 - alpha);
          }
          rgba[k * 4 + 3] = alpha + (rgba[k * 4 + 3] ?? 0) * (1 - alpha);
        }
      }
    }
  };
  // As three sorts them: opaque (depth-written), the ground shadow, then the see-through tissues.
  for (const m of meshes) if (m.opacity >= 1) draw(m, false);
  drawGround(bakeGround(meshes), cam, w, ss, depth, rgba, display(GROUND_COLOR));
  for (const m of meshes) if (m.opacity < 1) draw(m, true);
  return downsample(rgba, size, ss);
};

/** Box-filters `ss`² premultiplied samples into one straight-alpha RGBA8 pixel. */
const downsample = (rgba: Float32Array, size: number, ss: number): Uint8Array => {
  const out = new Uint8Array(size * size * 4);
  const w = size * ss;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let j = 0; j < ss; j++) {
        for (let i = 0; i < ss; i++) {
          const k = ((y * ss + j) * w + x * ss + i) * 4;
          for (let ch = 0; ch < 4; ch++) sum[ch] = (sum[ch] ?? 0) + (rgba[k + ch] ?? 0);
        }
      }
      const a = (sum[3] ?? 0) / (ss * ss);
      const o = (y * size + x) * 4;
      for (let ch = 0; ch < 3; ch++)
        out[o + ch] = a > 0 ? Math.round((255 * (sum[ch] ?? 0)) / (sum[3] ?? 1)) : 0;
      out[o + 3] = Math.round(255 * a);
    }
  }
  return out;
};
