import { useRuntime } from '../state/runtime';
import { useStore } from '../state/store';

/**
 * True once the knee's first frame is on screen, or once the 3D view has failed (then the cards are
 * all there is). The clinical text's code waits for it (issue #10): fetched earlier, it competes with
 * the first 3D frame for the network and the main thread, and the first frame needs none of it.
 */
export const useKneeShown = (): boolean => {
  const first = useRuntime((r) => r.firstFrame);
  const failed = useStore((s) => s.scene !== 'loading' && s.scene !== 'ready');
  return first || failed;
};
