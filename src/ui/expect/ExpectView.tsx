import { useTranslation } from 'react-i18next';
import { DialogShell } from '../DialogShell';
import '../expect.css';
import { lazyRetry } from '../lazy-retry';

// The clinical text has its own chunk, fetched after the first paint.
const ExpectBody = lazyRetry(() => import('./ExpectBody').then((m) => m.ExpectBody));

/** "What to expect": assessment, the session, the course, aftercare and safety, each point cited. */
export const ExpectView = () => {
  const { t } = useTranslation();
  return (
    <DialogShell
      id="expect"
      className="evidence-dialog expect-dialog"
      openLabel={t('content.expect.open')}
      title={t('content.expect.title')}
      closeLabel={t('content.expect.close')}
      intro={<p className="expect-intro">{t('content.expect.intro')}</p>}
    >
      <ExpectBody />
    </DialogShell>
  );
};
