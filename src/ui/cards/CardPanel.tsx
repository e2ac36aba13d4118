import { useEffect, useRef } from 'react';
import { useStore } from '../../state/store';
import { StructureCard } from '../StructureCard';
import { ConditionCard } from './ConditionCard';
import { ContentAnnouncer } from './ContentAnnouncer';
import { SiteCard } from './SiteCard';

/** The card on top: an injection site over a condition over a structure. */
export const CardPanel = () => {
  const site = useStore((s) => s.site);
  const condition = useStore((s) => s.condition);
  const selected = useStore((s) => s.selected);
  const box = useRef<HTMLDivElement>(null);
  const key = `${selected}|${condition}|${site}`;
  const first = useRef(true);
  /** Focus was last inside the cards (a removed button fires no reliable blur, so track focusin). */
  const focusInside = useRef(false);
  useEffect(() => {
    const onFocusIn = (e: FocusEvent) => {
      focusInside.current = e.target instanceof Node && Boolean(box.current?.contains(e.target));
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);

  // A link or Back inside a card replaces the card and with it the focused button: keyboard and
  // screen-reader users continue at the new card's title instead of the top of the page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the card changes (key)
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const lost =
      focusInside.current && (document.activeElement === document.body || document.activeElement === null);
    const heading = box.current?.querySelector<HTMLElement>('h2');
    if (lost && heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
    box.current?.closest('.sheet-body')?.scrollTo({ top: 0 });
  }, [key]);

  return (
    <div ref={box}>
      {site ? (
        <SiteCard key={site} id={site} />
      ) : condition ? (
        <ConditionCard key={condition} id={condition} />
      ) : (
        <StructureCard />
      )}
      <ContentAnnouncer />
    </div>
  );
};
