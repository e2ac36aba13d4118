import { existsSync } from 'node:fs';

/** Launch flags that give WebGL2 through SwiftShader on a machine without a GPU (see TESTING.md). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The system Chromium ($CHROME_PATH or Debian's /usr/bin/chromium); never a downloaded browser. */
export const findChromium = (): string | null => {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => Boolean(p) && existsSync(p as string)) ?? null;
};
