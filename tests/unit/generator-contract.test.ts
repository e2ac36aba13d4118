import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseColorFactor, buildKnee, type DecodedStructure, readStructures } from '../../models/knee';
import { palette } from '../../src/content/palette';
import { categories } from '../../src/content/schema';
import { CategorySchema } from '../../src/content/structure-schema';
import { structures } from '../../src/content/structures';

interface ValidationReport {
  issues: { numErrors: number; messages: { code: string; message: string; severity: number }[] };
}
const validator = createRequire(import.meta.url)('gltf-validator') as {
  validateBytes: (bytes: Uint8Array, options?: { maxIssues?: number }) => Promise<ValidationReport>;
};

let bytes: Uint8Array;
let decoded: Map<string, DecodedStructure>;

beforeAll(async () => {
  bytes = await buildKnee();
  decoded = await readStructures(bytes);
});

describe('knee.glb contract', () => {
  it('has one mesh node per structure id, and no other mesh nodes', () => {
    expect([...decoded.keys()].sort()).toEqual(structures.map((s) => s.id).sort());
  });

  it('tags every node with its content category', () => {
    for (const s of structures) expect(decoded.get(s.id)?.category, s.id).toBe(s.category);
  });

  it('gives every structure a non-empty triangle mesh', () => {
    for (const [id, s] of decoded) expect(s.triangles, id).toBeGreaterThan(50);
  });

  it('passes gltf-validator with no errors', async () => {
    const report = await validator.validateBytes(bytes, { maxIssues: 50 });
    const errors = report.issues.messages.filter((m) => m.severity === 0);
    expect(errors).toEqual([]);
    expect(report.issues.numErrors).toBe(0);
  });

  it('is smaller than 1.5 MB', () => {
    expect(bytes.byteLength).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('names one material per category and uses metres', async () => {
    const { createIO } = await import('../../models/knee');
    const doc = await createIO().readBinary(bytes);
    const names = doc
      .getRoot()
      .listMaterials()
      .map((m) => m.getName())
      .sort();
    expect(names).toEqual([...categories].sort());
    const femur = decoded.get('femur')?.positions ?? new Float32Array();
    expect(Math.max(...femur)).toBeLessThan(200); // mm after readStructures' ×1000: metres in the file
  });

  it("colours its materials with the app's palette (linear baseColorFactor)", async () => {
    expect(baseColorFactor('#ffffff', 1)).toEqual([1, 1, 1, 1]);
    expect(baseColorFactor('#000000', 0.5)).toEqual([0, 0, 0, 0.5]);
    expect(baseColorFactor('#808080', 1)[0]).toBeCloseTo(0.2159, 4); // sRGB 128 → linear
    const { createIO } = await import('../../models/knee');
    const doc = await createIO().readBinary(bytes);
    for (const m of doc.getRoot().listMaterials()) {
      const look = palette[CategorySchema.parse(m.getName())];
      const want = baseColorFactor(look.color, look.opacity);
      const got = m.getBaseColorFactor();
      for (let i = 0; i < 4; i++) expect(got[i], m.getName()).toBeCloseTo(want[i] ?? -1, 5);
      expect(m.getRoughnessFactor()).toBeCloseTo(look.roughness, 5);
      expect(m.getAlphaMode()).toBe(look.opacity < 1 ? 'BLEND' : 'OPAQUE');
    }
  });

  it('matches the committed models/knee.glb byte for byte', async () => {
    const committed = new Uint8Array(await readFile(new URL('../../models/knee.glb', import.meta.url)));
    const same = committed.byteLength === bytes.byteLength && committed.every((b, i) => b === bytes[i]);
    expect(same, 'models/knee.glb is stale: run npm run models').toBe(true);
  });
});
