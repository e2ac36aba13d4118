import {
  answerQuiz,
  endQuiz,
  loadQuizzes,
  nextQuizQuestion,
  quizProgress,
  revealAnswer,
  startQuiz,
} from '../state/quiz';
import type { QuizApi } from './quiz-types';

/** The quiz members of the API; `settled` resolves when the camera comes to rest. */
export const createQuizApi = (settled: () => Promise<void>): QuizApi => ({
  quizzes: async () =>
    (await loadQuizzes()).map((q) => ({ id: q.id, title: q.title, questions: q.questions.length })),
  async startQuiz(id, options) {
    const known = (await loadQuizzes()).some((q) => q.id === id);
    if (!known)
      throw new Error(`kneeExplorer.startQuiz: no quiz called "${id}" (see kneeExplorer.quizzes())`);
    await startQuiz(id, options?.classMode ?? false);
    return settled();
  },
  quiz: quizProgress,
  async answer(idOrIds) {
    if (!quizProgress() || quizProgress()?.done) throw new Error('kneeExplorer.answer: no open question');
    return answerQuiz(typeof idOrIds === 'string' ? [idOrIds] : idOrIds);
  },
  revealAnswer,
  async nextQuestion() {
    nextQuizQuestion();
    return settled();
  },
  endQuiz,
});
