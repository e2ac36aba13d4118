import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Quiz, QuizSchema } from '../../src/content/tour-schema';
import { openSite } from '../../src/state/cards';
import { select } from '../../src/state/navigation';
import {
  answerQuiz,
  checkPicks,
  endQuiz,
  nextQuizQuestion,
  quizProgress,
  revealAnswer,
  startQuiz,
} from '../../src/state/quiz';
import { resetStore, useStore } from '../../src/state/store';

const cited = { text: 'Because the sources say so.', sources: ['seed-article'] };
const fixture: Quiz = QuizSchema.parse({
  id: 'fixture',
  title: 'Fixture quiz',
  summary: 'Three questions',
  questions: [
    { kind: 'structure', id: 'tap-two', prompt: 'Tap both', answer: ['lcl', 'acl'], explanation: cited },
    { kind: 'site', id: 'tap-site', prompt: 'Tap the site', answer: ['x-site'], explanation: cited },
    {
      kind: 'choice',
      id: 'pick',
      prompt: 'Pick one',
      options: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
      ],
      answer: ['b'],
      explanation: cited,
    },
  ],
});
vi.mock('../../src/content/quizzes', () => ({ quizzes: [fixture] }));
vi.mock('../../src/content', async (original) => {
  const real = await original<typeof import('../../src/content')>();
  return { ...real, getSite: (id: string) => (id === 'x-site' ? { id } : real.getSite(id)) };
});

const state = () => useStore.getState();

describe('quiz in the store', () => {
  beforeEach(resetStore);

  it('turns taps on structures into picks while a tap question is open, then opens cards again', async () => {
    await startQuiz('fixture');
    expect(select('lcl')).toBe(true);
    expect(select('acl')).toBe(true);
    expect(state().selected).toBeNull();
    expect(state().quiz?.picked).toEqual(['lcl', 'acl']);
    expect(checkPicks()).toEqual({ correct: true });
    expect(select('lcl')).toBe(true);
    expect(state().selected).toBe('lcl');
  });

  it('takes site taps on a site question and shows every marker', async () => {
    await startQuiz('fixture');
    answerQuiz(['lcl']);
    nextQuizQuestion();
    expect(state().allSites).toBe(true);
    expect(openSite('x-site')).toBe(true);
    expect(state().site).toBeNull();
    expect(checkPicks().correct).toBe(true);
  });

  it('scores to the end and closes', async () => {
    await startQuiz('fixture', true);
    expect(answerQuiz(['lcl']).correct).toBe(false);
    expect(state().quiz?.revealed).toBe(false);
    revealAnswer();
    expect(state().quiz?.revealed).toBe(true);
    nextQuizQuestion();
    answerQuiz(['x-site']);
    nextQuizQuestion();
    answerQuiz(['b']);
    nextQuizQuestion();
    expect(quizProgress()).toEqual({ index: 3, total: 3, score: 2, prompt: '', done: true });
    endQuiz();
    expect(quizProgress()).toBeNull();
  });

  it('refuses an unknown quiz', async () => {
    await expect(startQuiz('nope')).rejects.toThrow(/no quiz called "nope"/i);
  });
});
