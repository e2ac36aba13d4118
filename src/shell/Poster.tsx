import { useTranslation } from 'react-i18next';
import { useStore } from '../state/store';
import posterUrl from './knee-poster.webp';
import portraitUrl from './knee-poster-portrait.webp';

/** Pixel size of the posters (models/poster.ts POSTER_DEFAULTS.size). */
export const POSTER_SIZE = 768;

/**
 * The still of the knee drawn from knee.glb with the first frame's camera (models/poster.ts). It is
 * in the prerendered HTML, so the first paint shows a knee before any JavaScript runs, and stays in
 * the same square the 3D view fits the knee into until that view has drawn (scene 'ready'); then it
 * fades. Without 3D (no WebGL, a failed model) it stays as a picture beside the message. A portrait
 * canvas fits the knee to its width, from further away: that view has its own poster.
 */
export const Poster = () => {
  const { t } = useTranslation();
  const ready = useStore((s) => s.scene === 'ready');
  return (
    <div className="poster-frame" data-gone={ready ? '' : undefined}>
      <picture>
        <source media="(orientation: portrait)" srcSet={portraitUrl} />
        <img
          className="poster"
          src={posterUrl}
          alt={t('app.posterAlt')}
          width={POSTER_SIZE}
          height={POSTER_SIZE}
          fetchPriority="high"
          draggable={false}
        />
      </picture>
    </div>
  );
};
