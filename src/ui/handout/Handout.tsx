import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closeHandout, handoutReady } from '../../state/handout';
import { HandoutCard } from './HandoutCard';
import { HandoutExpect } from './HandoutExpect';
import { HandoutHead } from './HandoutHead';
import { HandoutView } from './HandoutView';
import { type HandoutData, prepareHandout } from './prepare';
import './handout.css';

/** Opens the print dialog; the handout leaves the page once printing is over (or cancelled). */
const printNow = (): void => {
  window.addEventListener('afterprint', closeHandout, { once: true });
  window.print();
};

/**
 * The take-home handout (issue #12): the picture of the view, the open card at the reader's level
 * with its sources, the sites shown, the user's session dates, what to expect and when to get help,
 * a QR code back to this view, the date and the disclaimer. It exists only in print (handout.css).
 */
export const Handout = ({ id, print }: { id: number; print: boolean }) => {
  const { t } = useTranslation();
  const [data, setData] = useState<HandoutData | null>(null);
  const picture = useRef<HTMLImageElement>(null);

  // The print stylesheet shows the handout alone only while one is on the page.
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('handout-open');
    return () => root.classList.remove('handout-open');
  }, []);
  // After the first commit, so the click's own frame is not held up by the print-size draw.
  useEffect(() => setData(prepareHandout()), []);
  // Ready once the picture is decoded: a print dialog opened earlier could show an empty frame.
  useEffect(() => {
    if (!data) return;
    let live = true;
    const decoded = picture.current?.decode().catch(() => undefined) ?? Promise.resolve();
    void decoded.then(() => {
      if (!live) return;
      handoutReady(id);
      if (print) printNow();
    });
    return () => {
      live = false;
    };
  }, [data, id, print]);

  if (!data) return null;
  return (
    // The page's main content in print, where the app's own <main> is hidden (and vice versa).
    <main className="handout" aria-labelledby="handout-title" data-handout="">
      <HandoutHead data={data} />
      <HandoutView data={data} picture={picture} />
      <HandoutCard />
      <HandoutExpect />
      <p className="handout-disclaimer">{t('content.disclaimer')}</p>
    </main>
  );
};
