import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endQuiz } from '../../state/quiz';
import { useStore } from '../../state/store';
import { useLayout } from '../use-layout';
import { enterFullscreen, leaveFullscreen } from './fullscreen';
import { BlankScreen, PresentBar } from './PresentBar';
import { TourBar } from './TourBar';
import { TourPicker } from './TourPicker';
import { usePresentKeys } from './use-present-keys';
import { useTours } from './use-tours';
import '../present.css';
import { lazyRetry } from '../lazy-retry';

// The quiz, in the room's dock when asked for (its questions are content on their own chunk).
const QuizPanel = lazyRetry(() => import('../quiz/QuizPanel').then((m) => m.QuizPanel));

/**
 * The tour player and presentation mode, loaded after the first view: the picker, the tour's bar
 * (floating beside the sheet on wide screens; in the sheet on phones, see TourDock), and in
 * presentation mode the room's dock (caption and bar, a `data-panel` so the knee frames above it),
 * the clicker keys and the blank screen. Every element is a direct child of `.app`, so the free
 * region is measured again as they come and go.
 */
export const TourLayer = () => {
  useTours();
  const mode = useStore((s) => s.mode);
  const touring = useStore((s) => s.tour !== null);
  const picker = useStore((s) => s.tourPicker);
  const blanked = useStore((s) => s.blanked);
  const layout = useLayout();
  return (
    <>
      {picker && <TourPicker />}
      {mode === 'present' && <PresentDock />}
      {mode === 'explore' && touring && layout === 'side' && <TourBar place="float" />}
      {mode === 'present' && blanked && <BlankScreen />}
    </>
  );
};

const PresentDock = () => {
  const { t } = useTranslation();
  usePresentKeys();
  const quizzing = useStore((s) => s.quiz !== null);
  const [quizShown, setQuizShown] = useState(false);
  // Full screen where allowed (a link or the API has no user gesture: then the browser refuses);
  // leaving presentation mode leaves it too.
  useEffect(() => {
    enterFullscreen();
    return leaveFullscreen;
  }, []);
  return (
    <section className="present-dock" data-panel="" aria-label={t('present.bar')}>
      <TourBar place="room" />
      {(quizzing || quizShown) && (
        <Suspense fallback={null}>
          <QuizPanel />
        </Suspense>
      )}
      <PresentBar
        quiz={quizzing || quizShown}
        onQuiz={() => {
          // Off ends a running quiz (its score was on screen); on shows the list of quizzes.
          if (quizzing) endQuiz();
          setQuizShown(!(quizzing || quizShown));
        }}
      />
    </section>
  );
};
