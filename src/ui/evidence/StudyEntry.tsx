import { useTranslation } from 'react-i18next';
import type { Cited, Study } from '../../content/clinical-schema';
import type { ReadingLevel } from '../../state/store';
import { CitedText } from '../Citation';

export const studyStatements = (s: Study, level: ReadingLevel): Cited[] => [
  level === 'patient' ? s.plain : s.comparison,
  ...s.results,
  ...s.limits,
];

/** One trial or review: design, size, follow-up, then its numbers as published and its limits. */
export const StudyEntry = ({ study, level }: { study: Study; level: ReadingLevel }) => {
  const { t } = useTranslation();
  return (
    <article className="study" data-study={study.id}>
      <h4 className="study-title">
        {study.label} <span className="badge">{t(`content.design.${study.design}`)}</span>
      </h4>
      <dl className="study-facts">
        <div>
          <dt>{t('content.evidence.size')}</dt>
          <dd>{study.size}</dd>
        </div>
        <div>
          <dt>{t('content.evidence.followUp')}</dt>
          <dd>{study.followUp}</dd>
        </div>
      </dl>
      {level === 'patient' ? (
        <CitedText cited={study.plain} />
      ) : (
        <>
          <h5 className="mini-head">{t('content.evidence.comparison')}</h5>
          <CitedText cited={study.comparison} />
        </>
      )}
      <h5 className="mini-head">{t('content.evidence.results')}</h5>
      <ul className="cited-list">
        {study.results.map((r) => (
          <CitedText key={r.text} as="li" cited={r} />
        ))}
      </ul>
      <h5 className="mini-head">{t('content.evidence.studyLimits')}</h5>
      <ul className="cited-list">
        {study.limits.map((r) => (
          <CitedText key={r.text} as="li" cited={r} />
        ))}
      </ul>
    </article>
  );
};
