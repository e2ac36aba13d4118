import { useTranslation } from 'react-i18next';
import type { Cited } from '../../content/clinical-schema';
import { timelineCaveatSources } from '../../content/healing';
import { useStore } from '../../state/store';

/** The caveat every view of the timeline carries (review S1), at the reader's level, with sources. */
export const useTimelineCaveat = (): Cited => {
  const { t } = useTranslation();
  const level = useStore((s) => s.readingLevel);
  return { text: t(`timeline.caveat.${level}`), sources: [...timelineCaveatSources] };
};
