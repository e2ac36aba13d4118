import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unlock } from '../../state/presentation';

/** How long the badge must be held to unlock, ms: long enough that a patient's tap never does. */
export const HOLD_MS = 1000;

const isPressKey = (key: string): boolean => key === 'Enter' || key === ' ';

/** Idle, being held (the fill grows), held long enough (letting go unlocks), or just let go. */
type Hold = 'idle' | 'holding' | 'done' | 'released';
/** After a long touch the browser may still send a click: wait this long for it (ms). */
const CLICK_GRACE = 400;

/**
 * The only control while the view is locked for the patient: hold it (finger, mouse, or Enter /
 * Space) for a second, then let go, to unlock; a fill shows the hold's progress. The badge stays
 * until the lifting finger's click (if the browser sends one) has landed on it, so that click
 * never presses the bar that comes back in its place.
 */
export const LockBadge = () => {
  const { t } = useTranslation();
  const [hold, setHold] = useState<Hold>('idle');
  const timer = useRef<number | undefined>(undefined);
  const ref = useRef<HTMLButtonElement>(null);
  // The lock button that was pressed is gone: keyboard focus comes here.
  useEffect(() => {
    ref.current?.focus();
    return () => window.clearTimeout(timer.current);
  }, []);
  const start = () => {
    window.clearTimeout(timer.current);
    setHold('holding');
    timer.current = window.setTimeout(() => setHold('done'), HOLD_MS);
  };
  const cancel = () => {
    window.clearTimeout(timer.current);
    setHold('idle');
  };
  const release = (pointer: boolean) => {
    if (hold !== 'done') return cancel();
    if (!pointer) return unlock();
    setHold('released');
    timer.current = window.setTimeout(unlock, CLICK_GRACE);
  };
  const onClick = () => {
    if (hold !== 'released') return;
    window.clearTimeout(timer.current);
    unlock();
  };
  return (
    <button
      ref={ref}
      type="button"
      className="lock-badge"
      data-panel=""
      data-hold={hold}
      title={t('explain.unlockHint')}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        start();
      }}
      onPointerUp={() => release(true)}
      onPointerCancel={cancel}
      onKeyDown={(e) => {
        if (!isPressKey(e.key)) return;
        e.preventDefault();
        if (!e.repeat) start();
      }}
      onKeyUp={(e) => isPressKey(e.key) && release(false)}
      onClick={onClick}
      onBlur={cancel}
      onContextMenu={(e) => e.preventDefault()}
    >
      <span className="lock-fill" aria-hidden="true" />
      <svg className="lock-icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M7 10V7a5 5 0 0 1 10 0v3h1a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1zm2 0h6V7a3 3 0 0 0-6 0z" />
      </svg>
      <span>{t(hold === 'done' || hold === 'released' ? 'explain.release' : 'explain.locked')}</span>
    </button>
  );
};
