import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore as useZustand } from 'zustand';
import { applyUpdate, postponeUpdate } from '../pwa/register';
import { promptVisible, updateStore } from '../pwa/update-state';
import { useStore } from '../state/store';
import './update-prompt.css';

/**
 * "Update available — Reload / Later": a new version is waiting and starts only when the user says
 * so, never mid-explanation (and not at all in explain mode, until the clinician leaves it). The
 * live region is always mounted so screen readers announce the message politely when it appears.
 */
export const UpdatePrompt = () => {
  const { t } = useTranslation();
  const update = useZustand(updateStore);
  const mode = useStore((s) => s.mode);
  const visible = promptVisible(update, mode);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !update.applying) postponeUpdate();
  };
  return (
    <div className="update-prompt-host" role="status">
      {visible && (
        <section className="update-prompt" aria-label={t('pwa.label')} onKeyDown={onKeyDown}>
          <p>{t(update.status === 'activated' ? 'pwa.activated' : 'pwa.waiting')}</p>
          <div className="update-prompt-actions">
            <button
              type="button"
              className="button update-prompt-reload"
              title={t('pwa.reloadHint')}
              disabled={update.applying}
              onClick={() => applyUpdate()}
            >
              {update.applying ? t('pwa.reloading') : t('pwa.reload')}
            </button>
            <button
              type="button"
              className="button"
              title={t('pwa.laterHint')}
              disabled={update.applying}
              onClick={postponeUpdate}
            >
              {t('pwa.later')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
};
