import { lazy, Suspense } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { setListOpen, useStore } from './state/store';
import { BrowsePanel } from './ui/BrowsePanel';
import { Disclaimer } from './ui/Disclaimer';
import { EvidenceView } from './ui/evidence/EvidenceView';
import { ExpectView } from './ui/expect/ExpectView';
import { LayerToggles } from './ui/LayerToggles';
import { LiveRegion } from './ui/LiveRegion';
import { Notices } from './ui/Notices';
import { ReadingLevelSwitch } from './ui/ReadingLevelSwitch';
import { SceneStatus } from './ui/SceneStatus';
import { SiteToggle } from './ui/SiteToggle';
import { threeDFailed } from './ui/scene-failure';
import { Toolbar } from './ui/Toolbar';
import { TimelinePanel } from './ui/timeline/TimelinePanel';

// three.js arrives after the DOM shell has painted.
const KneeCanvas = lazy(() => import('./scene/KneeCanvas').then((m) => ({ default: m.KneeCanvas })));
// The cards and the micro view carry the clinical text and charts: the empty first view needs neither.
const CardPanel = lazy(() => import('./ui/cards/CardPanel').then((m) => ({ default: m.CardPanel })));
// Markers appear once the scene has placed them; they bring the injection-site content with them.
const SiteMarkers = lazy(() => import('./ui/SiteMarkers').then((m) => ({ default: m.SiteMarkers })));
const MicroView = lazy(() => import('./ui/MicroView').then((m) => ({ default: m.MicroView })));

/** The map of the app: the 3D knee in the middle, the structure list beside it, the card on top. */
export const App = () => {
  const { t } = useTranslation();
  const scene = useStore((s) => s.scene);
  const listOpen = useStore((s) => s.listOpen);
  const hasSelection = useStore((s) => s.selected !== null || s.condition !== null || s.site !== null);
  return (
    <div className={`app${listOpen ? ' list-open' : ''}${hasSelection ? ' has-selection' : ''}`}>
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
        <div className="header-tools">
          <ReadingLevelSwitch />
          <EvidenceView />
          <ExpectView />
        </div>
        <button
          type="button"
          className="button list-toggle"
          aria-expanded={listOpen}
          aria-controls="structures-panel"
          onClick={() => setListOpen(!listOpen)}
        >
          {t(listOpen ? 'app.hideList' : 'app.showList')}
        </button>
      </header>
      <nav id="structures-panel" className="panel list-panel" aria-label={t('app.structuresNav')}>
        <BrowsePanel />
        <LayerToggles />
        <SiteToggle />
      </nav>
      <main className="stage-column">
        <Toolbar />
        <section className="stage" aria-label={t('app.stageLabel')}>
          {scene !== 'no-webgl' && (
            <ErrorBoundary fallback={null} onError={threeDFailed}>
              <Suspense fallback={null}>
                <KneeCanvas />
              </Suspense>
            </ErrorBoundary>
          )}
          <Suspense fallback={null}>
            <SiteMarkers />
          </Suspense>
          <SceneStatus />
          <Notices />
          <Suspense fallback={null}>
            <MicroView />
          </Suspense>
        </section>
        <TimelinePanel />
        <LiveRegion />
      </main>
      <aside className="panel card-panel" aria-label={t('card.label')}>
        <Suspense fallback={null}>
          <CardPanel />
        </Suspense>
      </aside>
      <Disclaimer />
    </div>
  );
};
