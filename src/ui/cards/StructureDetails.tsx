import { useTranslation } from 'react-i18next';
import { inLanguage } from '../../content/locale/in-language';
import type { StructureId } from '../../content/structure-ids';
import { structureNames } from '../../content/structure-names';
import { markerNumber, sitesForStructure } from '../../lib/site-markers';
import { openCondition, openSite } from '../../state/cards';
import { type Cited, conditions, getStructureInfo, type StructureInfo, sites } from '../../state/clinical';
import { type ReadingLevel, useStore } from '../../state/store';
import { CitationScope, CitedText } from '../Citation';
import { SourceList } from '../SourceList';
import { LinkList } from './LinkList';

/** The statements the card shows at this level, in reading order (for source numbering). */
export const structureStatements = (info: StructureInfo, level: ReadingLevel): Cited[] => [
  info.function[level],
  ...(level === 'clinician' ? [...info.attachments.map((a) => a.text), ...info.dimensions] : []),
];

/** A structure's clinical card body: names, function, attachments (clinician), links, sources. */
export const StructureDetails = ({ id }: { id: StructureId }) => {
  const { t } = useTranslation();
  const level = useStore((s) => s.readingLevel);
  const english = getStructureInfo(id);
  if (!english) return null;
  const info = inLanguage('structure', id, english).value;
  const related = conditions
    .filter((c) => c.structures.includes(id))
    .map((c) => inLanguage('condition', c.id, c).value);
  const targeting = sitesForStructure(sites, id).map((s) => inLanguage('site', s.id, s).value);
  const names = structureNames(id);
  return (
    <CitationScope statements={structureStatements(info, level)} prefix={`structure-${id}`}>
      <dl className="names">
        <dt>{t('content.cards.lay')}</dt>
        <dd>{names.lay}</dd>
        <dt>{t('content.cards.clinical')}</dt>
        <dd>
          {names.clinical}
          {names.abbreviation ? ` (${names.abbreviation})` : ''}
        </dd>
        {names.latin && (
          <>
            <dt>{t('content.cards.latin')}</dt>
            <dd lang="la">{names.latin}</dd>
          </>
        )}
      </dl>
      <h3 className="card-subhead">{t('content.cards.function')}</h3>
      <CitedText cited={info.function[level]} />
      {level === 'clinician' && (
        <>
          <h3 className="card-subhead">{t('content.cards.attachments')}</h3>
          <dl className="attachments">
            {info.attachments.map((a) => (
              <div key={a.label}>
                <dt>{a.label}</dt>
                <CitedText as="dd" cited={a.text} />
              </div>
            ))}
          </dl>
          {info.dimensions.length > 0 && (
            <>
              <h3 className="card-subhead">{t('content.cards.dimensions')}</h3>
              {info.dimensions.map((d) => (
                <CitedText key={d.text} cited={d} />
              ))}
            </>
          )}
        </>
      )}
      {related.length > 0 && (
        <>
          <h3 className="card-subhead">{t('content.cards.conditions')}</h3>
          <LinkList
            label={t('content.cards.conditions')}
            items={related.map((c) => ({
              id: c.id,
              text: level === 'clinician' ? c.name.clinical : c.name.lay,
              data: { 'data-condition': c.id },
              onOpen: () => openCondition(c.id),
            }))}
          />
        </>
      )}
      <h3 className="card-subhead">{t('content.cards.sites')}</h3>
      {targeting.length > 0 ? (
        <LinkList
          label={t('content.cards.sites')}
          items={targeting.map((s) => ({
            id: s.id,
            text: `${markerNumber(sites, s.id)}. ${s.name}`,
            data: { 'data-site': s.id },
            onOpen: () => openSite(s.id),
          }))}
        />
      ) : (
        <p className="muted">{t('content.cards.noSites')}</p>
      )}
      <SourceList />
    </CitationScope>
  );
};
