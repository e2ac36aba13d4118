import type { Condition, Site } from '../content/clinical-schema';
import { useStore } from './store';

/**
 * The clinical content, once some chunk has loaded it (issue #10). The first 3D frame needs none of
 * it, so the scene and the highlight rule must not import `content/` (its index pulls every card,
 * source and zod). Whoever loads the content goes through `state/clinical.ts`, which registers it
 * here as it is evaluated; the store's `contentLoaded` then turns true, so looks and framing that
 * depend on a condition or a site are worked out again.
 */
export interface ContentLookups {
  getCondition(id: string): Condition | undefined;
  getSite(id: string): Site | undefined;
  readonly sites: readonly Site[];
}

let lookups: ContentLookups | null = null;

export const registerContent = (content: ContentLookups): void => {
  if (lookups) return;
  lookups = content;
  useStore.setState({ contentLoaded: true });
};

/** The content, or null while it has not loaded (nothing can have opened a condition or site yet). */
export const loadedContent = (): ContentLookups | null => lookups;

/** Loads the clinical content (its own chunk) and registers it; resolves when it has. */
export const loadContent = (): Promise<ContentLookups> =>
  import('./clinical').then(() => {
    if (!lookups) throw new Error('state/clinical.ts did not register the content');
    return lookups;
  });
