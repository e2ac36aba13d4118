import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';

/**
 * The calm radial backdrop, drawn by WebGL itself. The canvas is opaque (alpha: false): Chromium
 * dropped a transparent WebGL canvas from the screen while a scrollable panel overlapped it (the
 * blank knee on tablets in portrait, issue #8), and an opaque canvas is cheaper to composite anyway.
 */
export const Backdrop = () => {
  const scene = useThree((s) => s.scene);
  const texture = useMemo(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 256;
    canvas.height = 256;
    const g = canvas.getContext('2d');
    if (g) {
      const gradient = g.createRadialGradient(128, 102, 0, 128, 102, 200);
      gradient.addColorStop(0, '#ffffff');
      gradient.addColorStop(0.7, '#e6ecf1');
      gradient.addColorStop(1, '#dbe3ea');
      g.fillStyle = gradient;
      g.fillRect(0, 0, 256, 256);
    }
    const t = new CanvasTexture(canvas);
    t.colorSpace = SRGBColorSpace;
    return t;
  }, []);
  useEffect(() => {
    scene.background = texture;
    return () => {
      scene.background = null;
      texture.dispose();
    };
  }, [scene, texture]);
  return null;
};
