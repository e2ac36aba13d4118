import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadingLevelSwitch } from '../ReadingLevelSwitch';

// The clinical text has its own chunk, fetched after the first paint.
const EvidenceBody = lazy(() => import('./EvidenceBody').then((m) => ({ default: m.EvidenceBody })));

/** "What the research says": the overall message, its limits, then the trials and reviews. */
export const EvidenceView = () => {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button
        type="button"
        className="button evidence-open"
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        {t('content.evidence.open')}
      </button>
      <dialog ref={dialog} className="evidence-dialog" aria-labelledby="evidence-title" data-evidence="">
        <div className="dialog-head">
          <h2 id="evidence-title">{t('content.evidence.title')}</h2>
          <ReadingLevelSwitch />
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t('content.evidence.close')}
          </button>
        </div>
        <Suspense fallback={<p className="dialog-loading" aria-busy="true" />}>
          <EvidenceBody />
        </Suspense>
      </dialog>
    </>
  );
};
