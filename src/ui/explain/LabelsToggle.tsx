import { useTranslation } from 'react-i18next';
import { setLabels } from '../../state/presentation';
import { useStore } from '../../state/store';

/** Shows or hides the leader-line labels on the 3D view (explain mode always shows them). */
export const LabelsToggle = () => {
  const { t } = useTranslation();
  const labels = useStore((s) => s.labels);
  return (
    <button
      type="button"
      className="button labels-toggle"
      aria-pressed={labels}
      title={t('labels.toggleHint')}
      onClick={() => setLabels(!labels)}
    >
      {t('labels.toggle')}
    </button>
  );
};
