import {
  BufferAttribute,
  InterleavedBuffer,
  InterleavedBufferAttribute,
  type InterleavedBuffer as InterleavedBufferType,
} from 'three';
import type { GltfJson } from './glb-data';

/**
 * glTF accessors as three attributes, built exactly as three's GLTFLoader builds them (same
 * interleaving, same normalisation, KHR_mesh_quantization's integer types), so everything
 * downstream (BVH, picking, the AO normalisation) sees what it saw with GLTFLoader.
 */
export type Attribute = BufferAttribute | InterleavedBufferAttribute;

const ITEM_SIZE: Record<string, number> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4 };
const COMPONENT = {
  5120: Int8Array,
  5121: Uint8Array,
  5122: Int16Array,
  5123: Uint16Array,
  5125: Uint32Array,
  5126: Float32Array,
} as const;
type ComponentType = keyof typeof COMPONENT;
const isComponentType = (n: number): n is ComponentType => n in COMPONENT;

/** One accessor as a three attribute, the way GLTFLoader builds it (interleaved when strided). */
export const makeAccessors = (json: GltfJson, views: ArrayBuffer[]): ((i: number) => Attribute) => {
  const interleaved = new Map<string, InterleavedBufferType>();
  const made = new Map<number, Attribute>();
  return (index) => {
    const done = made.get(index);
    if (done) return done;
    const a = json.accessors?.[index];
    if (!a || a.bufferView === undefined || a.sparse !== undefined || !isComponentType(a.componentType)) {
      throw new Error(`accessor ${index} is not supported`);
    }
    const Typed = COMPONENT[a.componentType];
    const itemSize = ITEM_SIZE[a.type] ?? 1;
    const view = views[a.bufferView];
    if (!view) throw new Error(`accessor ${index} has no data`);
    const offset = a.byteOffset ?? 0;
    const stride = json.bufferViews?.[a.bufferView]?.byteStride;
    const element = Typed.BYTES_PER_ELEMENT;
    let attribute: Attribute;
    if (stride && stride !== element * itemSize) {
      const slice = Math.floor(offset / stride);
      const key = `${a.bufferView}:${a.componentType}:${slice}:${a.count}`;
      let ib = interleaved.get(key);
      if (!ib) {
        ib = new InterleavedBuffer(
          new Typed(view, slice * stride, (a.count * stride) / element),
          stride / element,
        );
        interleaved.set(key, ib);
      }
      attribute = new InterleavedBufferAttribute(
        ib,
        itemSize,
        (offset % stride) / element,
        a.normalized === true,
      );
    } else {
      attribute = new BufferAttribute(
        new Typed(view, offset, a.count * itemSize),
        itemSize,
        a.normalized === true,
      );
    }
    made.set(index, attribute);
    return attribute;
  };
};

/** What a normalized integer component's largest value means (KHR_mesh_quantization). */
export const normalizedScale = (componentType: number | undefined): number => {
  switch (componentType) {
    case 5120:
      return 1 / 127;
    case 5121:
      return 1 / 255;
    case 5122:
      return 1 / 32767;
    case 5123:
      return 1 / 65535;
    default:
      return 1;
  }
};

export const accessorBounds = (json: GltfJson, index: number): { min: number[]; max: number[] } | null => {
  const a = json.accessors?.[index];
  if (!a?.min || !a.max) return null;
  const s = a.normalized ? normalizedScale(a.componentType) : 1;
  return { min: a.min.map((v) => v * s), max: a.max.map((v) => v * s) };
};
