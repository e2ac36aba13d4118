import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { backdropTexture } from './backdrop-texture';

/**
 * The calm radial backdrop, drawn by WebGL itself. The canvas is opaque (alpha: false): Chromium
 * dropped a transparent WebGL canvas from the screen while a scrollable panel overlapped it (the
 * blank knee on tablets in portrait, issue #8), and an opaque canvas is cheaper to composite anyway.
 */
export const Backdrop = () => {
  const scene = useThree((s) => s.scene);
  const texture = useMemo(() => backdropTexture(document.createElement('canvas')), []);
  useEffect(() => {
    scene.background = texture;
    return () => {
      scene.background = null;
      texture.dispose();
    };
  }, [scene, texture]);
  return null;
};
