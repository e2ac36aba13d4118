import type { CDPSession, Locator } from 'playwright-core';
import type { PresentationApi } from '../../src/api/presentation-types';
import type { ScreenPoint } from '../../src/api/types';
import { KneeApp } from './knee-app';

// The tests hold the app to its own published type of the API.
type W = Window & { kneeExplorer: PresentationApi };

/** A label as drawn: its structure, computed font size (CSS px) and box. */
export interface DrawnLabel {
  id: string;
  fontSize: number;
  primary: boolean;
  box: { x: number; y: number; width: number; height: number };
}

/** Page object for explain mode and labels: the API, plus touches a clinician and a patient make. */
export class ExplainApp extends KneeApp {
  private session: CDPSession | undefined;

  /** DevTools input, for real touch sequences (down, moves, up) that Playwright's tap cannot make. */
  private async touch(
    type: 'touchStart' | 'touchMove' | 'touchEnd',
    points: ScreenPoint[] = [],
  ): Promise<void> {
    this.session ??= await this.page.context().newCDPSession(this.page);
    await this.session.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  }

  setMode(mode: string): Promise<void> {
    return this.page.evaluate((m) => (window as unknown as W).kneeExplorer.setMode(m), mode);
  }
  mode(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as W).kneeExplorer.mode());
  }
  setLabels(on: boolean): Promise<void> {
    return this.page.evaluate((o) => (window as unknown as W).kneeExplorer.setLabels(o), on);
  }
  locked(): Promise<boolean> {
    return this.page.evaluate(() => (window as unknown as W).kneeExplorer.locked());
  }

  /** Every label on screen, in drawing order. */
  labels(): Promise<DrawnLabel[]> {
    return this.page.$$eval('[data-label]', (els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return {
          id: el.getAttribute('data-label') ?? '',
          fontSize: Number.parseFloat(getComputedStyle(el).fontSize),
          primary: el.hasAttribute('data-primary'),
          box: { x: r.x, y: r.y, width: r.width, height: r.height },
        };
      }),
    );
  }

  bar(): Locator {
    return this.page.getByRole('region', { name: 'Explain mode' });
  }
  lockBadge(): Locator {
    return this.page.getByRole('button', { name: /Locked: hold to unlock/ });
  }

  private async centre(target: Locator): Promise<ScreenPoint> {
    const box = await target.boundingBox();
    if (!box) throw new Error('not on screen');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** One finger dragged from a to b in steps; `hold` keeps it down (lift it with liftFinger). */
  async touchDrag(a: ScreenPoint, b: ScreenPoint, steps = 8, hold = false): Promise<void> {
    await this.touch('touchStart', [a]);
    for (let i = 1; i <= steps; i++) {
      await this.touch('touchMove', [
        { x: a.x + ((b.x - a.x) * i) / steps, y: a.y + ((b.y - a.y) * i) / steps },
      ]);
    }
    if (!hold) await this.liftFinger();
  }

  liftFinger(): Promise<void> {
    return this.touch('touchEnd');
  }

  /** Swipes a finger across the element, left (next) or right (previous). */
  async swipe(target: Locator, direction: 'left' | 'right'): Promise<void> {
    const c = await this.centre(target);
    const d = direction === 'left' ? -90 : 90;
    await this.touchDrag({ x: c.x - d / 2, y: c.y }, { x: c.x + d / 2, y: c.y });
  }

  /**
   * A long press: holds a finger on the element until the page shows `ready` (a selector), then
   * lifts it; returns how long it was held (ms, page clock).
   */
  async longPress(target: Locator, ready: string): Promise<number> {
    const c = await this.centre(target);
    const t0 = await this.page.evaluate(() => performance.now());
    await this.touch('touchStart', [c]);
    await this.page.waitForSelector(ready, { timeout: 10_000 });
    const t1 = await this.page.evaluate(() => performance.now());
    await this.liftFinger();
    return t1 - t0;
  }

  /** Lets `ms` of page time pass: only to show that a timer did not fire (there is no event for that). */
  async pageTimePasses(ms: number): Promise<void> {
    const start = await this.page.evaluate(() => performance.now());
    await this.page.waitForFunction((end) => performance.now() > end, start + ms);
  }
}
