import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPoster, POSTER_DEFAULTS, POSTERS, posterView, renderPoster } from '../../models/poster';
import { cameraOf } from '../../models/poster-raster';
import { readPosterMeshes } from '../../models/poster-scene';
import { POSTER_SIZE } from '../../src/shell/Poster';

/**
 * The shell's poster (issue #10) is drawn from the committed knee.glb: regenerating it gives the
 * committed bytes, so a changed model without `npm run poster` (or `npm run models`) fails here.
 */
const root = resolve(__dirname, '../..');
const glb = new Uint8Array(readFileSync(resolve(root, 'models/knee.glb')));

/** Width and height from a WebP's VP8X header (written for images with alpha). */
const webpSize = (bytes: Uint8Array): { width: number; height: number } => {
  const text = (a: number, b: number) => String.fromCharCode(...bytes.slice(a, b));
  expect(text(0, 4)).toBe('RIFF');
  expect(text(8, 12)).toBe('WEBP');
  expect(text(12, 16)).toBe('VP8X');
  const u24 = (i: number) => (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) | ((bytes[i + 2] ?? 0) << 16);
  return { width: u24(24) + 1, height: u24(27) + 1 };
};

describe('the poster of the knee (issue #10)', () => {
  it.each(POSTERS.map((p) => [p.path, p.aspect] as const))(
    '%s is regenerated from knee.glb byte for byte, small and square',
    async (path, aspect) => {
      const committed = new Uint8Array(readFileSync(resolve(root, path)));
      const fresh = await buildPoster(glb, aspect);
      expect(Buffer.compare(Buffer.from(fresh), Buffer.from(committed)), 'run `npm run poster`').toBe(0);
      expect(committed.byteLength).toBeLessThanOrEqual(40_000);
      expect(webpSize(committed)).toEqual({ width: POSTER_DEFAULTS.size, height: POSTER_DEFAULTS.size });
      expect(POSTER_SIZE).toBe(POSTER_DEFAULTS.size);
    },
  );

  it('draws the knee exactly where the camera projects its vertices, opaque and shaded', async () => {
    const size = 160;
    const [landscape] = POSTERS;
    const rgba = await renderPoster(glb, landscape.aspect, { size, supersample: 1 });
    const drawn = { x0: size, y0: size, x1: -1, y1: -1 };
    const shades = new Set<number>();
    for (let i = 0; i < size * size; i++) {
      if ((rgba[i * 4 + 3] ?? 0) < 128) continue;
      const [x, y] = [i % size, Math.floor(i / size)];
      Object.assign(drawn, {
        x0: Math.min(drawn.x0, x),
        y0: Math.min(drawn.y0, y),
        x1: Math.max(drawn.x1, x),
        y1: Math.max(drawn.y1, y),
      });
      shades.add(rgba[i * 4] ?? 0);
    }
    const meshes = await readPosterMeshes(glb);
    const cam = cameraOf(posterView(meshes, landscape.aspect));
    const projected = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
    for (const m of meshes) {
      for (let i = 0; i < m.positions.length; i += 3) {
        const rel = [0, 1, 2].map((k) => (m.positions[i + k] ?? 0) - (cam.eye[k] ?? 0));
        const along = (a: readonly number[]) => rel.reduce((s, v, k) => s + v * (a[k] ?? 0), 0);
        const z = along(cam.forward);
        const x = (0.5 + (0.5 * along(cam.right)) / z / cam.tan) * size;
        const y = (0.5 - (0.5 * along(cam.up)) / z / cam.tan) * size;
        Object.assign(projected, {
          x0: Math.min(projected.x0, x),
          y0: Math.min(projected.y0, y),
          x1: Math.max(projected.x1, x),
          y1: Math.max(projected.y1, y),
        });
      }
    }
    for (const k of ['x0', 'y0', 'x1', 'y1'] as const)
      expect(Math.abs(drawn[k] - projected[k]), k).toBeLessThan(1.5);
    // The whole knee, tall in its square (the femur and tibia shafts run nearly top to bottom).
    expect((drawn.y1 - drawn.y0) / size).toBeGreaterThan(0.8);
    expect(shades.size, 'lit, not a flat silhouette').toBeGreaterThan(40);
  });
});
