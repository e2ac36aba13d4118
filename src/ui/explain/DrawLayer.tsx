import { type PointerEvent, useRef, useState } from 'react';
import type { Point } from '../../lib/label-layout';

/** What a finger or the mouse does on the view in explain mode. */
export type Tool = 'none' | 'pointer' | 'pen';

export type Stroke = readonly Point[];

interface Props {
  tool: Tool;
  strokes: readonly Stroke[];
  setStrokes: (update: (strokes: readonly Stroke[]) => readonly Stroke[]) => void;
}

const at = (e: PointerEvent<SVGSVGElement>): Point => ({ x: e.clientX, y: e.clientY });

const pathOf = (stroke: Stroke): string =>
  stroke.map((p, i) => `${i === 0 ? 'M' : 'L'}${Math.round(p.x)} ${Math.round(p.y)}`).join(' ');

/**
 * Pen strokes and the laser dot, over the whole view. While the pointer or pen is chosen it takes
 * the pointer (so drawing or pointing never turns the knee); otherwise it lets everything through.
 * Decorative to assistive technology: it adds marks on a picture, and every action has a button.
 */
export const DrawLayer = ({ tool, strokes, setStrokes }: Props) => {
  const [dot, setDot] = useState<Point | null>(null);
  const drawing = useRef(false);
  const down = (e: PointerEvent<SVGSVGElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    if (tool === 'pointer') setDot(at(e));
    if (tool === 'pen') {
      drawing.current = true;
      setStrokes((s) => [...s, [at(e)]]);
    }
  };
  const move = (e: PointerEvent<SVGSVGElement>) => {
    if (tool === 'pointer') setDot(at(e));
    if (tool === 'pen' && drawing.current) {
      setStrokes((s) => [...s.slice(0, -1), [...(s.at(-1) ?? []), at(e)]]);
    }
  };
  const up = (e: PointerEvent<SVGSVGElement>) => {
    drawing.current = false;
    // A finger lifted leaves no dot; a mouse keeps pointing where it rests.
    if (e.pointerType !== 'mouse') setDot(null);
  };
  return (
    <svg
      className="draw-layer"
      data-tool={tool}
      aria-hidden="true"
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={up}
      onPointerLeave={() => setDot(null)}
    >
      {strokes.map((stroke, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: strokes are only ever appended or all cleared
        <path key={i} className="pen-stroke" d={pathOf(stroke)} />
      ))}
      {tool === 'pointer' && dot && <circle className="laser-dot" cx={dot.x} cy={dot.y} r={11} />}
    </svg>
  );
};
