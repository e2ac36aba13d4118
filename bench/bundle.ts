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

/** JS that index.html loads before anything is lazy-loaded: entry scripts and module preloads. */
export const firstViewScripts = (distDir: string): string[] => {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  return [...new Set(srcs)];
};

export const jsBytes = (distDir: string, files: string[]): Bytes =>
  files.map((f) => measure(readFileSync(join(distDir, f)))).reduce(add, { raw: 0, gzip: 0, brotli: 0 });

interface BuiltChunk {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  imports: string[];
  moduleIds: string[];
  code: string;
}
type BuiltOutput = { output: ({ type: string } | BuiltChunk)[] };
const isChunk = (o: { type: string }): o is BuiltChunk => o.type === 'chunk';

/**
 * The JS the first 3D frame needs, from the build's own chunk graph (deterministic, unlike a page
 * load): the entry and its static imports, plus the chunk holding `scene/KneeCanvas` and its static
 * imports. What loads after that frame (BVHs, markers, cards) is not in it.
 */
export const firstFrameJs = (built: unknown): { files: string[]; bytes: Bytes } => {
  const outputs = (Array.isArray(built) ? built : [built]) as BuiltOutput[];
  const chunks = outputs.flatMap((o) => (Array.isArray(o?.output) ? o.output : [])).filter(isChunk);
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Map<string, BuiltChunk>();
  const visit = (c: BuiltChunk | undefined): void => {
    if (!c || seen.has(c.fileName)) return;
    seen.set(c.fileName, c);
    for (const i of c.imports) visit(byName.get(i));
  };
  for (const c of chunks) {
    if (c.isEntry || c.moduleIds.some((m) => m.includes('/src/scene/KneeCanvas'))) visit(c);
  }
  const files = [...seen.keys()];
  const bytes = [...seen.values()]
    .map((c) => measure(Buffer.from(c.code)))
    .reduce(add, { raw: 0, gzip: 0, brotli: 0 });
  return { files, bytes };
};
