import { lazy, Suspense, useEffect } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { interactiveViewMayLoad } from './first-frame/start';
import { Poster } from './shell/Poster';
import { followCards } from './state/sheet';
import { useStore } from './state/store';
import { AppBar, PageLinks } from './ui/AppBar';
import { BrowsePanel } from './ui/BrowsePanel';
import { Disclaimer } from './ui/Disclaimer';
import { FirstFrame } from './ui/FirstFrame';
import { HandoutMount } from './ui/handout/HandoutMount';
import { Labels } from './ui/Labels';
import { LayerToggles } from './ui/LayerToggles';
import { LiveRegion } from './ui/LiveRegion';
import { lazyRetry } from './ui/lazy-retry';
import { Notices } from './ui/Notices';
import { OwnTourSection } from './ui/own-tour/OwnTourSection';
import { QuizSection } from './ui/quiz/QuizSection';
import { SceneStatus } from './ui/SceneStatus';
import { Sheet } from './ui/Sheet';
import { SiteToggle } from './ui/SiteToggle';
import { threeDFailed } from './ui/scene-failure';
import { Toolbar } from './ui/Toolbar';
import { ModelCaption } from './ui/timeline/ModelCaption';
import { TimelinePanel } from './ui/timeline/TimelinePanel';
import { TourDock, TourMount } from './ui/tour/TourMount';
import { UpdatePrompt } from './ui/UpdatePrompt';
import { useKneeShown } from './ui/use-knee-shown';
import { useLayout } from './ui/use-layout';
import { useUnobstructed } from './ui/use-unobstructed';

// three.js and the interactive 3D view arrive after the first frame, which a worker draws
// (first-frame/); after the worker's frame, at the reader's first sign of use (first-frame/demand.ts).
const KneeCanvas = lazy(() =>
  interactiveViewMayLoad()
    .then(() => import('./scene/KneeCanvas'))
    .then((m) => ({ default: m.KneeCanvas })),
);
// The cards carry the clinical text: the empty first view does not need them.
const CardPanel = lazyRetry(() => import('./ui/cards/CardPanel').then((m) => m.CardPanel));
// Explain mode's bar and pen (a clinician's tool): loaded when the mode is first turned on.
const ExplainLayer = lazyRetry(() => import('./ui/explain/ExplainLayer').then((m) => m.ExplainLayer));
// Markers appear once the scene has placed them; they bring the injection-site content with them.
const SiteMarkers = lazyRetry(() => import('./ui/SiteMarkers').then((m) => m.SiteMarkers));

/**
 * The map of the app: the 3D knee fills the screen; one sheet (beside it on wide screens, under it
 * on phones and tablets in portrait) holds the tools, the card, the timeline and the list.
 */
export const App = () => {
  const { t } = useTranslation();
  const scene = useStore((s) => s.scene);
  const mode = useStore((s) => s.mode);
  const hasCard = useStore((s) => s.selected !== null || s.condition !== null || s.site !== null);
  const layout = useLayout();
  // The card and marker code (the clinical text) comes after the first 3D frame, unless a card is open.
  const clinical = useKneeShown() || hasCard;
  // `?embed=1` (issue #12): no page-level dialogs, modes or classroom tools inside a host page.
  const embed = useStore((s) => s.embed);
  useUnobstructed();
  useEffect(followCards, []);
  return (
    <div
      className="app"
      data-layout={layout}
      data-mode={mode}
      data-card={hasCard}
      data-embed={embed || undefined}
    >
      <main className="stage" aria-label={t('app.stageLabel')}>
        {scene !== 'no-webgl' && (
          <ErrorBoundary fallback={null} onError={threeDFailed}>
            <Suspense fallback={null}>
              <KneeCanvas />
            </Suspense>
          </ErrorBoundary>
        )}
        {/* The prerendered still of the knee, in the 3D view's first-frame square until it draws. */}
        <Poster />
        {/* The worker's first frame, in 3D, until the interactive view has drawn its own. */}
        <FirstFrame />
        <Labels />
        <Suspense fallback={null}>{clinical && <SiteMarkers />}</Suspense>
        <SceneStatus />
        <ModelCaption />
        <Notices />
        <UpdatePrompt />
        <LiveRegion />
      </main>
      {layout === 'bottom' && <AppBar compact />}
      <Sheet label={t('app.panelLabel')}>
        {/* On phones a running tour's caption and controls come first in the sheet. */}
        <TourDock />
        {layout === 'side' && <AppBar />}
        {layout === 'side' && <Toolbar />}
        {/* Always there (hidden without a card); its code loads once the knee is on screen. */}
        <section className="card-panel" aria-label={t('card.label')} hidden={!hasCard}>
          <Suspense fallback={null}>{clinical && <CardPanel />}</Suspense>
        </section>
        {/* Under the knee, the card comes first: its title shows at the sheet's peek. */}
        {layout === 'bottom' && <Toolbar />}
        {layout === 'bottom' && !embed && <PageLinks />}
        <TimelinePanel />
        {!embed && <QuizSection />}
        {!embed && <OwnTourSection />}
        <nav id="structures-panel" className="list-panel" aria-label={t('app.structuresNav')}>
          <BrowsePanel />
          <LayerToggles />
          <SiteToggle />
        </nav>
        <Disclaimer />
      </Sheet>
      <Suspense fallback={null}>{mode === 'explain' && <ExplainLayer />}</Suspense>
      <TourMount />
      <HandoutMount />
    </div>
  );
};
