import { useTranslation } from 'react-i18next';
import { MICRO_H, MICRO_W, type MicroCell, microScene } from './micro-layout';
import { useHealing } from './timeline/use-healing';

const Cell = ({ c }: { c: MicroCell }) => {
  const at = `translate(${c.x.toFixed(1)} ${c.y.toFixed(1)}) rotate(${c.angle.toFixed(0)})`;
  if (c.kind === 'neutrophil') {
    // Small round cell with a lobed nucleus.
    return (
      <g className="cell neutrophil" transform={at} opacity={c.opacity}>
        <circle r="5" />
        <circle className="nucleus" cx="-1.8" cy="-1" r="1.4" />
        <circle className="nucleus" cx="1.6" cy="-1.2" r="1.4" />
        <circle className="nucleus" cx="0" cy="1.8" r="1.4" />
      </g>
    );
  }
  if (c.kind === 'macrophage') {
    // Large, irregular cell.
    return (
      <g className="cell macrophage" transform={at} opacity={c.opacity}>
        <path d="M-9,-2 C-8,-8 -1,-9 4,-7 C9,-5 10,1 7,5 C4,9 -3,9 -6,6 C-10,3 -10,1 -9,-2 Z" />
        <circle className="nucleus" cx="1" cy="0" r="2.8" />
      </g>
    );
  }
  // Fibroblast: a long spindle, turning to lie along the fibres as the tissue aligns.
  return (
    <g className="cell fibroblast" transform={at} opacity={c.opacity}>
      <path d="M-13,0 C-6,-4 6,-4 13,0 C6,4 -6,4 -13,0 Z" />
      <ellipse className="nucleus" rx="3.5" ry="1.7" />
    </g>
  );
};

const legend = ['neutrophils', 'macrophages', 'fibroblasts', 'typeIII', 'typeI', 'crosslinks'] as const;

/**
 * An inset at tissue scale, drawn from the same healingAt as the 3D: cells arrive and leave; thin
 * wavy type III fibres give way to thick aligned type I; cross-links appear. Seeded, so a given
 * day always looks the same.
 */
export const MicroView = () => {
  const { t } = useTranslation();
  const h = useHealing(4);
  // Appears once the timeline has moved: at day 0 it would only hide part of the knee.
  if (h.day === 0) return null;
  const scene = microScene(h);
  const pct = (v: number) => Math.round(v * 100);
  const summary = t('timeline.micro.summary', {
    neutrophils: pct(h.cells.neutrophils),
    macrophages: pct(h.cells.macrophages),
    fibroblasts: pct(h.cells.fibroblasts),
    typeIII: scene.counts.typeIII,
    typeI: scene.counts.typeI,
    links: scene.counts.links,
  });
  return (
    <figure className="micro-view" data-micro-day={h.day}>
      <figcaption>
        <strong>{t('timeline.micro.title')}</strong>{' '}
        <span className="tl-note">{t('timeline.micro.note')}</span>
      </figcaption>
      <svg viewBox={`0 0 ${MICRO_W} ${MICRO_H}`} role="img" aria-label={summary}>
        <rect className="micro-bg" width={MICRO_W} height={MICRO_H} />
        {scene.fibres.map((f) => (
          <path key={f.id} className={`fibre ${f.kind}`} d={f.d} opacity={f.opacity} />
        ))}
        {scene.links.map((l) => (
          <line
            key={l.id}
            className="crosslink"
            x1={l.x}
            x2={l.x}
            y1={l.y - 4}
            y2={l.y + 4}
            opacity={l.opacity}
          />
        ))}
        {scene.cells.map((c) => (
          <Cell key={c.id} c={c} />
        ))}
      </svg>
      <ul className="micro-legend">
        {legend.map((k) => (
          <li key={k}>
            <span className={`swatch swatch-${k}`} aria-hidden="true" />
            {t(`timeline.micro.${k}`)}
          </li>
        ))}
      </ul>
    </figure>
  );
};
