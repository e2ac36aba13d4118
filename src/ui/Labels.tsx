import { Suspense } from 'react';
import { labelsShown } from '../state/presentation';
import { useStore } from '../state/store';
import { lazyRetry } from './lazy-retry';

// Their layout code loads when labels are first turned on (they start off).
const LabelOverlay = lazyRetry(() => import('./LabelOverlay').then((m) => m.LabelOverlay));

/** Leader-line labels over the 3D view, while the labels toggle or explain mode is on. */
export const Labels = () =>
  useStore(labelsShown) ? (
    <Suspense fallback={null}>
      <LabelOverlay />
    </Suspense>
  ) : null;
