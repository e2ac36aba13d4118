import { resolve } from 'node:path';
import type { OutputAsset, RolldownOutput } from 'rolldown';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { spanishContent } from '../../src/content/locale/es';
import { categories } from '../../src/content/schema';
import { structureName } from '../../src/content/structure-names';
import { structures } from '../../src/content/structures';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
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

/** The markup of one layout's copy of the shell (English unless `lang`). */
const copy = (html: string, layout: 'side' | 'bottom', lang?: 'es'): string => {
  const start = html.indexOf(`<div class="shell" data-shell="${layout}"${lang ? ` lang="${lang}"` : ''}>`);
  expect(start, `the ${layout} shell ${lang ?? ''}`).toBeGreaterThan(-1);
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

  it.each(['side', 'bottom'] as const)(
    'issue #12: the %s layout has a Spanish copy, with Spanish strings and structure names',
    async (layout) => {
      const { html } = await once();
      const shell = copy(html, layout, 'es');
      expect(shell).toContain(`data-layout="${layout}"`);
      expect(shell).toContain(escapeHtml(es.content.disclaimer));
      expect(shell).not.toContain(escapeHtml(en.content.disclaimer));
      expect(shell).toContain(`alt="${escapeHtml(es.app.posterAlt)}"`);
      expect(shell).toContain('>Rótula (patela)</button>');
      expect(shell).toMatch(/aria-pressed="true" data-lang="es">Español</);
      for (const category of categories) {
        if (!structures.some((s) => s.category === category)) continue;
        expect(shell).toContain(`>${escapeHtml(es.categories[category])}</h2>`);
      }
      for (const { id } of structures) {
        const button = shell.indexOf(`data-structure="${id}"`);
        expect(shell.slice(button, button + 400)).toContain(
          `>${escapeHtml(spanishContent.names[id].name)}</button>`,
        );
      }
      expect(shell.match(/data-structure="/g)).toHaveLength(structures.length);
      // Its own ids: `--es` (side) and `--shell--es` (bottom sheet).
      const suffix = layout === 'side' ? '--es' : '--shell--es';
      for (const [, id] of shell.matchAll(/\sid="([^"]+)"/g)) expect(id?.endsWith(suffix), id).toBe(true);
    },
  );

  it('issue #12: the English copies stay as they were, with no Spanish in them', async () => {
    const { html } = await once();
    const shells = [...html.matchAll(/<div class="shell"[^>]*>/g)].map((m) => m[0]);
    expect(shells).toEqual([
      '<div class="shell" data-shell="side">',
      '<div class="shell" data-shell="bottom">',
      '<div class="shell" data-shell="side" lang="es">',
      '<div class="shell" data-shell="bottom" lang="es">',
    ]);
    for (const layout of ['side', 'bottom'] as const) {
      const shell = copy(html, layout);
      expect(shell).not.toContain('lang="es"><div');
      expect(shell).not.toContain(escapeHtml(es.content.disclaimer));
      expect(shell).not.toContain('Rótula');
      expect(shell).toMatch(/aria-pressed="true" data-lang="en">English</);
      for (const [, id] of shell.matchAll(/\sid="([^"]+)"/g)) expect(id?.endsWith('--es'), id).toBe(false);
    }
    // The language is picked before the first paint: the boot script blocks rendering.
    expect(html).toMatch(
      /<script type="module" crossorigin src="\/assets\/boot-[\w-]+\.js" blocking="render"/,
    );
  });

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
    const markup = shellMarkup({
      en: {
        side: '<div id="a" class="app">$&</div><!--$--><template></template>',
        bottom: '<label for="a">x</label>',
      },
      es: { side: '<p id="a" aria-describedby="a b">', bottom: '<i id="a">' },
    });
    expect(markup).not.toContain('<!--');
    expect(markup).not.toContain('<template');
    expect(markup).toContain('for="a--shell"');
    expect(markup).toContain(
      '<div class="shell" data-shell="side" lang="es"><p id="a--es" aria-describedby="a--es b--es">',
    );
    expect(markup).toContain('<i id="a--shell--es">');
    expect(withShell('<body><div id="root"></div></body>', markup)).toContain(
      '<div id="a" class="app">$&</div>',
    );
    expect(() => withShell('<body></body>', markup)).toThrow(/#root|root/);
  });
});
