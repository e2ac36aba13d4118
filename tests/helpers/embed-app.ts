import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';

/** The example host page's files, served as they are committed (public/). */
const hostFiles: Record<string, string> = {
  '/embed.html': 'text/html; charset=utf-8',
  '/embed-host.js': 'text/javascript; charset=utf-8',
  '/embed-host.css': 'text/css; charset=utf-8',
  '/favicon.ico': 'image/x-icon',
};

export interface HostServer {
  /** `http://localhost:<port>`: another site than the app's `http://127.0.0.1:<port>`. */
  origin: string;
  close(): Promise<void>;
}

/**
 * A second web server, on another origin (and another site) than the app, serving the example host
 * page (public/embed.html), so the test frames the app the way a clinic's site would.
 */
export const startHostServer = async (): Promise<HostServer> => {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const type = hostFiles[path];
    if (!type) {
      res.writeHead(404).end();
      return;
    }
    void readFile(join(process.cwd(), 'public', path)).then((body) =>
      res.writeHead(200, { 'content-type': type }).end(body),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the host server has no port');
  return {
    origin: `http://localhost:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
};

/** One line of the host page's log: an event, a reply or an error, with what it carried. */
export interface LogEntry {
  kind: 'event' | 'reply' | 'error';
  name: string;
  body: unknown;
}

/**
 * Page object of the example host page: a user presses its buttons and reads its log. The test
 * reaches the knee only through what the host page does with postMessage.
 */
export class EmbedHost {
  constructor(
    readonly page: Page,
    readonly hostOrigin: string,
    readonly appUrl: string,
  ) {}

  /** Opens the host page framing the app, and waits for the knee's `ready` event in its log. */
  async open(): Promise<void> {
    await this.page.goto(`${this.hostOrigin}/embed.html?app=${encodeURIComponent(this.appUrl)}`);
    await this.entry('event', 'ready');
  }

  /** Presses one of the host page's buttons by its label. */
  press(label: string): Promise<void> {
    return this.page.getByRole('button', { name: label }).click();
  }

  /** Waits for a log line of that kind and name whose body contains `text`, and returns its body. */
  async entry(kind: LogEntry['kind'], name: string, text = ''): Promise<unknown> {
    const line = this.page
      .locator(`#log li[data-kind="${kind}"][data-name="${name}"]`)
      .filter({ hasText: text });
    await line.first().waitFor();
    return JSON.parse((await line.first().getAttribute('data-body')) ?? 'null');
  }

  /** Every log line, oldest first. */
  async log(): Promise<LogEntry[]> {
    const lines = await this.page.locator('#log li').evaluateAll((items) =>
      items.map((li) => ({
        kind: (li as HTMLElement).dataset.kind,
        name: (li as HTMLElement).dataset.name,
        body: JSON.parse((li as HTMLElement).dataset.body ?? 'null'),
      })),
    );
    return (lines as LogEntry[]).reverse();
  }

  /** The embedded app, for what a visitor sees in it (screenshots, links, axe); not for driving it. */
  frame(): FrameLocator {
    return this.page.frameLocator('#knee');
  }
}

/**
 * Serves the app's index.html with a deployer's allow-list meta in it (README "Embedding"), as if
 * the deployer had edited the built page.
 */
export const withAllowListMeta = async (
  context: BrowserContext,
  appUrl: string,
  origins: string,
): Promise<void> => {
  await context.route(
    (url) => url.href.startsWith(appUrl) && url.pathname === new URL(appUrl).pathname,
    async (route) => {
      const response = await route.fetch();
      const meta = `<meta name="knee-explorer:embed-origins" content="${origins}" />`;
      const body = (await response.text()).replace('<meta charset="UTF-8" />', (m) => `${m}\n${meta}`);
      await route.fulfill({ response, body });
    },
  );
};
