import { Component, type ReactNode } from 'react';
import { setSceneStatus } from '../state/store';

interface Props {
  children: ReactNode;
}

/** Inside the Canvas: a missing or corrupt knee.glb becomes a status the DOM shell explains. */
export class ModelBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: unknown): void {
    console.warn('Knee Explorer: the 3D model could not be loaded.', error);
    setSceneStatus('model-error');
  }

  render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
