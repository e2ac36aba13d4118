import type { presentEn, tourEn, tourNoticesEn } from './en-tour';
import type { Strings } from './strings';

/** Spanish strings for presentation mode and the guided-tour player. */
export const presentEs: Strings<typeof presentEn> = {
  enter: 'Presentar',
  enterHint: 'Modo presentación (P): la rodilla para un proyector, letra grande, teclas del mando',
  bar: 'Modo presentación',
  exit: 'Salir',
  exitHint: 'Salir del modo presentación (Esc)',
  previous: 'Anterior',
  next: 'Siguiente',
  previousView: 'Vista anterior (Re Pág, ←)',
  nextView: 'Vista siguiente (Av Pág, →, Espacio)',
  blank: 'Pantalla negra',
  blankHint: 'Poner la pantalla en negro (B); B o cualquier tecla del mando la vuelve a mostrar',
  blanked: 'Pantalla en negro',
  blankedHelp: 'La pantalla está en negro. Pulse B, Av Pág o Re Pág para volver a mostrarla.',
};

export const tourEs: Strings<typeof tourEn> = {
  open: 'Recorridos',
  openHint: 'Recorridos guiados: explicaciones paso a paso sobre el modelo',
  picker: 'Recorridos guiados',
  pickerIntro: 'Cada recorrido mueve el modelo paso a paso, con un texto con sus fuentes en cada paso.',
  close: 'Cerrar',
  start: 'Empezar',
  steps_one: '{{count}} paso',
  steps_other: '{{count}} pasos',
  loading: 'Cargando los recorridos…',
  bar: 'Recorrido guiado: {{title}}',
  count: 'Paso {{n}} de {{total}}',
  previous: 'Anterior',
  next: 'Siguiente',
  end: 'Terminar',
  endWhat: 'el recorrido',
  sources: 'Fuentes',
  notes: 'Notas del presentador',
  announce: 'Paso {{n}} de {{total}}: {{title}}',
};

/** Link notices for the tour part of a link. */
export const tourNoticesEs: Strings<typeof tourNoticesEn> = {
  invalidTour: 'Se ignoró el ajuste del enlace tour={{value}}: no es el nombre de un recorrido',
  invalidStep: 'Se ignoró el ajuste del enlace step={{value}}: use un número de paso a partir de 1',
  stepWithoutTour: 'Se ignoró el ajuste del enlace step={{value}}: el enlace no indica ningún recorrido',
  unknownTour: 'No hay ningún recorrido guiado llamado «{{id}}»',
  tourStepRange: 'El recorrido tiene {{total}} pasos, no {{step}}: se muestra el último',
};
