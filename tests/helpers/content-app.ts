import type { KneeExplorerApi, ScreenPoint } from '../../src/api/types';
import { KneeApp } from './knee-app';

// The tests hold the app to its own published type of the API (README.md, issue #3).
type Level = ReturnType<KneeExplorerApi['readingLevel']>;
type SiteInfo = ReturnType<KneeExplorerApi['sites']>[number];
type ApiWindow = Window & { kneeExplorer: KneeExplorerApi };

/** KneeApp plus the content API and the card DOM (cards, citations, markers, evidence). */
export class ContentApp extends KneeApp {
  showCondition(id: string | null): Promise<void> {
    return this.page.evaluate((i) => (window as unknown as ApiWindow).kneeExplorer.showCondition(i), id);
  }

  highlighted(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as ApiWindow).kneeExplorer.highlighted());
  }

  sites(): Promise<SiteInfo[]> {
    return this.page.evaluate(() => (window as unknown as ApiWindow).kneeExplorer.sites());
  }

  selectSite(id: string): Promise<void> {
    return this.page.evaluate((i) => (window as unknown as ApiWindow).kneeExplorer.selectSite(i), id);
  }

  setReadingLevel(level: Level): Promise<void> {
    return this.page.evaluate((l) => (window as unknown as ApiWindow).kneeExplorer.setReadingLevel(l), level);
  }

  readingLevel(): Promise<Level> {
    return this.page.evaluate(() => (window as unknown as ApiWindow).kneeExplorer.readingLevel());
  }

  projectSite(id: string): Promise<ScreenPoint | null> {
    return this.page.evaluate((i) => (window as unknown as ApiWindow).kneeExplorer.projectSite(i), id);
  }

  /** The open card's kind and text ('structure' | 'condition' | 'site'), or null. */
  async card(): Promise<{ kind: string; text: string } | null> {
    const card = this.page.locator('.card-panel [data-card]');
    if ((await card.count()) === 0) return null;
    return { kind: (await card.getAttribute('data-card')) ?? '', text: (await card.textContent()) ?? '' };
  }

  /**
   * Clinical statements (elements marked data-clinical) in the open card or dialog that carry no
   * citation marker, as their text; [] when every statement is cited.
   */
  uncited(scope = '.card-panel'): Promise<string[]> {
    return this.page.evaluate(
      (sel) =>
        [...document.querySelectorAll(`${sel} [data-clinical]`)]
          .filter((el) => {
            const links = [...el.querySelectorAll('.cite a[href^="#"]')];
            return (
              links.length === 0 ||
              links.some((a) => !document.getElementById(a.getAttribute('href')?.slice(1) ?? ''))
            );
          })
          .map((el) => (el.textContent ?? '').slice(0, 80)),
      scope,
    );
  }

  /** How many clinical statements the scope shows. */
  clinicalCount(scope = '.card-panel'): Promise<number> {
    return this.page.locator(`${scope} [data-clinical]`).count();
  }

  /** Waits until the site's marker is on screen and in front, then returns its point. */
  async markerPoint(id: string): Promise<ScreenPoint | null> {
    await this.page
      .waitForFunction((i) => (window as unknown as ApiWindow).kneeExplorer.projectSite(i) !== null, id, {
        timeout: 10_000,
      })
      .catch(() => undefined);
    return this.projectSite(id);
  }
}
