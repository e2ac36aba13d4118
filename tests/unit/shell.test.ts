import { resolve } from 'node:path';
import type { OutputAsset, RolldownOutput } from 'rolldown';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { categories } from '../../src/content/schema';
import { structureName } from '../../src/content/structure-names';
import { structures } from '../../src/content/structures';
import { en } from '../../src/i18n/en';
import { shellMarkup, withShell } from '../../src/shell/shell-markup';

/**
 * Issue #10, first paint without JavaScript: the built index.html carries the app's first view
 * (header, tools, structure list, disclaimer and the poster of the knee) for both layouts.
 */
const root = resolve(__dirname, '../..');

const buildHtml = async (): Promise<{ html: string; assets: string[] }> => {
  const out = (await build({
    root,
    logLevel: 'silent',
    build: { write: false, outDir: resolve(root, 'node_modules/.shell-test') },
  })) as RolldownOutput | RolldownOutput[];
  const files = Array.isArray(out) ? out.flatMap((o) => o.output) : out.output;
  const page = files.find((f): f is OutputAsset => f.type === 'asset' && f.fileName === 'index.html');
  if (!page) throw new Error('the build wrote no index.html');
  return { html: String(page.source), assets: files.map((f) => f.fileName) };
};

let built: ReturnType<typeof buildHtml> | undefined;
const once = () => {
  built ??= buildHtml();
  return built;
};

/** React's escaping of text and attribute values. */
const escapeHtml = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');

/** The markup of one layout's copy of the shell. */
const copy = (html: string, layout: 'side' | 'bottom'): string => {
  const start = html.indexOf(`<div class="shell" data-shell="${layout}">`);
  expect(start, `the ${layout} shell`).toBeGreaterThan(-1);
  const end = html.indexOf('<div class="shell" data-shell=', start + 1);
  return html.slice(start, end > start ? end : html.indexOf('</body>'));
};

describe('the prerendered shell (issue #10)', () => {
  it.each(['side', 'bottom'] as const)(
    'the %s layout has the header, every structure in its group, and the disclaimer',
    async (layout) => {
      const { html } = await once();
      const shell = copy(html, layout);
      expect(shell).toContain(`data-layout="${layout}"`);
      expect(shell).toContain(`<h1>${escapeHtml(en.app.title)}</h1>`);
      expect(shell).toContain(escapeHtml(en.content.disclaimer));
      // Every structure, by its display name, under its tissue's heading, in the list's order.
      let at = 0;
      for (const category of categories) {
        const ids = structures.filter((s) => s.category === category).map((s) => s.id);
        if (ids.length === 0) continue;
        const heading = shell.indexOf(`>${escapeHtml(en.categories[category])}</h2>`, at);
        expect(heading, category).toBeGreaterThan(at);
        for (const id of ids) {
          const button = shell.indexOf(`data-structure="${id}"`, heading);
          expect(button, id).toBeGreaterThan(heading);
          expect(shell.slice(button, button + 400)).toContain(`>${escapeHtml(structureName(id))}</button>`);
        }
        at = heading;
      }
      expect(shell.match(/data-structure="/g)).toHaveLength(structures.length);
    },
  );

  it.each(['side', 'bottom'] as const)(
    'the %s layout shows the poster of the knee, both orientations, with alt text',
    async (layout) => {
      const { html, assets } = await once();
      const shell = copy(html, layout);
      const img = shell.match(/<img class="poster" src="\/(assets\/knee-poster-[\w-]+\.webp)" alt="([^"]*)"/);
      expect(img?.[2]).toBe(escapeHtml(en.app.posterAlt));
      const portrait = shell.match(
        /<source media="\(orientation: portrait\)" srcSet="\/(assets\/knee-poster-portrait-[\w-]+\.webp)"/,
      );
      // Both are files of the build (hashed), so the service worker precaches them too.
      expect(assets).toContain(img?.[1]);
      expect(assets).toContain(portrait?.[1]);
    },
  );

  it('keeps the CSP strict: no inline script or style, and no id twice', async () => {
    const { html } = await once();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle="/);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(5);
    expect(new Set(ids).size).toBe(ids.length);
    // The stylesheet comes before the shell: it paints styled, with no script.
    expect(html.indexOf('rel="stylesheet"')).toBeLessThan(html.indexOf('<div id="root">'));
  });

  it('loads no app code before the first paint: one boot script names the entry and its imports', async () => {
    const { html, assets } = await once();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/src="\/assets\/boot-[\w-]+\.js"/);
    const entry = scripts[0]?.match(/data-knee-entry="\/(assets\/index-[\w-]+\.js)"/)?.[1];
    expect(assets).toContain(entry);
    expect(html).not.toContain('modulepreload');
    const preloads = scripts[0]?.match(/data-knee-preload="([^"]*)"/)?.[1]?.split(' ') ?? [];
    for (const p of preloads) expect(assets).toContain(p.slice(1));
  });

  it('fills only the empty #root, and refuses an index.html without one', () => {
    const markup = shellMarkup(
      '<div id="a" class="app">$&</div><!--$--><template></template>',
      '<label for="a">x</label>',
    );
    expect(markup).not.toContain('<!--');
    expect(markup).not.toContain('<template');
    expect(markup).toContain('for="a--shell"');
    expect(withShell('<body><div id="root"></div></body>', markup)).toContain(
      '<div id="a" class="app">$&</div>',
    );
    expect(() => withShell('<body></body>', markup)).toThrow(/#root|root/);
  });
});
