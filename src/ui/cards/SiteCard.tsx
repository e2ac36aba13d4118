import { useTranslation } from 'react-i18next';
import { type Cited, getSite, type Site, sites } from '../../content';
import { structureName } from '../../content/structure-names';
import { markerNumber } from '../../lib/site-markers';
import { openStructure } from '../../state/cards';
import { type ReadingLevel, useStore } from '../../state/store';
import { CitationScope, CitedText } from '../Citation';
import { SourceList } from '../SourceList';
import { CardHead } from './CardHead';
import { DoseTable } from './DoseTable';
import { LinkList } from './LinkList';

export const siteStatements = (s: Site, level: ReadingLevel): Cited[] => [
  s.landmark[level],
  s.approach,
  ...(level === 'clinician' ? s.nearby : []),
  ...(s.protocolNote ? [s.protocolNote] : []),
  ...s.protocols.map((p) => ({ text: p.solution, sources: p.sources })),
];

/** An injection site: target, landmark, approach, nearby structures, and the published doses. */
export const SiteCard = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const level = useStore((st) => st.readingLevel);
  const s = getSite(id);
  if (!s) return null;
  const number = markerNumber(sites, s.id);
  return (
    <article className="card" data-card="site" data-site-card={s.id}>
      <CardHead
        title={s.name}
        kicker={`${t('content.cards.siteLabel', { number, label: s.refLabel })} · ${t(`content.siteKind.${s.kind}`)}`}
      />
      <CitationScope statements={siteStatements(s, level)} prefix={`site-${s.id}`}>
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
        <CitedText cited={s.approach} />
        {level === 'clinician' && s.nearby.length > 0 && (
          <>
            <h3 className="card-subhead">{t('content.cards.nearby')}</h3>
            {s.nearby.map((n) => (
              <CitedText key={n.text} cited={n} />
            ))}
          </>
        )}
        <h3 className="card-subhead">{t('content.cards.doses')}</h3>
        {s.protocolNote && <CitedText cited={s.protocolNote} />}
        {s.protocols.length > 0 ? (
          <>
            <p className="muted small">{t('content.cards.dosesNote')}</p>
            <DoseTable protocols={s.protocols} />
          </>
        ) : (
          <p className="muted">{t('content.cards.noProtocols')}</p>
        )}
        <SourceList />
      </CitationScope>
    </article>
  );
};
