/** Builds every structure's mesh (mm), keyed by structure id. */
import type { StructureId } from '../../src/content/structure-ids';
import { meshSdf, meshSdfBanded } from '../geometry/levelset';
import type { Mesh } from '../geometry/mesh';
import { buildBand } from './band';
import { boneSdf, bones } from './bones';
import { sacs } from './bursae';
import { capsularBands, capsuleBounds, capsuleSdf } from './capsule';
import { cartilageParts } from './cartilage';
import { ligaments } from './ligaments';
import { buildMeniscus } from './menisci';
import { bellySpecs, buildBelly } from './muscles';
import { retinacula } from './retinacula';
import { buildSkin } from './skin';
import { tendons } from './tendons';
import { buildTube, tubeSpecs } from './tubes';

export const bandSpecs = [...ligaments, ...tendons, ...capsularBands];

export const buildStructureMeshes = async (
  budget: number,
  boneEdge: number,
): Promise<Map<StructureId, Mesh>> => {
  const out = new Map<StructureId, Mesh>();
  for (const b of bones) {
    out.set(b.id, await meshSdfBanded(b.sdf, b.bounds, boneEdge, Math.round(budget * 0.16 * b.weight), 2, 8));
  }
  for (const c of cartilageParts) {
    out.set(c.id, await meshSdf(c.sdf, c.bounds, 0.7, Math.round(budget * 0.06 * c.weight)));
  }
  out.set(
    'joint-capsule',
    await meshSdfBanded(capsuleSdf, capsuleBounds, 1, Math.round(budget * 0.08), 2, 8),
  );
  out.set('medial-meniscus', buildMeniscus('medial'));
  out.set('lateral-meniscus', buildMeniscus('lateral'));
  for (const spec of bandSpecs) out.set(spec.id, buildBand(spec, boneSdf));
  for (const r of retinacula) {
    out.set(r.id, await meshSdfBanded(r.sdf, r.bounds, 0.6, Math.round(budget * 0.018)));
  }
  // the neighbours (issue #13): coarse, no ambient occlusion
  // (no ringSize: the simplifier may drop rings along straight stretches; only bands need theirs)
  const loose = ({ positions, normals, indices }: Mesh): Mesh => ({ positions, normals, indices });
  for (const [id, spec] of bellySpecs) out.set(id, loose(buildBelly(spec, boneSdf)));
  for (const s of sacs) out.set(s.id, await meshSdf(s.sdf, s.bounds, 0.7, 110));
  for (const [id, spec] of tubeSpecs) out.set(id, loose(buildTube(spec, boneSdf)));
  out.set('skin', buildSkin(out.values()));
  return out;
};
