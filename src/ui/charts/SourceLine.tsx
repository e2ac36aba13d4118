import { useTranslation } from 'react-i18next';
import { getSource } from '../../content/sources';

/** "Source: <citation>", linked to the copy that was read. */
export const SourceLine = ({ sourceKey }: { sourceKey: string }) => {
  const { t } = useTranslation();
  const source = getSource(sourceKey);
  if (!source) return null;
  return (
    <p className="chart-source" data-source={sourceKey}>
      {t('timeline.charts.source')}:{' '}
      {source.url ? (
        <a href={source.url} target="_blank" rel="noreferrer">
          {source.citation}
        </a>
      ) : (
        source.citation
      )}
    </p>
  );
};
