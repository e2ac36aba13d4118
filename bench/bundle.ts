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
