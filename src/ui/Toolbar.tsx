import { useTranslation } from 'react-i18next';
import { rotateCamera, setView, useStore, viewNames, zoomCamera } from '../state/store';
import { LabelsToggle } from './explain/LabelsToggle';
import { ToursButton } from './tour/OpenButtons';

/** Buttons for everything a gesture does on the canvas (isolate lives on the structure card), and the tours. */
export const Toolbar = () => {
  const { t } = useTranslation();
  const view = useStore((s) => s.view);
  const no3d = useStore((s) => s.scene === 'no-webgl' || s.scene === 'model-error');
  // Tours are for a room (presentation mode); an embedding page can still start one through the API.
  const embed = useStore((s) => s.embed);
  const cameraButtons = [
    { key: 'rotateLeft', icon: '⟲', run: () => rotateCamera(-1) },
    { key: 'rotateRight', icon: '⟳', run: () => rotateCamera(1) },
    { key: 'zoomIn', icon: '+', run: () => zoomCamera(1) },
    { key: 'zoomOut', icon: '−', run: () => zoomCamera(-1) },
  ] as const;
  return (
    <section className="toolbar" aria-label={t('toolbar.label')}>
      <fieldset className="tool-group">
        <legend className="visually-hidden">{t('toolbar.views')}</legend>
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
        <legend className="visually-hidden">{t('toolbar.camera')}</legend>
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
      <LabelsToggle />
      {!embed && <ToursButton />}
    </section>
  );
};
