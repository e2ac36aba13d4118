import { Vector3, Vector4 } from 'three';
import type { HealingState } from '../lib/healing';

/** Per-material uniforms: x swelling, y new collagen, z alignment, w mature share; then extra. */
export interface TissueUniforms {
  uTissue: { value: Vector4 };
  /** x cross-section, y strength of the effect on this structure (0 = off); z, w unused. */
  uTissue2: { value: Vector4 };
  uAxis: { value: Vector3 };
  /** Metres per model unit along each axis (knee.glb positions are quantised per axis). */
  uScale: { value: Vector3 };
}

const NOISE = /* glsl */ `
uniform vec4 uTissue;
uniform vec4 uTissue2;
uniform vec3 uAxis;
uniform vec3 uScale;
varying vec3 vTissuePos;
varying vec3 vTissueNormal;
// Sine-free hash (Hoskins): much cheaper than sin() on software GL.
float tHash(vec3 p) { p = fract(p * 0.1031); p += dot(p, p.zyx + 31.32); return fract((p.x + p.y) * p.z); }
float tNoise(vec3 p) {
  vec3 i = floor(p); vec3 f = fract(p); f = f * f * (3.0 - 2.0 * f);
  return mix(mix(mix(tHash(i), tHash(i + vec3(1,0,0)), f.x), mix(tHash(i + vec3(0,1,0)), tHash(i + vec3(1,1,0)), f.x), f.y),
             mix(mix(tHash(i + vec3(0,0,1)), tHash(i + vec3(1,0,1)), f.x), mix(tHash(i + vec3(0,1,1)), tHash(i + vec3(1,1,1)), f.x), f.y), f.z);
}`;

// Fibres are lines where a phase crosses a whole number, running along a direction field: the
// structure's axis turned by a noise angle. Random angles = disorganised type III; as alignment
// rises the angles shrink to zero and the fibres run along the line of pull. Density, maturity
// and warmth colour them.
const FIBRES = /* glsl */ `
{
  float on = uTissue2.y;
  vec3 p = vTissuePos * uScale * 1000.0; // millimetres
  vec3 n = normalize(vTissueNormal);
  vec3 a = normalize(uAxis - n * dot(uAxis, n) + 1e-5);
  vec3 b = cross(n, a);
  float disorder = 1.0 - smoothstep(0.05, 0.8, uTissue.z);
  float angle = (tNoise(p * 0.09) - 0.5) * 4.0 * disorder;
  vec3 across = -sin(angle) * a + cos(angle) * b;
  float phase = dot(p, across) * 0.38 + (0.3 + 0.8 * disorder) * tNoise(p * 0.25);
  float d = abs(fract(phase) - 0.5) * 2.0;
  float width = mix(0.38, 0.5, uTissue.w);
  float fw = fwidth(phase) * 1.5;
  float line = (1.0 - smoothstep(1.0 - width - fw, 1.0 - width + fw, 1.0 - d)) * (1.0 - smoothstep(0.4, 1.2, fw));
  float amount = clamp(uTissue.y * 2.2, 0.0, 1.0) * on;
  // Healing tissue is shown in tissue colours, not the orange of the selection highlight.
  float engaged = on * smoothstep(0.0, 0.05, uTissue.x + uTissue.y);
  diffuseColor.rgb = mix(diffuseColor.rgb, vec3(0.846, 0.775, 0.658), 0.65 * engaged); // #ede4d4
  // Linear colours: young #be465f (reddish, immature), mature #fcf8ee (pearly).
  vec3 young = vec3(0.515, 0.061, 0.114);
  vec3 mature = vec3(0.973, 0.939, 0.855);
  vec3 fibre = mix(young, mature, uTissue.w);
  diffuseColor.rgb *= 1.0 - 0.3 * amount * (1.0 - line) * (0.4 + 0.6 * uTissue.w);
  diffuseColor.rgb = mix(diffuseColor.rgb, fibre, amount * line * 0.9);
  diffuseColor.rgb = mix(diffuseColor.rgb, vec3(0.578, 0.054, 0.025), min(1.0, uTissue.x * 1.1) * on); // #c8422c
}`;

/** Fresh uniforms for one structure: its fibre axis and its metres-per-unit scale. */
export const tissueUniforms = (axis: Vector3, scale: Vector3 = new Vector3(1, 1, 1)): TissueUniforms => ({
  uTissue: { value: new Vector4() },
  uTissue2: { value: new Vector4() },
  uAxis: { value: axis },
  uScale: { value: scale.clone() },
});

/** A three shader before compilation: the part of onBeforeCompile's argument the patches edit. */
export interface ShaderSource {
  uniforms: Record<string, { value: unknown }>;
  vertexShader: string;
  fragmentShader: string;
}

/**
 * Adds the healing look to a structure's shader (structure-material.ts composes it with the resting
 * look). With strength 0 (uTissue2.y) the shader leaves the surface exactly as it was. Also brings
 * the noise (tNoise) the resting look uses.
 */
export const applyTissue = (shader: ShaderSource, uniforms: TissueUniforms): void => {
  Object.assign(shader.uniforms, uniforms);
  shader.vertexShader = shader.vertexShader
    .replace('#include <common>', `#include <common>\n${NOISE}`)
    .replace(
      '#include <begin_vertex>',
      // Swelling and the thicker scar push the surface out along its normal (metres).
      `#include <begin_vertex>\nvTissuePos = position;\nvTissueNormal = normalize(normal / uScale);\ntransformed += vTissueNormal * uTissue2.y * (uTissue2.x * 0.0015 + uTissue.x * 0.0009) / uScale;`,
    );
  shader.fragmentShader = shader.fragmentShader
    .replace('#include <common>', `#include <common>\n${NOISE}`)
    .replace('#include <color_fragment>', `#include <color_fragment>\nif (uTissue2.y > 0.0) ${FIBRES}`)
    .replace(
      '#include <emissivemap_fragment>',
      `#include <emissivemap_fragment>\ntotalEmissiveRadiance += vec3(0.8, 0.2, 0.08) * uTissue.x * 0.6 * uTissue2.y;`,
    );
};

/** Writes the day's healing into a patched material; `strength` 0 turns the effect off. */
export const setTissue = (u: TissueUniforms, h: HealingState, strength: number): void => {
  u.uTissue.value.set(h.swelling, h.newCollagen, h.alignment, h.matureShare);
  u.uTissue2.value.set(h.crossSection, strength, 0, 0);
};

/** Is there anything to draw? (Before the first session the tissue looks as it always does.) */
export const hasTissueEffect = (h: HealingState): boolean => h.swelling > 0.001 || h.newCollagen > 0.001;
