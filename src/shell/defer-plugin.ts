import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const boot = fileURLToPath(new URL('./boot.ts', import.meta.url));
const firstFrame = fileURLToPath(new URL('../first-frame/start.ts', import.meta.url));
const languages = fileURLToPath(new URL('../i18n/languages.ts', import.meta.url));
/** The boot script's own copy of i18n/languages.ts (a query makes it another module to the bundler). */
const bootLanguages = `${languages}?boot`;

const entryScript = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
const modulePreload = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;

/**
 * Shared with the entry, languages.ts would be a chunk of its own, fetched only once boot.js is
 * there, and the page waits for both before its first paint: the boot script inlines its own copy.
 */
const bootOwnLanguages = (): Plugin => ({
  name: 'knee-explorer:boot-own-languages',
  apply: 'build',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (importer !== boot) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id === languages ? bootLanguages : resolved;
  },
});

/**
 * Build only: index.html loads a tiny boot script (src/shell/boot.ts) instead of the app's entry
 * and its module preloads, and the boot script imports the entry once the prerendered shell and
 * its poster have painted. The first paint and the largest one (the poster) then depend on the
 * HTML, the stylesheet, the boot script and the poster alone (issue #10: Lighthouse's FCP and LCP).
 * The boot script blocks rendering (`blocking="render"`, fetched beside the stylesheet): it picks the
 * shell's language before anything paints (a browser without the attribute, Firefox, may show the
 * English shell for a moment first). The entry stays the build's entry (first-view.test.ts walks it).
 */
export const deferEntry = (): Plugin[] => {
  let ref = '';
  let firstFrameRef = '';
  const plugin: Plugin = {
    name: 'knee-explorer:defer-entry',
    apply: 'build',
    buildStart() {
      ref = this.emitFile({ type: 'chunk', id: boot, name: 'boot' });
      // Its own chunk (the entry imports it too), started by the boot script before the entry.
      firstFrameRef = this.emitFile({
        type: 'chunk',
        id: firstFrame,
        name: 'first-frame',
        preserveSignature: 'strict',
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunkOf = (id: string) =>
          Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId === id);
        const bootChunk = chunkOf(boot);
        const firstFrameChunk = chunkOf(firstFrame);
        const entry = html.match(entryScript);
        if (!bootChunk || !firstFrameChunk || !entry || !ref || !firstFrameRef) {
          throw new Error('defer-entry: no boot or first-frame chunk, or no entry script');
        }
        if (bootChunk.type === 'chunk' && bootChunk.imports.length > 0) {
          throw new Error(
            `defer-entry: the boot script blocks rendering, so it must be one file: ${bootChunk.imports}`,
          );
        }
        const preloads = [...html.matchAll(modulePreload)].map((m) => m[1]);
        const base = entry[1]?.slice(0, entry[1].lastIndexOf('/assets/') + 1) ?? '/';
        const tag =
          `<script type="module" crossorigin src="${base}${bootChunk.fileName}" blocking="render" ` +
          `data-knee-entry="${entry[1]}" data-knee-first-frame="${base}${firstFrameChunk.fileName}" ` +
          `data-knee-preload="${preloads.join(' ')}"></script>\n    `;
        return html.replace(modulePreload, '').replace(entryScript, () => tag);
      },
    },
  };
  return [plugin, bootOwnLanguages()];
};
