import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inLanguage } from '../../content/locale/in-language';
import type { Quiz } from '../../content/tour-schema';
import { answeredCurrent, currentQuestion, score } from '../../lib/quiz-session';
import { endQuiz, loadQuizzes, nextQuizQuestion, revealAnswer, startQuiz } from '../../state/quiz';
import { useStore } from '../../state/store';
import { useLanguage } from '../use-language';
import { QuizFeedback } from './QuizFeedback';
import { QuizQuestion } from './QuizQuestion';
import './quiz.css';

/** The quiz section of the sheet (issue #11): pick a quiz, answer, see why, and the score at the end. */
export const QuizPanel = () => {
  const { t } = useTranslation();
  const session = useStore((s) => s.quiz);
  useLanguage();
  const [english, setQuizzes] = useState<readonly Quiz[]>([]);
  const quizzes = english.map((q) => inLanguage('quiz', q.id, q).value);
  const [classMode, setClassMode] = useState(false);
  useEffect(() => {
    void loadQuizzes().then(setQuizzes);
  }, []);
  // Each new question comes into view at the top of the sheet (on a phone, above the fold).
  const run = useRef<HTMLDivElement>(null);
  const quiz = session ? quizzes.find((q) => q.id === session.quizId) : undefined;
  const at = session && quiz ? `${session.quizId}:${session.index}` : '';
  useEffect(() => {
    if (at) run.current?.scrollIntoView({ block: 'start' });
  }, [at]);
  if (!session || !quiz) {
    return (
      <div className="quiz-picker">
        <ul className="quiz-list">
          {quizzes.map((q) => (
            <li key={q.id}>
              <button type="button" className="button" onClick={() => void startQuiz(q.id, classMode)}>
                {q.title}
              </button>{' '}
              <span className="quiz-summary">
                {q.summary} {t('quiz.count', { count: q.questions.length })}
              </span>
            </li>
          ))}
        </ul>
        <label className="quiz-class">
          <input type="checkbox" checked={classMode} onChange={(e) => setClassMode(e.target.checked)} />{' '}
          {t('quiz.classMode')}
        </label>
      </div>
    );
  }
  const question = currentQuestion(quiz, session);
  const answered = answeredCurrent(quiz, session);
  return (
    <div className="quiz-run" data-quiz={quiz.id} ref={run}>
      <p className="quiz-progress" aria-live="polite">
        {question
          ? t('quiz.progress', { n: session.index + 1, total: session.total, score: score(session) })
          : t('quiz.final', { score: score(session), total: session.total })}
      </p>
      {question && !answered && <QuizQuestion question={question} picked={session.picked} />}
      {question && answered && !session.revealed && (
        <button type="button" className="button quiz-primary" onClick={revealAnswer}>
          {t('quiz.reveal')}
        </button>
      )}
      {question && answered && session.revealed && <QuizFeedback question={question} answer={answered} />}
      <div className="quiz-actions">
        {question && answered && (
          <button type="button" className="button quiz-primary" onClick={nextQuizQuestion}>
            {session.index + 1 < session.total ? t('quiz.next') : t('quiz.seeScore')}
          </button>
        )}
        {!question && (
          <button type="button" className="button" onClick={() => void startQuiz(quiz.id, session.classMode)}>
            {t('quiz.again')}
          </button>
        )}
        <button type="button" className="button" onClick={endQuiz}>
          {t('quiz.end')}
        </button>
      </div>
    </div>
  );
};
