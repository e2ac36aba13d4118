import type { handoutEn } from './en-handout';
import type { Strings } from './strings';

/** La hoja para llevarse a casa (issue #12): el botón y los textos de la página impresa. */
export const handoutEs: Strings<typeof handoutEn> = {
  open: 'Imprimir o guardar en PDF',
  openHint:
    'Una hoja de esta vista para imprimir o guardar en PDF: la imagen, la ficha, qué esperar y un código QR',
  preparing: 'Preparando…',
  label: 'Hoja para casa',
  title: 'Su rodilla, desde Knee Explorer',
  printed: 'Impreso el {{date}}',
  level: 'Nivel de lectura: {{level}}',
  picture: 'La vista en pantalla',
  pictureAlt: 'Vista 3D de una rodilla derecha en la que se ve {{focus}}',
  pictureAltPlain: 'Vista 3D de una rodilla derecha',
  noPicture: 'La vista 3D no se pudo dibujar en este dispositivo, así que esta hoja no lleva imagen.',
  qrLabel: 'Código QR que abre esta vista de Knee Explorer',
  qrCaption: 'Escanéelo con la cámara del teléfono para volver a abrir esta vista.',
  sites: 'Puntos de inyección que se muestran',
  sitesNote: 'Los números coinciden con los marcadores de la imagen.',
  noSites: 'En esta vista no se muestra ningún punto de inyección.',
  sessions: 'Las fechas de sus sesiones',
  expect: 'Qué esperar',
  expectSources: 'Fuentes de «Qué esperar»',
};
