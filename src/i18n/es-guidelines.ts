import type { guidelinesEn } from './en-guidelines';
import type { Strings } from './strings';

/** Spanish strings for what guidelines say (evidence view and condition cards). */
export const guidelinesEs: Strings<typeof guidelinesEn> = {
  title: 'Qué dicen las guías',
  intro:
    'Los grupos de expertos valoran los mismos estudios y dan recomendaciones. Solo se muestran las guías cuyo propio texto hemos podido leer.',
  position: {
    recommends: 'Recomienda',
    'conditionally recommends': 'Recomienda de forma condicional',
    'conditionally recommends against': 'Recomienda en contra de forma condicional',
    'recommends against': 'Recomienda en contra',
    'no recommendation': 'Sin recomendación',
  },
  quote: 'En palabras de la guía',
};
