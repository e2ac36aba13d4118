import { BufferAttribute, type BufferGeometry, MeshStandardMaterial, Vector3, Vector4 } from 'three';
import { palette } from '../content/palette';
import type { Category } from '../content/schema';
import { applyTissue, type ShaderSource, type TissueUniforms, tissueUniforms } from './tissue-material';

/**
 * How a tissue is drawn at rest, as uniforms of one shared shader: x bone (matte cortical grain),
 * y wet sheen (cartilage, menisci), z fibres along the line of pull (ligaments, tendons), w how
 * strongly the baked ambient occlusion darkens it. Values, not shader variants: one program for
 * every opaque structure keeps compilation (and so time to knee:ready) where it was.
 */
const TISSUE_LOOK: Readonly<Record<Category, readonly [number, number, number, number]>> = {
  bone: [1, 0, 0, 1],
  cartilage: [0, 1, 0, 1],
  meniscus: [0, 0.8, 0, 0.85],
  ligament: [0, 0, 1, 1],
  tendon: [0, 0, 0.8, 1],
  capsule: [0, 0, 0, 0.4],
  muscle: [0, 0.15, 0.7, 1],
  bursa: [0, 0.8, 0, 0.4],
  nerve: [0, 0.3, 0.5, 1],
  vessel: [0, 0.7, 0, 1],
  skin: [0, 0, 0, 0.2],
};

const LOOK_PARS = /* glsl */ `
uniform vec4 uLook;
varying vec3 vKneePos;
varying float vKneeAo;
varying float vKneeGrain;`;

// World position (mm after ×1000) keeps grain and fibres fixed to the tissue, not the screen.
// The grain is low-frequency noise (wavelengths of 4–20 mm over vertices ~1–2 mm apart), so it is
// sampled per vertex: the fragment shader, which software GL pays for per pixel, has no noise.
// One sample serves both looks (a structure is bone or fibrous, never both).
const LOOK_VERTEX = /* glsl */ `
vKneePos = (modelMatrix * vec4(transformed, 1.0)).xyz * 1000.0;
vKneeAo = _ao;`;
const GRAIN_VERTEX = /* glsl */ `
vKneeGrain = uLook.x + uLook.z > 0.0 ? tNoise(vKneePos * mix(vec3(0.12), vec3(0.25, 0.05, 0.25), uLook.x)) : 0.5;`;

// Bone: faint grain stretched along the shaft, ivory warming a little in hollows, matte.
// Fibres (at rest only: the healing look owns the surface while it is on): grooves ~1.7 mm
// (fascicles) and ~0.5 mm (fibres) apart with a ridged normal, constant along the fibre axis: two
// stripe sets across it (b1, b2), each weighted where it cuts the surface cleanly, so the lines
// follow the axis on any shape without using the facetted normal for their phase. Each scale fades
// out where it would be finer than a pixel, so nothing shimmers. No trig and no noise per pixel:
// software GL pays for every instruction on every pixel.
const LOOK_SURFACE = /* glsl */ `
if (uLook.x + uLook.z > 0.0) {
  float n = vKneeGrain;
  diffuseColor.rgb *= mix(1.0, 0.95 + 0.08 * n, uLook.x);
  diffuseColor.rgb *= mix(vec3(1.0), vec3(0.99, 0.95, 0.88), uLook.x * (1.0 - vKneeAo));
  roughnessFactor = min(1.0, roughnessFactor + 0.08 * n * uLook.x);
  if (uLook.z > 0.0 && uTissue2.y <= 0.0) {
    vec3 wn = inverseTransformDirection(normal, viewMatrix);
    vec3 b1 = normalize(cross(uAxis, abs(uAxis.y) < 0.9 ? vec3(0.0, 1.0, 0.0) : vec3(1.0, 0.0, 0.0)));
    vec3 b2 = cross(uAxis, b1);
    vec2 q = vec2(dot(vKneePos, b1), dot(vKneePos, b2));
    vec2 w = vec2(dot(wn, b2), dot(wn, b1));
    w *= w;
    float k = uLook.z * smoothstep(0.08, 0.3, w.x + w.y);
    w /= w.x + w.y + 1e-4;
    vec2 ph = q * 0.6 + 0.3 * (n - 0.5);
    vec2 ph2 = q * 2.0 + 0.6 * n;
    vec2 fade = 1.0 - smoothstep(vec2(0.25), vec2(0.7), fwidth(ph));
    vec2 fade2 = 1.0 - smoothstep(vec2(0.25), vec2(0.7), fwidth(ph2));
    // Each fascicle a rounded ridge (height 1 - 4x², x across it), grooves between: no trig.
    vec2 x1 = fract(ph) - 0.5;
    vec2 x2 = fract(ph2) - 0.5;
    float groove = dot(w, fade * x1 * x1) * 0.28 + dot(w, fade2 * x2 * x2) * 0.16;
    diffuseColor.rgb *= 1.0 - k * groove;
    vec2 tilt = w * (fade * x1 * 0.34 + fade2 * x2 * 0.14) * k;
    vec3 bend = b1 * tilt.x + b2 * tilt.y;
    normal = normalize(normal + (viewMatrix * vec4(bend - wn * dot(bend, wn), 0.0)).xyz);
  }
}`;

// After the lights: occlusion takes most of the ambient light and a little of the direct light;
// wet tissues add a Fresnel sheen and a soft reflection of the key light (the rig in Lights.tsx
// turns with the camera, so in view space the key stays at (0.6, 0.8, 1)).
const LOOK_LIGHT = /* glsl */ `
{
  float access = mix(1.0, vKneeAo, uLook.w);
  reflectedLight.indirectDiffuse *= mix(0.22, 1.0, access);
  reflectedLight.indirectSpecular *= access;
  reflectedLight.directDiffuse *= mix(0.62, 1.0, access);
  reflectedLight.directSpecular *= mix(0.3, 1.0, access);
  if (uLook.y > 0.0) {
    vec3 v = normalize(vViewPosition);
    float grazing = 1.0 - saturate(dot(normal, v));
    float fresnel = grazing * grazing * grazing * grazing;
    vec3 r = reflect(-v, normal);
    float sky = 0.3 + 0.7 * smoothstep(-0.3, 0.9, r.y);
    float key = smoothstep(0.86, 0.985, dot(r, vec3(0.4685, 0.6247, 0.6247)));
    reflectedLight.indirectSpecular += uLook.y * access * (0.05 + 0.55 * fresnel * sky + 0.28 * key);
  }
}`;

/**
 * knee.glb stores ambient access (`_AO`, `_ao` in three) as whole steps 0 … AO_LEVELS, not normalized:
 * small integers compress far better (models/knee.ts AO_LEVELS). The shader reads 0–1, so each
 * geometry's steps become a normalized byte once, when the model is read; a file that already
 * stores it normalized is left as it is.
 */
export const AO_LEVELS = 31;

export const normalizeAo = (geometry: BufferGeometry): void => {
  const ao = geometry.getAttribute('_ao');
  if (!ao || ao.normalized) return;
  const bytes = new Uint8Array(ao.count);
  for (let i = 0; i < ao.count; i++)
    bytes[i] = Math.round((Math.min(AO_LEVELS, ao.getX(i)) * 255) / AO_LEVELS);
  geometry.setAttribute('_ao', new BufferAttribute(bytes, 1, true));
};

const applyLook = (shader: ShaderSource, look: { value: Vector4 }, surface: boolean): void => {
  shader.uniforms.uLook = look;
  shader.vertexShader = shader.vertexShader
    .replace('#include <common>', `#include <common>\n${LOOK_PARS}\nattribute float _ao;`)
    .replace(
      '#include <worldpos_vertex>',
      `#include <worldpos_vertex>\n${LOOK_VERTEX}${surface ? GRAIN_VERTEX : ''}`,
    );
  shader.fragmentShader = shader.fragmentShader
    .replace('#include <common>', `#include <common>\n${LOOK_PARS}`)
    .replace(
      '#include <normal_fragment_maps>',
      `#include <normal_fragment_maps>\n${surface ? LOOK_SURFACE : ''}`,
    )
    .replace('#include <aomap_fragment>', `#include <aomap_fragment>\n${LOOK_LIGHT}`);
};

/**
 * A structure's material, made once when its mesh mounts: standard PBR plus the resting tissue look
 * and the baked ambient occlusion (knee.glb's `_AO` vertex attribute, `_ao` in three), composed in
 * one onBeforeCompile with the healing look when the structure heals like a ligament (`tissue`).
 * The mesh then changes only its values (materials.ts), never the material.
 */
export const createStructureMaterial = (
  category: Category,
  tissue: TissueUniforms | null,
): MeshStandardMaterial => {
  const material = new MeshStandardMaterial();
  const look = { value: new Vector4(...TISSUE_LOOK[category]) };
  if (palette[category].opacity < 1) {
    // See-through and double-sided (its own program anyway): occlusion only, a small shader.
    material.onBeforeCompile = (shader) => applyLook(shader, look, false);
    material.customProgramCacheKey = () => 'knee-capsule-v1';
  } else {
    // Tissues that do not heal run the (then inert) healing code too: one shared program.
    const healing = tissue ?? tissueUniforms(new Vector3(0, 1, 0));
    material.onBeforeCompile = (shader) => {
      applyTissue(shader, healing);
      applyLook(shader, look, true);
    };
    material.customProgramCacheKey = () => 'knee-structure-v1';
  }
  // A mesh without `_ao` reads the attribute as 1 (open), not WebGL's default 0 (black).
  Object.assign(material, { defaultAttributeValues: { _ao: [1] } });
  return material;
};
