/**
 * The poster: a still of the knee drawn from knee.glb with the app's first frame (the front view,
 * the whole knee fitted to the canvas's short side), shown by the prerendered shell until the 3D
 * view is ready (issue #10: first paint without three.js). Deterministic: the same glb gives the
 * same bytes (the non-SIMD WebP encoder, fixed options).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { type PosterView, rasterise } from './poster-raster';
import { kneeSphere, type PosterMesh, readPosterMeshes } from './poster-scene';

/**
 * The two posters and the canvas aspect (width / height) each is drawn for. The camera fits the
 * knee to the canvas's short side: the vertical field of view on a landscape canvas, the narrower
 * horizontal one on a portrait canvas, seen from further away (less perspective). The portrait one
 * is drawn for a phone (390 × 844); src/shell/Poster.tsx picks one by orientation.
 */
export const POSTERS = [
  { path: 'src/shell/knee-poster.webp', aspect: 16 / 10 },
  { path: 'src/shell/knee-poster-portrait.webp', aspect: 390 / 844 },
] as const;

/**
 * The first frame, as the app sets it: KneeCanvas's `fov` 35° (vertical; the sphere is fitted to
 * it on landscape canvases) and camera-moves.ts's anterior preset (azimuth 0, polar π/2 − 0.12).
 */
export const FIRST_FRAME = { fovDeg: 35, polar: Math.PI / 2 - 0.12, azimuth: 0 } as const;

export interface PosterOptions {
  /** Output width and height, px. */
  size: number;
  /** Samples a pixel along each axis (anti-aliasing). */
  supersample: number;
  /** WebP quality 0–100 (lossy, with alpha). */
  quality: number;
}

export const POSTER_DEFAULTS: PosterOptions = { size: 768, supersample: 3, quality: 76 };

/** Half the field of view along the short side of a canvas of this aspect (camera-controls' rule). */
export const halfAngleFor = (aspect: number): number => {
  const half = (FIRST_FRAME.fovDeg * Math.PI) / 360;
  return aspect > 1 ? half : Math.atan(Math.tan(half) * aspect);
};

/** The first frame's view of the whole knee on a canvas of this aspect. */
export const posterView = (meshes: readonly PosterMesh[], aspect: number): PosterView => {
  const { centre, radius } = kneeSphere(meshes);
  const { polar, azimuth } = FIRST_FRAME;
  return { polar, azimuth, halfAngle: halfAngleFor(aspect), centre, radius };
};

/** Straight-alpha RGBA pixels of the poster for a canvas of this aspect. */
export const renderPoster = async (
  glb: Uint8Array,
  aspect: number,
  options: Partial<PosterOptions> = {},
): Promise<Uint8Array> => {
  const { size, supersample } = { ...POSTER_DEFAULTS, ...options };
  const meshes = await readPosterMeshes(glb);
  return rasterise(meshes, posterView(meshes, aspect), size, supersample);
};

interface WebPEncoder {
  encode(
    data: Uint8ClampedArray,
    width: number,
    height: number,
    options: Record<string, number>,
  ): Uint8Array | null;
}

let encoder: Promise<WebPEncoder> | undefined;
/** libwebp (Squoosh's build); the plain wasm, never the SIMD one, so every machine gives the same bytes. */
const webp = (): Promise<WebPEncoder> => {
  encoder ??= (async () => {
    const require = createRequire(import.meta.url);
    const bytes = await readFile(require.resolve('@jsquash/webp/codec/enc/webp_enc.wasm'));
    const { default: factory } = (await import('@jsquash/webp/codec/enc/webp_enc.js')) as {
      default: (options: Record<string, unknown>) => Promise<WebPEncoder>;
    };
    const module = await WebAssembly.compile(new Uint8Array(bytes));
    return factory({
      noInitialRun: true,
      instantiateWasm: (imports: WebAssembly.Imports, done: (i: WebAssembly.Instance) => void) => {
        const instance = new WebAssembly.Instance(module, imports);
        done(instance);
        return instance.exports;
      },
    });
  })();
  return encoder;
};

/** The poster for a canvas of this aspect, as WebP bytes. */
export const buildPoster = async (
  glb: Uint8Array,
  aspect: number,
  options: Partial<PosterOptions> = {},
): Promise<Uint8Array> => {
  const o = { ...POSTER_DEFAULTS, ...options };
  const rgba = await renderPoster(glb, aspect, o);
  const { defaultOptions } = await import('@jsquash/webp/meta.js');
  const out = (await webp()).encode(new Uint8ClampedArray(rgba.buffer), o.size, o.size, {
    ...(defaultOptions as unknown as Record<string, number>),
    quality: o.quality,
    method: 6,
    alpha_quality: 90,
    exact: 0,
  });
  if (!out) throw new Error('WebP encoding failed');
  return new Uint8Array(out);
};
