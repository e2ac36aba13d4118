import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const boot = fileURLToPath(new URL('./boot.ts', import.meta.url));

const entryScript = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
const modulePreload = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;

/**
 * Build only: index.html loads a tiny boot script (src/shell/boot.ts) instead of the app's entry
 * and its module preloads, and the boot script imports the entry once the prerendered shell and
 * its poster have painted. The first paint and the largest one (the poster) then depend on the
 * HTML, the stylesheet and the poster alone (issue #10: Lighthouse's FCP and LCP). The entry stays
 * the build's entry (tests/unit/first-view.test.ts walks it).
 */
export const deferEntry = (): Plugin => {
  let ref = '';
  return {
    name: 'knee-explorer:defer-entry',
    apply: 'build',
    buildStart() {
      ref = this.emitFile({ type: 'chunk', id: boot, name: 'boot' });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bootChunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.facadeModuleId === boot,
        );
        const entry = html.match(entryScript);
        if (!bootChunk || !entry || !ref) throw new Error('defer-entry: no boot chunk or no entry script');
        const preloads = [...html.matchAll(modulePreload)].map((m) => m[1]);
        const base = entry[1]?.slice(0, entry[1].lastIndexOf('/assets/') + 1) ?? '/';
        const tag =
          `<script type="module" crossorigin src="${base}${bootChunk.fileName}" ` +
          `data-knee-entry="${entry[1]}" data-knee-preload="${preloads.join(' ')}"></script>\n    `;
        return html.replace(modulePreload, '').replace(entryScript, () => tag);
      },
    },
  };
};
