import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadingLevelSwitch } from '../ReadingLevelSwitch';
import '../expect.css';

// The clinical text has its own chunk, fetched after the first paint.
const ExpectBody = lazy(() => import('./ExpectBody').then((m) => ({ default: m.ExpectBody })));

/** "What to expect": assessment, the session, the course, aftercare and safety, each point cited. */
export const ExpectView = () => {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button
        type="button"
        className="button expect-open"
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        {t('content.expect.open')}
      </button>
      <dialog
        ref={dialog}
        className="evidence-dialog expect-dialog"
        aria-labelledby="expect-title"
        data-expect=""
      >
        <div className="dialog-head">
          <h2 id="expect-title">{t('content.expect.title')}</h2>
          <ReadingLevelSwitch />
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t('content.expect.close')}
          </button>
        </div>
        <p className="expect-intro">{t('content.expect.intro')}</p>
        <Suspense fallback={<p className="dialog-loading" aria-busy="true" />}>
          <ExpectBody />
        </Suspense>
      </dialog>
    </>
  );
};
