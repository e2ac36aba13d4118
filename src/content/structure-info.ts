import { type StructureInfo, StructureInfoSchema, withSources } from './clinical-schema';
import { boneInfo } from './structure-info-bones';
import { ligamentInfo } from './structure-info-ligaments';
import { meniscusInfo } from './structure-info-menisci';
import { patellarInfo } from './structure-info-patellar';
import { tendonInfo } from './structure-info-tendons';

/** Clinical information for every structure id in structures.ts (function, attachments, dimensions). */
export const structureInfo: readonly StructureInfo[] = [
  ...boneInfo,
  ...meniscusInfo,
  ...ligamentInfo,
  ...patellarInfo,
  ...tendonInfo,
].map((s) => StructureInfoSchema.parse(withSources(s)));

const byId = new Map<string, StructureInfo>(structureInfo.map((s) => [s.id, s]));
export const getStructureInfo = (id: string): StructureInfo | undefined => byId.get(id);
