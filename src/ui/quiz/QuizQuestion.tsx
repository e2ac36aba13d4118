import { useTranslation } from 'react-i18next';
import type { Question } from '../../content/tour-schema';
import { checkPicks, pickAnswer } from '../../state/quiz';
import { answerChoices } from './answer-names';

/**
 * The open question: the prompt, a hint to tap the model, and the same choice as a list of
 * checkboxes, so the keyboard and screen readers can answer too. "Check" submits the picks.
 */
export const QuizQuestion = ({ question, picked }: { question: Question; picked: readonly string[] }) => {
  const { t } = useTranslation();
  const single = question.answer.length === 1;
  const hint =
    question.kind === 'choice'
      ? t(single ? 'quiz.chooseOne' : 'quiz.chooseAll')
      : t(question.kind === 'site' ? 'quiz.tapSite' : single ? 'quiz.tapOne' : 'quiz.tapAll');
  return (
    <form
      className="quiz-question"
      onSubmit={(e) => {
        e.preventDefault();
        checkPicks();
      }}
    >
      <fieldset>
        <legend className="quiz-prompt">{question.prompt}</legend>
        <p className="quiz-hint">{hint}</p>
        <ul className={`quiz-options quiz-options-${question.kind}`}>
          {answerChoices(question).map((c) => (
            <li key={c.id}>
              <label>
                <input
                  type={single ? 'radio' : 'checkbox'}
                  name={`quiz-${question.id}`}
                  value={c.id}
                  checked={picked.includes(c.id)}
                  onChange={() => pickAnswer(c.id)}
                />{' '}
                {c.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" className="button quiz-primary" disabled={picked.length === 0}>
        {t('quiz.check')}
      </button>
    </form>
  );
};
