import { useTranslation } from 'react-i18next';
import type { Cited } from '../../content/clinical-schema';
import type { Guideline } from '../../content/guidelines';
import { isLeftInEnglish } from '../../content/locale/localize';
import type { ReadingLevel } from '../../state/store';
import { CitedText } from '../Citation';
import { useLanguage } from '../use-language';
import '../guidelines.css';

/** The statements a guideline entry shows, in order (so a card's [n] numbers read in order). */
export const guidelineStatements = (g: Guideline, level: ReadingLevel): Cited[] => [
  g.quote,
  g.reason,
  g.meaning[level],
];

/** One guideline's position on prolotherapy: who, the position, its exact words, why, and what it means. */
export const GuidelineEntry = ({ guideline: g, level }: { guideline: Guideline; level: ReadingLevel }) => {
  const { t } = useTranslation();
  // The quote is re-wrapped in quotation marks below, so its "left in English" mark is read here.
  const quoteLang = useLanguage() !== 'en' && isLeftInEnglish(g.quote) ? 'en' : undefined;
  return (
    <div className="guideline" data-guideline={g.id} data-position={g.position}>
      <h4 className="guideline-issuer">{g.issuer}</h4>
      <p className="guideline-scope muted small">{g.scope}</p>
      <p className="guideline-position">
        <span className="badge badge-position">{t(`guidelines.position.${g.position}`)}</span>
      </p>
      <figure className="guideline-quote">
        <blockquote lang={quoteLang}>
          <CitedText cited={{ ...g.quote, text: `“${g.quote.text}”` }} />
        </blockquote>
        <figcaption className="muted small">{t('guidelines.quote')}</figcaption>
      </figure>
      <CitedText cited={g.reason} />
      <CitedText cited={g.meaning[level]} />
    </div>
  );
};
