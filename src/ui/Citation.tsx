import { createContext, type ReactNode, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cited } from '../content/clinical-schema';
import { isLeftInEnglish } from '../content/locale/localize';
import { markersFor, type Numbering, numberSources } from '../lib/citations';
import { useCardMode } from './cards/card-mode';
import { useLanguage } from './use-language';

interface Scope {
  numbering: Numbering;
  /** Prefix for the ids of this card's source entries, so two lists never share an id. */
  prefix: string;
}

const CiteScope = createContext<Scope>({ numbering: numberSources([]), prefix: 'src' });

/** `lang="en"` for a statement shown in English because its translation is missing or stale. */
const useTextLang = (cited: Cited): 'en' | undefined => {
  const language = useLanguage();
  return language !== 'en' && isLeftInEnglish(cited) ? 'en' : undefined;
};

/**
 * Numbers the sources of `statements` for everything inside (markers and the source list agree).
 * A printed copy of a card prefixes the ids (card-mode.ts), so its [n] links stay inside the copy.
 * In another language, if any of them is still in English, one line says so first (README, "Spanish").
 */
export const CitationScope = ({
  statements,
  prefix,
  children,
}: {
  statements: readonly Cited[];
  prefix: string;
  children: ReactNode;
}) => {
  const { idPrefix } = useCardMode();
  const { t } = useTranslation();
  const language = useLanguage();
  const partly = language !== 'en' && statements.some(isLeftInEnglish);
  return (
    <CiteScope.Provider value={{ numbering: numberSources(statements), prefix: `${idPrefix}${prefix}` }}>
      {partly && (
        <p className="untranslated" data-untranslated="">
          {t('content.untranslated')}
        </p>
      )}
      {children}
    </CiteScope.Provider>
  );
};

export const useCitationScope = (): Scope => useContext(CiteScope);

export const sourceAnchor = (prefix: string, n: number): string => `${prefix}-source-${n}`;

/** Superscript [n] links to the card's source list. */
export const Cite = ({ cited }: { cited: Cited }) => {
  const { t } = useTranslation();
  const { numbering, prefix } = useCitationScope();
  const numbers = markersFor(cited, numbering);
  return (
    <sup className="cite" data-cite={cited.sources.join(' ')}>
      {numbers.map((n) => (
        <a key={n} href={`#${sourceAnchor(prefix, n)}`} aria-label={t('content.cite.label', { numbers: n })}>
          [{n}]
        </a>
      ))}
    </sup>
  );
};

type Tag = 'p' | 'li' | 'span' | 'dd';

/** One clinical statement followed by its citation markers; `data-clinical` lets tests find it. */
export const CitedText = ({ cited, as = 'p', className }: { cited: Cited; as?: Tag; className?: string }) => {
  const Element = as;
  const lang = useTextLang(cited);
  return (
    <Element className={className} data-clinical="" lang={lang}>
      {cited.text} <Cite cited={cited} />
    </Element>
  );
};
