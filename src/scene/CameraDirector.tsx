import type { CameraControlsImpl } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector3 } from 'three';
import { type Orbit, orbitFrom } from '../lib/camera-url';
import { cameraRested } from '../state/camera-link';
import { type CameraPose, lend, runtime, takeCameraCommands } from '../state/runtime';
import { markCustomView, setViewName, useStore } from '../state/store';
import { createDirector } from './camera-moves';
import { fitScaleFor } from './first-view';
import { useAnchors } from './KneeModel';

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

/** The camera's orbit as a link writes it: the controls' own angles, not the rounded pose. */
const orbitOf = (controls: CameraControlsImpl): Orbit => {
  const t = controls.getTarget(at, false);
  return orbitFrom(controls.azimuthAngle, controls.polarAngle, controls.distance, [t.x, t.y, t.z]);
};

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
  const get = useThree((s) => s.get);

  useEffect(() => {
    if (!controls) return;
    const motionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
    // How much the free region (no panel over it) shrinks what fits. The canvas's size from R3F, not
    // the runtime's canvas, which SceneRuntime lends only after this first framing.
    const fitScale = (): number => {
      const { size } = get();
      return fitScaleFor(size.width, size.height, runtime.getState().unobstructed);
    };
    const director = createDirector(controls, scene, invalidate, () => motionQuery.matches, anchors, {
      fitScale,
      held: () => runtime.getState().holdCamera,
      turned: setViewName,
      rested: () => cameraRested(orbitOf(controls)),
    });
    // The start frames the current view from the store; older requests are moot, except a frame
    // list (a tour step or quiz question opened from a link), which the store does not hold, when no
    // later placing (a link's camera put back over that step) came after it.
    const pending = takeCameraCommands().findLast((c) => c.kind !== 'rotate' && c.kind !== 'zoom');
    director.start(useStore.getState(), pending?.kind === 'frame-ids' ? pending : undefined);
    const stopStore = useStore.subscribe((s, prev) => director.onChange(s, prev));
    const stopQueue = runtime.subscribe((r, prev) => {
      if (r.cameraQueue === prev.cameraQueue || r.cameraQueue.length === 0) return;
      for (const command of takeCameraCommands()) director.run(command, useStore.getState());
    });
    const giveBack = lend({
      settled: director.settled,
      pose: () => poseOf(controls),
      orbit: () => orbitOf(controls),
    });
    const onUserMove = () => markCustomView();
    // After a gesture the camera eases out: 'rest' comes near the end, 'sleep' once it has stopped.
    const onRest = () => cameraRested(orbitOf(controls));
    // 'control' fires only when a gesture really moves the camera: a tap is not a new view.
    controls.addEventListener('control', onUserMove);
    controls.addEventListener('rest', onRest);
    controls.addEventListener('sleep', onRest);
    invalidate();
    return () => {
      controls.removeEventListener('control', onUserMove);
      controls.removeEventListener('rest', onRest);
      controls.removeEventListener('sleep', onRest);
      stopStore();
      stopQueue();
      giveBack();
    };
  }, [controls, scene, invalidate, anchors, get]);
  return null;
};
