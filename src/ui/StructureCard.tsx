import { useTranslation } from 'react-i18next';
import { getStructure } from '../content/structures';
import { structureName, structureSynonyms } from '../i18n';
import { setIsolate, useStore } from '../state/store';
import { CardHead } from './cards/CardHead';
import { StructureDetails } from './cards/StructureDetails';

/** The selected structure: name, tissue, and the everyday words for it. */
export const StructureCard = () => {
  const { t } = useTranslation();
  const selected = useStore((s) => s.selected);
  const isolate = useStore((s) => s.isolate);
  const structure = selected ? getStructure(selected) : undefined;
  if (!structure) {
    return <p className="card-empty">{t('card.empty')}</p>;
  }
  const name = structureName(structure.id);
  const synonyms = structureSynonyms(structure.id);
  return (
    <article className="card" data-card="structure" data-structure={structure.id}>
      <CardHead title={name} />
      <p className={`card-category tissue-${structure.category}`}>{t(`category.${structure.category}`)}</p>
      <label className="check card-isolate">
        <input type="checkbox" checked={isolate} onChange={(e) => setIsolate(e.target.checked)} />
        <span>{t('toolbar.isolate')}</span>
      </label>
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
