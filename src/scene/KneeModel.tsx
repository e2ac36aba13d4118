import { type ThreeEvent, useLoader } from '@react-three/fiber';
import { useCallback, useEffect, useMemo } from 'react';
import kneeUrl from '../../models/knee.glb?url';
import type { StructureId } from '../content/structure-ids';
import { setCautions } from '../state/cautions';
import { selectInPlace } from '../state/navigation';
import { frameFocus, hover } from '../state/store';
import { KneeGlbLoader } from './knee-glb';
import { toParts } from './knee-parts';
import { pickStructure } from './picking';
import { type RegisterTissue, StructureMesh } from './StructureMesh';
import { cautionTable, readAnchors } from './site-anchors';
import { TissueTimeline } from './TissueTimeline';
import type { TissueUniforms } from './tissue-material';

/** Loads knee.glb (meshopt decoded locally by scene/knee-glb.ts; nothing is fetched elsewhere). */
export const useKnee = () => useLoader(KneeGlbLoader, kneeUrl);

/** The injection-site anchors of the loaded knee (read once per model). */
export const useAnchors = () => readAnchors(useKnee().scene);

/** Two taps (or clicks) this close in time (ms) and space (CSS px) are a double tap. */
const DOUBLE_MS = 500;
const DOUBLE_PX = 24;
let lastTap = { time: -Infinity, x: 0, y: 0 };

/**
 * A touch or click on the model selects in place (the camera stays); a double tap turns to what
 * was hit and frames it. Detected here rather than from dblclick, which touch screens do not send.
 */
const onClick = (e: ThreeEvent<MouseEvent>) => {
  e.stopPropagation();
  const id = pickStructure(e.intersections);
  if (id) selectInPlace(id);
  const { timeStamp: time, clientX: x, clientY: y } = e.nativeEvent;
  const double = time - lastTap.time < DOUBLE_MS && Math.hypot(x - lastTap.x, y - lastTap.y) < DOUBLE_PX;
  lastTap = double ? { time: -Infinity, x, y } : { time, x, y };
  if (double && id) frameFocus();
};

const onPointerMove = (e: ThreeEvent<PointerEvent>) => {
  e.stopPropagation();
  hover(pickStructure(e.intersections));
};

/**
 * Every structure of knee.glb as its own mesh, with one click/hover handler for the whole knee, and
 * the healing timeline writing into the uniforms the meshes lend it.
 */
export const KneeModel = () => {
  const { scene } = useKnee();
  const parts = useMemo(() => toParts(scene), [scene]);
  useEffect(() => setCautions(cautionTable(readAnchors(scene))), [scene]);
  const tissues = useMemo(() => new Map<StructureId, TissueUniforms>(), []);
  const register = useCallback<RegisterTissue>(
    (id, uniforms) => {
      tissues.set(id, uniforms);
      return () => {
        if (tissues.get(id) === uniforms) tissues.delete(id);
      };
    },
    [tissues],
  );
  return (
    <>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: an R3F group in the 3D scene, not DOM; keyboard users select through the list */}
      <group name="knee" onClick={onClick} onPointerMove={onPointerMove} onPointerOut={() => hover(null)}>
        {parts.map((part) => (
          <StructureMesh key={part.id} part={part} register={register} />
        ))}
      </group>
      <TissueTimeline tissues={tissues} />
    </>
  );
};
