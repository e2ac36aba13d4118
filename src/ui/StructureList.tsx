import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { categories } from '../content/schema';
import { structureName } from '../content/structure-names';
import { structures } from '../content/structures';
import { searchStructures } from '../lib/search';
import { select } from '../state/navigation';
import { useStore } from '../state/store';
import { searchEntries } from './structure-entries';

const moves: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * Every structure, grouped by tissue, filtered by the search box. One Tab stop (roving tabindex):
 * arrows move (ArrowDown from the search box too), Enter or Space selects (they are buttons);
 * aria-current marks the 3D selection, which is scrolled into view.
 */
export const StructureList = () => {
  const { t } = useTranslation();
  const selected = useStore((s) => s.selected);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState<string | null>(null);
  const options = useRef(new Map<string, HTMLButtonElement>());
  const language = useStore((s) => s.language);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the names change with the language
  const entries = useMemo(searchEntries, [language]);
  const ranked = useMemo(() => searchStructures(query, entries), [query, entries]);
  const groups = categories
    .map((category) => ({
      category,
      ids: ranked.filter((id) => structures.find((s) => s.id === id)?.category === category),
    }))
    .filter((g) => g.ids.length > 0);
  const flat = groups.flatMap((g) => g.ids);
  const focusId = [active, selected, flat[0]].find((id) => id && flat.includes(id)) ?? null;

  // Keep the selection in view inside the list's own scroll box, without scrolling the sheet.
  useEffect(() => {
    const option = selected ? options.current.get(selected) : undefined;
    const box = option?.closest<HTMLElement>('.listbox');
    if (!option || !box) return;
    const top = option.offsetTop - box.offsetTop;
    if (top < box.scrollTop || top + option.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTop = top - box.clientHeight / 2;
    }
  }, [selected]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const move = moves[e.key];
    if (move && focusId) {
      e.preventDefault();
      const next = flat[move(flat.indexOf(focusId), flat.length)];
      focusOption(next);
    }
  };

  const focusOption = (id: string | undefined) => {
    if (!id) return;
    setActive(id);
    options.current.get(id)?.focus();
  };

  return (
    <div className="structure-list">
      <label className="search-label" htmlFor="structure-search">
        {t('list.search')}
      </label>
      <input
        id="structure-search"
        className="search-input"
        type="search"
        autoComplete="off"
        placeholder={t('list.searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && flat[0]) select(flat[0]);
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            focusOption(flat[0]);
          }
        }}
      />
      <p className="list-count" aria-live="polite">
        {flat.length ? t('list.count', { count: flat.length }) : t('list.noResults', { query })}
      </p>
      {flat.length > 0 && (
        <ul aria-label={t('list.label')} className="listbox">
          {groups.map((g) => (
            <li key={g.category} className="option-group">
              <h2 id={`group-${g.category}`} className="group-label">
                {t(`categories.${g.category}`)}
              </h2>
              <ul aria-labelledby={`group-${g.category}`}>
                {g.ids.map((id) => (
                  <li key={id}>
                    <button
                      type="button"
                      ref={(el) => {
                        if (el) options.current.set(id, el);
                        else options.current.delete(id);
                      }}
                      data-structure={id}
                      className="option"
                      aria-current={selected === id ? 'true' : undefined}
                      tabIndex={id === focusId ? 0 : -1}
                      onFocus={() => setActive(id)}
                      onClick={() => select(id)}
                      onKeyDown={onKeyDown}
                    >
                      {structureName(id)}
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};
