import { useEffect } from 'react';
import type { Box } from '../lib/unobstructed';
import { runtime } from '../state/runtime';
import { measureStage } from './measure-stage';

const same = (a: Box | null, b: Box): boolean =>
  a !== null &&
  Math.round(a.x) === Math.round(b.x) &&
  Math.round(a.y) === Math.round(b.y) &&
  Math.round(a.width) === Math.round(b.width) &&
  Math.round(a.height) === Math.round(b.height);

/**
 * Measures the part of the 3D view that no panel (elements marked `data-panel`) covers, whenever a
 * panel or the window changes size, and hands it to the runtime (the camera frames inside it) and
 * to CSS (`--free-*`, where captions and notices sit). Layout is read on resize, never per frame.
 */
export const useUnobstructed = (): void => {
  useEffect(() => {
    const root = document.documentElement;
    const measure = () => {
      const local = measureStage()?.free;
      if (!local) return;
      if (same(runtime.getState().unobstructed, local)) return;
      runtime.setState({ unobstructed: local });
      for (const [k, v] of Object.entries(local)) root.style.setProperty(`--free-${k}`, `${Math.round(v)}px`);
    };
    const resize = new ResizeObserver(measure);
    const watch = () => {
      resize.disconnect();
      for (const el of document.querySelectorAll('.stage, [data-panel]')) resize.observe(el);
      measure();
    };
    // Panels come and go (a layout or mode swaps them): re-watch when the app's children change.
    const tree = new MutationObserver(watch);
    const app = document.querySelector('.app');
    if (app) tree.observe(app, { childList: true, attributes: true });
    watch();
    window.addEventListener('resize', measure);
    return () => {
      tree.disconnect();
      resize.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, []);
};
