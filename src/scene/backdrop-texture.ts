import { CanvasTexture, SRGBColorSpace } from 'three';

/** The calm radial backdrop as a texture, drawn on a 256² canvas (a DOM one, or an OffscreenCanvas in a worker). */
export const backdropTexture = (
  canvas: HTMLCanvasElement | OffscreenCanvas,
): CanvasTexture<HTMLCanvasElement | OffscreenCanvas> => {
  canvas.width = 256;
  canvas.height = 256;
  const g = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
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
};
