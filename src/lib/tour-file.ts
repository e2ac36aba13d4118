import { z } from 'zod';
import { type Tour, UserTourSchema } from '../content/tour-schema';

/**
 * An educator's own tour as a file (issue #11): exported as JSON and read back with the same schema,
 * so a file that was edited by hand, truncated or written for another version is refused with the
 * field that is wrong, and nothing half-read reaches the screen. Files stay on the device.
 */

/** Far above any real tour (40 steps of captions), far below what would freeze a tablet. */
export const MAX_TOUR_FILE_BYTES = 512 * 1024;

export type TourFileResult = { ok: true; tour: Tour } | { ok: false; field: string; message: string };

export const parseTourFile = (text: string): TourFileResult => {
  if (text.length > MAX_TOUR_FILE_BYTES) {
    return { ok: false, field: '(file)', message: `larger than ${MAX_TOUR_FILE_BYTES / 1024} KB` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, field: '(file)', message: 'not a JSON file' };
  }
  const parsed = UserTourSchema.safeParse(data);
  if (parsed.success) return { ok: true, tour: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    field: issue && issue.path.length > 0 ? z.core.toDotPath(issue.path) : '(tour)',
    message: issue?.message ?? 'not a tour',
  };
};

/** The file's text: stable key order (the schema's), two-space indent, a final newline. */
export const tourFileText = (tour: Tour): string =>
  `${JSON.stringify(UserTourSchema.parse(tour), null, 2)}\n`;

/** A file name from the title: "My MCL tour" → "my-mcl-tour.knee-tour.json". */
export const tourFileName = (tour: Tour): string =>
  `${
    tour.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'tour'
  }.knee-tour.json`;
