import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { addNotice, dismissNotice, setSceneStatus, useStore } from '../state/store';

/** R3F ignores WebGL context loss: tell the user, and redraw once the context is restored. */
export const ContextWatcher = () => {
  const canvas = useThree((s) => s.gl.domElement);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const lost = (e: Event) => {
      e.preventDefault(); // allows the browser to restore the context
      setSceneStatus('context-lost');
      addNotice('contextLost');
    };
    const restored = () => {
      for (const n of useStore.getState().notices) if (n.key === 'contextLost') dismissNotice(n.id);
      setSceneStatus('ready');
      addNotice('contextRestored');
      invalidate();
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    return () => {
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
    };
  }, [canvas, invalidate]);
  return null;
};
