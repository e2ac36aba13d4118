import { useTranslation } from 'react-i18next';
import { DialogShell } from '../DialogShell';
import { lazyRetry } from '../lazy-retry';

// The clinical text has its own chunk, fetched after the first paint.
const EvidenceBody = lazyRetry(() => import('./EvidenceBody').then((m) => m.EvidenceBody));

/** "What the research says": the overall message, its limits, then the trials and reviews. */
export const EvidenceView = () => {
  const { t } = useTranslation();
  return (
    <DialogShell
      id="evidence"
      className="evidence-dialog"
      openLabel={t('content.evidence.open')}
      title={t('content.evidence.title')}
      closeLabel={t('content.evidence.close')}
    >
      <EvidenceBody />
    </DialogShell>
  );
};
