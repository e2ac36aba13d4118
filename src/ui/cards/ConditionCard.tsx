import { useTranslation } from 'react-i18next';
import { guidelinesFor } from '../../content/guidelines';
import { inLanguage } from '../../content/locale/in-language';
import { structureName } from '../../content/structure-names';
import { markerNumber, sitesForCondition } from '../../lib/site-markers';
import { openSite, openStructure } from '../../state/cards';
import { type Cited, type Condition, getCondition, sites } from '../../state/clinical';
import { type ReadingLevel, useStore } from '../../state/store';
import { CitationScope, CitedText } from '../Citation';
import { GuidelineEntry, guidelineStatements } from '../evidence/GuidelineEntry';
import { SourceList } from '../SourceList';
import { CardHead } from './CardHead';
import { LinkList } from './LinkList';

export const conditionStatements = (c: Condition, level: ReadingLevel): Cited[] => [
  c.description[level],
  ...c.symptoms,
  ...(level === 'clinician' ? c.clinicianNote : []),
  c.evidence.summary[level],
  ...guidelinesIn(c.id).flatMap((g) => guidelineStatements(g, level)),
];

/** The condition's guidelines, in the language on screen. */
const guidelinesIn = (conditionId: string) =>
  guidelinesFor(conditionId).map((g) => inLanguage('guideline', g.id, g).value);

/** A condition: what it is, symptoms, clinician note, the evidence and its strength, links. */
export const ConditionCard = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const level = useStore((s) => s.readingLevel);
  const english = getCondition(id);
  if (!english) return null;
  const c = inLanguage('condition', id, english).value;
  const [title, otherName] =
    level === 'clinician' ? [c.name.clinical, c.name.lay] : [c.name.lay, c.name.clinical];
  const related = sitesForCondition(sites, c).map((s) => inLanguage('site', s.id, s).value);
  return (
    <article className="card" data-card="condition" data-condition={c.id}>
      <CardHead
        title={title}
        kicker={`${t('content.cards.conditionLabel')} · ${otherName}${c.optional ? ` · ${t('content.browse.optional')}` : ''}`}
      />
      <CitationScope statements={conditionStatements(c, level)} prefix={`condition-${c.id}`}>
        <h3 className="card-subhead">{t('content.cards.description')}</h3>
        <CitedText cited={c.description[level]} />
        <h3 className="card-subhead">{t('content.cards.symptoms')}</h3>
        <ul className="cited-list">
          {c.symptoms.map((s) => (
            <CitedText key={s.text} as="li" cited={s} />
          ))}
        </ul>
        {level === 'clinician' && (
          <>
            <h3 className="card-subhead">{t('content.cards.clinicianNote')}</h3>
            {c.clinicianNote.map((n) => (
              <CitedText key={n.text} cited={n} />
            ))}
          </>
        )}
        <h3 className="card-subhead">{t('content.cards.evidence')}</h3>
        <p className={`strength strength-${c.evidence.strength}`} data-strength={c.evidence.strength}>
          {t('content.cards.strength', { strength: t(`content.strength.${c.evidence.strength}`) })}
        </p>
        <CitedText cited={c.evidence.summary[level]} />
        {guidelinesIn(c.id).length > 0 && (
          <>
            <h3 className="card-subhead">{t('guidelines.title')}</h3>
            {guidelinesIn(c.id).map((g) => (
              <GuidelineEntry key={g.id} guideline={g} level={level} />
            ))}
          </>
        )}
        <h3 className="card-subhead">{t('content.cards.structures')}</h3>
        <LinkList
          label={t('content.cards.structures')}
          items={c.structures.map((s) => ({
            id: s,
            text: structureName(s),
            data: { 'data-link-structure': s },
            onOpen: () => openStructure(s),
          }))}
        />
        {related.length > 0 && (
          <>
            <h3 className="card-subhead">{t('content.cards.sites')}</h3>
            <LinkList
              label={t('content.cards.sites')}
              items={related.map((s) => ({
                id: s.id,
                text: `${markerNumber(sites, s.id)}. ${s.name}`,
                data: { 'data-site': s.id },
                onOpen: () => openSite(s.id),
              }))}
            />
          </>
        )}
        <SourceList />
      </CitationScope>
    </article>
  );
};
