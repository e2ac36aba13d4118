import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { structureName } from '../content/structure-names';
import { layoutLabels } from '../lib/label-layout';
import { type LabelSpot, type Rect, useRuntime } from '../state/runtime';
import { type Mode, useStore } from '../state/store';
import { LABEL_LINE, type LabelText, labelText } from './explain/measure-text';
import './explain.css';

/** Text sizes, CSS px: never under 16; explain mode is read at arm's length, presentation mode across a room. */
const SIZES: Record<Mode, { main: number; other: number; maxWidth: number; max: number }> = {
  explore: { main: 18, other: 16, maxWidth: 220, max: 14 },
  explain: { main: 26, other: 21, maxWidth: 300, max: 8 },
  present: { main: 36, other: 30, maxWidth: 420, max: 7 },
};
/** Explain mode's bar sits at the bottom of the view: labels keep clear of it. */
const BAR_SPACE = 84;

interface Sized extends LabelSpot {
  text: LabelText;
  size: number;
}

/** Leader-line labels over the 3D view (Labels.tsx mounts them while they are on). */
export const LabelOverlay = () => {
  const mode = useStore((s) => s.mode);
  const selected = useStore((s) => s.selected);
  const spots = useRuntime((r) => r.labelSpots);
  const unobstructed = useRuntime((r) => r.unobstructed);
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0, family: 'sans-serif' });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () =>
      setSize({ width: el.clientWidth, height: el.clientHeight, family: getComputedStyle(el).fontFamily });
    read();
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const language = useStore((s) => s.language);
  // biome-ignore lint/correctness/useExhaustiveDependencies: structureName reads the language on screen
  const sized = useMemo<Sized[]>(() => {
    const s = SIZES[mode];
    return spots
      .filter((spot) => spot.visible)
      .map((spot) => {
        const px = spot.id === selected ? s.main : s.other;
        return { ...spot, size: px, text: labelText(structureName(spot.id), px, size.family, s.maxWidth) };
      });
  }, [spots, selected, mode, size.family, language]);

  const layout = useMemo(() => {
    const free: Rect = unobstructed ?? { x: 0, y: 0, width: size.width, height: size.height };
    // The free region may or may not count explain mode's bar (it is a [data-panel]): keep clear anyway.
    const bottom =
      mode !== 'explore' ? Math.min(free.y + free.height, size.height - BAR_SPACE) : free.y + free.height;
    const bounds = { ...free, height: Math.max(0, bottom - free.y) };
    const requests = sized.map((s) => ({
      id: s.id,
      x: s.x,
      y: s.y,
      width: s.text.width,
      height: s.text.height,
    }));
    return layoutLabels(requests, { bounds, max: SIZES[mode].max });
  }, [sized, size, unobstructed, mode]);

  const byId = new Map(sized.map((s) => [s.id, s]));
  // aria-hidden: every name here is already in the structure list (and the selection in its card and
  // the live region), so a screen reader would only hear the list again, in screen order, unlabelled.
  return (
    <div ref={ref} className="labels" data-mode={mode} aria-hidden="true">
      <svg className="label-leaders" width={size.width} height={size.height} aria-hidden="true">
        {layout.placed.map((p) => (
          <g key={p.id}>
            <line className="leader-halo" x1={p.anchor.x} y1={p.anchor.y} x2={p.end.x} y2={p.end.y} />
            <line className="leader" x1={p.anchor.x} y1={p.anchor.y} x2={p.end.x} y2={p.end.y} />
            <circle className="leader-dot" cx={p.anchor.x} cy={p.anchor.y} r={4} />
          </g>
        ))}
      </svg>
      {layout.placed.map((p) => {
        const s = byId.get(p.id);
        if (!s) return null;
        return (
          <div
            key={p.id}
            className="label"
            data-label={p.id}
            data-primary={p.id === selected ? 'true' : undefined}
            style={{
              transform: `translate(${p.box.x}px, ${p.box.y}px)`,
              width: p.box.width,
              height: p.box.height,
              fontSize: s.size,
              lineHeight: LABEL_LINE,
            }}
          >
            {s.text.lines.map((line) => (
              <span key={line}>{line}</span>
            ))}
          </div>
        );
      })}
    </div>
  );
};
