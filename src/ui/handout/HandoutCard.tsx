import { useStore } from '../../state/store';
import { ConditionCard } from '../cards/ConditionCard';
import { CardModeContext } from '../cards/card-mode';
import { SiteCard } from '../cards/SiteCard';
import { StructureCard } from '../StructureCard';

/** On paper: no buttons, and ids of its own (the screen's copy of the card stays in the page). */
const printed = { interactive: false, idPrefix: 'handout-' };

/**
 * The open card, exactly as the screen shows it at the reader's level (the same components, so the
 * same statements, [n] numbers and sources), drawn without its buttons. Nothing without a card.
 */
export const HandoutCard = () => {
  const site = useStore((s) => s.site);
  const condition = useStore((s) => s.condition);
  const selected = useStore((s) => s.selected);
  if (!site && !condition && !selected) return null;
  return (
    <div className="handout-card">
      <CardModeContext.Provider value={printed}>
        {site ? <SiteCard id={site} /> : condition ? <ConditionCard id={condition} /> : <StructureCard />}
      </CardModeContext.Provider>
    </div>
  );
};
