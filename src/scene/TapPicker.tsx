import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { type Intersection, Raycaster, Vector2 } from 'three';
import type { StructureId } from '../content/structure-ids';
import { takePendingTap } from '../first-frame/demand';
import { selectInPlace } from '../state/navigation';
import { useStore } from '../state/store';
import { firstFrameDrawn } from './after-first-frame';
import { pickNear, pickStructure } from './picking';

const ndc = new Vector2();
const hits: Intersection[] = [];

/**
 * A click or tap that hits no structure: choose the nearest visible structure within NEAR_PX
 * (picking.ts pickNear), or clear the selection when there is none. Either way the
 * camera stays where it is. A tap on the worker's still of the knee, made before this view was up,
 * is carried out here once the view has drawn.
 */
export const TapPicker = () => {
  const set = useThree((s) => s.set);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const canvas = useThree((s) => s.gl.domElement);
  const raycaster = useMemo(() => Object.assign(new Raycaster(), { firstHitOnly: true }), []);
  useEffect(() => {
    const pickAt = (x: number, y: number, width: number, height: number): StructureId | null => {
      const knee = scene.getObjectByName('knee');
      if (!knee) return null;
      ndc.set((x / width) * 2 - 1, -(y / height) * 2 + 1);
      raycaster.setFromCamera(ndc, camera);
      hits.length = 0;
      raycaster.intersectObjects(knee.children, false, hits);
      return pickStructure(hits);
    };
    /** What a tap at this page point selects: the structure hit, else the nearest within NEAR_PX. */
    const pickAtClient = (clientX: number, clientY: number): StructureId | null => {
      const rect = canvas.getBoundingClientRect();
      const [x, y] = [clientX - rect.left, clientY - rect.top];
      return pickNear((px, py) => pickAt(px, py, rect.width, rect.height), x, y);
    };
    const onPointerMissed = (event: MouseEvent) => selectInPlace(pickAtClient(event.clientX, event.clientY));
    set({ onPointerMissed });
    // A tap on the worker's still, before this view was up (first-frame/demand.ts): carried out on
    // the first frame drawn here, as if it had landed now, unless something is selected by then.
    const replay = (): void => {
      const tap = takePendingTap();
      if (!tap || useStore.getState().selected !== null) return;
      const hit = pickAtClient(tap.x, tap.y);
      if (hit) selectInPlace(hit);
    };
    let live = true;
    void firstFrameDrawn().then(() => live && replay());
    return () => {
      live = false;
      set({ onPointerMissed: undefined });
    };
  }, [set, scene, camera, canvas, raycaster]);
  return null;
};
