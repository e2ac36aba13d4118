import { DirectionalLight, Group, HemisphereLight } from 'three';

/**
 * Local lights only (no HDR environment from a CDN): a sky/ground fill, and a directional rig that
 * turns with the camera, so every view is lit the same way: key from upper right, soft fill from the
 * left, a rim behind. Lights.tsx mounts it in the 3D view; the first frame's worker (first-frame/)
 * draws with the same rig.
 */
export const createLightRig = (): { hemisphere: HemisphereLight; rig: Group } => {
  const hemisphere = new HemisphereLight('#ffffff', '#b9b2a8', 1.1);
  const rig = new Group();
  const key = new DirectionalLight('#ffffff', 1.6);
  key.position.set(0.6, 0.8, 1);
  const fill = new DirectionalLight('#e8f0ff', 0.6);
  fill.position.set(-1, 0.1, 0.6);
  const rim = new DirectionalLight('#ffffff', 0.9);
  rim.position.set(0, 0.6, -1);
  rig.add(key, fill, rim);
  return { hemisphere, rig };
};
