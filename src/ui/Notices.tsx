import { useTranslation } from 'react-i18next';
import { dismissNotice, useStore } from '../state/store';

/** Dismissible messages: ignored link settings, an interrupted 3D view. */
export const Notices = () => {
  const { t } = useTranslation();
  const notices = useStore((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className="notice" role="status">
          <p>{t(`notices.${n.key}`, n.values)}</p>
          <button
            type="button"
            className="button icon-button"
            aria-label={t('notices.dismiss')}
            onClick={() => dismissNotice(n.id)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
    </div>
  );
};
