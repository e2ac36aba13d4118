import { type KeyboardEvent, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyRetry } from './lazy-retry';
import { StructureList } from './StructureList';
import { useKneeShown } from './use-knee-shown';

// The condition names come with the clinical content, on its own chunk (first view: structures).
const loadConditionList = () => import('./ConditionList');
const ConditionList = lazyRetry(() => loadConditionList().then((m) => m.ConditionList));

const tabs = ['structures', 'conditions'] as const;
type Tab = (typeof tabs)[number];

/** Structures or conditions, as two tabs (arrow keys move between them, as ARIA tabs do). */
export const BrowsePanel = () => {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('structures');
  // Fetched once the knee is on screen, so the conditions tab opens without a wait.
  const shown = useKneeShown();
  useEffect(() => {
    // A failed prefetch (offline) is fine: the lazy list retries when it is shown.
    if (shown) loadConditionList().catch(() => undefined);
  }, [shown]);
  const refs = useRef(new Map<Tab, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const next = tab === 'structures' ? 'conditions' : 'structures';
    setTab(next);
    refs.current.get(next)?.focus();
  };
  return (
    <div className="browse">
      <div className="tabs" role="tablist" aria-label={t('content.browse.label')}>
        {tabs.map((name) => (
          <button
            key={name}
            ref={(el) => {
              if (el) refs.current.set(name, el);
            }}
            type="button"
            role="tab"
            id={`tab-${name}`}
            className="tab"
            aria-selected={tab === name}
            aria-controls={`tabpanel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onKeyDown={onKeyDown}
          >
            {t(`content.browse.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabpanel">
        {tab === 'structures' ? (
          <StructureList />
        ) : (
          <Suspense fallback={<ul className="listbox condition-list" aria-busy="true" />}>
            <ConditionList />
          </Suspense>
        )}
      </div>
    </div>
  );
};
