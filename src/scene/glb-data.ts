import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

/**
 * The binary half of a .glb as scene/knee-glb.ts reads it: the container and the buffer views
 * (meshopt decoded: EXT_meshopt_compression). glb-accessors.ts turns accessors into attributes.
 */
export interface GltfJson {
  asset?: { version?: string };
  extensionsRequired?: string[];
  scene?: number;
  scenes?: { name?: string; nodes?: number[] }[];
  nodes?: GltfNode[];
  meshes?: { name?: string; extras?: unknown; primitives: GltfPrimitive[] }[];
  accessors?: GltfAccessor[];
  bufferViews?: GltfBufferView[];
  buffers?: { byteLength: number; uri?: string }[];
}
export interface GltfNode {
  name?: string;
  extras?: unknown;
  children?: number[];
  mesh?: number;
  matrix?: number[];
  translation?: [number, number, number];
  rotation?: [number, number, number, number];
  scale?: [number, number, number];
}
export interface GltfPrimitive {
  attributes: Record<string, number>;
  indices?: number;
  mode?: number;
}
export interface GltfAccessor {
  bufferView?: number;
  byteOffset?: number;
  componentType: number;
  count: number;
  type: string;
  normalized?: boolean;
  min?: number[];
  max?: number[];
  sparse?: unknown;
}
export interface GltfBufferView {
  buffer: number;
  byteOffset?: number;
  byteLength: number;
  byteStride?: number;
  extensions?: {
    EXT_meshopt_compression?: {
      buffer: number;
      byteOffset?: number;
      byteLength: number;
      byteStride: number;
      count: number;
      mode: 'ATTRIBUTES' | 'TRIANGLES' | 'INDICES';
      filter?: 'NONE' | 'OCTAHEDRAL' | 'QUATERNION' | 'EXPONENTIAL' | 'COLOR';
    };
  };
}

const SUPPORTED = new Set(['EXT_meshopt_compression', 'KHR_mesh_quantization']);

/** Splits a .glb into its JSON and binary chunks; throws a plain message for anything else. */
export const readGlb = (data: ArrayBuffer): { json: GltfJson; bin: Uint8Array | undefined } => {
  const view = new DataView(data);
  if (data.byteLength < 20 || view.getUint32(0, true) !== 0x46546c67) {
    throw new Error('not a glTF binary (.glb) file');
  }
  if (view.getUint32(4, true) !== 2) throw new Error('only glTF 2.0 is supported');
  let json: GltfJson | undefined;
  let bin: Uint8Array | undefined;
  for (let at = 12; at + 8 <= view.getUint32(8, true); ) {
    const length = view.getUint32(at, true);
    const type = view.getUint32(at + 4, true);
    if (at + 8 + length > data.byteLength) throw new Error('the file is truncated');
    const body = new Uint8Array(data, at + 8, length);
    if (type === 0x4e4f534a) json = JSON.parse(new TextDecoder().decode(body)) as GltfJson;
    else if (type === 0x004e4942) bin = body;
    at += 8 + length;
  }
  if (!json) throw new Error('the file has no glTF JSON chunk');
  for (const ext of json.extensionsRequired ?? []) {
    if (!SUPPORTED.has(ext)) throw new Error(`unsupported glTF extension ${ext}`);
  }
  return { json, bin };
};

/** Yields to the event loop: decoding and building never hold the main thread for long. */
export const yieldToMain = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Every buffer view's bytes (meshopt ones decoded), yielding every ~8 ms. */
export const decodeViews = async (json: GltfJson, bin: Uint8Array | undefined): Promise<ArrayBuffer[]> => {
  await MeshoptDecoder.ready;
  const buffer = (i: number): Uint8Array => {
    if (i !== 0 || !bin || json.buffers?.[0]?.uri !== undefined)
      throw new Error('external buffers are not supported');
    return bin;
  };
  const out: ArrayBuffer[] = [];
  let slice = performance.now();
  for (const v of json.bufferViews ?? []) {
    const m = v.extensions?.EXT_meshopt_compression;
    if (m) {
      const from = m.byteOffset ?? 0;
      const source = buffer(m.buffer).subarray(from, from + m.byteLength);
      if (source.length < m.byteLength) throw new Error('the file is truncated');
      const target = new Uint8Array(m.count * m.byteStride);
      MeshoptDecoder.decodeGltfBuffer(target, m.count, m.byteStride, source, m.mode, m.filter ?? 'NONE');
      out.push(target.buffer);
    } else {
      const from = v.byteOffset ?? 0;
      const bytes = buffer(v.buffer).slice(from, from + v.byteLength);
      if (bytes.length < v.byteLength) throw new Error('the file is truncated');
      out.push(bytes.buffer);
    }
    if (performance.now() - slice > 8) {
      await yieldToMain();
      slice = performance.now();
    }
  }
  return out;
};
