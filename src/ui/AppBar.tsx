import { useTranslation } from 'react-i18next';
import { EvidenceView } from './evidence/EvidenceView';
import { ExpectView } from './expect/ExpectView';
import { ModeButton } from './explain/ModeButton';
import { ReadingLevelSwitch } from './ReadingLevelSwitch';
import { ShareLink } from './ShareLink';
import { PresentButton } from './tour/OpenButtons';

/**
 * The research and "what to expect" dialogs, presentation mode and sharing the view: in the bar on
 * wide screens, in the sheet on narrow ones (the phone's bar stays slim).
 */
export const PageLinks = () => (
  <div className="page-links">
    <EvidenceView />
    {/* Second, so "Copy link" fits beside "What the research says" in the side sheet's row. */}
    <ShareLink />
    <ExpectView />
    {/* Presentation mode is for a projector: on a phone's slim bar it would push the others off. */}
    <PresentButton />
  </div>
);

/** The app's name and its page-wide tools: reading level, the modes (and, when not compact, the dialogs). */
export const AppBar = ({ compact = false }: { compact?: boolean }) => {
  const { t } = useTranslation();
  return (
    <header className="app-bar" data-panel="">
      <h1>{t('app.title')}</h1>
      <div className="header-tools">
        <ReadingLevelSwitch />
        <ModeButton />
        {!compact && <PageLinks />}
      </div>
    </header>
  );
};
