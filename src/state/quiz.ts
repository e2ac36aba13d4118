import type { Question, Quiz } from '../content/tour-schema';
import {
  answeredCurrent,
  answerQuestion,
  currentQuestion,
  nextQuestion as next,
  progress,
  type QuizProgress,
  type QuizSession,
  reveal,
  startSession,
  togglePick,
} from '../lib/quiz-session';
import { setAllSites } from './preferences';
import { frameStructures, setView, useStore } from './store';

/**
 * The quiz in the store (issue #11). The questions are content on their own chunk, loaded when a
 * quiz starts; the store holds only the session. While a "tap the model" question is open, a tap on
 * a structure or a site marker (navigation.ts, cards.ts) becomes a pick instead of opening a card.
 */

let loaded: readonly Quiz[] | null = null;
let loading: Promise<readonly Quiz[]> | null = null;

export const loadQuizzes = (): Promise<readonly Quiz[]> => {
  loading ??= import('../content/quizzes').then((m) => {
    loaded = m.quizzes;
    return m.quizzes;
  });
  return loading;
};

const quizOf = (session: QuizSession | null): Quiz | null =>
  (session && loaded?.find((q) => q.id === session.quizId)) ?? null;

/** The open quiz and question, if any (for the UI). */
export const openQuiz = (): { quiz: Quiz; session: QuizSession } | null => {
  const session = useStore.getState().quiz;
  const quiz = quizOf(session);
  return quiz && session ? { quiz, session } : null;
};

export const currentQuizQuestion = (): Question | null => {
  const open = openQuiz();
  return open ? currentQuestion(open.quiz, open.session) : null;
};

/** Turns the camera and the markers so the question can be answered on the model. */
const stage = (question: Question | null): void => {
  if (!question || question.kind === 'choice') return;
  if (question.kind === 'site') setAllSites(true);
  const camera = question.camera;
  if (camera && 'frame' in camera) frameStructures(camera.frame, camera.view);
  else if (camera?.view) setView(camera.view);
};

export const startQuiz = async (id: string, classMode = false): Promise<void> => {
  const quiz = (await loadQuizzes()).find((q) => q.id === id);
  if (!quiz) throw new Error(`No quiz called "${id}"`);
  const session = startSession(quiz, classMode);
  useStore.setState({ quiz: session, selected: null, condition: null, site: null, back: [] });
  stage(currentQuestion(quiz, session));
};

export const endQuiz = (): void => {
  if (useStore.getState().quiz) useStore.setState({ quiz: null });
};

/** Answers the open question; resolves whether it was right. */
export const answerQuiz = (given: readonly string[]): { correct: boolean } => {
  const open = openQuiz();
  if (!open) throw new Error('No quiz is open');
  const { session, correct } = answerQuestion(open.quiz, open.session, given);
  useStore.setState({ quiz: session });
  return { correct };
};

/** Answers with what has been picked so far ("Check"). */
export const checkPicks = (): { correct: boolean } => answerQuiz(useStore.getState().quiz?.picked ?? []);

export const revealAnswer = (): void => {
  const session = useStore.getState().quiz;
  if (session) useStore.setState({ quiz: reveal(session) });
};

export const nextQuizQuestion = (): void => {
  const open = openQuiz();
  if (!open) return;
  const session = next(open.session);
  useStore.setState({ quiz: session });
  stage(currentQuestion(open.quiz, session));
};

/**
 * A tap on the model or the list while a tap question is open: it becomes a pick (true, consumed).
 * Otherwise false, and the tap opens its card as usual.
 */
export const quizTakesTap = (kind: 'structure' | 'site', id: string): boolean => {
  const open = openQuiz();
  if (!open) return false;
  const q = currentQuestion(open.quiz, open.session);
  if (!q || q.kind !== kind || answeredCurrent(open.quiz, open.session)) return false;
  useStore.setState({ quiz: togglePick(open.quiz, open.session, id) });
  return true;
};

/** Ticks or unticks an answer in the list (any kind of question). */
export const pickAnswer = (id: string): void => {
  const open = openQuiz();
  if (open) useStore.setState({ quiz: togglePick(open.quiz, open.session, id) });
};

export const quizProgress = (): QuizProgress | null => {
  const open = openQuiz();
  return open ? progress(open.quiz, open.session) : null;
};
