import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { FoldSection } from '../FoldSection';
import { lazyRetry } from '../lazy-retry';

// The questions are content: load them when the section opens (or a quiz is started by the API).
const QuizPanel = lazyRetry(() => import('./QuizPanel').then((m) => m.QuizPanel));

/** The quiz in the sheet (issue #11), open while a quiz runs; in presentation mode it is in the dock. */
export const QuizSection = () => {
  const { t } = useTranslation();
  const running = useStore((s) => s.quiz !== null);
  // In presentation mode the quiz is in the room's dock instead (ui/tour/TourLayer.tsx).
  const present = useStore((s) => s.mode === 'present');
  if (present) return null;
  return (
    <FoldSection id="quiz" title={t('quiz.label')} forced={running}>
      <QuizPanel />
    </FoldSection>
  );
};
