/**
 * The app's Content-Security-Policy, one source for the `<meta>` that vite.config.ts puts in the
 * built index.html, for the recommended HTTP header (README, "Hosting") and for the tests.
 *
 * - `'wasm-unsafe-eval'`: the meshopt decoder (three's meshopt_decoder.module.js, inside the app's own chunk) compiles
 *   WebAssembly; it allows `WebAssembly.instantiate`, not `eval` or `new Function`.
 * - `style-src 'self'`: stylesheets come from files only. React sets `style` props through the
 *   CSSOM (`element.style`), which CSP does not govern; nothing parses inline `<style>` or
 *   `style="…"` markup.
 * - `img-src data: blob:`: images three or the charts may make in memory, never fetched elsewhere.
 * - No `worker-src`: it falls back to `script-src 'self'`, which covers both workers, same-origin
 *   files: the service worker and the first frame's module worker (src/first-frame/worker.ts, where
 *   the meshopt decoder also runs for that frame). No blob workers.
 */
export const cspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

/** Only an HTTP header can carry these: a `<meta>` policy ignores them. */
export const headerOnlyDirectives = {
  'frame-ancestors': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

type Directives = Readonly<Record<string, readonly string[]>>;

export const serializeCsp = (directives: Directives): string =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');

/** The policy in the built HTML's `<meta http-equiv="Content-Security-Policy">`. */
export const metaCsp = serializeCsp(cspDirectives);

/** The policy to send as a `Content-Security-Policy` header: the same, plus frame-ancestors. */
export const headerCsp = serializeCsp({ ...cspDirectives, ...headerOnlyDirectives });
