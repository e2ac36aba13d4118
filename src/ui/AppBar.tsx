import { useTranslation } from 'react-i18next';
import { useStore } from '../state/store';
import { EvidenceView } from './evidence/EvidenceView';
import { ExpectView } from './expect/ExpectView';
import { ModeButton } from './explain/ModeButton';
import { HandoutButton } from './handout/HandoutButton';
import { LanguageSwitch } from './LanguageSwitch';
import { OpenFullApp } from './OpenFullApp';
import { ReadingLevelSwitch } from './ReadingLevelSwitch';
import { ShareLink } from './ShareLink';
import { PresentButton } from './tour/OpenButtons';
import { useLayout } from './use-layout';

/**
 * The research and "what to expect" dialogs, sharing the view, the printable handout and presentation
 * mode: in the bar on wide screens, in the sheet on narrow ones. There the language switch comes
 * first: a phone's slim bar is already full, so the switch would scroll out of sight in it, and it
 * must be seen by someone who cannot read the page.
 */
export const PageLinks = () => {
  const layout = useLayout();
  return (
    <div className="page-links">
      {layout === 'bottom' && <LanguageSwitch />}
      <EvidenceView />
      {/* Second, so "Copy link" fits beside "What the research says" in the side sheet's row. */}
      <ShareLink />
      <ExpectView />
      <HandoutButton />
      {/* Presentation mode is for a projector: on a phone's slim bar it would push the others off. */}
      <PresentButton />
    </div>
  );
};

/**
 * The app's name and its page-wide tools: reading level, language (wide screens), the modes (and, when
 * not compact, the dialogs). Embedded (`?embed=1`), the name is the link to the full app and only the
 * reading level and language stay: the modes and dialogs take over the whole page, which inside a host
 * page is the host's.
 */
export const AppBar = ({ compact = false }: { compact?: boolean }) => {
  const { t } = useTranslation();
  const embed = useStore((s) => s.embed);
  return (
    <header className="app-bar" data-panel="">
      <h1>{embed ? <OpenFullApp /> : t('app.title')}</h1>
      <div className="header-tools">
        <ReadingLevelSwitch />
        {!compact && <LanguageSwitch />}
        {!embed && <ModeButton />}
        {!compact && !embed && <PageLinks />}
      </div>
    </header>
  );
};
