import { useTranslation } from 'react-i18next';
import { inLanguage } from '../../content/locale/in-language';
import { structureName } from '../../content/structure-names';
import { markerNumber } from '../../lib/site-markers';
import { openStructure } from '../../state/cards';
import { type Cited, getSite, redFlags, type Site, sites } from '../../state/clinical';
import { type ReadingLevel, useStore } from '../../state/store';
import { CitationScope, CitedText } from '../Citation';
import { RedFlagBox } from '../expect/RedFlagBox';
import { SourceList } from '../SourceList';
import { CardHead } from './CardHead';
import { DoseTable } from './DoseTable';
import { LinkList } from './LinkList';
import { SiteCautions } from './SiteCautions';

/**
 * Patients get one plain line for the nearby nerves instead of the clinician's named list; it cites
 * the same sources. `text` is the translated line (content.cards.nearbyPatient).
 */
export const nearbyPatient = (s: Site, text: string): Cited | null =>
  s.nearby.length === 0 ? null : { text, sources: [...new Set(s.nearby.flatMap((n) => n.sources))] };

/** The card's statements in the order it shows them, so its [n] markers read in order. */
export const siteStatements = (s: Site, level: ReadingLevel, nearbyLine: string): Cited[] => {
  const patientNearby = nearbyPatient(s, nearbyLine);
  return [
    s.landmark[level],
    s.approach[level],
    ...(level === 'clinician' ? s.nearby : patientNearby ? [patientNearby] : []),
    s.cautionNote[level],
    ...(s.protocolNote ? [s.protocolNote[level]] : []),
    ...s.protocols.map((p) => ({ text: p.solution, sources: p.sources })),
    inLanguage('procedure', redFlags.id, redFlags).value.body[level],
  ];
};

/** An injection site: target, landmark, approach, nearby structures, and the published doses. */
export const SiteCard = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const level = useStore((st) => st.readingLevel);
  const english = getSite(id);
  if (!english) return null;
  const s = inLanguage('site', id, english).value;
  const number = markerNumber(sites, s.id);
  const nearbyLine = t('content.cards.nearbyPatient');
  const patientNearby = nearbyPatient(s, nearbyLine);
  return (
    <article className="card" data-card="site" data-site-card={s.id}>
      <CardHead
        title={s.name}
        kicker={`${t('content.cards.siteLabel', { number, label: s.refLabel })} · ${t(`content.siteKind.${s.kind}`)}`}
      />
      <CitationScope statements={siteStatements(s, level, nearbyLine)} prefix={`site-${s.id}`}>
        <h3 className="card-subhead">{t('content.cards.target')}</h3>
        <LinkList
          label={t('content.cards.target')}
          items={[s.target, ...s.alsoTargets].map((target) => ({
            id: target,
            text: structureName(target),
            data: { 'data-link-structure': target },
            onOpen: () => openStructure(target),
          }))}
        />
        <h3 className="card-subhead">{t('content.cards.landmark')}</h3>
        <CitedText cited={s.landmark[level]} />
        <h3 className="card-subhead">{t('content.cards.approach')}</h3>
        <CitedText cited={s.approach[level]} />
        {level === 'clinician' && s.nearby.length > 0 && (
          <>
            <h3 className="card-subhead">{t('content.cards.nearby')}</h3>
            {s.nearby.map((n) => (
              <CitedText key={n.text} cited={n} />
            ))}
          </>
        )}
        {level === 'patient' && patientNearby && (
          <>
            <h3 className="card-subhead">{t('content.cards.nearby')}</h3>
            <CitedText cited={patientNearby} className="nearby-patient" />
          </>
        )}
        <SiteCautions siteId={s.id} />
        <CitedText cited={s.cautionNote[level]} />
        <h3 className="card-subhead">{t('content.cards.doses')}</h3>
        {s.protocolNote && <CitedText cited={s.protocolNote[level]} />}
        {s.protocols.length > 0 ? (
          <>
            <p className="muted small">{t('content.cards.dosesNote')}</p>
            <DoseTable protocols={s.protocols} />
          </>
        ) : (
          <p className="muted">{t('content.cards.noProtocols')}</p>
        )}
        <RedFlagBox level={level} />
        <SourceList />
      </CitationScope>
    </article>
  );
};
