import { useTranslation } from 'react-i18next';
import { rotateCamera, select, setIsolate, setView, useStore, viewNames, zoomCamera } from '../state/store';

/** Buttons for everything a gesture does on the canvas, plus isolate and clear. */
export const Toolbar = () => {
  const { t } = useTranslation();
  const view = useStore((s) => s.view);
  const isolate = useStore((s) => s.isolate);
  const hasSelection = useStore((s) => s.selected !== null);
  const no3d = useStore((s) => s.scene === 'no-webgl' || s.scene === 'model-error');
  const cameraButtons = [
    { key: 'rotateLeft', icon: '⟲', run: () => rotateCamera(-1) },
    { key: 'rotateRight', icon: '⟳', run: () => rotateCamera(1) },
    { key: 'zoomIn', icon: '+', run: () => zoomCamera(1) },
    { key: 'zoomOut', icon: '−', run: () => zoomCamera(-1) },
  ] as const;
  return (
    <section className="toolbar" aria-label={t('toolbar.label')}>
      <fieldset className="tool-group">
        <legend>{t('toolbar.views')}</legend>
        {viewNames.map((name) => (
          <button
            key={name}
            type="button"
            className="button"
            aria-pressed={view === name}
            disabled={no3d}
            title={t(`viewHints.${name}`)}
            onClick={() => setView(name)}
          >
            {t(`views.${name}`)}
          </button>
        ))}
      </fieldset>
      <fieldset className="tool-group">
        <legend>{t('toolbar.camera')}</legend>
        {cameraButtons.map((b) => (
          <button
            key={b.key}
            type="button"
            className="button icon-button"
            aria-label={t(`toolbar.${b.key}`)}
            title={t(`toolbar.${b.key}`)}
            disabled={no3d}
            onClick={b.run}
          >
            <span aria-hidden="true">{b.icon}</span>
          </button>
        ))}
      </fieldset>
      <div className="tool-group selection-tools">
        <label className="check">
          <input
            type="checkbox"
            checked={isolate}
            disabled={!hasSelection}
            onChange={(e) => setIsolate(e.target.checked)}
          />
          <span>{t('toolbar.isolate')}</span>
        </label>
        <button type="button" className="button" disabled={!hasSelection} onClick={() => select(null)}>
          {t('toolbar.clear')}
        </button>
      </div>
    </section>
  );
};
