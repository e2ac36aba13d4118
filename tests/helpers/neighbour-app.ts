import { PNG } from 'pngjs';
import type { KneeExplorerApi } from '../../src/api/types';
import { ContentApp } from './content-app';

type ApiWindow = Window & { kneeExplorer: KneeExplorerApi };
type Caution = ReturnType<KneeExplorerApi['siteCautions']>[number];

/** ContentApp plus the caution zones of issue #13 and a colour count of the 3D view. */
export class NeighbourApp extends ContentApp {
  siteCautions(siteId: string): Promise<Caution[]> {
    return this.page.evaluate((i) => (window as unknown as ApiWindow).kneeExplorer.siteCautions(i), siteId);
  }

  /** What the open site card lists under "Near the needle path", in order. */
  cardCautions(): Promise<{ id: string; mm: number }[]> {
    return this.page.locator('[data-caution]').evaluateAll((els) =>
      els.map((e) => ({
        id: e.getAttribute('data-caution') ?? '',
        mm: Number(e.getAttribute('data-distance-mm')),
      })),
    );
  }

  /** The part of the 3D view no panel covers, as a PNG (panels scroll; the knee does not). */
  async viewShot(): Promise<Buffer> {
    const free = await this.page.evaluate(() => (window as unknown as ApiWindow).kneeExplorer.unobstructed());
    const canvas = await this.page.locator('canvas').first().boundingBox();
    if (!free || !canvas) throw new Error('no 3D view on screen');
    const clip = { x: canvas.x + free.x, y: canvas.y + free.y, width: free.width, height: free.height };
    return this.page.screenshot({ clip });
  }

  /** Pixels of the free 3D region whose colour is close to a tissue's hue (shading varies brightness). */
  async countColour(kind: 'nerve' | 'artery' | 'vein'): Promise<number> {
    const png = PNG.sync.read(await this.viewShot());
    let n = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
      if (kind === 'nerve' && r > 140 && g > 120 && b < 0.45 * g && r - b > 90) n++;
      if (kind === 'artery' && r > 110 && g < 0.55 * r && b < 0.55 * r) n++;
      if (kind === 'vein' && b > 100 && b > 1.35 * r && b > 1.15 * g) n++;
    }
    return n;
  }

  link(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as ApiWindow).kneeExplorer.link());
  }
}
