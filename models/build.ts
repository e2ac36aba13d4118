/**
 * CLI: `npm run models` → models/knee.glb (or the path given) and, for the committed glb, the
 * shell's poster drawn from it (models/poster.ts). Fails, writing nothing, when the file
 * breaks its budget (models/budget.ts): over MAX_BYTES, or a structure over its triangle budget.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { budgetRows, MAX_BYTES } from './budget';
import { buildKnee, readStructures } from './knee';
import { writePosters } from './poster-build';

const committed = fileURLToPath(new URL('./knee.glb', import.meta.url));
const out = process.argv[2] ?? committed;
const started = performance.now();
const bytes = await buildKnee();
await writeFile(out, bytes);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const rows = budgetRows(await readStructures(bytes));
for (const r of rows)
  console.log(`${r.id.padEnd(28)} ${String(r.triangles).padStart(6)} / ${r.budget} triangles`);
const triangles = rows.reduce((s, r) => s + r.triangles, 0);
console.log(
  `wrote ${out}: ${bytes.byteLength} bytes (budget ${MAX_BYTES}), ${triangles} triangles, in ${seconds} s`,
);
// The shell's poster is drawn from the committed glb (models/poster.ts): keep the two together.
if (out === committed) {
  for (const poster of await writePosters(bytes)) console.log(`wrote ${poster.path}: ${poster.bytes} bytes`);
}
