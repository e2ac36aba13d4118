/**
 * CLI: `npm run poster` → src/shell/knee-poster*.webp from models/knee.glb (also run by
 * `npm run models` after it writes the glb). Deterministic: the same glb gives the same bytes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildPoster, POSTERS } from './poster';

/** Writes every poster (landscape and portrait) drawn from this glb; returns what it wrote. */
export const writePosters = async (glb: Uint8Array): Promise<{ path: string; bytes: number }[]> => {
  const written: { path: string; bytes: number }[] = [];
  for (const { path: file, aspect } of POSTERS) {
    const path = fileURLToPath(new URL(`../${file}`, import.meta.url));
    const webp = await buildPoster(glb, aspect);
    await writeFile(path, webp);
    written.push({ path, bytes: webp.byteLength });
  }
  return written;
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const glb = new Uint8Array(await readFile(fileURLToPath(new URL('./knee.glb', import.meta.url))));
  for (const { path, bytes } of await writePosters(glb)) console.log(`wrote ${path}: ${bytes} bytes`);
}
