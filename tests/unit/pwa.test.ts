import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { cspDirectives, headerCsp, metaCsp } from '../../src/pwa/csp';
import { drawIcon } from '../../src/pwa/icon-art';
import { appColours, iconFiles, webManifest } from '../../src/pwa/manifest';
import {
  initialUpdateState,
  nextUpdateState,
  promptVisible,
  type UpdateEvent,
  type UpdateState,
} from '../../src/pwa/update-state';

const run = (...events: UpdateEvent['type'][]): UpdateState =>
  events.reduce((s, type) => nextUpdateState(s, { type } as UpdateEvent), initialUpdateState);

describe('the update prompt', () => {
  it('shows nothing until a new version is waiting', () => {
    expect(promptVisible(initialUpdateState, 'explore')).toBe(false);
    expect(promptVisible(run('offline-ready'), 'explore')).toBe(false);
    expect(run('offline-ready').offlineReady).toBe(true);
    expect(promptVisible(run('need-refresh'), 'explore')).toBe(true);
  });

  it('Later hides it for this version; a newer version offers itself again', () => {
    const later = run('need-refresh', 'later');
    expect(promptVisible(later, 'explore')).toBe(false);
    expect(later.status).toBe('waiting'); // still waiting: it starts on the next visit
    expect(promptVisible(run('need-refresh', 'later', 'need-refresh'), 'explore')).toBe(true);
  });

  it('Reload marks it applying; Later then does nothing; nothing to reload without an update', () => {
    const applying = run('need-refresh', 'reload');
    expect(applying.applying).toBe(true);
    expect(run('need-refresh', 'reload', 'later')).toEqual(applying);
    expect(run('reload')).toEqual(initialUpdateState);
    expect(run('later')).toEqual(initialUpdateState);
  });

  it('a version activated by another tab asks for a reload too', () => {
    const s = run('need-refresh', 'later', 'activated-elsewhere');
    expect(s.status).toBe('activated');
    expect(promptVisible(s, 'explore')).toBe(true);
  });

  it('waits while a clinician is explaining, and shows once explain mode ends', () => {
    const s = run('need-refresh');
    expect(promptVisible(s, 'explain')).toBe(false);
    expect(promptVisible(s, 'explore')).toBe(true);
  });
});

describe('the content security policy', () => {
  it('allows only the app itself: no inline or eval script, no inline style, no plugins', () => {
    expect(metaCsp).not.toMatch(/unsafe-inline|'unsafe-eval'|\*|https?:/);
    expect(cspDirectives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(cspDirectives['object-src']).toEqual(["'none'"]);
    expect(metaCsp).not.toContain('frame-ancestors'); // ignored in a <meta>
  });

  it('as a header adds frame-ancestors', () => {
    expect(headerCsp).toBe(`${metaCsp}; frame-ancestors 'none'`);
  });
});

describe('the web app manifest and icons', () => {
  const root = join(import.meta.dirname, '..', '..');
  const css = readFileSync(join(root, 'src', 'ui', 'styles.css'), 'utf8');
  const cssVar = (name: string) => css.match(new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i'))?.[1];

  it('uses the app colours', () => {
    expect(appColours.background).toBe(cssVar('bg'));
    expect(appColours.theme).toBe(cssVar('panel'));
    expect(webManifest.background_color).toBe(appColours.background);
    expect(webManifest.theme_color).toBe(appColours.theme);
    expect(readFileSync(join(root, 'index.html'), 'utf8')).toContain(
      `<meta name="theme-color" content="${appColours.theme}" />`,
    );
  });

  it('lists 192 and 512 px icons, one of them maskable', () => {
    const icons = webManifest.icons ?? [];
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
  });

  it.each(iconFiles)('public/$src is what icon-art.ts draws (npx tsx src/pwa/write-icons.ts)', (icon) => {
    const png = PNG.sync.read(readFileSync(join(root, 'public', icon.src)));
    expect([png.width, png.height]).toEqual([icon.size, icon.size]);
    const drawn = drawIcon({ size: icon.size, maskable: icon.maskable });
    expect(Buffer.compare(png.data, Buffer.from(drawn))).toBe(0);
    // Maskable icons are opaque to the edge; the others have transparent rounded corners.
    expect(png.data[3]).toBe(icon.maskable ? 255 : 0);
  });
});
