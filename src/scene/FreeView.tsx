import { useThree } from '@react-three/fiber';
import { useLayoutEffect } from 'react';
import type { PerspectiveCamera } from 'three';
import { useRuntime } from '../state/runtime';
import { applyFreeView } from './first-view';

/**
 * Centres the camera's view on the part of the canvas no panel covers: a view offset moves the
 * projection's centre there, so whatever the camera looks at (a framed structure, the knee) sits in
 * the middle of the free region, not under the sheet. Picking and projection use the same matrix.
 */
export const FreeView = () => {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const free = useRuntime((r) => r.unobstructed);
  useLayoutEffect(() => {
    applyFreeView(camera, size.width, size.height, free);
    invalidate();
  }, [camera, size, free, invalidate]);
  return null;
};
