import { useTranslation } from 'react-i18next';
import { inLanguage } from '../../content/locale/in-language';
import { structureName } from '../../content/structure-names';
import type { Question, QuizCard } from '../../content/tour-schema';
import type { QuizAnswer } from '../../lib/quiz-session';
import { openCondition, openSite, openStructure } from '../../state/cards';
import { getCondition, getSite } from '../../state/clinical';
import { CitationScope, CitedText } from '../Citation';
import { SourceList } from '../SourceList';
import { answerName } from './answer-names';

/** The card to read after the answer: the question's own, or the (first) structure or site it asks for. */
const cardOf = (q: Question): QuizCard | null => {
  if (q.card) return q.card;
  const first = q.answer[0];
  if (!first || q.kind === 'choice') return null;
  return q.kind === 'site' ? { kind: 'site', id: first } : ({ kind: 'structure', id: first } as QuizCard);
};

const cardName = (card: QuizCard): string => {
  if (card.kind === 'structure') return structureName(card.id);
  const record = card.kind === 'site' ? getSite(card.id) : getCondition(card.id);
  if (!record) return card.id;
  if ('target' in record) return inLanguage('site', record.id, record).value.name;
  return inLanguage('condition', record.id, record).value.name.lay;
};

const openCard = (card: QuizCard): void => {
  if (card.kind === 'structure') openStructure(card.id);
  else if (card.kind === 'site') openSite(card.id);
  else openCondition(card.id);
};

/** After "Check" (and, in class mode, "Reveal"): right or not, the answer, why, and a door to the card. */
export const QuizFeedback = ({ question, answer }: { question: Question; answer: QuizAnswer }) => {
  const { t } = useTranslation();
  const names = question.answer.map((id) => answerName(question, id));
  const card = cardOf(question);
  return (
    <section
      className="quiz-feedback"
      data-correct={answer.correct}
      aria-labelledby={`quiz-fb-${question.id}`}
    >
      <h3 id={`quiz-fb-${question.id}`} className="quiz-verdict">
        {answer.correct ? t('quiz.right') : t('quiz.wrong')}
      </h3>
      <p className="quiz-answer">{t('quiz.answerIs', { answer: names.join(', ') })}</p>
      <CitationScope statements={[question.explanation]} prefix={`quiz-${question.id}`}>
        <CitedText cited={question.explanation} />
        {card && (
          <button type="button" className="button link-button" onClick={() => openCard(card)}>
            {t('quiz.openCard', { name: cardName(card) })}
          </button>
        )}
        <SourceList />
      </CitationScope>
    </section>
  );
};
