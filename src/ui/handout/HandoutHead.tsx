import { useTranslation } from 'react-i18next';
import { QUIET_ZONE } from '../../lib/qr';
import { useStore } from '../../state/store';
import type { HandoutData } from './prepare';

/** The QR code as SVG drawn from its module matrix: sharp at any printer's resolution. */
const QrCode = ({ data }: { data: HandoutData }) => {
  const { t } = useTranslation();
  const side = data.qr.size + 2 * QUIET_ZONE;
  return (
    <figure className="handout-qr">
      <svg
        viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
        role="img"
        aria-label={t('handout.qrLabel')}
        shapeRendering="crispEdges"
        data-link={data.link}
      >
        <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#fff" />
        <path d={data.qr.path} fill="#000" />
      </svg>
      <figcaption>{t('handout.qrCaption')}</figcaption>
    </figure>
  );
};

/** Title, the day it was printed and the reading level, beside the QR code back to this view. */
export const HandoutHead = ({ data }: { data: HandoutData }) => {
  const { t, i18n } = useTranslation();
  const level = useStore((s) => s.readingLevel);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(data.madeAt);
  return (
    <header className="handout-head">
      <div>
        <h1 id="handout-title">{t('handout.title')}</h1>
        <p className="handout-meta">
          {t('handout.printed', { date })} · {t('handout.level', { level: t(`content.level.${level}`) })}
        </p>
      </div>
      <QrCode data={data} />
    </header>
  );
};
