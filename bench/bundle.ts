import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Raw, gzip (level 9) and brotli (default quality) sizes of one file's bytes. */
export const measure = (buf: Buffer): Bytes => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf).length,
});

export const add = (a: Bytes, b: Bytes): Bytes => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
});

/**
 * JS that index.html loads before anything is lazy-loaded: its script (the boot script) and what
 * that starts once the shell has painted (src/shell/defer-plugin.ts names them on its tag: the
 * first frame's starter, the entry and the entry's module preloads).
 */
export const firstViewScripts = (distDir: string): string[] => {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const started = [...html.matchAll(/data-knee-(?:entry|first-frame|preload)="([^"]*)"/g)].flatMap((m) =>
    (m[1] ?? '').split(' ').filter(Boolean),
  );
  return [...new Set([...srcs, ...started])];
};

export const jsBytes = (distDir: string, files: string[]): Bytes =>
  files.map((f) => measure(readFileSync(join(distDir, f)))).reduce(add, { raw: 0, gzip: 0, brotli: 0 });

interface BuiltAsset {
  type: 'asset';
  fileName: string;
  source: string | Uint8Array;
}
interface BuiltChunk {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  imports: string[];
  moduleIds: string[];
  code: string;
}
type BuiltOutput = { output: ({ type: string } | BuiltChunk | BuiltAsset)[] };
const isChunk = (o: { type: string }): o is BuiltChunk => o.type === 'chunk';
const isWorker = (o: { type: string; fileName?: string }): o is BuiltAsset =>
  o.type === 'asset' && /^assets\/worker-[\w-]+\.js$/.test(o.fileName ?? '');

const outputsOf = (built: unknown) =>
  ((Array.isArray(built) ? built : [built]) as BuiltOutput[]).flatMap((o) =>
    Array.isArray(o?.output) ? o.output : [],
  );

/**
 * The JS the first 3D frame needs, from the build's own graph (deterministic, unlike a page load):
 * the entry points (boot script, first-frame starter, app entry) and their static imports, plus
 * the first frame's worker (src/first-frame/worker.ts, built by Vite as one file).
 */
export const firstFrameJs = (built: unknown): { files: string[]; bytes: Bytes } => {
  const outputs = outputsOf(built);
  const worker = outputs.find(isWorker);
  const entry = staticGraph(outputs, (c) => c.isEntry);
  const bytes = worker ? add(entry.bytes, measure(Buffer.from(worker.source))) : entry.bytes;
  return { files: worker ? [...entry.files, worker.fileName] : entry.files, bytes };
};

/** The JS the interactive 3D view needs: the entry points' graph plus the scene chunk and its static imports. */
export const interactiveJs = (built: unknown): { files: string[]; bytes: Bytes } =>
  staticGraph(
    outputsOf(built),
    (c) => c.isEntry || c.moduleIds.some((m) => m.includes('/src/scene/KneeCanvas')),
  );

const staticGraph = (
  outputs: ({ type: string } | BuiltChunk | BuiltAsset)[],
  from: (c: BuiltChunk) => boolean,
): { files: string[]; bytes: Bytes } => {
  const chunks = outputs.filter(isChunk);
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Map<string, BuiltChunk>();
  const visit = (c: BuiltChunk | undefined): void => {
    if (!c || seen.has(c.fileName)) return;
    seen.set(c.fileName, c);
    for (const i of c.imports) visit(byName.get(i));
  };
  for (const c of chunks) if (from(c)) visit(c);
  const files = [...seen.keys()];
  const bytes = [...seen.values()]
    .map((c) => measure(Buffer.from(c.code)))
    .reduce(add, { raw: 0, gzip: 0, brotli: 0 });
  return { files, bytes };
};
