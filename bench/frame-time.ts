import type { Browser } from 'playwright-core';
import { openPage } from '../tests/helpers/session';

type Api = { ready: Promise<void>; setView(v: string): Promise<void> };

const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

/**
 * Frame times of the healing timeline: for `seconds`, every animation frame of the page records
 * whether the app drew (kneeExplorer.frames() moved) and when. Idle must draw nothing; playing
 * draws every frame, and the interval between draws is its frame time.
 */
export const timelineFrameTimes = async (browser: Browser, url: string, seconds = 3) => {
  const { context, page } = await openPage(browser, url);
  await page.goto(`${url}?schedule=sit-2020&s=superficial-mcl`);
  await page.waitForFunction(() => Boolean((window as unknown as { kneeExplorer?: Api }).kneeExplorer));
  await page.evaluate(() => (window as unknown as { kneeExplorer: Api }).kneeExplorer.ready);
  await page.evaluate(() => (window as unknown as { kneeExplorer: Api }).kneeExplorer.setView('medial'));
  // A string, not a function: tsx (esbuild keepNames) would wrap inner functions in a __name helper
  // that does not exist in the page.
  const sample = (playing: boolean): Promise<{ draws: number[]; pageFrames: number }> =>
    page.evaluate(`new Promise((resolve) => {
      const api = window.kneeExplorer;
      if (${playing}) api.play();
      const draws = [];
      let pageFrames = 0;
      let last = api.frames();
      const end = performance.now() + ${seconds * 1000};
      const tick = (now) => {
        pageFrames++;
        const f = api.frames();
        if (f !== last) draws.push(now);
        last = f;
        if (now < end) requestAnimationFrame(tick);
        else {
          api.pause();
          resolve({ draws, pageFrames });
        }
      };
      requestAnimationFrame(tick);
    })`);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500))); // let the first frames settle
  // Baseline in the same run: a camera move's frame time (the same scene, no timeline).
  const camera: { frames: number; ms: number } = await page.evaluate(`(async () => {
    const api = window.kneeExplorer; const f0 = api.frames(); const t0 = performance.now();
    await api.setView('lateral');
    await api.setView('medial');
    return { frames: api.frames() - f0, ms: performance.now() - t0 };
  })()`);
  // The camera's last snap draws one frame after setView resolves: let it land before idling.
  await page.evaluate(
    `new Promise((r) => { let n = 10; const f = () => (--n ? requestAnimationFrame(f) : r()); requestAnimationFrame(f); })`,
  );
  const idle = await sample(false);
  const playing = await sample(true);
  await context.close();
  const intervals = playing.draws.slice(1).map((t, i) => t - (playing.draws[i] ?? t));
  return {
    seconds,
    idleDraws: idle.draws.length,
    idlePageFrames: idle.pageFrames,
    playingDraws: playing.draws.length,
    playingFps: playing.draws.length / seconds,
    medianMs: percentile(intervals, 50),
    p95Ms: percentile(intervals, 95),
    cameraMoveMs: camera.frames > 0 ? camera.ms / camera.frames : 0,
  };
};
