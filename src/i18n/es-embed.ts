import type { embedEn } from './en-embed';
import type { Strings } from './strings';

/** Lo propio de la rodilla incrustada en otra página (issue #12): el enlace a la aplicación completa. */
export const embedEs: Strings<typeof embedEn> = {
  open: 'Abrir en Knee Explorer',
  openShort: 'Knee Explorer',
  openLabel: 'Abrir en Knee Explorer (abre la aplicación completa en una pestaña nueva)',
};
