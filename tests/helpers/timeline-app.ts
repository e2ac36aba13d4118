import type { Page } from 'playwright-core';
import type { TimelineApi } from '../../src/api/timeline-types';
import type { ScreenPoint } from '../../src/api/types';
import { KneeApp } from './knee-app';

// The tests hold the app to its own published type of the API.
type W = Window & { kneeExplorer: TimelineApi };

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Page object for the healing timeline: the API plus what a user sees and does. */
export class TimelineApp extends KneeApp {
  setDay(day: number): Promise<void> {
    return this.page.evaluate((d) => (window as unknown as W).kneeExplorer.setDay(d), day);
  }
  day(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as W).kneeExplorer.day());
  }
  play(): Promise<void> {
    return this.page.evaluate(() => (window as unknown as W).kneeExplorer.play());
  }
  pause(): Promise<void> {
    return this.page.evaluate(() => (window as unknown as W).kneeExplorer.pause());
  }
  setSchedule(id: string): Promise<void> {
    return this.page.evaluate((i) => (window as unknown as W).kneeExplorer.setSchedule(i), id);
  }
  schedule(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as W).kneeExplorer.schedule());
  }
  healing(): Promise<ReturnType<TimelineApi['healing']>> {
    return this.page.evaluate(() => (window as unknown as W).kneeExplorer.healing());
  }
  async readout(): Promise<{ text: string; phase: string | null }> {
    const el = this.page.locator('.tl-readout');
    return {
      text: (await el.locator('.tl-sentence').textContent()) ?? '',
      phase: await el.getAttribute('data-phase'),
    };
  }
  /** Unfolds the timeline panel (folded until the timeline is used or a link opens it). */
  async showTimeline(): Promise<void> {
    const fold = this.page.getByRole('button', { name: 'Healing timeline' });
    if ((await fold.getAttribute('aria-expanded')) !== 'true') await fold.click();
  }
  slider() {
    return this.page.getByRole('slider', { name: 'Day on the healing timeline' });
  }

  /**
   * Pixels of a square of the screen around a point, decoded in the page (no native image deps).
   * `only3d` hides the DOM insets over the stage for the shot, so only the 3D view is compared.
   */
  async pixels(center: ScreenPoint, size = 60, only3d = false): Promise<number[]> {
    if (only3d) await this.page.evaluate(() => document.body.classList.add('hide-insets'));
    // A constructed stylesheet (CSSOM): the app's CSP refuses an inline <style> (addStyleTag).
    await this.page.evaluate((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, '.hide-insets .micro-view, .hide-insets .site-markers, .hide-insets .model-caption { visibility: hidden; }');
    const clip = {
      x: Math.round(center.x - size / 2),
      y: Math.round(center.y - size / 2),
      width: size,
      height: size,
    };
    const png = (await this.page.screenshot({ clip })).toString('base64');
    await this.page.evaluate(() => document.body.classList.remove('hide-insets'));
    return this.page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(bitmap, 0, 0);
      return Array.from(ctx.getImageData(0, 0, bitmap.width, bitmap.height).data);
    }, png);
  }
}

export const meanRgb = (px: readonly number[]): Rgb => {
  let [r, g, b] = [0, 0, 0];
  const n = px.length / 4;
  for (let i = 0; i < px.length; i += 4) {
    r += px[i] ?? 0;
    g += px[i + 1] ?? 0;
    b += px[i + 2] ?? 0;
  }
  return { r: r / n, g: g / n, b: b / n };
};

/** Mean absolute difference per channel (0..255) between two equally sized crops. */
export const pixelDifference = (a: readonly number[], b: readonly number[]): number => {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    if (i % 4 === 3) continue;
    sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
    count++;
  }
  return sum / count;
};

export type { Page };
