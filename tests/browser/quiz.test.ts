import AxeBuilder from '@axe-core/playwright';
import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-fixture';
import { QuizApp } from '../helpers/quiz-app';
import { saveScreenshot } from '../helpers/session';

describeInBrowser('quiz', ({ open }) => {
  it('scores answers given by tapping the model, right and wrong, with cited feedback', async () => {
    const { page, record, app } = await open(QuizApp, { reducedMotion: 'reduce' });
    const list = await app.quizzes();
    expect(list.reduce((n, q) => n + q.questions, 0)).toBeGreaterThanOrEqual(24);
    await expect(app.startQuiz('no-such-quiz')).rejects.toThrow(/no quiz called/);

    await app.startQuiz('knee-anatomy');
    expect(await app.quiz()).toMatchObject({ index: 0, score: 0, done: false });
    expect((await app.quiz())?.prompt).toMatch(/LCL/);
    // Right: tap the LCL where the model shows it, then "Check my answer".
    const lcl = await app.findPoint('lcl');
    expect(lcl, 'the LCL is on screen').not.toBeNull();
    if (lcl) await page.mouse.click(lcl.x, lcl.y);
    await expect.poll(() => page.locator('.quiz-options input[value="lcl"]').isChecked()).toBe(true);
    expect(await app.selected(), 'a quiz tap picks, it does not open the card').toBeNull();
    await page.getByRole('button', { name: 'Check my answer' }).click();
    expect(await app.verdict()).toBe('true');
    expect(await app.uncited('.quiz-feedback')).toEqual([]);
    expect(await app.clinicalCount('.quiz-feedback')).toBeGreaterThan(0);
    await saveScreenshot(page, 'quiz-feedback-right');

    // Wrong: the next question asks for the MCL; tap the patellar tendon instead.
    await page.getByRole('button', { name: 'Next question' }).click();
    expect((await app.quiz())?.prompt).toMatch(/MCL|inner/i);
    const wrong = await app.findPoint('patellar-tendon');
    if (wrong) await page.mouse.click(wrong.x, wrong.y);
    await expect.poll(() => page.locator('.quiz-options input:checked').count()).toBe(1);
    await page.getByRole('button', { name: 'Check my answer' }).click();
    expect(await app.verdict()).toBe('false');
    expect(await app.quiz()).toMatchObject({ index: 1, score: 1 });
    // The feedback's door to the card opens it (the quiz no longer takes taps for this question).
    await page
      .locator('.quiz-feedback')
      .getByRole('button', { name: /Read the card/ })
      .click();
    await expect.poll(() => app.selected()).toBe('superficial-mcl');
    expect(record.consoleErrors).toEqual([]);
  });

  it('takes a multi-part answer by tapping site markers', async () => {
    const { page, app } = await open(QuizApp, { reducedMotion: 'reduce' });
    await app.startQuiz('prolotherapy-basics');
    const q = await app.quiz();
    expect(q?.prompt).toMatch(/joint/i);
    const tapped: string[] = [];
    for (const id of ['ia-1', 'ia-2', 'ia-3', 'ia-4']) {
      const p = await app.markerPoint(id);
      if (!p) continue;
      await page.mouse.click(p.x, p.y);
      tapped.push(id);
    }
    expect(tapped.length, 'at least two joint markers can be tapped from the front').toBeGreaterThanOrEqual(
      2,
    );
    await expect
      .poll(() =>
        page
          .locator('.quiz-options input:checked')
          .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
      )
      .toEqual(tapped);
    // Tick the rest in the list (the keyboard's way in), then check.
    for (const id of ['ia-1', 'ia-2', 'ia-3', 'ia-4'].filter((i) => !tapped.includes(i))) {
      await page.locator(`.quiz-options input[value="${id}"]`).check();
    }
    await page.getByRole('button', { name: 'Check my answer' }).click();
    expect(await app.verdict()).toBe('true');
    expect((await app.card())?.kind, 'no site card opened by the quiz taps').not.toBe('site');
  });

  it('class mode holds the feedback until revealed; the keyboard answers; the score shows at the end', async () => {
    const { page, app } = await open(QuizApp, { reducedMotion: 'reduce' });
    await app.startQuiz('knee-anatomy', true);
    expect(await app.answer('lcl')).toEqual({ correct: true });
    expect(await app.verdict()).toBeNull();
    await page.getByRole('button', { name: 'Reveal the answer' }).click();
    expect(await app.verdict()).toBe('true');
    const total = (await app.quiz())?.total ?? 0;
    // Answer the rest through the API, wrong on purpose, then one choice question by keyboard.
    for (let i = 1; i < total - 1; i++) {
      await app.nextQuestion();
      await app.answer('femur');
    }
    await app.nextQuestion();
    const last = page.locator('.quiz-options input').first();
    await last.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await app.revealAnswer();
    expect(await app.verdict()).not.toBeNull();
    await app.nextQuestion();
    const end = await app.quiz();
    expect(end?.done).toBe(true);
    expect(end?.index).toBe(total);
    await expect
      .poll(() => page.locator('.quiz-progress').textContent())
      .toMatch(new RegExp(`of ${total} right`));
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  it('axe finds nothing with a question open; screenshots on a phone and a laptop', async () => {
    for (const viewport of [
      { width: 390, height: 844, name: 'phone' },
      { width: 1280, height: 800, name: 'laptop' },
    ]) {
      const { page, app } = await open(QuizApp, {
        reducedMotion: 'reduce',
        viewport: { width: viewport.width, height: viewport.height },
      });
      await app.startQuiz('knee-anatomy');
      // The question comes into view by itself, in the sheet, without covering the knee's free region.
      await expect
        .poll(async () => {
          const box = await page.locator('.quiz-prompt').boundingBox();
          if (!box) throw new Error(`${viewport.name}: no question on screen`);
          return box.y >= 0 && box.y + box.height <= viewport.height;
        })
        .toBe(true);
      const axe = await new AxeBuilder({ page }).analyze();
      expect(
        axe.violations.map((v) => v.id),
        viewport.name,
      ).toEqual([]);
      await saveScreenshot(page, `quiz-${viewport.name}`);
    }
  });

  it('runs in presentation mode at 1920×1080: class mode, a tap on the model, large type, axe clean', async () => {
    const { page, record, app } = await open(QuizApp, {
      reducedMotion: 'reduce',
      viewport: { width: 1920, height: 1080 },
      query: '?mode=present',
    });
    await page.locator('.present-dock').getByRole('button', { name: 'Quiz', exact: true }).click();
    await page.getByLabel(/Class mode/).check();
    await page.getByRole('button', { name: 'Knee anatomy' }).click();
    await expect.poll(async () => (await app.quiz())?.index).toBe(0);
    const sizes = await page.$$eval(
      '.present-dock :is(.quiz-prompt, .quiz-hint, .quiz-options label)',
      (els) => els.map((el) => Number.parseFloat(getComputedStyle(el).fontSize)),
    );
    expect(sizes.length).toBeGreaterThan(2);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(28);
    const lcl = await app.findPoint('lcl');
    expect(lcl, 'the LCL is on screen above the dock').not.toBeNull();
    if (lcl) await page.mouse.click(lcl.x, lcl.y);
    await expect.poll(() => page.locator('.quiz-options input[value="lcl"]').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Check my answer' }).click();
    expect(await app.verdict(), 'class mode: no feedback before the reveal').toBeNull();
    await page.getByRole('button', { name: 'Reveal the answer' }).click();
    expect(await app.verdict()).toBe('true');
    await saveScreenshot(page, 'quiz-present-1920');
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
});
