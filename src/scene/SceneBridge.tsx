import type { CameraControlsImpl } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { countFrame, markReady, registerScene } from '../api/registry';
import { markCustomView, setSceneStatus, useStore } from '../state/store';
import { createDirector } from './camera-moves';
import { useKnee } from './KneeModel';
import { projectStructure } from './project';
import { readAnchors } from './site-anchors';

/**
 * Mounted once the model has loaded: drives the camera from the store, lends the automation API
 * its 3D functions (project, settled), counts frames and announces readiness after the first one.
 */
export const SceneBridge = () => {
  const controls = useThree((s) => s.controls) as CameraControlsImpl | null;
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const started = useRef(false);
  const announced = useRef(false);
  const { scene: gltf } = useKnee();
  const anchors = useMemo(() => readAnchors(gltf), [gltf]);

  useEffect(() => {
    if (!controls) return;
    const motionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
    const director = createDirector(controls, scene, invalidate, () => motionQuery.matches, anchors);
    director.start(useStore.getState());
    const unsubscribe = useStore.subscribe((s, prev) => director.onChange(s, prev));
    const unregister = registerScene({
      project: (id) => projectStructure(id, scene, camera, gl.domElement),
      settled: director.settled,
    });
    const onUserMove = () => markCustomView();
    const stopCursor = useStore.subscribe((st, prev) => {
      if (st.hovered !== prev.hovered) gl.domElement.style.cursor = st.hovered ? 'pointer' : '';
    });
    controls.addEventListener('controlstart', onUserMove);
    started.current = true;
    invalidate();
    return () => {
      started.current = false;
      controls.removeEventListener('controlstart', onUserMove);
      unsubscribe();
      stopCursor();
      unregister();
    };
  }, [controls, scene, camera, gl, invalidate, anchors]);

  useFrame(() => {
    countFrame();
    if (started.current && !announced.current) {
      announced.current = true;
      setSceneStatus('ready');
      // useFrame runs just before the draw; a microtask runs right after this frame is on screen.
      queueMicrotask(markReady);
    }
  });
  return null;
};
