import { Component, type ReactNode } from 'react';
import { setSceneStatus } from '../state/store';

interface Props {
  children: ReactNode;
}

/**
 * Around the lazy 3D view: if three cannot create a WebGL context (or the 3D code fails to load),
 * React would unmount the whole app; this keeps the list and cards alive and says why.
 */
export class ThreeDBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: unknown): void {
    console.warn('Knee Explorer: 3D view unavailable.', error);
    // No WebGL context, or the 3D code itself failed to arrive (offline, bad deploy).
    setSceneStatus(/webgl/i.test(String(error)) ? 'no-webgl' : 'model-error');
  }

  render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
