import type { Tour } from '../content/tour-schema';
import { useStore } from './store';

/**
 * The built-in tours (content/tours.ts), loaded on their own chunk after the first view: they carry
 * clinical text and zod. The educator's own tour (state/own-tour.ts, in the store) plays too.
 */
let loaded: readonly Tour[] | null = null;
let loading: Promise<readonly Tour[]> | null = null;

export const loadTours = (): Promise<readonly Tour[]> => {
  // The educator's own tour, kept on this device, is read back with them (a link can name it).
  loading ??= Promise.all([
    import('../content/tours'),
    import('./own-tour').then((o) => o.restoreOwnTour()),
  ]).then(([m]) => {
    loaded ??= m.tours;
    return loaded;
  });
  return loading;
};

/** The built-in tours, once loaded; [] before. */
export const loadedTours = (): readonly Tour[] => loaded ?? [];

/** A built-in tour, or the educator's own one, by id. */
export const findTour = (id: string): Tour | undefined => {
  const own = useStore.getState().ownTour;
  return loaded?.find((t) => t.id === id) ?? (own?.id === id && own.steps.length > 0 ? own : undefined);
};

/** Replaces the built-in catalogue (unit tests play their own tours). */
export const provideTours = (tours: readonly Tour[]): void => {
  loaded = tours;
  loading = Promise.resolve(tours);
};
