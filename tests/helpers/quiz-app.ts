import type { KneeExplorerApi } from '../../src/api/types';
import { ContentApp } from './content-app';

// The tests hold the app to its own published type of the API (README.md documents it).
type W = Window & { kneeExplorer: KneeExplorerApi };

/** Page object for the quiz (issue #11): the API and the quiz section of the sheet. */
export class QuizApp extends ContentApp {
  quizzes() {
    return this.page.evaluate(() => (window as unknown as W).kneeExplorer.quizzes());
  }
  startQuiz(id: string, classMode = false): Promise<void> {
    return this.page.evaluate(
      ([i, c]) => (window as unknown as W).kneeExplorer.startQuiz(i as string, { classMode: c as boolean }),
      [id, classMode] as const,
    );
  }
  quiz() {
    return this.page.evaluate(() => (window as unknown as W).kneeExplorer.quiz());
  }
  answer(ids: string | string[]) {
    return this.page.evaluate((a) => (window as unknown as W).kneeExplorer.answer(a), ids);
  }
  nextQuestion(): Promise<void> {
    return this.page.evaluate(() => (window as unknown as W).kneeExplorer.nextQuestion());
  }
  revealAnswer(): Promise<void> {
    return this.page.evaluate(() => (window as unknown as W).kneeExplorer.revealAnswer());
  }
  /** The open question's verdict ('true' | 'false'), once feedback is on screen; null before. */
  async verdict(): Promise<string | null> {
    const fb = this.page.locator('.quiz-feedback');
    return (await fb.count()) ? fb.getAttribute('data-correct') : null;
  }
}
