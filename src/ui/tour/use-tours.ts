import { useEffect, useState } from 'react';
import { inLanguage } from '../../content/locale/in-language';
import type { Tour } from '../../content/tour-schema';
import { useStore } from '../../state/store';
import { resumeTour, tourPosition } from '../../state/tour';
import { loadedTours, loadTours } from '../../state/tour-catalogue';
import { useLanguage } from '../use-language';

/**
 * A built-in tour in the language on screen. The educator's own tour is left as written: its
 * captions are the presenter's words, in whatever language they wrote them.
 */
const inLang = (tour: Tour): Tour =>
  loadedTours().includes(tour) ? inLanguage('tour', tour.id, tour).value : tour;

/** The built-in tours (null while they load); a link's tour goes on screen once they have. */
export const useTours = (): readonly Tour[] | null => {
  useLanguage();
  const [tours, setTours] = useState<readonly Tour[] | null>(() =>
    loadedTours().length ? loadedTours() : null,
  );
  useEffect(() => {
    let live = true;
    void loadTours().then((list) => {
      if (!live) return;
      setTours(list);
      resumeTour();
    });
    return () => {
      live = false;
    };
  }, []);
  return tours?.map(inLang) ?? null;
};

/** The running tour, its step and length, re-read whenever the store's tour changes. */
export const useTourPosition = () => {
  const tours = useTours();
  const ref = useStore((s) => s.tour);
  const at = tours && ref ? tourPosition() : null;
  return at ? { ...at, tour: inLang(at.tour) } : null;
};
