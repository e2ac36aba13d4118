import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, inject } from 'vitest';
import type { KneeApp } from './knee-app';
import { launchBrowser, openPage, type PageRecord } from './session';

/** A page object class: KneeApp or one of its subclasses. */
export type AppClass<A extends KneeApp> = new (page: Page, baseUrl: string) => A;

/** A fresh recorded context and page, with the page object on it. */
export interface Session<A extends KneeApp> {
  page: Page;
  context: BrowserContext;
  record: PageRecord;
  app: A;
}

/** Context options, plus the query string to open the app with (default: none). */
export interface OpenOptions extends BrowserContextOptions {
  query?: string;
}

/** What a browser spec gets. Contexts opened here are closed after each test. */
export interface BrowserSuite {
  /** A session whose page has not been navigated yet (e.g. to route requests first). */
  start<A extends KneeApp>(App: AppClass<A>, options?: BrowserContextOptions): Promise<Session<A>>;
  /** A session with the app opened and ready (knee:ready). */
  open<A extends KneeApp>(App: AppClass<A>, options?: OpenOptions): Promise<Session<A>>;
}

export interface BrowserSuiteOptions {
  /** Chromium flags added to the standard SwiftShader ones (e.g. to turn WebGL off). */
  args?: string[];
}

/**
 * A describe block with one Chromium for all its tests, against the app global-setup serves.
 * Without Chromium the block is skipped (global-setup has already failed the run in CI, or warned).
 */
export const describeInBrowser = (
  name: string,
  body: (suite: BrowserSuite) => void,
  { args = [] }: BrowserSuiteOptions = {},
): void => {
  const baseUrl = inject('baseUrl');
  const chromiumPath = inject('chromiumPath');

  describe.skipIf(!chromiumPath)(name, () => {
    let browser: Browser | undefined;
    const contexts: BrowserContext[] = [];

    beforeAll(async () => {
      if (!chromiumPath) throw new Error('No Chromium: this suite should have been skipped');
      browser = await launchBrowser(chromiumPath, args);
    });
    afterEach(async () => {
      await Promise.all(contexts.splice(0).map((context) => context.close()));
    });
    afterAll(() => browser?.close());

    const start = async <A extends KneeApp>(
      App: AppClass<A>,
      options: BrowserContextOptions = {},
    ): Promise<Session<A>> => {
      if (!browser) throw new Error('Chromium did not launch');
      const opened = await openPage(browser, baseUrl, options);
      contexts.push(opened.context);
      return { ...opened, app: new App(opened.page, baseUrl) };
    };

    const open = async <A extends KneeApp>(
      App: AppClass<A>,
      { query = '', ...options }: OpenOptions = {},
    ): Promise<Session<A>> => {
      const session = await start(App, options);
      await session.app.open(query);
      return session;
    };

    body({ start, open });
  });
};
