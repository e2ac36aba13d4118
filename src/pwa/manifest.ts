import type { ManifestOptions } from 'vite-plugin-pwa';

/** The colours of src/ui/styles.css: the page background (--bg) and the app bar (--panel). */
export const appColours = { background: '#eef2f5', theme: '#ffffff' } as const;

/** The PNG icons in public/icons/, drawn by src/pwa/icon-art.ts (`npx tsx src/pwa/write-icons.ts`). */
export const iconFiles = [
  { src: 'icons/icon-192.png', size: 192, maskable: false },
  { src: 'icons/icon-512.png', size: 512, maskable: false },
  { src: 'icons/maskable-512.png', size: 512, maskable: true },
  { src: 'icons/apple-touch-icon.png', size: 180, maskable: true },
] as const;

/**
 * The web app manifest. Paths are relative to the manifest, which is served from Vite's `base`, so
 * the app installs from a sub-path too.
 */
export const webManifest: Partial<ManifestOptions> = {
  name: 'Knee Explorer',
  short_name: 'Knee Explorer',
  description: 'Interactive 3D knee anatomy and prolotherapy education',
  lang: 'en',
  dir: 'ltr',
  start_url: '.',
  scope: '.',
  display: 'standalone',
  background_color: appColours.background,
  theme_color: appColours.theme,
  categories: ['education', 'medical'],
  icons: iconFiles
    .filter((icon) => icon.size !== 180)
    .map((icon) => ({
      src: icon.src,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.maskable ? 'maskable' : 'any',
    })),
};
