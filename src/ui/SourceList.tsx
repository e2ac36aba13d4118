import { useTranslation } from 'react-i18next';
import { getSource } from '../state/clinical';
import { sourceAnchor, useCitationScope } from './Citation';

/**
 * The card's sources, numbered as its markers are: badge by type, full citation, link out. A page
 * with two lists (the handout) gives the second its own `title`, so their regions differ by name.
 */
export const SourceList = ({ title }: { title?: string } = {}) => {
  const { t } = useTranslation();
  const { numbering, prefix } = useCitationScope();
  if (numbering.keys.length === 0) return null;
  return (
    <section className="sources" aria-labelledby={`${prefix}-sources`}>
      <h3 id={`${prefix}-sources`} className="card-subhead">
        {title ?? t('content.cards.sources')}
      </h3>
      <ol className="source-list">
        {numbering.keys.map((key, i) => {
          const source = getSource(key);
          const n = i + 1;
          return (
            <li key={key} id={sourceAnchor(prefix, n)} value={n} data-source={key} tabIndex={-1}>
              {source ? (
                <>
                  <span className={`badge badge-${source.type.replace(/[^a-z]+/gi, '-')}`}>
                    {t(`content.sourceType.${source.type}`)}
                  </span>
                  {source.unconfirmed && (
                    <span className="badge badge-unconfirmed">{t('content.cite.unconfirmed')}</span>
                  )}{' '}
                  <span className="citation">{source.citation}</span>
                  {source.url && (
                    <>
                      {' '}
                      <a href={source.url} target="_blank" rel="noopener noreferrer">
                        {source.mirror ? t('content.cite.mirror') : new URL(source.url).hostname}
                        <span className="visually-hidden"> {t('content.cite.opens')}</span>
                      </a>
                    </>
                  )}
                </>
              ) : (
                <span className="citation">{key}</span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
};
