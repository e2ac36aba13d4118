/**
 * The app icon, drawn as signed distance fields so every size is sharp and anti-aliased: a front
 * view of a knee (femur with its two condyles, the joint space with the menisci, the tibial plateau
 * and the head of the fibula), white on the app's accent blue. Pure and deterministic: the same
 * size gives the same bytes, and a unit test holds the committed PNGs to it.
 */

type Rgb = readonly [number, number, number];

const ACCENT: Rgb = [0x1b, 0x5f, 0xae]; // --accent
const BONE: Rgb = [0xff, 0xff, 0xff];
const MENISCUS: Rgb = [0xa9, 0xc9, 0xef];

export interface IconOptions {
  /** Width and height in pixels. */
  size: number;
  /**
   * Full-bleed background with the knee inside the central 80 % circle (the platform crops the
   * rest), for `purpose: maskable` and Apple's touch icon. Otherwise a rounded square.
   */
  maskable: boolean;
}

const clamp01 = (v: number): number => Math.max(0, Math.min(1, v));
const length = (x: number, y: number): number => Math.sqrt(x * x + y * y);

const circle = (x: number, y: number, cx: number, cy: number, r: number): number =>
  length(x - cx, y - cy) - r;

/** A box centred at (cx, cy) with half sizes (hx, hy) and corner radius r. */
const roundBox = (
  x: number,
  y: number,
  cx: number,
  cy: number,
  hx: number,
  hy: number,
  r: number,
): number => {
  const qx = Math.abs(x - cx) - hx + r;
  const qy = Math.abs(y - cy) - hy + r;
  return length(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};

/** A vertical band |x - cx| <= hx, from y0 downwards forever (a bone shaft leaving the picture). */
const shaftDown = (x: number, y: number, cx: number, hx: number, y0: number): number =>
  Math.max(Math.abs(x - cx) - hx, y0 - y);
const shaftUp = (x: number, y: number, cx: number, hx: number, y0: number): number =>
  Math.max(Math.abs(x - cx) - hx, y - y0);

/** Smooth union (polynomial smooth minimum), so the condyles flare out of the shaft. */
const smoothMin = (a: number, b: number, k: number): number => {
  const h = clamp01(0.5 + (0.5 * (b - a)) / k);
  return b * (1 - h) + a * h - k * h * (1 - h);
};

/** The bones, in glyph units (+y down, the joint line near y = 0.1; the viewer's left is lateral). */
const bones = (x: number, y: number): number => {
  const condyles = Math.min(circle(x, y, -0.25, -0.08, 0.25), circle(x, y, 0.25, -0.08, 0.25));
  const femur = smoothMin(shaftUp(x, y, 0, 0.17, -0.2), condyles, 0.24);
  const plateau = roundBox(x, y, 0, 0.33, 0.53, 0.1, 0.07);
  const tibia = smoothMin(plateau, shaftDown(x, y, 0.03, 0.18, 0.33), 0.26);
  const fibulaHead = roundBox(x, y, -0.5, 0.56, 0.1, 0.075, 0.07);
  const fibula = smoothMin(fibulaHead, shaftDown(x, y, -0.52, 0.06, 0.56), 0.1);
  return Math.min(femur, tibia, fibula);
};

/** The two menisci: thin wedges on the plateau, under the condyles. */
const menisci = (x: number, y: number): number =>
  Math.min(roundBox(x, y, -0.3, 0.2, 0.19, 0.027, 0.027), roundBox(x, y, 0.3, 0.2, 0.19, 0.027, 0.027));

/** RGBA pixels, row by row from the top, 4 bytes a pixel. */
export const drawIcon = ({ size, maskable }: IconOptions): Uint8Array => {
  const out = new Uint8Array(size * size * 4);
  // Glyph units to pixels: the joint fits the maskable safe circle, or fills ~75 % of the square.
  const unit = size * (maskable ? 0.46 : 0.52);
  const cx = size / 2;
  const cy = size * 0.47;
  const corner = size * 0.19;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sx = px + 0.5;
      const sy = py + 0.5;
      // Coverage from a distance in pixels: a one-pixel ramp across each edge.
      const background = maskable
        ? 1
        : clamp01(0.5 - roundBox(sx, sy, size / 2, size / 2, size / 2, size / 2, corner));
      const gx = (sx - cx) / unit;
      const gy = (sy - cy) / unit;
      const bone = clamp01(0.5 - bones(gx, gy) * unit);
      const meniscus = clamp01(0.5 - menisci(gx, gy) * unit) * (1 - bone);
      const i = (py * size + px) * 4;
      const mix = (c: 0 | 1 | 2) =>
        Math.round(ACCENT[c] * (1 - bone - meniscus) + BONE[c] * bone + MENISCUS[c] * meniscus);
      out[i] = mix(0);
      out[i + 1] = mix(1);
      out[i + 2] = mix(2);
      out[i + 3] = Math.round(255 * background);
    }
  }
  return out;
};
