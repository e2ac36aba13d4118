import { useTranslation } from 'react-i18next';
import { inLanguage } from '../content/locale/in-language';
import { openCondition } from '../state/cards';
import { conditions } from '../state/clinical';
import { useStore } from '../state/store';

/** Every condition; choosing one highlights its structures in 3D and opens its card. */
export const ConditionList = () => {
  const { t } = useTranslation();
  const level = useStore((s) => s.readingLevel);
  const open = useStore((s) => s.condition);
  return (
    <ul className="listbox condition-list" aria-label={t('content.browse.conditionsList')}>
      {conditions
        .map((english) => inLanguage('condition', english.id, english).value)
        .map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className="option"
              data-condition={c.id}
              aria-current={open === c.id ? 'true' : undefined}
              onClick={() => openCondition(c.id)}
            >
              <span>
                {level === 'clinician' ? c.name.clinical : c.name.lay}
                {c.optional && <span className="muted small"> · {t('content.browse.optional')}</span>}
              </span>
            </button>
          </li>
        ))}
    </ul>
  );
};
