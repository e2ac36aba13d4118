import jsQR from 'jsqr';

/** An RGBA image, 4 bytes a pixel, rows top to bottom. */
export interface Rgba {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** The text of the QR code jsqr finds in the image, or null if it finds none. */
export const decodeQr = (image: { data: ArrayLike<number>; width: number; height: number }): string | null =>
  jsQR(Uint8ClampedArray.from(image.data), image.width, image.height)?.data ?? null;

/**
 * Draws a square of QR modules into a white RGBA image, `scale` px a module, with the quiet zone
 * around it that a reader needs (as the handout's SVG has).
 */
export const drawModules = (
  size: number,
  dark: (row: number, col: number) => boolean,
  scale = 4,
  quiet = 4,
): Rgba => {
  const side = (size + 2 * quiet) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!dark(row, col)) continue;
      for (let y = 0; y < scale; y++) {
        for (let x = 0; x < scale; x++) {
          const i = (((row + quiet) * scale + y) * side + (col + quiet) * scale + x) * 4;
          data.fill(0, i, i + 3);
        }
      }
    }
  }
  return { data, width: side, height: side };
};

/** The modules an SVG path of `M x y h w v1 h-w z` runs covers, as "row,col" keys. */
export const modulesOfPath = (path: string): Set<string> => {
  const cells = new Set<string>();
  for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    const [x, y, w, back] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    if (w !== back) throw new Error(`a run that does not close: ${m[0]}`);
    for (let c = x; c < x + w; c++) cells.add(`${y},${c}`);
  }
  return cells;
};
