import type { Page } from 'playwright-core';
import type { KneeExplorerApi, ScreenPoint, StructureInfo } from '../../src/api/types';
import type { ViewName } from '../../src/state/store';

// The tests hold the app to its own published type of the API (README.md documents it).
type ApiWindow = Window & { kneeExplorer: KneeExplorerApi; __kneeReadyEvent?: boolean };

/** Page object: specs read as user stories, and reach the 3D only through window.kneeExplorer. */
export class KneeApp {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`${this.baseUrl}${query}`);
    await this.page.waitForFunction(() => Boolean((window as unknown as ApiWindow).kneeExplorer));
    await this.page.evaluate(() => (window as unknown as ApiWindow).kneeExplorer.ready);
  }

  readyEventFired(): Promise<boolean> {
    return this.page.evaluate(() => (window as unknown as ApiWindow).__kneeReadyEvent === true);
  }

  structures(): Promise<StructureInfo[]> {
    return this.page.evaluate(() => (window as unknown as ApiWindow).kneeExplorer.structures());
  }

  select(id: string | null): Promise<void> {
    return this.page.evaluate((i) => (window as unknown as ApiWindow).kneeExplorer.select(i), id);
  }

  selected(): Promise<string | null> {
    return this.page.evaluate(() => (window as unknown as ApiWindow).kneeExplorer.selected());
  }

  project(id: string): Promise<ScreenPoint | null> {
    return this.page.evaluate((i) => (window as unknown as ApiWindow).kneeExplorer.project(i), id);
  }

  setView(name: ViewName): Promise<void> {
    return this.page.evaluate((n) => (window as unknown as ApiWindow).kneeExplorer.setView(n), name);
  }

  view(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as ApiWindow).kneeExplorer.view());
  }

  setLayer(category: string, visible: boolean): Promise<void> {
    return this.page.evaluate(
      ([c, v]) => (window as unknown as ApiWindow).kneeExplorer.setLayer(c as string, v as boolean),
      [category, visible] as const,
    );
  }

  layers(): Promise<Record<string, boolean>> {
    return this.page.evaluate(() => (window as unknown as ApiWindow).kneeExplorer.layers());
  }

  frames(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as ApiWindow).kneeExplorer.frames());
  }

  /** Waits for n animation frames of the page: a real event, not a fixed sleep. */
  animationFrames(n: number): Promise<void> {
    return this.page.evaluate(
      (count) =>
        new Promise<void>((resolve) => {
          let left = count;
          const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
          requestAnimationFrame(tick);
        }),
      n,
    );
  }

  /** Finds a visible point of the structure from the current view, or from any preset view. */
  async findPoint(id: string): Promise<ScreenPoint | null> {
    const here = await this.project(id);
    if (here) return here;
    const views: readonly ViewName[] = ['anterior', 'medial', 'lateral', 'posterior'];
    for (const view of views) {
      await this.setView(view);
      const p = await this.project(id);
      if (p) return p;
    }
    return null;
  }

  /** Where the 3D view stands: 'loading', 'ready', 'model-error', … */
  status(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as ApiWindow).kneeExplorer.status());
  }

  /** The Retry button on the 3D view's failure message. */
  retryButton() {
    return this.page.getByRole('alert').getByRole('button', { name: 'Retry' });
  }

  /** The dismissible notices (link settings ignored, an interrupted 3D view), each as it reads. */
  notices(): Promise<string[]> {
    return this.page.locator('.notice p').allInnerTexts();
  }

  /** Text of every notice, alert and status message on the page. */
  async noticeText(): Promise<string> {
    const texts = await this.page.locator('[role="alert"], [role="status"]').allInnerTexts();
    return texts.join('\n');
  }

  /** The heading of the open structure card, or null when no card is open. */
  async cardTitle(): Promise<string | null> {
    const heading = this.page.locator('[data-card="structure"] h2');
    return (await heading.count()) ? ((await heading.first().textContent()) ?? '').trim() : null;
  }

  /** Chooses a structure in the list by its visible name, as a mouse or keyboard user would. */
  async chooseFromList(name: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name, exact: false }).first().click();
  }

  /**
   * Moves keyboard focus to the search box with Tab, types the query, then arrows into the
   * results; returns the names of the results shown.
   */
  async searchWithKeyboard(query: string): Promise<string[]> {
    const search = this.page.getByRole('searchbox');
    await search.focus();
    await search.fill('');
    await this.page.keyboard.type(query);
    await this.page.keyboard.press('ArrowDown');
    return this.page.getByRole('navigation').getByRole('button').allInnerTexts();
  }
}
