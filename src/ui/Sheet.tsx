import { type KeyboardEvent, type PointerEvent, type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { setSheet } from '../state/sheet';
import { type SheetSnap, sheetSnaps, useStore } from '../state/store';

/** Fractions of the viewport's height each snap point shows (bottom-sheet layout only). */
const HEIGHTS: Record<SheetSnap, number> = { peek: 0.36, half: 0.6, full: 0.92 };

const nearest = (fraction: number): SheetSnap =>
  sheetSnaps.reduce((best, s) =>
    Math.abs(HEIGHTS[s] - fraction) < Math.abs(HEIGHTS[best] - fraction) ? s : best,
  );

const step = (snap: SheetSnap, by: 1 | -1): SheetSnap =>
  sheetSnaps[Math.min(sheetSnaps.length - 1, Math.max(0, sheetSnaps.indexOf(snap) + by))] ?? snap;

/**
 * The one panel: a side sheet on wide screens, a bottom sheet with three snap points (peek, half,
 * full) on phones and tablets in portrait. Its handle is a real button: click or Enter cycles the
 * snaps, the arrow keys step them, and a drag moves the sheet and lets go at the nearest snap.
 */
export const Sheet = ({ label, children }: { label: string; children: ReactNode }) => {
  const { t } = useTranslation();
  const snap = useStore((s) => s.sheet);
  const box = useRef<HTMLElement>(null);
  const drag = useRef<{ startY: number; startFraction: number } | null>(null);

  const onKeyDown = (e: KeyboardEvent) => {
    const by = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
    if (by === 0) return;
    e.preventDefault();
    setSheet(step(snap, by));
  };
  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { startY: e.clientY, startFraction: HEIGHTS[snap] };
  };
  const fractionAt = (y: number, d = drag.current): number =>
    d ? d.startFraction + (d.startY - y) / window.innerHeight : HEIGHTS[snap];
  const onPointerMove = (e: PointerEvent) => {
    if (!drag.current || !box.current) return;
    const f = Math.min(HEIGHTS.full, Math.max(0.12, fractionAt(e.clientY)));
    box.current.style.setProperty('--sheet-drag', `${Math.round(f * 100)}dvh`);
  };
  const onPointerUp = (e: PointerEvent) => {
    const d = drag.current;
    drag.current = null;
    box.current?.style.removeProperty('--sheet-drag');
    if (!d) return;
    // A tap (no real movement) is a click: the click handler cycles the snaps.
    if (Math.abs(e.clientY - d.startY) > 8) setSheet(nearest(fractionAt(e.clientY, d)));
  };
  const moved = useRef(false);
  return (
    <aside ref={box} className="panel sheet" data-panel="" data-snap={snap} aria-label={label}>
      <button
        type="button"
        className="sheet-handle"
        aria-label={t('sheet.handle', { snap: t(`sheet.snaps.${snap}`) })}
        onKeyDown={onKeyDown}
        onPointerDown={(e) => {
          moved.current = false;
          onPointerDown(e);
        }}
        onPointerMove={(e) => {
          if (drag.current && Math.abs(e.clientY - drag.current.startY) > 8) moved.current = true;
          onPointerMove(e);
        }}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onClick={() => {
          if (!moved.current) setSheet(snap === 'full' ? 'peek' : step(snap, 1));
        }}
      >
        <span aria-hidden="true" className="sheet-grip" />
      </button>
      <div className="sheet-body">{children}</div>
    </aside>
  );
};
