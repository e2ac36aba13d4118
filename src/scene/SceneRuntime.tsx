import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { frameDrawn, lend, markFirstFrame, runtime } from '../state/runtime';
import { setSceneStatus, useStore } from '../state/store';
import { projectStructure } from './project';

/** After each frame is on screen: count it, and announce the first one once the camera is framed. */
const afterDraw = (): void => {
  frameDrawn();
  const r = runtime.getState();
  if (!r.firstFrame && r.settled !== null) {
    setSceneStatus('ready');
    markFirstFrame();
  }
};

/**
 * The scene's writes into the runtime, once the model has loaded: the canvas and picking for the
 * API, a count of drawn frames, the first-frame signal, and the pointer cursor over a structure.
 */
export const SceneRuntime = () => {
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const canvas = useThree((s) => s.gl.domElement);

  useEffect(() => {
    const giveBack = lend({
      canvas,
      running: true,
      project: (id) => projectStructure(id, scene, camera, canvas),
    });
    const stopCursor = useStore.subscribe((s, prev) => {
      if (s.hovered !== prev.hovered) canvas.style.cursor = s.hovered ? 'pointer' : '';
    });
    return () => {
      stopCursor();
      giveBack();
    };
  }, [scene, camera, canvas]);

  // useFrame runs just before the draw; a microtask runs right after this frame is on screen.
  useFrame(() => queueMicrotask(afterDraw));
  return null;
};
