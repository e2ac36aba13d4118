import type { Question, Quiz } from '../content/tour-schema';

/**
 * A quiz run as plain data (issue #11): which question is open, what was answered, and, in class
 * mode, whether the presenter has revealed the answer yet. Pure functions, so the store holds the
 * session and the tests drive it without a browser.
 */

export interface QuizAnswer {
  questionId: string;
  given: string[];
  correct: boolean;
}

export interface QuizSession {
  quizId: string;
  index: number;
  total: number;
  answers: QuizAnswer[];
  /** Class mode: feedback waits until the presenter reveals it. */
  classMode: boolean;
  revealed: boolean;
  /** What has been tapped or ticked for the open question, before "Check". */
  picked: string[];
}

/** The summary the API and the screen reader announce. */
export interface QuizProgress {
  index: number;
  total: number;
  score: number;
  prompt: string;
  done: boolean;
}

export const startSession = (quiz: Quiz, classMode = false): QuizSession => ({
  quizId: quiz.id,
  index: 0,
  total: quiz.questions.length,
  answers: [],
  classMode,
  revealed: false,
  picked: [],
});

/** Right when the answer names exactly the expected ids, in any order, each once. */
export const isCorrect = (question: Question, given: readonly string[]): boolean => {
  const want = new Set(question.answer);
  const got = new Set(given);
  return got.size === want.size && [...got].every((id) => want.has(id));
};

export const currentQuestion = (quiz: Quiz, session: QuizSession): Question | null =>
  quiz.questions[session.index] ?? null;

/** Has the open question been answered already? */
export const answeredCurrent = (quiz: Quiz, session: QuizSession): QuizAnswer | null => {
  const q = currentQuestion(quiz, session);
  return q ? (session.answers.find((a) => a.questionId === q.id) ?? null) : null;
};

/** Records an answer to the open question; a second answer to the same question is ignored. */
export const answerQuestion = (
  quiz: Quiz,
  session: QuizSession,
  given: readonly string[],
): { session: QuizSession; correct: boolean } => {
  const q = currentQuestion(quiz, session);
  if (!q) throw new Error('The quiz is over: there is no open question.');
  const before = answeredCurrent(quiz, session);
  if (before) return { session, correct: before.correct };
  const correct = isCorrect(q, given);
  const answers = [...session.answers, { questionId: q.id, given: [...new Set(given)], correct }];
  return { session: { ...session, answers, revealed: !session.classMode }, correct };
};

export const reveal = (session: QuizSession): QuizSession =>
  session.revealed ? session : { ...session, revealed: true };

/** The next question (or the end, index === total); hides feedback again for class mode. */
export const nextQuestion = (session: QuizSession): QuizSession =>
  session.index >= session.total
    ? session
    : { ...session, index: session.index + 1, revealed: false, picked: [] };

/** Adds or removes one id from the pending answer; a one-answer question keeps only the last tap. */
export const togglePick = (quiz: Quiz, session: QuizSession, id: string): QuizSession => {
  const q = currentQuestion(quiz, session);
  if (!q || answeredCurrent(quiz, session)) return session;
  if (session.picked.includes(id)) return { ...session, picked: session.picked.filter((p) => p !== id) };
  return { ...session, picked: q.answer.length === 1 ? [id] : [...session.picked, id] };
};

export const score = (session: QuizSession): number => session.answers.filter((a) => a.correct).length;

export const progress = (quiz: Quiz, session: QuizSession): QuizProgress => {
  const q = currentQuestion(quiz, session);
  return {
    index: session.index,
    total: session.total,
    score: score(session),
    prompt: q?.prompt ?? '',
    done: q === null,
  };
};
