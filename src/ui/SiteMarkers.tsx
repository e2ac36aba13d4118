import { useTranslation } from 'react-i18next';
import { inLanguage } from '../content/locale/in-language';
import { markerNumber } from '../lib/site-markers';
import { openSite } from '../state/cards';
import { getSite, sites } from '../state/clinical';
import { useRuntime } from '../state/runtime';
import { useStore } from '../state/store';

/** Front markers over dimmed ones, nearer over farther, the open one over all. */
const stacking = (front: boolean, open: boolean, distance: number): number =>
  open ? 5000 : (front ? 2000 : 0) + Math.max(0, 1500 - Math.round(distance * 1000));

/**
 * Numbered injection-site buttons over the 3D view, placed where the scene projected each anchor.
 * Markers behind the knee are dimmed; every marker is a real, labelled button (keyboard, screen
 * readers), in site-number order.
 */
export const SiteMarkers = () => {
  const { t } = useTranslation();
  const spots = useRuntime((r) => r.markers);
  const open = useStore((s) => s.site);
  const visible = spots.filter((s) => s.inView);
  if (visible.length === 0) return null;
  return (
    <ul className="site-markers" aria-label={t('content.sites.listLabel')}>
      {visible.map((spot) => {
        const site = getSite(spot.id);
        if (!site) return null;
        const number = markerNumber(sites, spot.id);
        const name = inLanguage('site', site.id, site).value.name;
        const label = t('content.sites.marker', { number, name });
        return (
          <li key={spot.id}>
            <button
              type="button"
              className={`site-marker${spot.front ? '' : ' behind'}`}
              data-marker={spot.id}
              data-front={spot.front}
              aria-pressed={open === spot.id}
              aria-label={spot.front ? label : `${label} ${t('content.sites.behind')}`}
              style={{
                transform: `translate(${spot.x}px, ${spot.y}px) translate(-50%, -50%)`,
                zIndex: stacking(spot.front, open === spot.id, spot.distance),
              }}
              onClick={() => openSite(spot.id)}
            >
              <span aria-hidden="true">{number}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
};
