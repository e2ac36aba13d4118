import type { KneeExplorerApi } from '../../src/api/types';
import { ContentApp } from './content-app';

type ApiWindow = Window & { kneeExplorer: KneeExplorerApi };

/** ContentApp plus the language part of the API and what the page says about its language. */
export class SpanishApp extends ContentApp {
  setLanguage(lang: string): Promise<void> {
    return this.page.evaluate((l) => (window as unknown as ApiWindow).kneeExplorer.setLanguage(l), lang);
  }

  language(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as ApiWindow).kneeExplorer.language());
  }

  htmlLang(): Promise<string | null> {
    return this.page.evaluate(() => document.documentElement.getAttribute('lang'));
  }

  /**
   * Opens the page with the app's entry blocked: what shows is the prerendered shell and what the
   * boot script did to it (issue #12: the copy in the reader's language).
   */
  async openShellOnly(query = ''): Promise<void> {
    const html = await (await this.page.request.get(this.baseUrl)).text();
    const entry = html.match(/data-knee-entry="([^"]+)"/)?.[1];
    if (!entry) throw new Error('the built page names no entry');
    await this.page.route(new URL(entry, this.baseUrl).href, (route) => route.abort());
    await this.page.goto(`${this.baseUrl}${query}`);
    await this.page.waitForLoadState('load');
  }

  /** The prerendered copies on screen, as "layout lang" (English copies carry no lang). */
  shownShells(): Promise<string[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#root > .shell')]
        .filter((s) => getComputedStyle(s).display !== 'none')
        .map((s) => `${s.dataset.shell} ${s.lang || 'en'}`),
    );
  }

  /** The open card's title. */
  async cardTitle(): Promise<string> {
    return (await this.page.locator('.card-panel .card-title').first().textContent()) ?? '';
  }

  /** Loads the page again (same link) and waits until the app is ready. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.waitForFunction(() => Boolean((window as unknown as ApiWindow).kneeExplorer));
    await this.page.evaluate(() => (window as unknown as ApiWindow).kneeExplorer.ready);
  }

  /**
   * Visible buttons, headings, labels and legends whose text is wider than their box (cut off or
   * spilling out), as "tag.class: text"; screen-reader-only text is clipped on purpose and skipped.
   */
  overflowing(scope = '.app'): Promise<string[]> {
    return this.page.evaluate(
      (sel) =>
        [
          ...document.querySelectorAll<HTMLElement>(
            `${sel} button, ${sel} h1, ${sel} h2, ${sel} label, ${sel} legend`,
          ),
        ]
          .filter((el) => el.offsetParent !== null && !el.closest('.visually-hidden'))
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 40)}`),
      scope,
    );
  }
}
