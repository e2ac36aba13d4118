/**
 * Writes the app icons into public/icons/ from src/pwa/icon-art.ts. Runs in Node:
 * `npx tsx src/pwa/write-icons.ts`. The output is deterministic; tests/unit/pwa-icons.test.ts
 * checks the committed files against the drawing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { drawIcon } from './icon-art';
import { iconFiles } from './manifest';

const publicDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public');

for (const icon of iconFiles) {
  const png = new PNG({ width: icon.size, height: icon.size });
  png.data = Buffer.from(drawIcon({ size: icon.size, maskable: icon.maskable }));
  const path = join(publicDir, icon.src);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, PNG.sync.write(png, { colorType: 6 }));
  console.log(`wrote ${icon.src}`);
}
