/**
 * The page's only script tag in the build (src/shell/defer-plugin.ts puts it there, render-blocking).
 * It marks <html> with the reader's language before the first paint (issue #12: the shell's copy in
 * that language shows), and starts the app once the prerendered shell and its poster are on screen,
 * so nothing of the app's JavaScript is fetched before the first paint and the poster (issue #10).
 * The app's entry and its static imports, which Vite would have linked from the head, are named on
 * this tag instead. Its one import is the light i18n/languages.ts, inlined (defer-plugin.ts).
 */

import { initialLanguage, languageStorageKey } from '../i18n/languages';

/** Longest wait for the first paint before the app starts anyway. */
const POSTER_WAIT_MS = 2000;

const tag = document.querySelector<HTMLScriptElement>('script[data-knee-entry]');
const params = new URLSearchParams(location.search);

// `?embed=1` (issue #12): the shell leaves out what the embed does (shell.css) until the app takes over.
if (params.get('embed') === '1') document.documentElement.dataset.embed = '';

/** The remembered choice (state/language.ts); storage can throw (sandboxed frame, privacy settings). */
const stored = (): string | null => {
  try {
    return localStorage.getItem(languageStorageKey);
  } catch {
    return null;
  }
};

// The app's own rule (state/language.ts, state/link.ts): shell.css shows the shell's copy in this language.
document.documentElement.lang = initialLanguage(
  params.get('lang')?.trim() ?? null,
  stored(),
  navigator.languages?.length ? navigator.languages : [navigator.language],
);

/** The poster the visible shell shows. */
const visiblePoster = (): HTMLImageElement | undefined =>
  [...document.querySelectorAll<HTMLImageElement>('img.poster')].find((i) => i.getClientRects().length > 0);

/** After the next frame has been painted. */
const painted = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Once the browser reports its first contentful paint (at once where it does not report paints). */
const firstPaint = (): Promise<void> =>
  new Promise((resolve) => {
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return resolve();
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntries().some((e) => e.name === 'first-contentful-paint')) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
  });

/**
 * Resolves once the poster is on screen: decoded (or failed), the page painted, and two frames
 * more, so the poster's paint (the largest one) comes before any of the app's requests.
 */
const posterPainted = (img: HTMLImageElement): Promise<void> =>
  Promise.all([img.decode().catch(() => undefined), firstPaint()])
    .then(painted)
    .then(painted);

const start = async (): Promise<void> => {
  const entry = tag?.dataset.kneeEntry;
  if (!entry) throw new Error('Knee Explorer: the boot script names no entry');
  const img = visiblePoster();
  // Never later than POSTER_WAIT_MS: a slow image, or a tab opened in the background (no frames).
  await Promise.race([
    img ? posterPainted(img) : firstPaint(),
    new Promise((resolve) => setTimeout(resolve, POSTER_WAIT_MS)),
  ]);
  for (const href of (tag?.dataset.kneePreload ?? '').split(' ').filter(Boolean)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  // The first 3D frame, drawn in a worker, starts before the interface (first-frame/start.ts);
  // the build names its chunk here (defer-plugin.ts), so this script stays one file.
  const firstFrame = tag?.dataset.kneeFirstFrame;
  if (firstFrame) {
    const started = (await import(/* @vite-ignore */ firstFrame)) as { startFirstFrame?: () => void };
    started.startFirstFrame?.();
  }
  await import(/* @vite-ignore */ entry);
};

void start();
