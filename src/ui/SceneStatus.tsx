import { useTranslation } from 'react-i18next';
import { structureName } from '../content/structure-names';
import { useStore } from '../state/store';

/** What the 3D area cannot show by itself: loading, failures, and what the pointer is over. */
export const SceneStatus = () => {
  const { t } = useTranslation();
  const scene = useStore((s) => s.scene);
  const hovered = useStore((s) => s.hovered);
  if (scene === 'no-webgl' || scene === 'model-error') {
    return (
      <div className="stage-message" role="alert">
        <p>{t(scene === 'no-webgl' ? 'status.noWebgl' : 'status.modelError')}</p>
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
