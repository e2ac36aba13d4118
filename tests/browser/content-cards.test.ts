import { expect, it } from 'vitest';
import { conditions, getStructureInfo } from '../../src/content';
import { structureNames } from '../../src/content/structure-names';
import { structures } from '../../src/content/structures';
import { describeInBrowser } from '../helpers/browser-fixture';
import { ContentApp } from '../helpers/content-app';
import { saveScreenshot } from '../helpers/session';

describeInBrowser('structure cards speak', ({ open }) => {
  it("each of the 57 structures' card shows its name, its conditions and cited text", async () => {
    const { page, record, app } = await open(ContentApp, { reducedMotion: 'reduce' });
    const names = new Map((await app.structures()).map((s) => [s.id, s.name]));
    expect(structures).toHaveLength(57);
    for (const { id } of structures) {
      await app.select(id);
      const card = await app.card();
      expect(card?.kind, id).toBe('structure');
      expect(await app.cardTitle()).toBe(names.get(id));
      const info = getStructureInfo(id);
      expect(info, `content for ${id}`).toBeDefined();
      expect(card?.text).toContain(structureNames(id).lay);
      const linked = await page
        .locator('.card-panel [data-condition]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-condition')));
      const expected = conditions.filter((c) => c.structures.includes(id)).map((c) => c.id);
      expect(linked, `conditions of ${id}`).toEqual(expected);
      for (const c of conditions.filter((c) => expected.includes(c.id))) {
        expect(card?.text).toContain(c.name.lay);
      }
    }
    expect(record.consoleErrors).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
  });

  it('the reading level deepens every card, and is remembered and linked', async () => {
    const { page, app } = await open(ContentApp, { query: '?s=superficial-mcl', reducedMotion: 'reduce' });
    expect(await app.readingLevel()).toBe('patient');
    const info = getStructureInfo('superficial-mcl');
    const patientText = (await app.card())?.text ?? '';
    expect(patientText).toContain(info?.function.patient.text);
    expect(patientText).not.toContain(info?.attachments[0]?.text.text);
    await page.getByRole('button', { name: 'Clinician', exact: true }).click();
    expect(await app.readingLevel()).toBe('clinician');
    const clinicianText = (await app.card())?.text ?? '';
    expect(clinicianText).toContain(info?.function.clinician.text);
    expect(clinicianText).toContain(info?.attachments[0]?.text.text);
    expect(new URL(page.url()).searchParams.get('level')).toBe('clinician');
    await saveScreenshot(page, 'content-clinician-structure-card');
    // Remembered on this device: a plain link opens at the clinician level.
    await app.open('?s=superficial-mcl');
    expect(await app.readingLevel()).toBe('clinician');
    // The link wins over what was remembered.
    await app.open('?s=superficial-mcl&level=patient');
    expect(await app.readingLevel()).toBe('patient');
    expect((await app.card())?.text).toContain(info?.function.patient.text);
  });

  it('a link with an unknown level still opens, with a notice', async () => {
    const { app } = await open(ContentApp, {
      query: '?s=lcl&level=expert&foo=1',
      reducedMotion: 'reduce',
    });
    expect(await app.selected()).toBe('lcl');
    expect(await app.readingLevel()).toBe('patient');
    const notices = await app.noticeText();
    expect(notices).toContain('level=expert');
    expect(notices).toContain('foo');
  });
});
