import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { metaCsp } from './src/pwa/csp.ts';
import { webManifest } from './src/pwa/manifest.ts';
import { deferEntry } from './src/shell/defer-plugin.ts';
import { prerenderShell } from './src/shell/shell-plugin.ts';

const charset = '<meta charset="UTF-8" />';

const threeCatalogue = fileURLToPath(new URL('./src/scene/three-catalogue.ts', import.meta.url));

/**
 * @react-three/fiber imports all of three as its JSX catalogue (`extend(THREE)`), which keeps every
 * class in the bundle. Its `three` is resolved to src/scene/three-catalogue.ts instead, which lists
 * what R3F uses and the elements the scene writes as JSX; the rest of three tree-shakes away
 * (about 150 KB of the scene chunk, issue #10). Everything else imports three as usual.
 */
const slimThreeForFiber = (): Plugin => ({
  name: 'knee-explorer:slim-three-for-fiber',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === 'three' && importer?.includes('/@react-three/fiber/')) return threeCatalogue;
    return null;
  },
});

/**
 * Puts the Content-Security-Policy (src/pwa/csp.ts) in the built index.html, right after the
 * charset and before any script or stylesheet. Build only: the dev server's HMR needs inline scripts.
 */
const contentSecurityPolicy = (): Plugin => ({
  name: 'knee-explorer:csp',
  apply: 'build',
  transformIndexHtml: {
    order: 'pre',
    handler: (html) => {
      if (!html.includes(charset)) throw new Error(`index.html must start its <head> with ${charset}`);
      const meta = `<meta http-equiv="Content-Security-Policy" content="${metaCsp}" />`;
      return html.replace(charset, `${charset}\n    ${meta}`);
    },
  },
});

const zodModule = /[\\/]node_modules[\\/]zod[\\/]/;

/**
 * zod 4 compiles object parsers with `new Function` unless `jitless` is set, and probes for it when
 * the first schema is built; under `script-src 'self'` the probe is refused and reported as a CSP
 * violation. zod reads `globalThis.__zod_globalConfig` when its core module runs, so this sets
 * `jitless` at the top of every chunk holding zod code, before any schema in the app exists (a first
 * import in main.tsx would not do: shared chunks run before the entry's own code). Parsing is the
 * same, without the compiled fast path, which the app's few hundred records do not need.
 * tests/browser/security.test.ts fails if a violation comes back.
 */
const zodWithoutEval = (): Plugin => {
  let patched = 0;
  return {
    name: 'knee-explorer:zod-jitless',
    apply: 'build',
    renderChunk(code, chunk) {
      if (!chunk.moduleIds.some((id) => zodModule.test(id))) return null;
      patched++;
      return { code: `(globalThis.__zod_globalConfig ??= {}).jitless = true;\n${code}`, map: null };
    },
    generateBundle() {
      if (patched === 0) this.error('zod is no longer in the bundle: remove this plugin');
    },
  };
};

export default defineConfig({
  plugins: [
    slimThreeForFiber(),
    react(),
    VitePWA({
      // The same minified worker whatever NODE_ENV says (vitest sets 'test').
      mode: 'production',
      registerType: 'prompt',
      // Registered from src/pwa/register.ts: no inline script for the CSP to refuse.
      injectRegister: false,
      manifest: webManifest,
      includeAssets: ['favicon.ico', 'icons/apple-touch-icon.png'],
      workbox: {
        // The app, its lazy chunks (cards, scene, dialogs) and the model: a reload offline shows it all.
        // (The manifest, its icons and includeAssets are added by the plugin.)
        globPatterns: ['**/*.{js,css,html,glb,webp}'],
        // The scene chunk is ~1.1 MB and knee.glb up to ~1 MB: room to grow; beyond it the build fails.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // Take control of the first visit once cached, so it works offline without a reload. An
        // update still waits for the user's Reload (no skipWaiting).
        clientsClaim: true,
        navigateFallback: 'index.html',
      },
    }),
    contentSecurityPolicy(),
    zodWithoutEval(),
    prerenderShell(),
    deferEntry(),
  ],
  assetsInclude: ['**/*.glb'],
  // The first frame's worker (src/first-frame/worker.ts) is a module worker: one file, same origin.
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
