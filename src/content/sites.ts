import { type Site, SiteSchema, withSources } from './clinical-schema';
import { extraArticularSites } from './sites-extra-articular';
import { intraArticularSites } from './sites-intra-articular';

/**
 * Typical injection sites (clinical.md §3.2). Each site's 3D anchor is the node `anchorNode` that the
 * generator emits in knee.glb; `protocols` quote the published doses without merging them.
 * EA-11 to EA-14 are left out: no retrieved trial protocol used them (UNCONFIRMED in clinical.md).
 */
export const sites: readonly Site[] = [...intraArticularSites, ...extraArticularSites].map((s) =>
  SiteSchema.parse(withSources(s)),
);

const byId = new Map(sites.map((s) => [s.id, s]));
export const getSite = (id: string): Site | undefined => byId.get(id);
