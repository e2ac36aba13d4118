/**
 * The ids of the conditions and injection sites, without their clinical text: a link (`?c=`,
 * `?site=`) is checked at start-up, before the content chunk has loaded. A unit test keeps these
 * lists equal to the content's (tests/unit/link.test.ts).
 */
export const conditionIds = [
  'knee-osteoarthritis',
  'chronic-mcl-sprain',
  'chronic-lcl-sprain',
  'acl-laxity',
  'meniscal-injury',
  'patellofemoral-pain',
  'patellar-tendinopathy',
  'quadriceps-tendinopathy',
  'pes-anserine-syndrome',
  'iliotibial-band-syndrome',
  'patellar-instability',
] as const;

export const siteIds = [
  'ia-1',
  'ia-2',
  'ia-3',
  'ia-4',
  'ea-1',
  'ea-2',
  'ea-3',
  'ea-4',
  'ea-5',
  'ea-6',
  'ea-7',
  'ea-8',
  'ea-9',
  'ea-10',
] as const;

const conditions: ReadonlySet<string> = new Set(conditionIds);
const sites: ReadonlySet<string> = new Set(siteIds);

export const isConditionId = (id: string): boolean => conditions.has(id);
export const isSiteId = (id: string): boolean => sites.has(id);
