import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The committed models/knee.glb. Tests measure this file rather than building the knee again:
 * generator-contract proves it equals a fresh build, so measuring it measures the generator.
 */
export const committedGlb = async (): Promise<Uint8Array> =>
  new Uint8Array(await readFile(join(process.cwd(), 'models', 'knee.glb')));
