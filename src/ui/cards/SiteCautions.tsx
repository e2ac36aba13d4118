import { useTranslation } from 'react-i18next';
import { structureNames } from '../../content/structure-names';
import { CAUTION_RADIUS_MM } from '../../lib/cautions';
import { openStructure } from '../../state/cards';
import { useStore } from '../../state/store';
import { LinkList } from './LinkList';

/**
 * "Near the needle path in this model" (issue #13): the nerves and vessels the generator measured
 * within 20 mm of the site's needle path, nearest first, each a link to its card (by its everyday name
 * for patients). It shows nothing
 * until the model has loaded (without a 3D view there is no model to measure on). Never "safe":
 * the line above the list says the model is one average knee.
 */
export const SiteCautions = ({ siteId }: { siteId: string }) => {
  const { t } = useTranslation();
  const cautions = useStore((s) => s.cautions[siteId]);
  const level = useStore((s) => s.readingLevel);
  if (!cautions) return null;
  const mm = CAUTION_RADIUS_MM;
  return (
    <section className="site-cautions" data-site-cautions={siteId} aria-labelledby={`cautions-${siteId}`}>
      <h3 className="card-subhead" id={`cautions-${siteId}`}>
        {t('content.cards.cautions')}
      </h3>
      {cautions.length === 0 ? (
        <p className="muted small">{t('content.cards.cautionsNone', { mm })}</p>
      ) : (
        <>
          <p className="muted small">
            {t('content.cards.cautionsIntro', { mm })} {t('content.cards.cautionsShown')}
          </p>
          <LinkList
            label={t('content.cards.cautions')}
            items={cautions.map((c) => {
              // Patients read the everyday name ("Nerve on the outer side of the knee").
              const names = structureNames(c.id);
              const name = level === 'patient' ? names.lay : names.name;
              const distance = Math.round(c.distanceMm);
              return {
                id: c.id,
                text:
                  distance === 0
                    ? t('content.cards.cautionCrosses', { name })
                    : t('content.cards.cautionDistance', { name, mm: distance }),
                data: { 'data-caution': c.id, 'data-distance-mm': String(c.distanceMm) },
                onOpen: () => openStructure(c.id),
              };
            })}
          />
        </>
      )}
    </section>
  );
};
