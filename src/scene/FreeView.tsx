import { useThree } from '@react-three/fiber';
import { useLayoutEffect } from 'react';
import type { PerspectiveCamera } from 'three';
import { useRuntime } from '../state/runtime';

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
    const { width, height } = size;
    if (!free || free.width < 1 || free.height < 1 || width < 1 || height < 1) camera.clearViewOffset();
    else {
      const dx = width / 2 - (free.x + free.width / 2);
      const dy = height / 2 - (free.y + free.height / 2);
      camera.setViewOffset(width, height, dx, dy, width, height);
    }
    camera.updateProjectionMatrix();
    invalidate();
  }, [camera, size, free, invalidate]);
  return null;
};
