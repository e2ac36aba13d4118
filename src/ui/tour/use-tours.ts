import { useEffect, useState } from 'react';
import type { Tour } from '../../content/tour-schema';
import { useStore } from '../../state/store';
import { resumeTour, tourPosition } from '../../state/tour';
import { loadedTours, loadTours } from '../../state/tour-catalogue';

/** The built-in tours (null while they load); a link's tour goes on screen once they have. */
export const useTours = (): readonly Tour[] | null => {
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
  return tours;
};

/** The running tour, its step and length, re-read whenever the store's tour changes. */
export const useTourPosition = () => {
  const tours = useTours();
  const ref = useStore((s) => s.tour);
  return tours && ref ? tourPosition() : null;
};
