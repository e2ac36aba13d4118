import { type Tour, TourSchema } from './tour-schema';
import { ligamentsAndTendons } from './tours-anatomy';
import { whatToExpect } from './tours-expect';
import { healingTimeline } from './tours-healing';
import { innerKneePain } from './tours-inner-knee';
import { nearTheNeedle } from './tours-near-needle';

/**
 * The built-in guided tours (issue #11), parsed with the same schema as a tour imported from a file.
 * Loaded lazily by the tour player: nothing on the first view imports this module.
 */
export const tours: readonly Tour[] = [
  whatToExpect,
  ligamentsAndTendons,
  healingTimeline,
  innerKneePain,
  nearTheNeedle,
].map((t) => TourSchema.parse(t));

const byId = new Map(tours.map((t) => [t.id, t]));
export const getTour = (id: string): Tour | undefined => byId.get(id);
