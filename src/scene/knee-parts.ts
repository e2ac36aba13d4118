import { type BufferGeometry, Euler, type Mesh, type Object3D, Quaternion, Vector3 } from 'three';
import type { Category } from '../content/schema';
import type { StructureId } from '../content/structure-ids';
import { structures } from '../content/structures';
import { fibreAxis } from './fibre-axis';
import { isMesh } from './guards';
import { normalizeAo } from './structure-material';
import { type TissueUniforms, tissueUniforms } from './tissue-material';

/** One structure of knee.glb as the scene draws it: its geometry, placed in the knee's frame. */
export interface StructurePart {
  id: StructureId;
  category: Category;
  geometry: BufferGeometry;
  position: Vector3;
  rotation: Euler;
  scale: Vector3;
}

/** The file's node for a structure: a mesh named by id (or the first mesh inside that node). */
const meshFor = (root: Object3D, id: string): Mesh | undefined => {
  const node = root.getObjectByName(id);
  if (isMesh(node)) return node;
  let found: Mesh | undefined;
  node?.traverse((o) => {
    if (!found && isMesh(o)) found = o;
  });
  return found;
};

/** Every structure knee.glb holds, in list order, with its world placement (AO steps normalised once). */
export const toParts = (root: Object3D): StructurePart[] => {
  root.updateMatrixWorld(true);
  return structures.flatMap((s) => {
    const mesh = meshFor(root, s.id);
    if (!mesh) return [];
    normalizeAo(mesh.geometry);
    const position = new Vector3();
    const quaternion = new Quaternion();
    const scale = new Vector3();
    mesh.matrixWorld.decompose(position, quaternion, scale);
    const rotation = new Euler().setFromQuaternion(quaternion);
    return [{ id: s.id, category: s.category, geometry: mesh.geometry, position, rotation, scale }];
  });
};

/** Ligaments and tendons are what the healing timeline draws on (lib/active-schedule). */
const healsLikeLigament = (category: Category): boolean => category === 'ligament' || category === 'tendon';

/** The healing uniforms a structure's material carries (ligaments and tendons), or null. */
export const restingTissue = (
  category: Category,
  geometry: BufferGeometry,
  scale: Vector3,
): TissueUniforms | null =>
  healsLikeLigament(category) ? tissueUniforms(fibreAxis(geometry, scale), scale) : null;
