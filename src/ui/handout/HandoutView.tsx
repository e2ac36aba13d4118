import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { parseIsoDate } from '../../lib/treatment-dates';
import { useStore } from '../../state/store';
import { ModelCaption } from '../timeline/ModelCaption';
import { focusName, type HandoutData } from './prepare';

/** The user's own session dates, as their language writes a date (ISO dates are UTC midnights). */
const SessionDates = () => {
  const { t, i18n } = useTranslation();
  const dates = useStore((s) => s.sessionDates);
  if (dates.length === 0) return null;
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <section className="handout-sessions" aria-labelledby="handout-sessions">
      <h2 id="handout-sessions">{t('handout.sessions')}</h2>
      <ol>
        {dates.map((d) => (
          <li key={d}>
            <time dateTime={d}>{format.format(parseIsoDate(d) ?? 0)}</time>
          </li>
        ))}
      </ol>
    </section>
  );
};

/**
 * The picture of the view with the shown sites' numbered markers on it, and beside it the sites by
 * name and the session dates. The healing model's caption goes with the picture when it shows the
 * model (review S1: a model, not the reader's knee).
 */
export const HandoutView = ({
  data,
  picture,
}: {
  data: HandoutData;
  picture: RefObject<HTMLImageElement | null>;
}) => {
  const { t } = useTranslation();
  const focus = useStore(focusName);
  return (
    <div className="handout-view">
      <figure className="handout-picture">
        {data.picture ? (
          <div className="handout-frame">
            <img
              ref={picture}
              src={data.picture.url}
              width={data.picture.width}
              height={data.picture.height}
              alt={focus ? t('handout.pictureAlt', { focus }) : t('handout.pictureAltPlain')}
            />
            {data.markers.map((m) => (
              <span
                key={m.id}
                className="handout-marker"
                aria-hidden="true"
                style={{ left: `${(m.x * 100).toFixed(2)}%`, top: `${(m.y * 100).toFixed(2)}%` }}
              >
                {m.number}
              </span>
            ))}
          </div>
        ) : (
          <p className="handout-no-picture">{t('handout.noPicture')}</p>
        )}
        <figcaption>
          <ModelCaption />
        </figcaption>
      </figure>
      <div className="handout-side">
        <section aria-labelledby="handout-sites">
          <h2 id="handout-sites">{t('handout.sites')}</h2>
          {data.sites.length > 0 ? (
            <>
              <ol className="handout-sites">
                {data.sites.map((s) => (
                  <li key={s.id} value={s.number} data-site={s.id}>
                    {s.name}
                  </li>
                ))}
              </ol>
              {data.markers.length > 0 && <p className="handout-note">{t('handout.sitesNote')}</p>}
            </>
          ) : (
            <p className="handout-note">{t('handout.noSites')}</p>
          )}
        </section>
        <SessionDates />
      </div>
    </div>
  );
};
