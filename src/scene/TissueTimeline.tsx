import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { type Material, type Mesh, type Object3D, Vector3 } from 'three';
import { frameDrawn, setSceneRunning } from '../api/frame-waiters';
import { poorHealers } from '../content/healing-evidence';
import { timelineTargets } from '../lib/active-schedule';
import { useStore } from '../state/store';
import { healingNow, scheduleOf } from '../state/timeline';
import { fibreAxis } from './fibre-axis';
import { hasTissueEffect, patchTissue, setTissue, type TissueUniforms } from './tissue-material';

/** Intra-articular ligaments heal poorly (clinical.md §5.2): show them a fainter response. */
const strengthOf = (id: string): number =>
  (poorHealers.structures as readonly string[]).includes(id) ? 0.35 : 1;

const isMesh = (o: Object3D | undefined): o is Mesh => Boolean(o && (o as Mesh).isMesh);

/** Metres per model unit along each axis (the glb's positions are quantised per axis). */
const scaleOf = (mesh: Mesh): Vector3 => mesh.getWorldScale(new Vector3());

/**
 * Drives the healing look of the targeted structures from the store's day, inside useFrame (no
 * React state per frame). Asks for a frame only when the day, schedule or selection changes, so
 * an idle timeline draws nothing; tells the automation API when a frame is on screen.
 */
export const TissueTimeline = () => {
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const patched = useRef(new Map<string, TissueUniforms>());

  useEffect(() => {
    setSceneRunning(true);
    const unsubscribe = useStore.subscribe((s, prev) => {
      if (
        s.day !== prev.day ||
        s.scheduleId !== prev.scheduleId ||
        s.sessionDates !== prev.sessionDates ||
        s.selected !== prev.selected
      ) {
        invalidate();
      }
    });
    invalidate();
    return () => {
      unsubscribe();
      setSceneRunning(false);
    };
  }, [invalidate]);

  useFrame(() => {
    const state = useStore.getState();
    const h = healingNow(state);
    const targets = new Set(timelineTargets(state.selected, scheduleOf(state)));
    const show = hasTissueEffect(h);
    for (const [id, u] of patched.current) {
      const mesh = scene.getObjectByName(id);
      // A material rebuilt by StructureMesh (e.g. x-ray on/off) loses the patch: patch it again.
      if (isMesh(mesh) && !('tissue' in (mesh.material as Material).userData)) {
        patched.current.delete(id);
      } else if (!targets.has(id)) setTissue(u, h, 0);
    }
    if (show) {
      for (const id of targets) {
        const mesh = scene.getObjectByName(id);
        if (!isMesh(mesh) || Array.isArray(mesh.material)) continue;
        const scale = scaleOf(mesh);
        const u = patchTissue(mesh.material, fibreAxis(mesh.geometry, scale), scale);
        patched.current.set(id, u);
        setTissue(u, h, strengthOf(id));
      }
    } else {
      for (const u of patched.current.values()) setTissue(u, h, 0);
    }
    // useFrame runs just before the draw; this microtask runs once the frame is on screen.
    queueMicrotask(frameDrawn);
  });
  return null;
};
