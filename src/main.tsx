import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startEmbedBridge } from './api/embed';
import { installApi } from './api/install';
import { startFirstFrame } from './first-frame/start';
import './i18n';
import { startServiceWorker } from './pwa/register';
import { hasWebGL } from './scene/webgl-support';
import { languageSettled, startLanguage } from './state/language';
import { setSceneStatus } from './state/store';
import { startUrlSync } from './state/url-sync';
import './ui/styles.css';
import './ui/content.css';
import './ui/layout.css';
import './ui/shell.css';

// The build's boot script has already started it; the dev server has no boot script.
startFirstFrame();
if (!hasWebGL()) setSceneStatus('no-webgl');
// Before the link is read, so a link's own language (applied after) wins.
void startLanguage(window);
startUrlSync(window);
installApi(window);
startEmbedBridge(window);

const root = document.getElementById('root');
if (!root) throw new Error('Knee Explorer: #root is missing from index.html');

// The first render in a transition: React renders the interface in slices that yield to the
// browser, instead of one long task that would block a tap (the shell is on screen meanwhile).
const start = () => {
  const app = createRoot(root, {
    // A caught error already has a message on screen; keep the console for real failures.
    onCaughtError: (error) => console.warn('Knee Explorer recovered from an error:', error),
  });
  startTransition(() =>
    app.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
};
// A reader in another language gets it in the first render, not English then a flash (English: no wait).
void languageSettled().finally(start);
startServiceWorker(window);
