import { useTranslation } from 'react-i18next';
import { fullAppUrl } from '../lib/embed-page';
import { useStore } from '../state/store';
import './embed.css';

/**
 * The embed's way out (issue #12): the same view in the full app, in a new tab, so the host page is
 * never navigated away. The href is read from the address bar, which url-sync keeps in step with the
 * store (its listener runs before this one), so it follows every selection and timeline change.
 * Phones get the short text (embed.css); both are inside the accessible name.
 */
export const OpenFullApp = () => {
  const { t } = useTranslation();
  const href = useStore(() => fullAppUrl(window.location.href));
  return (
    <a className="open-full-app" href={href} target="_blank" rel="noopener" aria-label={t('embed.openLabel')}>
      <span className="open-long">{t('embed.open')}</span>
      <span className="open-short">{t('embed.openShort')}</span>
      <span aria-hidden="true">↗</span>
    </a>
  );
};
