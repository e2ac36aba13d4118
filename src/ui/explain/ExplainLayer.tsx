import { useCallback, useEffect, useState } from 'react';
import { setMode } from '../../state/presentation';
import { useStore } from '../../state/store';
import { DrawLayer, type Stroke, type Tool } from './DrawLayer';
import { ExplainBar } from './ExplainBar';
import { LockBadge } from './LockBadge';
import { useCameraMoved } from './use-camera-moved';
import '../explain.css';

/**
 * Explain mode's own layer over the view: the slim bar and the pointer/pen surface, or, while the
 * view is locked for the patient, only the lock badge (the camera still turns and zooms).
 */
export const ExplainLayer = () => {
  const mode = useStore((s) => s.mode);
  const locked = useStore((s) => s.locked);
  if (mode !== 'explain') return null;
  return locked ? <LockBadge /> : <ExplainTools />;
};

const ExplainTools = () => {
  const [tool, setTool] = useState<Tool>('none');
  const [strokes, setStrokes] = useState<readonly Stroke[]>([]);
  // A drawing marks the picture it was drawn on: it goes when the view turns or zooms.
  const clear = useCallback(() => setStrokes((s) => (s.length ? [] : s)), []);
  useCameraMoved(clear);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setMode('explore');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <DrawLayer tool={tool} strokes={strokes} setStrokes={setStrokes} />
      <ExplainBar tool={tool} setTool={setTool} canClear={strokes.length > 0} clear={clear} />
    </>
  );
};
