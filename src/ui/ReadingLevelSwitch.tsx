import { useTranslation } from 'react-i18next';
import { readingLevels } from '../lib/reading-level';
import { setReadingLevel } from '../state/preferences';
import { useStore } from '../state/store';

/** Patient or Clinician: the depth of every card, remembered on this device and kept in the link. */
export const ReadingLevelSwitch = () => {
  const { t } = useTranslation();
  const level = useStore((s) => s.readingLevel);
  return (
    <fieldset className="segmented" data-reading-level={level}>
      <legend className="visually-hidden">{t('content.level.label')}</legend>
      <span className="segmented-label" aria-hidden="true">
        {t('content.level.label')}
      </span>
      {readingLevels.map((l) => (
        <button
          key={l}
          type="button"
          className="button"
          aria-pressed={level === l}
          data-level={l}
          onClick={() => setReadingLevel(l)}
        >
          {t(`content.level.${l}`)}
        </button>
      ))}
    </fieldset>
  );
};
