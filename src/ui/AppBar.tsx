import { useTranslation } from 'react-i18next';
import { EvidenceView } from './evidence/EvidenceView';
import { ExpectView } from './expect/ExpectView';
import { ModeButton } from './explain/ModeButton';
import { LanguageSwitch } from './LanguageSwitch';
import { ReadingLevelSwitch } from './ReadingLevelSwitch';
import { PresentButton } from './tour/OpenButtons';
import { useLayout } from './use-layout';

/**
 * The research and "what to expect" dialogs and presentation mode: in the bar on wide screens, in the
 * sheet on narrow ones. There the language switch comes first: a phone's slim bar is already full, so
 * the switch would scroll out of sight in it, and it must be seen by someone who cannot read the page.
 */
export const PageLinks = () => {
  const layout = useLayout();
  return (
    <div className="page-links">
      {layout === 'bottom' && <LanguageSwitch />}
      <EvidenceView />
      <ExpectView />
      {/* Presentation mode is for a projector: on a phone's slim bar it would push the others off. */}
      <PresentButton />
    </div>
  );
};

/** The app's name and its page-wide tools: reading level, language (wide screens), the modes (and, when not compact, the dialogs). */
export const AppBar = ({ compact = false }: { compact?: boolean }) => {
  const { t } = useTranslation();
  return (
    <header className="app-bar" data-panel="">
      <h1>{t('app.title')}</h1>
      <div className="header-tools">
        <ReadingLevelSwitch />
        {!compact && <LanguageSwitch />}
        <ModeButton />
        {!compact && <PageLinks />}
      </div>
    </header>
  );
};
