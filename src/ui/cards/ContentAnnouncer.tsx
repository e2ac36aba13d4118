import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inLanguage } from '../../content/locale/in-language';
import { getCondition, getSite } from '../../state/clinical';
import { useStore } from '../../state/store';

/** Tells screen-reader users, politely, which condition or injection site the cards now show. */
export const ContentAnnouncer = () => {
  const { t } = useTranslation();
  const condition = useStore((s) => s.condition);
  const site = useStore((s) => s.site);
  const level = useStore((s) => s.readingLevel);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const english = {
      c: condition ? getCondition(condition) : undefined,
      s: site ? getSite(site) : undefined,
    };
    const c = english.c && inLanguage('condition', english.c.id, english.c).value;
    const s = english.s && inLanguage('site', english.s.id, english.s).value;
    if (s) setMessage(t('content.liveContent.site', { name: s.name }));
    else if (c)
      setMessage(
        t('content.liveContent.condition', { name: c.name[level === 'clinician' ? 'clinical' : 'lay'] }),
      );
    else setMessage('');
  }, [condition, site, level, t]);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
};
