import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import type { StructureId } from '../content/structure-ids';
import { isDrawn } from '../lib/visibility';
import { type Look, structureLook } from '../state/highlight';
import { useStore } from '../state/store';
import { fastRaycast, scheduleBvh } from './bvh';
import { restingTissue, type StructurePart } from './knee-parts';
import { isSeeThrough, materialLook } from './materials';
import type { PickData } from './picking';
import { createStructureMaterial } from './structure-material';
import type { TissueUniforms } from './tissue-material';

/** Where a mesh lends its healing uniforms to the timeline (returns the function that takes them back). */
export type RegisterTissue = (id: StructureId, uniforms: TissueUniforms) => () => void;

const skipRaycast = (): void => {};

/**
 * One structure. It owns its material for its whole life (looks change its values, never replace
 * it) and, for ligaments and tendons, the healing uniforms on that material, which it lends to the
 * timeline by id. Highlighted when selected (or in the open condition), x-ray when another is.
 */
export const StructureMesh = ({ part, register }: { part: StructurePart; register: RegisterTissue }) => {
  const { id, category, geometry, scale } = part;
  const invalidate = useThree((s) => s.invalidate);
  const shown = useStore((s) => isDrawn(s, id));
  const hovered = useStore((s) => s.hovered === id);
  const look = useStore((s): Look => structureLook(s, id));
  const tissue = useMemo(() => restingTissue(category, geometry, scale), [category, geometry, scale]);
  const material = useMemo(() => createStructureMaterial(category, tissue), [category, tissue]);
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => (tissue ? register(id, tissue) : undefined), [register, id, tissue]);
  const m = useMemo(() => materialLook(category, look, hovered, id), [category, look, hovered, id]);
  useLayoutEffect(() => {
    // A change of blending or sides needs another shader variant: tell three to pick it up.
    const recompile = material.transparent !== m.transparent || material.side !== m.side;
    material.setValues(m);
    if (recompile) material.needsUpdate = true;
    invalidate();
  }, [material, m, invalidate]);
  // A BVH makes hover, click and project() raycasts cheap on dense meshes: built in idle time.
  useEffect(() => scheduleBvh(geometry), [geometry]);
  const userData: PickData = { structureId: id, seeThrough: isSeeThrough(category, look) };
  return (
    <mesh
      name={id}
      geometry={geometry}
      material={material}
      position={part.position}
      rotation={part.rotation}
      scale={scale}
      visible={shown}
      raycast={shown ? fastRaycast : skipRaycast}
      userData={userData}
      renderOrder={m.transparent ? 1 : 0}
      dispose={null}
    />
  );
};
