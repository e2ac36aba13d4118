import AxeBuilder from '@axe-core/playwright';
import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-fixture';
import { saveScreenshot } from '../helpers/session';
import { TimelineApp } from '../helpers/timeline-app';

const isoDaysFromToday = (offset: number): string => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

describeInBrowser('healing timeline: controls, link, dates, charts', ({ open }) => {
  it('play advances the day; pause stops drawing', async () => {
    const { page, app } = await open(TimelineApp, { query: '?schedule=dumais-2012' });
    // Idle: once the first frames have settled, nothing moves and nothing is drawn.
    await app.animationFrames(5);
    const idle = await app.frames();
    await app.animationFrames(30);
    expect(await app.frames()).toBe(idle);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => app.day(), { timeout: 10_000 }).toBeGreaterThan(3);
    expect(await app.frames()).toBeGreaterThan(idle);
    await app.pause();
    const paused = await app.day();
    expect(Number.isInteger(paused)).toBe(true);
    await app.animationFrames(3); // the last frame for the rounded day
    const after = await app.frames();
    await app.animationFrames(30);
    expect(await app.frames(), 'no drawing while paused').toBe(after);
    expect(await app.day()).toBe(paused);
    // The link keeps the day once playback stops.
    expect(new URL(page.url()).searchParams.get('day')).toBe(String(paused));
  });

  it('with reduced motion, play steps a week at a time', async () => {
    const { app } = await open(TimelineApp, { query: '?schedule=sit-2020', reducedMotion: 'reduce' });
    await app.play();
    await expect.poll(() => app.day(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await app.day()) % 7).toBe(0);
    await app.pause();
  });

  it('the slider works from the keyboard and speaks weeks and days', async () => {
    const { page, app } = await open(TimelineApp);
    expect(await app.slider().count(), 'folded at first').toBe(0);
    await app.showTimeline();
    const slider = app.slider();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    expect(await app.day()).toBe(1);
    await page.keyboard.press('PageUp');
    expect(await app.day()).toBe(8);
    await expect
      .poll(() => slider.getAttribute('aria-valuetext'))
      .toBe('Day 8 · 1 week after the first session');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await expect
      .poll(() => slider.getAttribute('aria-valuetext'))
      .toBe('Day 43 · 6 weeks after the first session');
    await page.keyboard.press('End');
    expect(await app.day()).toBe(364);
    await page.keyboard.press('Home');
    expect(await app.day()).toBe(0);
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('Day 0');
  });

  it('reads day and schedule from the link, and explains what it ignored', async () => {
    const { page, app } = await open(TimelineApp, { query: '?day=42&schedule=dumais-2012' });
    expect(await app.day()).toBe(42);
    expect(await app.schedule()).toBe('dumais-2012');
    expect((await app.readout()).text).toMatch(/^Day 42 · 6 weeks after the first session — /);
    await app.setSchedule('sit-2020');
    expect(new URL(page.url()).searchParams.get('schedule')).toBe('sit-2020');
    await expect(app.setSchedule('nope')).rejects.toThrow(/unknown schedule/);
    await app.open('?day=banana&schedule=weekly&sessions=2026-02-30&s=lcl');
    const notices = await app.noticeText();
    expect(notices).toMatch(/day=banana/);
    expect(notices).toMatch(/schedule=weekly/);
    expect(notices).toMatch(/2026-02-30/);
    expect(await app.day()).toBe(0);
    expect(await app.selected()).toBe('lcl');
  });

  it('my own session dates: the timeline jumps to today and names the next session', async () => {
    const { page, app } = await open(TimelineApp);
    await app.showTimeline();
    await page.getByRole('button', { name: 'My dates' }).click();
    await page.getByLabel('Session 1 date').fill(isoDaysFromToday(-20));
    await page.getByRole('button', { name: 'Add a session date' }).click();
    await page.getByLabel('Session 2 date').fill(isoDaysFromToday(8));
    await expect.poll(() => app.schedule()).toBe('mine');
    expect(await app.day()).toBe(20);
    const status = await page.locator('.tl-mine-status').textContent();
    expect(status).toContain('Today is day 20');
    expect(status).toContain('In the healing model, this would be proliferation');
    // The phase is the model's, not a reading of this knee (review S1): the caveat sits beside it.
    const caveat = page.locator('.tl-mine .tl-caveat');
    expect(await caveat.textContent()).toMatch(/No one knows if injections start this in people/);
    expect(await caveat.locator('sup.cite a').count()).toBeGreaterThan(0);
    expect(status).toContain(isoDaysFromToday(8));
    expect(await page.locator('.tl-today').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('sessions')).toBe(
      `${isoDaysFromToday(-20)},${isoDaysFromToday(8)}`,
    );
    await saveScreenshot(page, 'timeline-my-dates');
  });

  it('charts: labelled axes, trial data vs illustrative, sources, and a day cursor; axe clean', async () => {
    const { page } = await open(TimelineApp, { query: '?day=63' });
    await page.getByRole('button', { name: 'Charts' }).click();
    const womac = page.locator('[data-chart="womac"]');
    const maturity = page.locator('[data-chart="maturity"]');
    await womac.waitFor(); // the charts load on their own chunk when asked for
    expect(await womac.locator('.axis-label').allTextContents()).toEqual([
      'Weeks since the start of the trial',
      'WOMAC improvement (points)',
    ]);
    expect(await womac.textContent()).toMatch(/Trial data \(measured\)/);
    expect(await womac.locator('[data-source="rabago-2013-table-4"]').textContent()).toMatch(/Rabago/);
    expect(await womac.locator('.series polyline').count()).toBe(3);
    expect(await womac.locator('.cursor text').textContent()).toBe('Now: week 9');
    expect(await maturity.locator('h3').textContent()).toMatch(/illustrative/i);
    expect(await maturity.locator('.axis-label').count()).toBe(2);
    const facts = await maturity.locator('.chart-facts').textContent();
    expect(facts).toMatch(/30%/);
    expect(facts).toMatch(/60%/);
    expect(facts).toMatch(/15–35%/);
    for (const key of ['jensen-2008-injury', 'abramowitch-2003-goat-mcl', 'frank-1995-injury-location']) {
      expect(await maturity.locator(`[data-source="${key}"]`).count(), key).toBe(1);
    }
    await saveScreenshot(page, 'timeline-charts');
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
