import { useTranslation } from 'react-i18next';
import { categories } from '../content/schema';
import { setLayer, useStore } from '../state/store';

/** One checkbox per tissue category: unticked layers are neither drawn nor pickable. */
export const LayerToggles = () => {
  const { t } = useTranslation();
  const layers = useStore((s) => s.layers);
  return (
    <fieldset className="layers">
      <legend>{t('toolbar.layers')}</legend>
      {categories.map((c) => (
        <label key={c} className="check">
          <input type="checkbox" checked={layers[c]} onChange={(e) => setLayer(c, e.target.checked)} />
          <span>{t(`layers.${c}`)}</span>
        </label>
      ))}
    </fieldset>
  );
};
