/**
 * Compression for the web: positions on an integer grid per structure (KHR_mesh_quantization, the
 * grid step on the node's scale), octahedral 8-bit normals and EXT_meshopt_compression with its
 * filters. gltf-transform's own quantize() is not used for positions: it spreads an N-bit value
 * over the whole 16-bit range (bit replication), which leaves meshopt's delta coder nothing to gain
 * from fewer bits; small integers on a grid do.
 */
import type { Document, PropertyType, WriterContext } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { reorder } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';

/**
 * Puts every mesh node's positions on a grid of `steps.get(name)` metres: Int16 integers about the
 * box centre, with the centre as the node's translation and the step as its (uniform) scale.
 */
export const gridPositions = (doc: Document, steps: ReadonlyMap<string, number>): void => {
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (!mesh) continue;
    const step = steps.get(node.getName());
    if (step === undefined) throw new Error(`no grid step for ${node.getName()}`);
    // short numbers in the JSON: the step to 3 significant figures, the centre to whole µm
    const s = Number(step.toPrecision(3));
    for (const prim of mesh.listPrimitives()) {
      const pos = prim.getAttribute('POSITION');
      if (!pos) continue;
      const src = pos.getArray();
      if (!(src instanceof Float32Array)) throw new Error(`${node.getName()}: positions already quantized`);
      const lo = pos.getMin([]);
      const hi = pos.getMax([]);
      const centre = [0, 1, 2].map((a) => Math.round(((lo[a] ?? 0) + (hi[a] ?? 0)) * 5e5) / 1e6);
      const out = new Int16Array(src.length);
      for (let i = 0; i < src.length; i++) {
        const q = Math.round(((src[i] ?? 0) - (centre[i % 3] ?? 0)) / s);
        if (Math.abs(q) > 32767) throw new Error(`${node.getName()}: grid step ${s} m too fine for 16 bits`);
        out[i] = q;
      }
      pos.setArray(out).setNormalized(false);
      node.setTranslation([centre[0] ?? 0, centre[1] ?? 0, centre[2] ?? 0]).setScale([s, s, s]);
    }
  }
};

/**
 * EXT_meshopt_compression as gltf-transform writes it, but with every mesh's attributes of one kind
 * (positions, normals, `_AO`) in one shared buffer view instead of one view per primitive and
 * attribute: with 57 structures the per-view JSON (~230 bytes each) cost more than some meshes.
 * Accessors address their slice by byteOffset, as glTF allows; decoders see ordinary views.
 */
export class SharedViewsMeshopt extends EXTMeshoptCompression {
  override prewrite(context: WriterContext, type: PropertyType): this {
    context.accessorUsageGroupedByParent.delete('ARRAY_BUFFER');
    super.prewrite(context, type);
    // `normalized: false` is glTF's default: ~20 bytes an accessor for nothing
    for (const a of context.jsonDoc.json.accessors ?? []) if (a.normalized === false) delete a.normalized;
    return this;
  }
}

/** Reorder for size, grid the positions, and mark the document for meshopt with filters. */
export const compress = async (doc: Document, steps: ReadonlyMap<string, number>): Promise<void> => {
  await MeshoptEncoder.ready;
  await doc.transform(reorder({ encoder: MeshoptEncoder, target: 'size' }));
  gridPositions(doc, steps);
  doc.createExtension(KHRMeshQuantization).setRequired(true);
  doc
    .createExtension(SharedViewsMeshopt)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.FILTER });
};
