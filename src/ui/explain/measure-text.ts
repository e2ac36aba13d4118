/** Padding inside a label box, CSS px (explain.css uses the same numbers). */
export const LABEL_PAD_X = 10;
export const LABEL_PAD_Y = 4;
export const LABEL_LINE = 1.25;

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** Text width in CSS px for a CSS font, measured once per font and text. */
const measure = (text: string, font: string, size: number): number => {
  const key = `${font}|${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  context ??= document.createElement('canvas').getContext('2d');
  let width = text.length * size * 0.6;
  if (context) {
    context.font = font;
    width = context.measureText(text).width;
  }
  widths.set(key, width);
  return width;
};

export interface LabelText {
  lines: string[];
  width: number;
  height: number;
}

/**
 * Breaks a name into lines no wider than `maxWidth` (at word boundaries) and sizes its box, so the
 * layout places boxes that are exactly as large as what is drawn.
 */
export const labelText = (text: string, size: number, family: string, maxWidth: number): LabelText => {
  const font = `600 ${size}px ${family}`;
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`, font, size) <= maxWidth) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  const widest = Math.max(0, ...lines.map((l) => measure(l, font, size)));
  return {
    lines,
    // Two px of slack: canvas and DOM text can round differently.
    width: Math.ceil(widest) + 2 * LABEL_PAD_X + 2,
    height: Math.ceil(lines.length * size * LABEL_LINE) + 2 * LABEL_PAD_Y,
  };
};
