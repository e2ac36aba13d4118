import type { StructureNames } from '../schema';
import { structureIds } from '../structure-ids';
import { englishNames, withLayName } from '../structure-names';
import { recordPrefix } from './active';
import { localize } from './localize';
import type { ContentBundle, Overlay } from './overlay';

/**
 * A language's content bundle from its overlay and search words. The structure names are worked out
 * here, on the language's own chunk, so the first view (which shows names) carries no translating code.
 */
export const contentBundleOf = (overlay: Overlay, synonyms: ContentBundle['synonyms']): ContentBundle => ({
  overlay,
  synonyms,
  names: Object.fromEntries(
    structureIds.map((id): [string, StructureNames] => {
      const n = localize(englishNames(id), recordPrefix('names', id), overlay).value;
      return [id, withLayName({ ...n, synonyms: [...(synonyms[id] ?? n.synonyms)] })];
    }),
  ) as ContentBundle['names'],
});
