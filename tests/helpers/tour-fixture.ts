import { type Tour, TourSchema } from '../../src/content/tour-schema';
import { fakeWindow as fakeUrlWindow } from './url-fuzz';

/** Tours for the unit tests of the tour player (issue #11): between them, every field a step can set. */
const cite = (text: string) => ({ text, sources: ['laprade-2007-medial'] });
const caption = (title: string) => ({
  title,
  patient: cite(`${title}, plainly.`),
  clinician: cite(`${title}.`),
});

/** Three steps that between them set every field a step can set. */
export const tour: Tour = TourSchema.parse({
  id: 'test-tour',
  title: 'A test tour',
  summary: 'Three steps for the unit tests.',
  steps: [
    { camera: { view: 'anterior' }, caption: caption('Front'), notes: 'For the presenter.' },
    {
      camera: { frame: ['superficial-mcl'], view: 'medial' },
      select: 'superficial-mcl',
      layers: { tendon: false },
      timeline: { day: 42, schedule: 'sit-2020' },
      caption: caption('The MCL'),
    },
    { camera: { view: 'medial' }, site: 'ea-1', allSites: true, caption: caption('A site') },
  ],
});
export const other: Tour = TourSchema.parse({
  id: 'second-tour',
  title: 'Another tour',
  summary: 'One step with a condition.',
  steps: [{ camera: { view: 'medial' }, condition: 'chronic-mcl-sprain', caption: caption('A condition') }],
});

/** A window with what startUrlSync uses: the location and replaceState. */
export const fakeWindowAt = (search: string): Window => fakeUrlWindow(`http://knee.test/${search}`);
