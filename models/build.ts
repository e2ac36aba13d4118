/** CLI: `npm run models` → models/knee.glb */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildKnee } from './knee';

const out = fileURLToPath(new URL('./knee.glb', import.meta.url));
const started = performance.now();
const bytes = await buildKnee();
await writeFile(out, bytes);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`wrote ${out} (${(bytes.byteLength / 1024).toFixed(0)} KiB) in ${seconds} s`);
