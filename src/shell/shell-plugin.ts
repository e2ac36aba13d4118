import { fileURLToPath } from 'node:url';
import { type Plugin, runnerImport } from 'vite';
import { type ShellCopies, shellMarkup, withShell } from './shell-markup.ts';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const entry = here('./prerender.tsx');
const useLayoutFile = here('../ui/use-layout.ts');

/**
 * Stand-ins for the prerender only, by the file they replace: the layout comes from the build
 * (prerender.tsx sets it), not from matchMedia; reduced motion is "no" (a hook without a server
 * snapshot, which renderToString refuses); the 3D view is not imported at all (React.lazy would
 * start loading three in Node for a Suspense fallback that renders nothing).
 */
const stubCode = new Map<string, string>([
  [
    useLayoutFile,
    `export * from ${JSON.stringify(useLayoutFile)};\n` +
      'export const useLayout = () => globalThis.__kneeShellLayout ?? "side";',
  ],
  [here('../ui/timeline/use-reduced-motion.ts'), 'export const useReducedMotion = () => false;'],
  [here('../scene/KneeCanvas.tsx'), 'export const KneeCanvas = () => null;'],
]);
const STUB = '\0knee-shell-stub:';
const CSS_STUB = '\0knee-shell:css';

const stubs = (): Plugin => ({
  name: 'knee-explorer:shell-stubs',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (source.startsWith(STUB) || source === CSS_STUB) return source;
    // Stylesheets are the client build's business (Vite's CSS plugin is not set up in this runner).
    if (/\.css(\?|$)/.test(source)) return CSS_STUB;
    // A stand-in may re-export the file it stands for.
    if (importer?.startsWith(STUB)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (resolved && stubCode.has(resolved.id)) return `${STUB}${resolved.id}`;
    return resolved;
  },
  load(id) {
    if (id === CSS_STUB) return 'export default "";';
    return id.startsWith(STUB) ? (stubCode.get(id.slice(STUB.length)) ?? null) : null;
  },
});

interface PrerenderModule {
  shellCopies: ShellCopies;
}

/** Both layouts of the app's first commit, in every language, as static markup for #root. */
export const renderShell = async (root: string): Promise<string> => {
  const { module } = await runnerImport<PrerenderModule>(entry, {
    configFile: false,
    root,
    logLevel: 'error',
    plugins: [stubs()],
  });
  return shellMarkup(module.shellCopies);
};

/**
 * Puts the prerendered shell (header, tools, structure list, disclaimer and the poster of the knee)
 * into index.html's #root, so the first paint needs no JavaScript; React's createRoot replaces it
 * with the same markup. `order: 'pre'`, so Vite then treats the poster's <img src> as an asset of
 * the page (hashed in the build, served from src/ in dev).
 */
export const prerenderShell = (): Plugin => {
  let root = process.cwd();
  let serving = false;
  return {
    name: 'knee-explorer:prerender-shell',
    configResolved(config) {
      root = config.root;
      serving = config.command === 'serve';
    },
    transformIndexHtml: {
      order: 'pre',
      handler: async (html) => {
        try {
          return withShell(html, await renderShell(root));
        } catch (error) {
          // A build must not ship without its shell; the dev server keeps serving the app.
          if (!serving) throw error;
          console.warn('Knee Explorer: the shell could not be prerendered (dev server):', error);
          return html;
        }
      },
    },
  };
};
