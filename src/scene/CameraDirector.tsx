import type { CameraControlsImpl } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector3 } from 'three';
import { type CameraPose, lend, runtime, takeCameraCommands } from '../state/runtime';
import { markCustomView, setViewName, useStore } from '../state/store';
import { createDirector } from './camera-moves';
import { useAnchors } from './KneeModel';

/** How much the free region (no panel over it) shrinks what fits: canvas short side / its short side. */
const fitScale = (): number => {
  const { unobstructed: free, canvas } = runtime.getState();
  if (!free || !canvas || free.width < 1 || free.height < 1) return 1;
  const short = Math.min(canvas.clientWidth, canvas.clientHeight);
  return Math.max(1, short / Math.min(free.width, free.height));
};

const at = new Vector3();
const round = (v: Vector3): [number, number, number] => [
  Math.round(v.x * 1e4) / 1e4,
  Math.round(v.y * 1e4) / 1e4,
  Math.round(v.z * 1e4) / 1e4,
];

/** The camera's pose, rounded to a tenth of a millimetre. */
const poseOf = (controls: CameraControlsImpl): CameraPose => ({
  position: round(controls.getPosition(at, false)),
  target: round(controls.getTarget(at, false)),
});

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
    const director = createDirector(controls, scene, invalidate, () => motionQuery.matches, anchors, {
      fitScale,
      held: () => runtime.getState().holdCamera,
      turned: setViewName,
    });
    // The start frames the current view; older requests are moot, except a frame list (a tour step
    // or quiz question opened from a link), which the store does not hold.
    const pending = takeCameraCommands().findLast((c) => c.kind === 'frame-ids');
    director.start(useStore.getState(), pending?.kind === 'frame-ids' ? pending : undefined);
    const stopStore = useStore.subscribe((s, prev) => director.onChange(s, prev));
    const stopQueue = runtime.subscribe((r, prev) => {
      if (r.cameraQueue === prev.cameraQueue || r.cameraQueue.length === 0) return;
      for (const command of takeCameraCommands()) director.run(command, useStore.getState());
    });
    const giveBack = lend({ settled: director.settled, pose: () => poseOf(controls) });
    const onUserMove = () => markCustomView();
    // 'control' fires only when a gesture really moves the camera: a tap is not a new view.
    controls.addEventListener('control', onUserMove);
    invalidate();
    return () => {
      controls.removeEventListener('control', onUserMove);
      stopStore();
      stopQueue();
      giveBack();
    };
  }, [controls, scene, invalidate, anchors]);
  return null;
};
