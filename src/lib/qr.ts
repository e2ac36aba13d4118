import { create } from 'qrcode';

/** A QR symbol as a square of modules: `dark[row * size + col]` is 1 for a dark module. */
export interface QrMatrix {
  size: number;
  dark: Uint8Array;
}

/**
 * The modules of a QR code for `text`, made on the device by `qrcode` (nothing leaves the page).
 * Level M (15 % of the symbol can be lost): printed at about 4 cm, a long link still has modules
 * large enough for a phone camera, and a crease or a pen mark is survivable.
 */
export const qrMatrix = (text: string): QrMatrix => {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: Uint8Array.from(modules.data, (v) => (v ? 1 : 0)) };
};

/** Modules of light margin a reader needs around the symbol (the standard's quiet zone). */
export const QUIET_ZONE = 4;

/**
 * One SVG path for every dark module, in module units (the symbol starts at 0, 0): a horizontal
 * run of dark modules is one rectangle, which keeps the path short. Drawn by React as a `d`
 * attribute, so no markup string and no canvas is involved.
 */
export const qrPath = ({ size, dark }: QrMatrix): string => {
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!dark[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && dark[row * size + col]) col++;
      parts.push(`M${start} ${row}h${col - start}v1h${start - col}z`);
    }
  }
  return parts.join('');
};
