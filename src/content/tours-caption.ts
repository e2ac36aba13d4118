import type { Cited } from './clinical-schema';
import type { TourCaption } from './tour-schema';

/** A cited statement: the text, then the keys of the sources that support it (sources*.ts). */
export const cite = (text: string, ...sources: string[]): Cited => ({ text, sources });

/** A step's caption: a short title, then the same point for patients and for clinicians. */
export const caption = (title: string, patient: Cited, clinician: Cited): TourCaption => ({
  title,
  patient,
  clinician,
});

/** Layers with the capsule hidden, so the ligaments and tendons under it show. */
export const capsuleOff = { capsule: false } as const;
