import { useTranslation } from 'react-i18next';
import { FoldSection } from '../FoldSection';
import { lazyRetry } from '../lazy-retry';

// Recording a tour brings zod (the file check) and the tour schema: load it when opened.
const TourRecorder = lazyRetry(() => import('./TourRecorder').then((m) => m.TourRecorder));

/** "Your own tour" in the sheet: record what is on screen as steps, save and load tour files. */
export const OwnTourSection = () => {
  const { t } = useTranslation();
  return (
    <FoldSection id="own-tour" title={t('ownTour.label')}>
      <TourRecorder />
    </FoldSection>
  );
};
