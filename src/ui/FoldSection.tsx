import { type ReactNode, Suspense, useState } from 'react';

/**
 * A sheet section folded to its title until opened (or until `forced`, e.g. a quiz is running), so
 * the knee keeps the screen; its body mounts, and its lazy code loads, only once opened.
 */
export const FoldSection = ({
  id,
  title,
  forced = false,
  children,
}: {
  id: string;
  title: string;
  forced?: boolean;
  children: ReactNode;
}) => {
  const [userShown, setUserShown] = useState(false);
  const shown = userShown || forced;
  return (
    <section className={`fold-section ${id}-section`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="tl-title">
        <button
          type="button"
          className="button tl-fold"
          aria-expanded={shown}
          aria-controls={`${id}-body`}
          onClick={() => setUserShown(!shown)}
        >
          <span aria-hidden="true">{shown ? '▾' : '▸'}</span> {title}
        </button>
      </h2>
      <div id={`${id}-body`} hidden={!shown}>
        {shown && <Suspense fallback={null}>{children}</Suspense>}
      </div>
    </section>
  );
};
