import { type Object3D, type PerspectiveCamera, Sphere, Vector3 } from 'three';
import type { Box } from '../lib/unobstructed';
import { sphereOf } from './framing';

/** The 3D view's camera (KneeCanvas) and its presets' tilt: slightly from above, as a clinician looks at a knee on the couch. */
export const VIEW_CAMERA = { fov: 35, near: 0.01, far: 20 } as const;
export const PRESET_POLAR = Math.PI / 2 - 0.12;

/** How much the free region (no panel over it) shrinks what fits: canvas short side / its short side. */
export const fitScaleFor = (width: number, height: number, free: Box | null): number => {
  if (!free || free.width < 1 || free.height < 1) return 1;
  return Math.max(1, Math.min(width, height) / Math.min(free.width, free.height));
};

/** Puts the projection's centre in the middle of the free region (FreeView.tsx does the same in the 3D view). */
export const applyFreeView = (
  camera: PerspectiveCamera,
  width: number,
  height: number,
  free: Box | null,
): void => {
  if (!free || free.width < 1 || free.height < 1 || width < 1 || height < 1) camera.clearViewOffset();
  else {
    const dx = width / 2 - (free.x + free.width / 2);
    const dy = height / 2 - (free.y + free.height / 2);
    camera.setViewOffset(width, height, dx, dy, width, height);
  }
  camera.updateProjectionMatrix();
};

/**
 * The camera of the view as it opens: the front preset, the whole knee fitted to the free region
 * (camera-moves.ts `toView('anterior')`: camera-controls' `rotateTo(0, PRESET_POLAR)` and
 * `fitToSphere`, whose distance fits the sphere to the vertical field of view on a landscape canvas
 * and to the horizontal one on a portrait canvas). The first frame's worker places its camera here.
 */
export const placeFirstCamera = (
  camera: PerspectiveCamera,
  root: Object3D,
  width: number,
  height: number,
  free: Box | null,
): void => {
  const sphere = sphereOf(root, [], new Sphere());
  const radius = sphere.radius * fitScaleFor(width, height, free);
  camera.aspect = width / height;
  const vFov = (camera.getEffectiveFOV() * Math.PI) / 180;
  const hFov = Math.atan(Math.tan(vFov / 2) * camera.aspect) * 2;
  const distance = radius / Math.sin((camera.aspect > 1 ? vFov : hFov) / 2);
  const offset = new Vector3().setFromSphericalCoords(distance, PRESET_POLAR, 0);
  camera.position.copy(sphere.center).add(offset);
  camera.up.set(0, 1, 0);
  camera.lookAt(sphere.center);
  applyFreeView(camera, width, height, free);
  camera.updateMatrixWorld();
};
