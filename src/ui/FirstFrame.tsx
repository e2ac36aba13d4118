import { useLayoutEffect } from 'react';
import { placeFirstFrame, retireFirstFrame } from '../first-frame/start';
import { useRuntime } from '../state/runtime';
import { useStore } from '../state/store';

/**
 * Where the first frame drawn by the worker (first-frame/) shows, above the 3D view's canvas and the
 * poster, until the 3D view has drawn its own frame (or failed); React's first render takes the
 * shell's copy away, so the canvas moves into this one.
 */
export const FirstFrame = () => {
  const drawn = useRuntime((r) => r.firstFrame);
  const failed = useStore((s) => s.scene === 'no-webgl' || s.scene === 'model-error');
  useLayoutEffect(() => {
    if (drawn || failed) retireFirstFrame();
    else placeFirstFrame();
  }, [drawn, failed]);
  return <div className="first-frame-slot" aria-hidden="true" />;
};
