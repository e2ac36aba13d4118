import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { closeCard } from '../../state/navigation';
import { frameFocus } from '../../state/store';
import { BackButton } from './BackButton';
import { useCardMode } from './card-mode';

/**
 * Back (when there is a previous card), the card's title, Show (turn to it and frame it) and close;
 * on paper, the title alone.
 */
export const CardHead = ({ title, kicker }: { title: string; kicker?: ReactNode }) => {
  const { t } = useTranslation();
  if (!useCardMode().interactive) {
    return (
      <>
        <h2 className="card-title">{title}</h2>
        {kicker && <p className="card-kicker">{kicker}</p>}
      </>
    );
  }
  return (
    <>
      <BackButton />
      <div className="card-head">
        <h2 className="card-title">{title}</h2>
        <button
          type="button"
          className="button card-show"
          aria-label={t('card.showLabel', { name: title })}
          onClick={frameFocus}
        >
          {t('card.show')}
        </button>
        <button
          type="button"
          className="button card-close"
          aria-label={t('card.closeLabel', { name: title })}
          onClick={closeCard}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {kicker && <p className="card-kicker">{kicker}</p>}
    </>
  );
};
