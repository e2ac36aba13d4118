import { useEffect, useLayoutEffect, useState } from 'react';
import { interactiveViewWanted } from '../first-frame/demand';
import { placeFirstFrame, retireFirstFrame } from '../first-frame/start';
import { useRuntime } from '../state/runtime';
import { useStore } from '../state/store';

/**
 * Where the first frame drawn by the worker (first-frame/) shows, above the 3D view's canvas and the
 * poster, until the 3D view has drawn its own frame (or failed); React's first render takes the
 * shell's copy away, so the canvas moves into this one. The interactive view loads at the reader's
 * first sign of use (first-frame/demand.ts).
 */
export const FirstFrame = () => {
  const drawn = useRuntime((r) => r.firstFrame);
  const failed = useStore((s) => s.scene === 'no-webgl' || s.scene === 'model-error');
  // Asked for (first-frame/demand.ts): "Loading the 3D knee…" shows again until the view is up.
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    let live = true;
    void interactiveViewWanted().then(() => live && setLoading(true));
    return () => {
      live = false;
    };
  }, []);
  useLayoutEffect(() => {
    if (drawn || failed) retireFirstFrame();
    else placeFirstFrame();
  }, [drawn, failed]);
  return <div className="first-frame-slot" aria-hidden="true" data-loading={loading || undefined} />;
};
