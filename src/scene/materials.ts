import { DoubleSide, FrontSide, type Side } from 'three';
import { palette, veinIds, veinLook } from '../content/palette';
import type { Category } from '../content/schema';
import type { Look } from '../state/highlight';

// Tissue colours, roughness and opacity: the palette in content (the glb carries the same one).
// Standard (not physical) materials: clearcoat and sheen cost fill rate that tablets and
// projectors' laptops lack; gloss comes from low roughness instead.

const SELECTED_COLOR = '#f2a65a';
const SELECTED_TINT = '#c2410c';
const HOVER_TINT = '#3b82c4';
const XRAY_OPACITY = 0.14;

export interface MaterialLook {
  color: string;
  roughness: number;
  metalness: number;
  emissive: string;
  emissiveIntensity: number;
  transparent: boolean;
  opacity: number;
  depthWrite: boolean;
  side: Side;
}

/** Tissues drawn see-through at rest (the capsule, the skin): blended and double-sided. */
const veil = (category: Category): boolean => palette[category].opacity < 1;

/** Translucent things do not hide what lies behind them when picking (see picking.ts). */
export const isSeeThrough = (category: Category, look: Look): boolean =>
  look === 'xray' || (veil(category) && look !== 'selected');

export const materialLook = (category: Category, look: Look, hovered: boolean, id?: string): MaterialLook => {
  const base = id && veinIds.includes(id) ? veinLook : palette[category];
  const opacity = look === 'xray' ? Math.min(XRAY_OPACITY, base.opacity * 0.5) : base.opacity;
  const translucent = opacity < 1 || (veil(category) && look === 'selected');
  const tint = look === 'selected' ? SELECTED_TINT : hovered ? HOVER_TINT : '#000000';
  return {
    color: look === 'selected' ? SELECTED_COLOR : base.color,
    roughness: base.roughness,
    metalness: 0,
    emissive: tint,
    emissiveIntensity: look === 'selected' ? 0.35 : hovered ? 0.25 : 0,
    transparent: translucent,
    opacity: veil(category) && look === 'selected' ? Math.max(0.55, opacity) : opacity,
    depthWrite: !translucent,
    side: veil(category) ? DoubleSide : FrontSide,
  };
};
