import { PNG } from 'pngjs';
import type { CameraPose, KneeExplorerApi, Rect, ScreenPoint } from '../../src/api/types';
import { KneeApp } from './knee-app';

type ApiWindow = Window & { kneeExplorer: KneeExplorerApi };

/** Mean colour of a square of pixels, 0–255 per channel. */
export interface Patch {
  r: number;
  g: number;
  b: number;
}

/** KneeApp plus the layout members (issue #8): the free region, the camera, and pixels on screen. */
export class LayoutApp extends KneeApp {
  unobstructed(): Promise<Rect | null> {
    return this.page.evaluate(() => (window as unknown as ApiWindow).kneeExplorer.unobstructed());
  }

  camera(): Promise<CameraPose | null> {
    return this.page.evaluate(() => (window as unknown as ApiWindow).kneeExplorer.camera());
  }

  /** Share of the viewport the free region covers. */
  async freeShare(): Promise<number> {
    const free = await this.unobstructed();
    const size = this.page.viewportSize();
    if (!free || !size) return 0;
    return (free.width * free.height) / (size.width * size.height);
  }

  /**
   * The mean colour around a point, read from a screenshot of the whole viewport as composited
   * (a clipped screenshot resizes the page and forces a redraw, which would hide a blank canvas).
   */
  async patchAt(point: ScreenPoint, radius = 3): Promise<Patch> {
    const png = PNG.sync.read(await this.page.screenshot());
    let [r, g, b, n] = [0, 0, 0, 0];
    for (let y = point.y - radius; y <= point.y + radius; y++) {
      for (let x = point.x - radius; x <= point.x + radius; x++) {
        const i = (Math.round(y) * png.width + Math.round(x)) * 4;
        r += png.data[i] ?? 0;
        g += png.data[i + 1] ?? 0;
        b += png.data[i + 2] ?? 0;
        n++;
      }
    }
    return { r: r / n, g: g / n, b: b / n };
  }
}

/** A highlighted (selected) structure is drawn orange: red well above blue, unlike the grey-blue backdrop. */
export const looksSelected = (p: Patch): boolean => p.r - p.b > 40;

/** Does the point lie inside the rectangle (page px; the canvas fills the viewport from 0,0)? */
export const inside = (p: ScreenPoint, r: Rect): boolean =>
  p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;
