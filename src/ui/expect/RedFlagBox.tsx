import { useTranslation } from 'react-i18next';
import { inLanguage } from '../../content/locale/in-language';
import { redFlags } from '../../state/clinical';
import type { ReadingLevel } from '../../state/store';
import { CitedText } from '../Citation';

/**
 * "When to get help": the warning signs after an injection, in a clearly marked box. It sits inside
 * the caller's CitationScope, whose statements must include `redFlags.body[level]` (last, as shown),
 * in the language on screen.
 * A plain section (no label), so two open views never show two landmarks with the same name.
 */
export const RedFlagBox = ({ level }: { level: ReadingLevel }) => {
  const { t } = useTranslation();
  return (
    <section className="red-flags" data-red-flags="">
      <h3 className="red-flags-title">{t('content.redFlags.title')}</h3>
      <CitedText cited={inLanguage('procedure', redFlags.id, redFlags).value.body[level]} />
    </section>
  );
};
