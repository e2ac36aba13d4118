import { lazy, Suspense } from 'react';
import { createPortal } from 'react-dom';
import { ErrorBoundary } from 'react-error-boundary';
import { handoutFailed } from '../../state/handout';
import { useStore } from '../../state/store';

// The handout, its stylesheet and the QR library load only when one is asked for.
const Handout = lazy(() => import('./Handout').then((m) => ({ default: m.Handout })));

/**
 * Puts the requested handout beside the app, straight under <body>: the print stylesheet then
 * hides every other child of <body> and prints this one alone. Nothing shows on screen.
 */
export const HandoutMount = () => {
  const request = useStore((s) => s.handout);
  if (!request || request.status === 'failed') return null;
  return createPortal(
    <ErrorBoundary fallback={null} onError={() => handoutFailed(request.id)}>
      <Suspense fallback={null}>
        <Handout key={request.id} id={request.id} print={request.print} />
      </Suspense>
    </ErrorBoundary>,
    document.body,
  );
};
