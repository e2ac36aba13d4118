import type { QuizProgress } from '../lib/quiz-session';

export type { QuizProgress };

/** The quiz part of window.kneeExplorer (issue #11; documented in README.md). */
export interface QuizApi {
  /** The built-in quizzes (loads them on first call). */
  quizzes(): Promise<{ id: string; title: string; questions: number }[]>;
  /** Starts a quiz at its first question; `classMode` holds feedback until `revealAnswer()`. Throws if unknown. */
  startQuiz(id: string, options?: { classMode?: boolean }): Promise<void>;
  /** Where the quiz stands, or null when none is open. */
  quiz(): QuizProgress | null;
  /** Answers the open question with one id or several (structure, site or option ids). */
  answer(idOrIds: string | string[]): Promise<{ correct: boolean }>;
  /** Class mode: shows the feedback for the answered question. */
  revealAnswer(): void;
  /** Moves to the next question (or the score at the end). */
  nextQuestion(): Promise<void>;
  endQuiz(): void;
}
