import { useTranslation } from 'react-i18next';
import { HandoutError, requestHandout } from '../../state/handout';
import { addNotice, useStore } from '../../state/store';

/**
 * "Print or save as PDF": lays out the handout of this view (its code and the QR library load on
 * this click, not before), then opens the browser's print dialog, where "Save as PDF" is one of
 * the printers. Busy while it prepares; a second press then does nothing.
 */
export const HandoutButton = () => {
  const { t } = useTranslation();
  const busy = useStore((s) => s.handout?.print === true && s.handout.status === 'preparing');
  const onClick = () => {
    if (busy) return;
    requestHandout(true).catch((e: unknown) => {
      // A handout the screen moved past (another card opened meanwhile) is simply dropped.
      if (!(e instanceof HandoutError) || e.reason === 'failed') addNotice('handoutFailed');
    });
  };
  return (
    <button
      type="button"
      className="button handout-open"
      title={t('handout.openHint')}
      aria-busy={busy}
      onClick={onClick}
    >
      {busy ? t('handout.preparing') : t('handout.open')}
    </button>
  );
};
