import type { Tour } from '../../content/tour-schema';
import { parseTourFile, tourFileName, tourFileText } from '../../lib/tour-file';

/** Saves the tour as a JSON file on this device (a local download: nothing is uploaded). */
export const downloadTour = (tour: Tour): void => {
  const url = URL.createObjectURL(new Blob([tourFileText(tour)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = tourFileName(tour);
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
};

/** Reads a dropped or picked file and checks it; the message names the field that is wrong. */
export const readTourFile = async (
  file: File,
): Promise<{ ok: true; tour: Tour } | { ok: false; field: string; message: string }> =>
  parseTourFile(await file.text());
