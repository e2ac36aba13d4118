import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { KneeExplorerApi } from '../../src/api/types';
import { ContentApp } from './content-app';
import { decodeQr } from './qr-image';
import { saveScreenshot, screenshotDir } from './session';

type ApiWindow = Window & { kneeExplorer: KneeExplorerApi };

/** Paper sizes as CSS px at 96 per inch: the viewport a printed page lays out in. */
export const paper = {
  a4: { width: 794, height: 1123 },
  letter: { width: 816, height: 1056 },
} as const;

/** Spread of the pixels in an image: 0 for a blank (one-colour) picture. */
export interface PixelSpread {
  /** Standard deviation of luminance, 0–255. */
  deviation: number;
  /** Distinct colours, each channel rounded to 16 levels. */
  colours: number;
}

/** ContentApp plus the take-home handout (issue #12): prepare it, look at it as printed paper. */
export class HandoutApp extends ContentApp {
  /** kneeExplorer.handout(): lays the handout out without opening the print dialog. */
  handout(): Promise<void> {
    return this.page.evaluate(() => (window as unknown as ApiWindow).kneeExplorer.handout());
  }

  get sheet() {
    return this.page.locator('[data-handout]');
  }

  /** Shows the page as the printer gets it, laid out on one paper size. */
  async asPaper(size: keyof typeof paper): Promise<void> {
    await this.page.emulateMedia({ media: 'print' });
    await this.page.setViewportSize(paper[size]);
  }

  /** Saves a screenshot of the viewport and decodes the QR code in its pixels (null if none). */
  async screenshotQr(name: string): Promise<string | null> {
    const png = PNG.sync.read(readFileSync(await saveScreenshot(this.page, name)));
    return decodeQr(png);
  }

  /** The spread of the handout picture's pixels as they are on the page (read from a screenshot). */
  async pictureSpread(): Promise<PixelSpread> {
    const box = await this.sheet.locator('.handout-frame img').boundingBox();
    if (!box) throw new Error('the handout has no picture on the page');
    const png = PNG.sync.read(
      await this.page.screenshot({
        clip: { x: box.x + 2, y: box.y + 2, width: box.width - 4, height: box.height - 4 },
      }),
    );
    let [sum, squares] = [0, 0];
    const colours = new Set<number>();
    const n = png.width * png.height;
    for (let i = 0; i < n; i++) {
      const [r, g, b] = [png.data[i * 4] ?? 0, png.data[i * 4 + 1] ?? 0, png.data[i * 4 + 2] ?? 0];
      const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      sum += y;
      squares += y * y;
      colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
    }
    const mean = sum / n;
    return { deviation: Math.sqrt(Math.max(0, squares / n - mean * mean)), colours: colours.size };
  }

  /**
   * Prints the page to PDF on this paper (kept beside the screenshots, to look at) and counts its
   * pages (its /Type /Page objects).
   */
  async pdfPages(
    format: 'A4' | 'Letter',
    name: string,
  ): Promise<{ pages: number; bytes: number; header: string }> {
    mkdirSync(screenshotDir, { recursive: true });
    const pdf = await this.page.pdf({ format, path: join(screenshotDir, `${name}.pdf`) });
    const text = pdf.toString('latin1');
    return {
      pages: (text.match(/\/Type\s*\/Page\b/g) ?? []).length,
      bytes: pdf.length,
      header: text.slice(0, 5),
    };
  }
}
