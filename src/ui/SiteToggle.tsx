import { useTranslation } from 'react-i18next';
import { setAllSites } from '../state/preferences';
import { useStore } from '../state/store';

/** Shows every injection-site marker on the knee, not only those of the current card. */
export const SiteToggle = () => {
  const { t } = useTranslation();
  const allSites = useStore((s) => s.allSites);
  return (
    <label className="check site-toggle">
      <input type="checkbox" checked={allSites} onChange={(e) => setAllSites(e.target.checked)} />
      <span>{t('content.sites.toggle')}</span>
    </label>
  );
};
