import { useTranslation } from 'react-i18next';
import { structureName } from '../content/structure-names';
import { useStore } from '../state/store';
import { retryThreeD } from './scene-failure';

/** What the 3D area cannot show by itself: loading, failures (with a Retry), and the pointer's target. */
export const SceneStatus = () => {
  const { t } = useTranslation();
  const scene = useStore((s) => s.scene);
  const hovered = useStore((s) => s.hovered);
  if (scene === 'no-webgl') {
    return (
      <div className="stage-message" role="alert">
        <p>{t('status.noWebgl')}</p>
      </div>
    );
  }
  if (scene === 'model-error') {
    return (
      <div className="stage-message" role="alert">
        <p>
          {t('status.modelError')}{' '}
          <button type="button" className="button stage-retry" onClick={() => retryThreeD()}>
            {t('status.retry')}
          </button>
        </p>
      </div>
    );
  }
  if (scene === 'loading') {
    return (
      <div className="stage-message" role="status">
        <p>{t('status.loading')}</p>
      </div>
    );
  }
  return (
    <p className="pointer-line">
      {hovered ? t('status.pointing', { name: structureName(hovered) }) : t('status.hint')}
    </p>
  );
};
