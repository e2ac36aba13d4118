import { useTranslation } from 'react-i18next';
import { getSource, getStudy, type Protocol } from '../../state/clinical';
import { Cite } from '../Citation';

const studyLabel = (key: string): string => {
  const study = getStudy(key);
  if (study) return study.label;
  const citation = getSource(key)?.citation ?? key;
  const year = citation.match(/\b(19|20)\d{2}\b/)?.[0];
  const first = citation.split(/[,.]/)[0] ?? key;
  return year ? `${first} ${year}` : first;
};

/** One row per published protocol, quoted as published (never merged into one "standard" dose). */
export const DoseTable = ({ protocols }: { protocols: readonly Protocol[] }) => {
  const { t } = useTranslation();
  const cell = (value: string | undefined) => value ?? t('content.cards.notGiven');
  return (
    <div className="table-scroll">
      <table className="dose-table" data-dose-table="">
        <caption className="visually-hidden">{t('content.cards.doses')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('content.cards.study')}</th>
            <th scope="col">{t('content.cards.solution')}</th>
            <th scope="col">{t('content.cards.volume')}</th>
            <th scope="col">{t('content.cards.needle')}</th>
          </tr>
        </thead>
        <tbody>
          {protocols.map((p) => (
            <tr key={`${p.study}-${p.concentration}-${p.volume}`} data-clinical="">
              <th scope="row">
                {studyLabel(p.study)} <Cite cited={{ text: p.solution, sources: p.sources }} />
                {p.schedule && <span className="schedule">{p.schedule}</span>}
              </th>
              <td>
                <strong>{p.concentration}</strong>
                <span className="solution">{p.solution}</span>
                {p.notReported.length > 0 && (
                  <span className="not-reported">
                    {t('content.cards.notReported', { items: p.notReported.join(', ') })}
                  </span>
                )}
              </td>
              <td>{p.volume}</td>
              <td>{cell(p.needle)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
