import { useTranslation } from 'react-i18next';
import { lock, setMode } from '../../state/presentation';
import type { Tool } from './DrawLayer';
import { ViewStepper } from './ViewStepper';

interface Props {
  tool: Tool;
  setTool: (tool: Tool) => void;
  canClear: boolean;
  clear: () => void;
}

/** Inline icons (system fonts may have no emoji): a pointer dot, a pen, an eraser, a hand. */
const icons = {
  exit: 'M15 5l-7 7 7 7',
  pointer: 'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zM12 2v3M12 19v3M2 12h3M19 12h3',
  pen: 'M4 20l4-1 11-11-3-3L5 16zM14 6l3 3',
  clear: 'M5 5l14 14M19 5L5 19',
  lock: 'M7 11V8a5 5 0 0 1 10 0v3M6 11h12v9H6z',
} as const;

const Icon = ({ d }: { d: string }) => (
  <svg className="bar-icon" viewBox="0 0 24 24" aria-hidden="true">
    <path d={d} />
  </svg>
);

/**
 * Explain mode's slim bar: back to the full interface, the view presets (swipe), the pointer and
 * the pen, clearing the drawing, and the lock before handing the tablet to the patient.
 */
export const ExplainBar = ({ tool, setTool, canClear, clear }: Props) => {
  const { t } = useTranslation();
  const toggle = (which: Tool) => setTool(tool === which ? 'none' : which);
  return (
    <section className="explain-bar" data-panel="" aria-label={t('explain.bar')}>
      <button
        type="button"
        className="button bar-button"
        title={t('explain.exitHint')}
        onClick={() => setMode('explore')}
      >
        <Icon d={icons.exit} />
        <span className="bar-text">{t('explain.exit')}</span>
      </button>
      <ViewStepper />
      {(['pointer', 'pen'] as const).map((which) => (
        <button
          key={which}
          type="button"
          className="button bar-button"
          aria-pressed={tool === which}
          onClick={() => toggle(which)}
        >
          <Icon d={icons[which]} />
          <span className="bar-text">{t(`explain.${which}`)}</span>
        </button>
      ))}
      <button
        type="button"
        className="button bar-button"
        title={t('explain.clearHint')}
        disabled={!canClear}
        onClick={clear}
      >
        <Icon d={icons.clear} />
        <span className="bar-text">{t('explain.clear')}</span>
      </button>
      <button
        type="button"
        className="button bar-button"
        title={t('explain.lockHint')}
        onClick={() => lock()}
      >
        <Icon d={icons.lock} />
        <span className="bar-text">{t('explain.lock')}</span>
      </button>
    </section>
  );
};
