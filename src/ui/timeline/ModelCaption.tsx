import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { useSchedule } from './use-healing';

/**
 * A caption on the 3D view while it shows the healing model (review S1): the thicker, tidier
 * ligaments are the model's picture, drawn from one rat study, not a view of the reader's knee.
 * Hidden at day 0 and for joint-only schedules, where nothing in the view changes.
 */
export const ModelCaption = () => {
  const { t } = useTranslation();
  const shown = useStore((s) => s.day > 0);
  const schedule = useSchedule();
  if (!shown || schedule.jointOnly) return null;
  return (
    <p className="model-caption" data-model-caption="">
      <strong>{t('timeline.caption')}</strong>
      <span>{t('timeline.captionSource')}</span>
    </p>
  );
};
