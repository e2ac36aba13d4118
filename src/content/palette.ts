import type { Category } from './schema';

/**
 * How each tissue looks: the one palette. The app draws with it (src/scene/materials.ts) and the
 * generator writes it into knee.glb's materials (models/knee.ts), so a glTF viewer shows the same
 * calm, anatomy-atlas colours. Colours are sRGB hex, as a designer picks them. Plain data, no zod:
 * the first 3D frame uses it (issue #10); content-names.test.ts checks every value.
 */
export interface TissueLook {
  /** `#rrggbb`. */
  color: string;
  /** 0 = mirror, 1 = matte; gloss comes from low roughness (no clearcoat or sheen: see materials.ts). */
  roughness: number;
  /** Below 1 the tissue is see-through (drawn blended, double-sided); above 0. */
  opacity: number;
}

export const palette: Readonly<Record<Category, TissueLook>> = {
  bone: { color: '#e6dcc3', roughness: 0.82, opacity: 1 },
  cartilage: { color: '#c9def2', roughness: 0.26, opacity: 1 },
  meniscus: { color: '#9db4cf', roughness: 0.36, opacity: 1 },
  ligament: { color: '#f3f5f7', roughness: 0.35, opacity: 1 },
  tendon: { color: '#d6ae78', roughness: 0.5, opacity: 1 },
  capsule: { color: '#a9d0ef', roughness: 0.35, opacity: 0.28 },
  muscle: { color: '#b5655a', roughness: 0.55, opacity: 1 },
  bursa: { color: '#f2d27a', roughness: 0.3, opacity: 1 },
  nerve: { color: '#f5d90a', roughness: 0.45, opacity: 1 },
  vessel: { color: '#c62f2f', roughness: 0.3, opacity: 1 },
  skin: { color: '#e8b89a', roughness: 0.6, opacity: 0.16 },
};

/** Veins are drawn blue, as atlases draw them, in the vessel layer. */
export const veinLook: TissueLook = { color: '#3d5fa8', roughness: 0.3, opacity: 1 };
export const veinIds: readonly string[] = ['popliteal-vein', 'great-saphenous-vein'];
