import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-fixture';
import { KneeApp } from '../helpers/knee-app';
import { saveScreenshot } from '../helpers/session';

describeInBrowser('view presets and layers', ({ open }) => {
  it('each preset shows the side it names, and is saved as a screenshot', async () => {
    const { page, app } = await open(KneeApp);
    // Structures that only one side can show: the tuberosity's tendon in front, the
    // gastrocnemius heads behind, the MCL medially and the LCL laterally.
    const facing = {
      anterior: 'patellar-tendon',
      medial: 'superficial-mcl',
      lateral: 'lcl',
      posterior: 'medial-gastrocnemius',
    } as const;
    for (const [view, id] of Object.entries(facing) as [keyof typeof facing, string][]) {
      await app.setView(view);
      expect(await app.view()).toBe(view);
      expect(await app.project(id), `${id} visible from ${view}`).not.toBeNull();
      await saveScreenshot(page, `view-${view}`);
    }
    // The opposite side stays hidden: the kneecap from behind, the PCL (deep in the notch) from the front.
    expect(await app.project('patella')).toBeNull();
    await app.setView('anterior');
    expect(await app.project('pcl')).toBeNull();
  });

  it('a selected ligament is framed and the rest turn to x-ray', async () => {
    const { page, app } = await open(KneeApp);
    await app.setView('medial');
    await app.select('superficial-mcl');
    expect(await app.selected()).toBe('superficial-mcl');
    expect(await app.project('superficial-mcl')).not.toBeNull();
    await saveScreenshot(page, 'selected-superficial-mcl');
  });

  it('hiding a layer hides its structures from picking', async () => {
    const { page, app } = await open(KneeApp);
    await app.setView('anterior');
    expect(await app.project('patellar-tendon')).not.toBeNull();
    await app.setLayer('tendon', false);
    expect((await app.layers()).tendon).toBe(false);
    expect(await app.project('patellar-tendon')).toBeNull();
    await app.setLayer('capsule', false);
    await saveScreenshot(page, 'layers-without-tendons-capsule');
  });
});
