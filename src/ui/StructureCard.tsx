import { useTranslation } from 'react-i18next';
import { structureName, structureNames } from '../content/structure-names';
import { getStructure } from '../content/structures';
import { setIsolate, useStore } from '../state/store';
import { CardHead } from './cards/CardHead';
import { useCardMode } from './cards/card-mode';
import { StructureDetails } from './cards/StructureDetails';

/** The selected structure: name, tissue, and the everyday words for it. */
export const StructureCard = () => {
  const { t } = useTranslation();
  const selected = useStore((s) => s.selected);
  const isolate = useStore((s) => s.isolate);
  const { interactive } = useCardMode();
  const structure = selected ? getStructure(selected) : undefined;
  if (!structure) {
    return <p className="card-empty">{t('card.empty')}</p>;
  }
  const name = structureName(structure.id);
  // The lay name is already in the card's names list: "also called" gives the other everyday words.
  const { lay, synonyms: all } = structureNames(structure.id);
  const synonyms = all.filter((s) => s.toLowerCase() !== lay.toLowerCase());
  return (
    <article className="card" data-card="structure" data-structure={structure.id}>
      <CardHead title={name} />
      <p className={`card-category tissue-${structure.category}`}>{t(`category.${structure.category}`)}</p>
      {interactive && (
        <label className="check card-isolate">
          <input type="checkbox" checked={isolate} onChange={(e) => setIsolate(e.target.checked)} />
          <span>{t('toolbar.isolate')}</span>
        </label>
      )}
      {synonyms.length > 0 && (
        <>
          <h3 className="card-subhead">{t('card.alsoCalled')}</h3>
          <ul className="synonyms">
            {synonyms.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      )}
      <StructureDetails id={structure.id} />
    </article>
  );
};
