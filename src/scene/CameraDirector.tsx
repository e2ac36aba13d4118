import type { CameraControlsImpl } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { lend, runtime, takeCameraCommands } from '../state/runtime';
import { markCustomView, useStore } from '../state/store';
import { createDirector } from './camera-moves';
import { useAnchors } from './KneeModel';

/**
 * Drives the camera: frames the store's selection, condition or site as they change, and carries
 * out the queued camera commands (views, turns, zoom) once each. Lends the runtime `settled`, so the
 * API can wait for the camera to rest.
 */
export const CameraDirector = () => {
  const controls = useThree((s) => s.controls) as CameraControlsImpl | null;
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const anchors = useAnchors();

  useEffect(() => {
    if (!controls) return;
    const motionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
    const director = createDirector(controls, scene, invalidate, () => motionQuery.matches, anchors);
    takeCameraCommands(); // the start frames the current view; older requests are moot
    director.start(useStore.getState());
    const stopStore = useStore.subscribe((s, prev) => director.onChange(s, prev));
    const stopQueue = runtime.subscribe((r, prev) => {
      if (r.cameraQueue === prev.cameraQueue || r.cameraQueue.length === 0) return;
      for (const command of takeCameraCommands()) director.run(command, useStore.getState());
    });
    const giveBack = lend({ settled: director.settled });
    const onUserMove = () => markCustomView();
    controls.addEventListener('controlstart', onUserMove);
    invalidate();
    return () => {
      controls.removeEventListener('controlstart', onUserMove);
      stopStore();
      stopQueue();
      giveBack();
    };
  }, [controls, scene, invalidate, anchors]);
  return null;
};
