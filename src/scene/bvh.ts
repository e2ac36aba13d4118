import { type BufferGeometry, type Intersection, Mesh, type Raycaster } from 'three';
import type {} from 'three-mesh-bvh'; // BufferGeometry.boundsTree
import { afterFirstFrame, whenIdle } from './after-first-frame';

/**
 * Bounding-volume hierarchies for cheap hover, tap and project() raycasts, built after the first
 * frame (issue #10): the library loads on its own chunk once that frame is drawn, and one geometry
 * is indexed per idle slot, so neither the first frame nor any task waits for all 33. Until a
 * mesh's tree exists, three's own raycast answers (correct, only slower).
 */
type BvhLib = typeof import('three-mesh-bvh');

let lib: BvhLib | null = null;
let loading: Promise<void> | null = null;
const waiting = new Set<BufferGeometry>();

/** Index geometries while the idle slot lasts (at least one per slot), then ask for another slot. */
const buildSome = (deadline?: IdleDeadline): void => {
  if (!lib) return;
  do {
    const next = waiting.values().next();
    if (next.done) return;
    waiting.delete(next.value);
    if (!next.value.boundsTree) next.value.boundsTree = new lib.MeshBVH(next.value);
  } while (deadline && deadline.timeRemaining() > 8);
  if (waiting.size > 0) whenIdle(buildSome);
};

/** Index this geometry soon, in idle time. */
export const scheduleBvh = (geometry: BufferGeometry): void => {
  if (geometry.boundsTree) return;
  const first = waiting.size === 0;
  waiting.add(geometry);
  if (!loading) {
    // Not even fetched before the knee is on screen: until then three's own raycast answers.
    loading = afterFirstFrame()
      .then(() => import('three-mesh-bvh'))
      .then((m) => {
        lib = m;
      });
  }
  if (first) void loading.then(() => whenIdle(buildSome));
};

/**
 * A mesh's raycast: through its BVH. Once the library is here, a mesh that is asked before its idle
 * turn is indexed on the spot (one mesh, when needed); before that, three's own raycast answers.
 */
export function fastRaycast(this: Mesh, raycaster: Raycaster, hits: Intersection[]): void {
  if (!lib) {
    Mesh.prototype.raycast.call(this, raycaster, hits);
    return;
  }
  if (!this.geometry.boundsTree) {
    waiting.delete(this.geometry);
    this.geometry.boundsTree = new lib.MeshBVH(this.geometry);
  }
  lib.acceleratedRaycast.call(this, raycaster, hits);
}
