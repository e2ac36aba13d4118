import { useTranslation } from 'react-i18next';
import { EvidenceView } from './evidence/EvidenceView';
import { ExpectView } from './expect/ExpectView';
import { ModeButton } from './explain/ModeButton';
import { LanguageSwitch } from './LanguageSwitch';
import { ReadingLevelSwitch } from './ReadingLevelSwitch';
import { PresentButton } from './tour/OpenButtons';

/** The research and "what to expect" dialogs and presentation mode: in the bar on wide screens, in the sheet on narrow ones. */
export const PageLinks = () => (
  <div className="page-links">
    <EvidenceView />
    <ExpectView />
    {/* Presentation mode is for a projector: on a phone's slim bar it would push the others off. */}
    <PresentButton />
  </div>
);

/** The app's name and its page-wide tools: reading level, language, the modes (and, when not compact, the dialogs). */
export const AppBar = ({ compact = false }: { compact?: boolean }) => {
  const { t } = useTranslation();
  return (
    <header className="app-bar" data-panel="">
      <h1>{t('app.title')}</h1>
      <div className="header-tools">
        <ReadingLevelSwitch />
        <LanguageSwitch />
        <ModeButton />
        {!compact && <PageLinks />}
      </div>
    </header>
  );
};
