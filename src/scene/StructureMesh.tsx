import type { BufferGeometry, Euler, Vector3 } from 'three';
import { acceleratedRaycast, MeshBVH } from 'three-mesh-bvh';
import type { Category } from '../content/schema';
import { structureLook } from '../state/highlight';
import { isShown, useStore } from '../state/store';
import { isSeeThrough, type Look, materialLook } from './materials';
import type { PickData } from './picking';

export interface StructurePart {
  id: string;
  category: Category;
  geometry: BufferGeometry;
  position: Vector3;
  rotation: Euler;
  scale: Vector3;
}

const skipRaycast = (): void => {};

/** A BVH makes hover, click and project() raycasts cheap on dense generated meshes. */
const ensureBvh = (geometry: BufferGeometry): void => {
  if (!geometry.boundsTree) geometry.boundsTree = new MeshBVH(geometry);
};

/** One structure: its category material, highlighted when selected (or in the open condition), x-ray when another is. */
export const StructureMesh = ({ part }: { part: StructurePart }) => {
  const { id, category, geometry } = part;
  const shown = useStore((s) => isShown(s, id));
  const hovered = useStore((s) => s.hovered === id);
  const look = useStore((s): Look => structureLook(s, id));
  ensureBvh(geometry);
  const m = materialLook(category, look, hovered);
  const userData: PickData = { structureId: id, seeThrough: isSeeThrough(category, look) };
  return (
    <mesh
      name={id}
      geometry={geometry}
      position={part.position}
      rotation={part.rotation}
      scale={part.scale}
      visible={shown}
      raycast={shown ? acceleratedRaycast : skipRaycast}
      userData={userData}
      renderOrder={m.transparent ? 1 : 0}
      dispose={null}
    >
      {/* Keyed by transparency: switching it changes the shader program, so build a fresh one. */}
      <meshStandardMaterial key={m.transparent ? 'translucent' : 'solid'} {...m} />
    </mesh>
  );
};
