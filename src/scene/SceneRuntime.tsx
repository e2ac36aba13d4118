import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { frameDrawn, lend, markFirstFrame, runtime } from '../state/runtime';
import { setSceneStatus, useStore } from '../state/store';
import { afterFirstFrame } from './after-first-frame';
import { projectStructure } from './project';
import { takeSnapshot } from './snapshot';
import { warmUp, warmVariants } from './warm-up';

/** After each frame is on screen: count it, and announce the first one once the camera is framed. */
const afterDraw = (): void => {
  frameDrawn();
  const r = runtime.getState();
  if (!r.firstFrame && r.settled !== null) {
    setSceneStatus('ready');
    markFirstFrame();
  }
  if (!r.contentDrawn && useStore.getState().contentLoaded) runtime.setState({ contentDrawn: true });
};

/**
 * The scene's writes into the runtime, once the model has loaded: the canvas, picking and a print
 * snapshot for the API and the handout, a count of drawn frames, the first-frame signal, and the
 * pointer cursor over a structure.
 *
 * It also draws the frames (a positive useFrame priority takes rendering over from R3F), so that
 * the knee is first drawn only once every shader it needs is ready (warm-up.ts), instead of the
 * first draw compiling and linking them one by one in one long task.
 */
export const SceneRuntime = () => {
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const canvas = gl.domElement;
  const warm = useRef(false);

  useEffect(() => {
    const giveBack = lend({
      canvas,
      running: true,
      project: (id) => projectStructure(id, scene, camera, canvas),
      snapshot: (width, height) => takeSnapshot(gl, scene, camera, width, height),
    });
    const stopCursor = useStore.subscribe((s, prev) => {
      if (s.hovered !== prev.hovered) canvas.style.cursor = s.hovered ? 'pointer' : '';
      // The clinical content arrived: draw what it adds (markers, a condition's highlight).
      if (s.contentLoaded && !prev.contentLoaded) invalidate();
    });
    return () => {
      stopCursor();
      giveBack();
    };
  }, [scene, camera, canvas, gl, invalidate]);

  useEffect(() => {
    let live = true;
    // A failed compile is reported by three at draw time as before: draw anyway.
    void warmUp(gl, scene, camera)
      .catch(() => undefined)
      .then(() => {
        if (!live) return;
        warm.current = true;
        invalidate();
        return afterFirstFrame().then(() => (live ? warmVariants(gl, scene, camera) : undefined));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [gl, scene, camera, invalidate]);

  // Runs after the other frame callbacks (priority 0: markers, labels); a microtask right after
  // the draw counts the frame.
  useFrame((state) => {
    if (!warm.current) return;
    state.gl.render(state.scene, state.camera);
    queueMicrotask(afterDraw);
  }, 1);
  return null;
};
