import { useTranslation } from 'react-i18next';
import { guidelines as englishGuidelines } from '../../content/guidelines';
import { inLanguage } from '../../content/locale/in-language';
import { type Cited, evidenceOverview, studies } from '../../state/clinical';
import { type ReadingLevel, useStore } from '../../state/store';
import { CitationScope, CitedText } from '../Citation';
import { SourceList } from '../SourceList';
import { GuidelineEntry, guidelineStatements } from './GuidelineEntry';
import { StudyEntry, studyStatements } from './StudyEntry';

/** Everything the view shows, in the language on screen (each record is translated once, then cached). */
const inLang = () => {
  const all = studies.map((s) => inLanguage('study', s.id, s).value);
  return {
    overview: inLanguage('evidence', 'overview', evidenceOverview).value,
    guidelines: englishGuidelines.map((g) => inLanguage('guideline', g.id, g).value),
    studies: all,
    keyStudies: all.filter((s) => s.key),
    otherStudies: all.filter((s) => !s.key),
  };
};

const evidenceStatements = (level: ReadingLevel, v: ReturnType<typeof inLang>): Cited[] => [
  v.overview.summary[level],
  ...v.overview.limits.map((l) => l.statement[level]),
  ...v.guidelines.flatMap((g) => guidelineStatements(g, level)),
  ...v.studies.flatMap((s) => studyStatements(s, level)),
];

/** The dialog's body, loaded on its own chunk: the overall message, its limits, the studies. */
export const EvidenceBody = () => {
  const { t } = useTranslation();
  const level = useStore((s) => s.readingLevel);
  const v = inLang();
  const { overview, guidelines, keyStudies, otherStudies } = v;
  return (
    <CitationScope statements={evidenceStatements(level, v)} prefix="evidence">
      <h3 className="card-subhead">{t('content.evidence.summary')}</h3>
      <CitedText cited={overview.summary[level]} className="lead" />
      <h3 className="card-subhead">{t('content.evidence.limits')}</h3>
      <ul className="cited-list limits">
        {overview.limits.map((l) => (
          <CitedText key={l.id} as="li" cited={l.statement[level]} />
        ))}
      </ul>
      <section className="guidelines" aria-labelledby="evidence-guidelines">
        <h3 id="evidence-guidelines" className="card-subhead">
          {t('guidelines.title')}
        </h3>
        <p className="muted small">{t('guidelines.intro')}</p>
        {guidelines.map((g) => (
          <GuidelineEntry key={g.id} guideline={g} level={level} />
        ))}
      </section>
      <h3 className="card-subhead">{t('content.evidence.keyStudies')}</h3>
      {keyStudies.map((s) => (
        <StudyEntry key={s.id} study={s} level={level} />
      ))}
      <details className="other-studies">
        <summary>{t('content.evidence.otherStudies')}</summary>
        {otherStudies.map((s) => (
          <StudyEntry key={s.id} study={s} level={level} />
        ))}
      </details>
      <SourceList />
    </CitationScope>
  );
};
