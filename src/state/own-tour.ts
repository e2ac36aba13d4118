import type { Tour } from '../content/tour-schema';
import { readStored, writeStored } from '../lib/safe-storage';
import { parseTourFile } from '../lib/tour-file';
import { editCaption, moveStep, nearestView, removeStep, stepFromScreen } from '../lib/tour-record';
import { runtime } from './runtime';
import { useStore } from './store';

/**
 * The educator's own tour (issue #11): recorded from the screen, edited, reordered, saved on this
 * device (nothing leaves it) and played by the same player as the built-in tours.
 */
const KEY = 'knee-explorer:own-tour';
export const OWN_TOUR_ID = 'my-tour';

const save = (tour: Tour | null): void => {
  useStore.setState({ ownTour: tour });
  writeStored(KEY, tour ? JSON.stringify(tour) : '');
};

/** The draft kept from the last visit, read lazily by the recorder (validated on the way in). */
export const restoreOwnTour = async (): Promise<void> => {
  const text = readStored(KEY);
  if (!text || useStore.getState().ownTour) return;
  const parsed = parseTourFile(text);
  if (parsed.ok) useStore.setState({ ownTour: parsed.tour });
};

/** "Add this view as a step"; `tourTitle` names a tour that starts with this step. */
export const addScreenAsStep = (title: string, tourTitle = 'My tour'): void => {
  const s = useStore.getState();
  const pose = runtime.getState().pose?.();
  const near = pose ? nearestView(pose.position, pose.target) : 'anterior';
  const step = stepFromScreen({ ...s, nearestView: near }, title);
  const tour = s.ownTour ?? { id: OWN_TOUR_ID, title: tourTitle, summary: tourTitle, steps: [] };
  save({ ...tour, steps: [...tour.steps, step] });
};

const change = (edit: (tour: Tour) => Tour): void => {
  const tour = useStore.getState().ownTour;
  if (tour) save(edit(tour));
};

export const moveOwnStep = (from: number, to: number): void => change((t) => moveStep(t, from, to));
export const removeOwnStep = (index: number): void => change((t) => removeStep(t, index));
export const editOwnCaption = (index: number, edit: Parameters<typeof editCaption>[2]): void =>
  change((t) => editCaption(t, index, edit));
export const renameOwnTour = (title: string): void => change((t) => ({ ...t, title, summary: title }));
/** An imported file replaces the draft (the import is validated before it gets here). */
export const replaceOwnTour = (tour: Tour): void => save({ ...tour, id: OWN_TOUR_ID });
export const discardOwnTour = (): void => save(null);
