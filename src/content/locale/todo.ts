import { englishEntries } from './english';
import { spanishContent } from './es';
import { textHash } from './hash';
import { countByKind, overlayStatus } from './status';

/**
 * For translators: what is left to translate into Spanish, with the English.
 *
 *   npx tsx src/content/locale/todo.ts                 counts, then every stale and untranslated path
 *   npx tsx src/content/locale/todo.ts structure.acl   only paths starting with that
 *   npx tsx src/content/locale/todo.ts --stub site.    entries to paste into an overlay file
 *                                                      (es/*.ts), each with the English hash filled in
 */
// Piped into `head`, stop quietly when the reader has had enough.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

const args = process.argv.slice(2);
const stub = args.includes('--stub');
const prefix = args.find((a) => !a.startsWith('--')) ?? '';

const english = englishEntries();
const status = overlayStatus(english, spanishContent.overlay);
const within = <T extends { path: string }>(list: readonly T[]): T[] =>
  list.filter((e) => e.path.startsWith(prefix));
const todo = [...within(status.stale), ...within(status.missing)];

if (stub) {
  for (const e of todo) {
    console.log(`  // ${e.text}`);
    console.log(`  '${e.path}': { text: '', from: '${textHash(e.text)}' },`);
  }
} else {
  const done = countByKind(status.current);
  const total = countByKind(english);
  console.log('Spanish content, translated / total paths:');
  for (const [kind, n] of total)
    console.log(`  ${kind.padEnd(10)} ${String(done.get(kind) ?? 0).padStart(4)} / ${n}`);
  console.log(`  ${'all'.padEnd(10)} ${String(status.current.length).padStart(4)} / ${english.length}`);
  if (status.orphans.length > 0)
    console.log(`\nNo longer in the English (delete them): ${status.orphans.join(', ')}`);
  for (const e of within(status.stale)) console.log(`\nSTALE ${e.path}\n  ${e.text}`);
  for (const e of within(status.missing)) console.log(`\n${e.path}\n  ${e.text}`);
}
