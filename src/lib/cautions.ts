import { isStructureId, type StructureId } from '../content/structure-ids';

/**
 * Caution zones (issue #13): for each injection site, the nerves and vessels that lie within
 * `CAUTION_RADIUS_MM` of its needle path in the model, measured by the generator
 * (models/parts/cautions.ts) and written into the `site:<id>` node's extras in knee.glb. The model is
 * one average knee: real distances differ from person to person, which is why the card says so.
 */
export interface Caution {
  id: StructureId;
  /** Shortest distance from the needle path to the structure's surface in the model, mm (0 = crosses). */
  distanceMm: number;
}

/** What the generator lists: every nerve and vessel this close to a site's needle path. */
export const CAUTION_RADIUS_MM = 20;

/** Site id → its cautions, nearest first; empty until the model has loaded. */
export type CautionTable = Readonly<Record<string, readonly Caution[]>>;

const isCaution = (v: unknown): v is { id: string; distanceMm: number } => {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as { id?: unknown; distanceMm?: unknown };
  return (
    typeof c.id === 'string' &&
    typeof c.distanceMm === 'number' &&
    Number.isFinite(c.distanceMm) &&
    c.distanceMm >= 0 &&
    c.distanceMm <= CAUTION_RADIUS_MM
  );
};

/**
 * A site node's `cautions` extra as the app trusts it: entries naming a known structure, within the
 * radius, nearest first. Anything else in a damaged or foreign file is dropped, never thrown.
 */
export const parseCautions = (extra: unknown): Caution[] =>
  (Array.isArray(extra) ? extra : [])
    .filter(isCaution)
    .filter((c): c is Caution => isStructureId(c.id))
    .map((c) => ({ id: c.id, distanceMm: c.distanceMm }))
    .sort((a, b) => a.distanceMm - b.distanceMm || a.id.localeCompare(b.id));

/** The open site's cautions ([] with no site open, or before the model has loaded). */
export const openSiteCautions = (q: { site: string | null; cautions?: CautionTable }): readonly Caution[] =>
  (q.site && q.cautions?.[q.site]) || [];
