import { describe, expect, it } from 'vitest';
import { type Quiz, QuizSchema } from '../../src/content/tour-schema';
import {
  answerQuestion,
  isCorrect,
  nextQuestion,
  progress,
  reveal,
  score,
  startSession,
  togglePick,
} from '../../src/lib/quiz-session';

const cited = { text: 'Because the sources say so.', sources: ['seed-article'] };
const quiz: Quiz = QuizSchema.parse({
  id: 'fixture',
  title: 'Fixture quiz',
  summary: 'Two questions',
  questions: [
    { kind: 'structure', id: 'tap-lcl', prompt: 'Tap the LCL', answer: ['lcl'], explanation: cited },
    {
      kind: 'choice',
      id: 'longest',
      prompt: 'Which phase is longest?',
      options: [
        { id: 'inflammation', text: 'Inflammation' },
        { id: 'remodelling', text: 'Remodelling' },
      ],
      answer: ['remodelling'],
      explanation: cited,
    },
  ],
});

describe('quiz session', () => {
  it('grades by exact set, in any order, duplicates ignored', () => {
    const multi = { ...quiz.questions[0], answer: ['a', 'b'] } as Quiz['questions'][number];
    expect(isCorrect(multi, ['b', 'a'])).toBe(true);
    expect(isCorrect(multi, ['a', 'a', 'b'])).toBe(true);
    expect(isCorrect(multi, ['a'])).toBe(false);
    expect(isCorrect(multi, ['a', 'b', 'c'])).toBe(false);
  });

  it('scores right and wrong answers and ends', () => {
    let s = startSession(quiz);
    const first = answerQuestion(quiz, s, ['lcl']);
    expect(first.correct).toBe(true);
    s = nextQuestion(first.session);
    const second = answerQuestion(quiz, s, ['inflammation']);
    expect(second.correct).toBe(false);
    s = nextQuestion(second.session);
    expect(progress(quiz, s)).toEqual({ index: 2, total: 2, score: 1, prompt: '', done: true });
    expect(() => answerQuestion(quiz, s, ['lcl'])).toThrow(/over/);
    expect(nextQuestion(s)).toBe(s);
  });

  it('keeps the first answer to a question', () => {
    const s = answerQuestion(quiz, startSession(quiz), ['mcl']).session;
    const again = answerQuestion(quiz, s, ['lcl']);
    expect(again.correct).toBe(false);
    expect(score(again.session)).toBe(0);
  });

  it('holds feedback back in class mode until revealed', () => {
    const s = answerQuestion(quiz, startSession(quiz, true), ['lcl']).session;
    expect(s.revealed).toBe(false);
    expect(reveal(s).revealed).toBe(true);
    expect(nextQuestion(reveal(s)).revealed).toBe(false);
    expect(answerQuestion(quiz, startSession(quiz), ['lcl']).session.revealed).toBe(true);
  });
});

describe('picking before checking', () => {
  it('toggles picks; a one-answer question keeps the last tap; next clears', () => {
    let s = startSession(quiz);
    s = togglePick(quiz, s, 'mcl');
    s = togglePick(quiz, s, 'lcl');
    expect(s.picked).toEqual(['lcl']);
    s = togglePick(quiz, s, 'lcl');
    expect(s.picked).toEqual([]);
    s = togglePick(quiz, s, 'lcl');
    const answered = answerQuestion(quiz, s, s.picked).session;
    expect(togglePick(quiz, answered, 'mcl')).toBe(answered);
    expect(nextQuestion(answered).picked).toEqual([]);
  });
});
