import { type StructureInfo, StructureInfoSchema, withSources } from './clinical-schema';
import { boneInfo } from './structure-info-bones';
import { bursaInfo } from './structure-info-bursae';
import { ligamentInfo } from './structure-info-ligaments';
import { meniscusInfo } from './structure-info-menisci';
import { muscleInfo } from './structure-info-muscles';
import { backMuscleInfo } from './structure-info-muscles-back';
import { nerveInfo } from './structure-info-nerves';
import { patellarInfo } from './structure-info-patellar';
import { tendonInfo } from './structure-info-tendons';
import { vesselInfo } from './structure-info-vessels';

/** Clinical information for every structure id in structures.ts (function, attachments, dimensions). */
export const structureInfo: readonly StructureInfo[] = [
  ...boneInfo,
  ...meniscusInfo,
  ...ligamentInfo,
  ...patellarInfo,
  ...tendonInfo,
  ...muscleInfo,
  ...backMuscleInfo,
  ...bursaInfo,
  ...nerveInfo,
  ...vesselInfo,
].map((s) => StructureInfoSchema.parse(withSources(s)));

const byId = new Map<string, StructureInfo>(structureInfo.map((s) => [s.id, s]));
export const getStructureInfo = (id: string): StructureInfo | undefined => byId.get(id);
