import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type Cited, evidenceOverview, studies } from '../../content';
import { type ReadingLevel, useStore } from '../../state/store';
import { CitationScope, CitedText } from '../Citation';
import { ReadingLevelSwitch } from '../ReadingLevelSwitch';
import { SourceList } from '../SourceList';
import { StudyEntry, studyStatements } from './StudyEntry';

const keyStudies = studies.filter((s) => s.key);
const otherStudies = studies.filter((s) => !s.key);

const evidenceStatements = (level: ReadingLevel): Cited[] => [
  evidenceOverview.summary[level],
  ...evidenceOverview.limits.map((l) => l.statement[level]),
  ...studies.flatMap((s) => studyStatements(s, level)),
];

/** "What the research says": the overall message, its limits, then the trials and reviews. */
export const EvidenceView = () => {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const level = useStore((s) => s.readingLevel);
  return (
    <>
      <button
        type="button"
        className="button evidence-open"
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        {t('content.evidence.open')}
      </button>
      <dialog ref={dialog} className="evidence-dialog" aria-labelledby="evidence-title" data-evidence="">
        <div className="dialog-head">
          <h2 id="evidence-title">{t('content.evidence.title')}</h2>
          <ReadingLevelSwitch />
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t('content.evidence.close')}
          </button>
        </div>
        <CitationScope statements={evidenceStatements(level)} prefix="evidence">
          <h3 className="card-subhead">{t('content.evidence.summary')}</h3>
          <CitedText cited={evidenceOverview.summary[level]} className="lead" />
          <h3 className="card-subhead">{t('content.evidence.limits')}</h3>
          <ul className="cited-list limits">
            {evidenceOverview.limits.map((l) => (
              <CitedText key={l.id} as="li" cited={l.statement[level]} />
            ))}
          </ul>
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
      </dialog>
    </>
  );
};
