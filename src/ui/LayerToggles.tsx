import { useTranslation } from 'react-i18next';
import { type Category, categories, defaultLayers } from '../content/schema';
import { setLayer, useStore } from '../state/store';

/** The joint's own tissues (on at start), then its neighbours (off at start: issue #13). */
const groups: readonly { legend: 'toolbar.layers' | 'toolbar.neighbours'; list: readonly Category[] }[] = [
  { legend: 'toolbar.layers', list: categories.filter((c) => defaultLayers[c]) },
  { legend: 'toolbar.neighbours', list: categories.filter((c) => !defaultLayers[c]) },
];

/** One checkbox per tissue category: unticked layers are neither drawn nor pickable. */
export const LayerToggles = () => {
  const { t } = useTranslation();
  const layers = useStore((s) => s.layers);
  return (
    <>
      {groups.map((g) => (
        <fieldset key={g.legend} className="layers" data-layer-group={g.legend}>
          <legend>{t(g.legend)}</legend>
          {g.list.map((c) => (
            <label key={c} className="check">
              <input
                type="checkbox"
                checked={layers[c]}
                onChange={(e) => setLayer(c, e.target.checked)}
                data-layer={c}
              />
              <span>{t(`layers.${c}`)}</span>
            </label>
          ))}
        </fieldset>
      ))}
    </>
  );
};
