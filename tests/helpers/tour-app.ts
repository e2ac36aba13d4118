import { PNG } from 'pngjs';
import type { KneeExplorerApi, Rect } from '../../src/api/types';
import { LayoutApp } from './layout-app';

// The tests hold the app to its own published type of the API (README.md documents it).
type W = Window & { kneeExplorer: KneeExplorerApi };

/** What a full-viewport screenshot shows: how much is black, and how much is knee. */
export interface ScreenStats {
  /** Share of all pixels that are black (every channel ≤ 8). */
  black: number;
  /** Share of the region's pixels that are not the light backdrop: tissue, shading, labels. */
  drawn: number;
}

/** Page object for presentation mode and guided tours (issue #11): the API, type sizes and pixels. */
export class TourApp extends LayoutApp {
  setMode(mode: string): Promise<void> {
    return this.page.evaluate((m) => (window as unknown as W).kneeExplorer.setMode(m), mode);
  }
  mode(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as W).kneeExplorer.mode());
  }
  tours() {
    return this.page.evaluate(() => (window as unknown as W).kneeExplorer.tours());
  }
  startTour(id: string): Promise<void> {
    return this.page.evaluate((i) => (window as unknown as W).kneeExplorer.startTour(i), id);
  }
  tourStep() {
    return this.page.evaluate(() => (window as unknown as W).kneeExplorer.tourStep());
  }
  nextStep(): Promise<void> {
    return this.page.evaluate(() => (window as unknown as W).kneeExplorer.nextStep());
  }
  prevStep(): Promise<void> {
    return this.page.evaluate(() => (window as unknown as W).kneeExplorer.prevStep());
  }
  endTour(): Promise<void> {
    return this.page.evaluate(() => (window as unknown as W).kneeExplorer.endTour());
  }
  setDay(day: number): Promise<void> {
    return this.page.evaluate((d) => (window as unknown as W).kneeExplorer.setDay(d), day);
  }

  /**
   * Starts the next step and reads the camera as the move starts and again at rest: how far apart
   * the two are (metres). An eased move has not yet left; an instant one is already there.
   */
  midMove(): Promise<{ apart: number }> {
    return this.page.evaluate(async () => {
      const k = (window as unknown as W).kneeExplorer;
      const done = k.nextStep();
      const mid = k.camera();
      await done;
      const end = k.camera();
      if (!mid || !end) return { apart: Number.NaN };
      const d = (a: readonly number[], b: readonly number[]) =>
        Math.hypot(...a.map((v, i) => v - (b[i] ?? 0)));
      return { apart: d(mid.position, end.position) + d(mid.target, end.target) };
    });
  }

  /** Computed font sizes (CSS px) of every visible element matching the selector. */
  fontSizes(selector: string): Promise<number[]> {
    return this.page.$$eval(selector, (els) =>
      els
        .filter((el) => (el as HTMLElement).checkVisibility())
        .map((el) => Number.parseFloat(getComputedStyle(el).fontSize)),
    );
  }

  /** The tour bar's step title, or null when no tour bar is on screen. */
  async captionTitle(): Promise<string | null> {
    const title = this.page.locator('.tour-bar .tour-title').filter({ visible: true });
    return (await title.count()) ? ((await title.first().textContent()) ?? '').trim() : null;
  }

  /** Reads a full-viewport screenshot (as composited); `region` limits the `drawn` share. */
  async screen(region?: Rect | null): Promise<ScreenStats> {
    const png = PNG.sync.read(await this.page.screenshot());
    let black = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      if ((png.data[i] ?? 0) <= 8 && (png.data[i + 1] ?? 0) <= 8 && (png.data[i + 2] ?? 0) <= 8) black++;
    }
    const r = region ?? { x: 0, y: 0, width: png.width, height: png.height };
    let drawn = 0;
    let n = 0;
    for (let y = Math.max(0, Math.round(r.y)); y < Math.min(png.height, r.y + r.height); y += 2) {
      for (let x = Math.max(0, Math.round(r.x)); x < Math.min(png.width, r.x + r.width); x += 2) {
        const i = (y * png.width + x) * 4;
        const [R, G, B] = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
        // The backdrop is a pale grey-blue gradient (≥ 200 in every channel, hardly saturated).
        if (Math.min(R, G, B) < 185 || Math.max(R, G, B) - Math.min(R, G, B) > 45) drawn++;
        n++;
      }
    }
    return { black: black / (png.width * png.height), drawn: n ? drawn / n : 0 };
  }
}
