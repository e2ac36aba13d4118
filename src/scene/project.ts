import type { Camera, Mesh, Object3D } from 'three';
import { Raycaster, Vector2, Vector3 } from 'three';
import type { ScreenPoint } from '../state/runtime';
import { isMesh } from './guards';
import { pickStructure } from './picking';

const MAX_CANDIDATES = 400;
/** A point counts only if clicks this many px around it also pick the structure. */
const SLOP = 2;

/** Triangle centroids in world space, spread evenly over the mesh (interior points, not edges). */
const candidates = (mesh: Mesh): Vector3[] => {
  const pos = mesh.geometry.getAttribute('position');
  const index = mesh.geometry.getIndex();
  const triangles = Math.floor((index ? index.count : pos.count) / 3);
  const stride = Math.max(1, Math.floor(triangles / MAX_CANDIDATES));
  const out: Vector3[] = [];
  const v = new Vector3();
  for (let t = 0; t < triangles; t += stride) {
    const c = new Vector3();
    for (let k = 0; k < 3; k++) {
      const i = index ? index.getX(t * 3 + k) : t * 3 + k;
      c.add(v.fromBufferAttribute(pos, i));
    }
    out.push(c.divideScalar(3).applyMatrix4(mesh.matrixWorld));
  }
  return out;
};

/**
 * A page point (CSS px) where a click would select `id`: the candidate's pixel must be on the
 * canvas (not under a panel) and the pick rule (see picking.ts) at and around it must give `id`.
 */
export const projectStructure = (
  id: string,
  root: Object3D,
  camera: Camera,
  canvas: HTMLCanvasElement,
): ScreenPoint | null => {
  const mesh = root.getObjectByName(id);
  const knee = root.getObjectByName('knee');
  if (!isMesh(mesh) || !knee || !mesh.visible) return null;
  camera.updateMatrixWorld();
  knee.updateMatrixWorld();
  const rect = canvas.getBoundingClientRect();
  const raycaster = new Raycaster();
  raycaster.firstHitOnly = true;
  const ndc = new Vector2();
  const pickAt = (cx: number, cy: number): string | null => {
    ndc.set(((cx - rect.left) / rect.width) * 2 - 1, -((cy - rect.top) / rect.height) * 2 + 1);
    raycaster.setFromCamera(ndc, camera);
    return pickStructure(raycaster.intersectObjects(knee.children, false));
  };
  const onCanvas = (cx: number, cy: number) => canvas.ownerDocument.elementFromPoint(cx, cy) === canvas;
  let fallback: ScreenPoint | null = null;
  for (const world of candidates(mesh)) {
    const p = world.project(camera);
    if (p.z > 1 || Math.abs(p.x) > 0.97 || Math.abs(p.y) > 0.97) continue;
    const cx = Math.round(rect.left + ((p.x + 1) / 2) * rect.width);
    const cy = Math.round(rect.top + ((1 - p.y) / 2) * rect.height);
    if (!onCanvas(cx, cy) || pickAt(cx, cy) !== id) continue;
    const page = { x: cx + window.scrollX, y: cy + window.scrollY };
    const around = [
      [SLOP, 0],
      [-SLOP, 0],
      [0, SLOP],
      [0, -SLOP],
    ];
    if (around.every(([dx = 0, dy = 0]) => onCanvas(cx + dx, cy + dy) && pickAt(cx + dx, cy + dy) === id)) {
      return page;
    }
    fallback ??= page;
  }
  return fallback;
};
