import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The baseline for the side-by-side bench: a minimal page with Google's <model-viewer> 4.4.0 showing
 * the app's own knee.glb, served same-origin from a tiny node:http server (nothing from a CDN).
 *
 * - `/model-viewer.min.js`: model-viewer's self-contained bundle (three.js included).
 * - `/meshopt_decoder.js`: three's meshopt decoder. model-viewer injects `meshoptDecoderLocation` as
 *   a classic `<script>`, so the module's trailing `export { MeshoptDecoder };` is cut (otherwise the
 *   page logs a SyntaxError); what is left defines the global `MeshoptDecoder`.
 * - `/knee.glb`: the glb file given (the bench passes the very file the app's build serves).
 *
 * Page options (query string), both for the bench's own use:
 * - `scale=auto` keeps model-viewer's dynamic render scale (it renders at down to half resolution
 *   while frames are slow); by default the page pins it to 1 so both viewers draw the same pixels.
 */
export interface ModelViewerSite {
  url: string;
  close(): Promise<void>;
}

const root = process.cwd();

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="A 3D knee model in Google's model-viewer (bench baseline)." />
    <title>model-viewer: knee.glb</title>
    <link rel="icon" href="/favicon.ico" />
    <script>
      self.ModelViewerElement = { meshoptDecoderLocation: '/meshopt_decoder.js' };
      if (new URLSearchParams(location.search).get('scale') !== 'auto') {
        customElements.whenDefined('model-viewer').then(() => {
          customElements.get('model-viewer').minimumRenderScale = 1;
        });
      }
    </script>
    <script type="module" src="/model-viewer.min.js"></script>
    <style>
      html, body { margin: 0; height: 100%; background: #f4f4f4; }
      model-viewer { display: block; width: 100vw; height: 100vh; }
      p { position: absolute; top: 0; left: 0; margin: 8px 12px; font: 14px system-ui, sans-serif; }
    </style>
  </head>
  <body>
    <main>
      <p>Knee model in model-viewer 4.4.0 (bench baseline)</p>
      <model-viewer src="/knee.glb" camera-controls interaction-prompt="none" alt="A 3D model of the knee"></model-viewer>
    </main>
  </body>
</html>
`;

/** Serves the baseline page on 127.0.0.1 at a free port. */
export const serveModelViewer = async (glbPath: string): Promise<ModelViewerSite> => {
  const modelViewerJs = readFileSync(
    join(root, 'node_modules', '@google', 'model-viewer', 'dist', 'model-viewer.min.js'),
  );
  const decoder = readFileSync(
    join(root, 'node_modules', 'three', 'examples', 'jsm', 'libs', 'meshopt_decoder.module.js'),
    'utf8',
  ).replace(/^export\s*\{\s*MeshoptDecoder\s*\};?\s*$/m, '');
  const glb = readFileSync(glbPath);
  const favicon = readFileSync(join(root, 'public', 'favicon.ico'));
  const files: Record<string, { type: string; body: Buffer }> = {
    '/': { type: 'text/html; charset=utf-8', body: Buffer.from(page) },
    '/model-viewer.min.js': { type: 'text/javascript; charset=utf-8', body: modelViewerJs },
    '/meshopt_decoder.js': { type: 'text/javascript; charset=utf-8', body: Buffer.from(decoder) },
    '/knee.glb': { type: 'model/gltf-binary', body: glb },
    '/favicon.ico': { type: 'image/x-icon', body: favicon },
  };
  // Compressed the way `vite preview` serves the app (gzip, default level, text and JS of 1 KB or
  // more; the glb as it is), so transfer sizes (which Lighthouse's simulated network uses) compare.
  const gzipped = new Map<string, Buffer>();
  for (const [path, file] of Object.entries(files)) {
    if (/text|javascript/.test(file.type) && file.body.length >= 1024) gzipped.set(path, gzipSync(file.body));
  }
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const path = pathname === '/index.html' ? '/' : pathname;
    const file = files[path];
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const gz = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? gzipped.get(path) : undefined;
    const body = gz ?? file.body;
    res.writeHead(200, {
      'content-type': file.type,
      'content-length': body.length,
      'cache-control': 'no-cache',
      vary: 'Accept-Encoding',
      ...(gz ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
