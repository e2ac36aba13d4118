/**
 * The optional allow-list of parent origins that may drive the app through postMessage (issue #12).
 * The deployer sets it (the build's `VITE_EMBED_ORIGINS`, or a `<meta name="knee-explorer:embed-origins">`
 * in the served index.html), never the link: whoever frames the app writes the iframe's URL, so a
 * list in the URL would be chosen by the very page it is meant to keep out.
 */

export const ORIGINS_META = 'knee-explorer:embed-origins';

export interface OriginPolicy {
  /** True when a deployer gave a list; an empty `origins` then lets nobody in. */
  configured: boolean;
  /** Exact origins (`https://clinic.example`), no wildcards. */
  origins: readonly string[];
  /** Entries that are not an http(s) origin, for a warning. */
  invalid: readonly string[];
  allows(origin: string): boolean;
}

/** `https://site.example` or `https://site.example/` as an origin, or null for anything else. */
const asOrigin = (entry: string): string | null => {
  // URL accepts `*` in a host name; no real origin has one, and a deployer writing it means a wildcard.
  if (entry.includes('*')) return null;
  try {
    const url = new URL(entry);
    const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    const web = url.protocol === 'https:' || url.protocol === 'http:';
    return bare && web && entry.replace(/\/$/, '') === url.origin ? url.origin : null;
  } catch {
    return null;
  }
};

/**
 * The policy from the configured lists (each space- or comma-separated; missing ones are skipped).
 * With no entry at all, any parent may drive the app, as any script on a same-origin page could
 * through window.kneeExplorer; with entries, only those, and `null` (sandboxed or file: pages) never.
 */
export const originPolicy = (...lists: readonly (string | null | undefined)[]): OriginPolicy => {
  const entries = lists.flatMap((list) => (list ?? '').split(/[\s,]+/)).filter(Boolean);
  const origins: string[] = [];
  const invalid: string[] = [];
  for (const entry of entries) {
    const origin = asOrigin(entry);
    if (origin === null) invalid.push(entry);
    else if (!origins.includes(origin)) origins.push(origin);
  }
  const configured = entries.length > 0;
  return {
    configured,
    origins,
    invalid,
    allows: (origin) => !configured || origins.includes(origin),
  };
};
