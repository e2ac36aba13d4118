import type { Box } from './unobstructed';

/**
 * The part of the canvas (CSS px from its top-left) a snapshot of the 3D view shows: centred on
 * the free region (where the user sees the knee, and where the camera framed it), the smallest
 * rectangle of the snapshot's shape that holds all of it. It may reach past the canvas's edges:
 * the camera's frustum simply goes on there. Without a free region, the whole canvas.
 */
export const snapshotRegion = (
  canvas: { width: number; height: number },
  free: Box | null,
  aspect: number,
): Box => {
  const f = free && free.width >= 1 && free.height >= 1 ? free : { x: 0, y: 0, ...canvas };
  const width = Math.max(f.width, f.height * aspect);
  const height = width / aspect;
  return { x: f.x + f.width / 2 - width / 2, y: f.y + f.height / 2 - height / 2, width, height };
};

/** A canvas point (CSS px) as fractions (0–1) across and down the snapshot; null outside it. */
export const pointInRegion = (p: { x: number; y: number }, r: Box): { x: number; y: number } | null => {
  const x = (p.x - r.x) / r.width;
  const y = (p.y - r.y) / r.height;
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 ? { x, y } : null;
};
