import type { KneeExplorerApi } from '../../src/api/types';
import { LayoutApp } from './layout-app';

// The tests hold the app to its own published type of the API (README.md documents it).
type ApiWindow = Window & { kneeExplorer: KneeExplorerApi };

/** Page object for links and sharing (issue #12): the API's link(), the address bar, the share control. */
export class LinkApp extends LayoutApp {
  link(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as ApiWindow).kneeExplorer.link());
  }

  /** What the address bar shows now. */
  address(): Promise<string> {
    return this.page.evaluate(() => location.href);
  }

  /** Opens an absolute link (as a patient following it would) and waits for the knee. */
  async follow(href: string): Promise<void> {
    await this.page.goto(href);
    await this.page.waitForFunction(() => Boolean((window as unknown as ApiWindow).kneeExplorer));
    await this.page.evaluate(() => (window as unknown as ApiWindow).kneeExplorer.ready);
  }

  copyButton() {
    return this.page.getByRole('button', { name: 'Copy link', exact: true });
  }

  shareButton() {
    return this.page.getByRole('button', { name: 'Share', exact: true });
  }

  /** The page-level actions the share control sits among (the bar's, or the phone sheet's). */
  pageLinks() {
    return this.page.locator('.page-links:visible');
  }

  /** The field that holds the link when the clipboard refuses it. */
  linkField() {
    return this.page.getByRole('textbox', { name: 'Link to this view' });
  }

  /** Drags across the middle of the free region with the mouse (one finger's orbit). */
  async orbitByHand(dx: number, dy: number): Promise<void> {
    const free = await this.unobstructed();
    if (!free) throw new Error('no free region to drag in');
    const [x, y] = [free.x + free.width / 2, free.y + free.height / 2];
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx, y + dy, { steps: 8 });
    await this.page.mouse.up();
  }
}
