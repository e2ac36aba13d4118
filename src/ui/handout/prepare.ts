import { structureName } from '../../content/structure-names';
import { qrMatrix, qrPath } from '../../lib/qr';
import { markerNumber, shownSiteIds } from '../../lib/site-markers';
import { pointInRegion } from '../../lib/snapshot-region';
import { getCondition, getSite, sites } from '../../state/clinical';
import { currentLink } from '../../state/link';
import { runtime, type Snapshot } from '../../state/runtime';
import { type AppState, useStore } from '../../state/store';

/** The picture is printed about 10 cm square: 1200 px gives about 300 dpi there. */
export const PICTURE_PX = 1200;

export interface ShownSite {
  id: string;
  number: number;
  name: string;
}

/** A site's marker on the picture: x and y are fractions across and down it. */
export interface PictureMarker extends ShownSite {
  x: number;
  y: number;
}

/** Everything the handout fixes at the moment it is made; the card and dates come from the store. */
export interface HandoutData {
  picture: Snapshot | null;
  markers: PictureMarker[];
  sites: ShownSite[];
  link: string;
  qr: { size: number; path: string };
  madeAt: Date;
}

/** What the open card is about, for the picture's text alternative; null without a card. */
export const focusName = (s: AppState): string | null => {
  if (s.site) return getSite(s.site)?.name ?? null;
  const condition = s.condition ? getCondition(s.condition) : undefined;
  if (condition) return s.readingLevel === 'clinician' ? condition.name.clinical : condition.name.lay;
  return s.selected ? structureName(s.selected) : null;
};

/**
 * Takes the picture (the scene draws one frame at print size: state/runtime `snapshot`), places the
 * site markers shown on screen onto it, and makes the QR code of the link, all on this device.
 * Markers behind the knee (dimmed on screen) are left off the picture; the list still names them.
 */
export const prepareHandout = (): HandoutData => {
  const r = runtime.getState();
  const picture = r.snapshot?.(PICTURE_PX, PICTURE_PX) ?? null;
  const shown: ShownSite[] = shownSiteIds(sites, useStore.getState(), getCondition).map((id) => ({
    id,
    number: markerNumber(sites, id),
    name: getSite(id)?.name ?? id,
  }));
  const markers = picture
    ? shown.flatMap((site) => {
        const spot = r.markers.find((m) => m.id === site.id && m.inView && m.front);
        const at = spot ? pointInRegion(spot, picture.region) : null;
        return at ? [{ ...site, ...at }] : [];
      })
    : [];
  const link = currentLink();
  const matrix = qrMatrix(link);
  return {
    picture,
    markers,
    sites: shown,
    link,
    qr: { size: matrix.size, path: qrPath(matrix) },
    madeAt: new Date(),
  };
};
