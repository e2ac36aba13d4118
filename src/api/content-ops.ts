import { openCondition, openSite } from '../state/cards';
import { conditions, getCondition, getSite, sites } from '../state/clinical';
import { highlightedIds } from '../state/highlight';
import { useStore } from '../state/store';
import type { SiteInfo } from './content-types';

/**
 * The API members that need the clinical content. They live on their own chunk (loaded by
 * content-api.ts right after start-up) so the first view does not carry the clinical text.
 */
export const showConditionNow = (id: string | null): void => {
  if (id !== null && !getCondition(id)) {
    const known = conditions.map((c) => c.id).join(', ');
    throw new Error(`kneeExplorer.showCondition: no condition called "${id}"; use one of ${known}`);
  }
  openCondition(id);
};

export const selectSiteNow = (id: string): void => {
  if (!getSite(id)) {
    throw new Error(`kneeExplorer.selectSite: no site called "${id}" (see kneeExplorer.sites())`);
  }
  openSite(id);
};

export const highlightedNow = (): string[] => highlightedIds(useStore.getState());

export const siteList = (): SiteInfo[] => sites.map((s) => ({ id: s.id, target: s.target, kind: s.kind }));
