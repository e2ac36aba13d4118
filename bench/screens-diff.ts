import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * Figures, not a test: how far two folders of screenshots (e.g. test-results/screenshots before and
 * after a refactor) differ. Usage: `tsx bench/screens-diff.ts <before-dir> <after-dir> [names…]`.
 * Prints, per shared PNG, the share of pixels pixelmatch calls different (threshold 0.1, anti-aliasing
 * ignored).
 */
const [before, after, ...only] = process.argv.slice(2);
if (!before || !after) throw new Error('usage: tsx bench/screens-diff.ts <before-dir> <after-dir> [names…]');

const names = readdirSync(before)
  .filter((f) => f.endsWith('.png'))
  .filter((f) => only.length === 0 || only.some((n) => f.startsWith(n)));
for (const name of names) {
  const a = PNG.sync.read(readFileSync(join(before, name)));
  let b: PNG;
  try {
    b = PNG.sync.read(readFileSync(join(after, name)));
  } catch {
    console.log(`${name}: missing after`);
    continue;
  }
  if (a.width !== b.width || a.height !== b.height) {
    console.log(`${name}: size ${a.width}×${a.height} → ${b.width}×${b.height}`);
    continue;
  }
  const differing = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.1 });
  console.log(`${name}: ${((100 * differing) / (a.width * a.height)).toFixed(3)}% of pixels differ`);
}
