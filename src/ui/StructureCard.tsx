import { useTranslation } from 'react-i18next';
import { getStructure } from '../content/structures';
import { structureName, structureSynonyms } from '../i18n';
import { select, setIsolate, useStore } from '../state/store';
import { BackButton } from './cards/BackButton';
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
      <BackButton />
      <div className="card-head">
        <h2 className="card-title">{name}</h2>
        <button
          type="button"
          className="button card-close"
          aria-label={t('card.closeLabel', { name })}
          onClick={() => select(null)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
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
