import type { Condition, Site } from '../content';
import { type DrawQuery, isDrawn } from './visibility';

/**
 * What decides which injection-site markers are on the knee. A marker whose target is not drawn
 * (its layer off, or hidden by isolate) is not shown.
 */
export interface MarkerQuery extends DrawQuery {
  condition: string | null;
  site: string | null;
  allSites: boolean;
}

/**
 * Is the site's target drawn now (the scene's rule, lib/visibility)? A marker floating over a
 * hidden layer, or over a structure isolate has hidden, would point at nothing.
 */
export const siteTargetShown = (site: Site, q: MarkerQuery): boolean => isDrawn(q, site.target);

/** Does this site work on the structure (its target, or another tissue the same injection reaches)? */
export const siteReaches = (site: Site, structureId: string): boolean =>
  site.target === structureId || site.alsoTargets.some((t) => t === structureId);

/** Sites for a structure, in content order. */
export const sitesForStructure = (all: readonly Site[], id: string): Site[] =>
  all.filter((s) => siteReaches(s, id));

/** Sites for a condition: those reaching any of its structures. */
export const sitesForCondition = (all: readonly Site[], condition: Condition): Site[] =>
  all.filter((s) => condition.structures.some((id) => siteReaches(s, id)));

/**
 * The markers to show: all of them with the toggle; otherwise those of the open condition or the
 * selected structure; the open site always shows. Whatever the reason, a site whose target is not
 * drawn (its layer off, or hidden by isolate) shows no marker. Returned as ids in content order.
 */
export const shownSiteIds = (
  all: readonly Site[],
  q: MarkerQuery,
  getCondition: (id: string) => Condition | undefined,
): string[] => {
  const drawn = all.filter((s) => siteTargetShown(s, q));
  if (q.allSites) return drawn.map((s) => s.id);
  const condition = q.condition ? getCondition(q.condition) : undefined;
  const ids = new Set(
    condition
      ? sitesForCondition(all, condition).map((s) => s.id)
      : q.selected
        ? sitesForStructure(all, q.selected).map((s) => s.id)
        : [],
  );
  if (q.site) ids.add(q.site);
  return drawn.filter((s) => ids.has(s.id)).map((s) => s.id);
};

/** The number on a site's marker: its place in the content list, from 1 (stable across views). */
export const markerNumber = (all: readonly Site[], id: string): number =>
  all.findIndex((s) => s.id === id) + 1;
