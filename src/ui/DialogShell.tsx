import { type ReactNode, Suspense, useRef, useState } from 'react';
import { ReadingLevelSwitch } from './ReadingLevelSwitch';
import { useKneeShown } from './use-knee-shown';

interface Props {
  /** Names the dialog's parts: `${id}-title`, and `data-${id}` on the dialog for tests. */
  id: string;
  className: string;
  openLabel: string;
  title: string;
  closeLabel: string;
  /** Shown above the (lazily loaded) body. */
  intro?: ReactNode;
  children: ReactNode;
}

/**
 * A header button that opens a modal dialog: title, reading-level switch and close button on top,
 * then its body, usually a lazy chunk of clinical text: mounted (so fetched) once the knee is on
 * screen or on first open, never while the knee is still loading (issue #10).
 */
export const DialogShell = ({ id, className, openLabel, title, closeLabel, intro, children }: Props) => {
  const dialog = useRef<HTMLDialogElement>(null);
  const [opened, setOpened] = useState(false);
  const body = useKneeShown() || opened;
  const data = { [`data-${id}`]: '' };
  return (
    <>
      <button
        type="button"
        className={`button ${id}-open`}
        aria-haspopup="dialog"
        onClick={() => {
          setOpened(true);
          dialog.current?.showModal();
        }}
      >
        {openLabel}
      </button>
      <dialog ref={dialog} className={className} aria-labelledby={`${id}-title`} {...data}>
        <div className="dialog-head">
          <h2 id={`${id}-title`}>{title}</h2>
          <ReadingLevelSwitch />
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {closeLabel}
          </button>
        </div>
        {intro}
        {body && <Suspense fallback={<p className="dialog-loading" aria-busy="true" />}>{children}</Suspense>}
      </dialog>
    </>
  );
};
