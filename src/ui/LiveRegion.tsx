import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { structureName } from '../content/structure-names';
import { useStore } from '../state/store';

/** Tells screen-reader users, politely, what the 3D selection has become. */
export const LiveRegion = () => {
  const { t } = useTranslation();
  const selected = useStore((s) => s.selected);
  const [message, setMessage] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setMessage(selected ? t('live.selected', { name: structureName(selected) }) : t('live.cleared'));
  }, [selected, t]);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
};
