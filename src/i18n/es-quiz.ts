import type { ownTourEn, quizEn } from './en-quiz';
import type { Strings } from './strings';

/** Spanish strings of the quiz (the questions themselves are content). */
export const quizEs: Strings<typeof quizEn> = {
  label: 'Cuestionario',
  count_one: '({{count}} pregunta)',
  count_other: '({{count}} preguntas)',
  classMode: 'Modo clase: no mostrar la respuesta hasta que yo la revele',
  progress: 'Pregunta {{n}} de {{total}} · puntuación {{score}}',
  final: 'Terminado: ha acertado {{score}} de {{total}}.',
  chooseOne: 'Elija una respuesta.',
  chooseAll: 'Elija todas las respuestas que correspondan.',
  tapOne: 'Tóquela en la rodilla 3D o elíjala en la lista.',
  tapAll: 'Toque cada una en la rodilla 3D o márquelas en la lista.',
  tapSite: 'Toque el marcador del punto de inyección en la rodilla 3D o elíjalo en la lista.',
  check: 'Comprobar mi respuesta',
  reveal: 'Mostrar la respuesta',
  right: 'Correcto',
  wrong: 'No exactamente',
  answerIs: 'La respuesta: {{answer}}.',
  openCard: 'Leer la ficha: {{name}}',
  next: 'Siguiente pregunta',
  seeScore: 'Ver mi puntuación',
  again: 'Empezar de nuevo',
  end: 'Cerrar el cuestionario',
};

/** The educator's own tour, in Spanish. */
export const ownTourEs: Strings<typeof ownTourEn> = {
  label: 'Su propio recorrido',
  dropZone: 'Pasos del recorrido (suelte aquí un archivo de recorrido)',
  hint: 'Prepare la rodilla como desee y añádala como paso. Suelte aquí un archivo de recorrido para cargarlo. Nada sale de este dispositivo.',
  title: 'Título del recorrido',
  defaultTitle: 'Mi recorrido',
  add: 'Añadir esta vista como paso',
  export: 'Guardar como archivo',
  import: 'Cargar un archivo de recorrido',
  discard: 'Eliminar este recorrido',
  play: 'Reproducir mi recorrido',
  customView: 'Mi vista',
  stepTitle: 'Título del paso {{n}}',
  patientText: 'Texto en palabras sencillas',
  clinicianText: 'Texto para profesionales',
  up: 'Subir el paso {{n}}',
  down: 'Bajar el paso {{n}}',
  remove: 'Quitar el paso {{n}}',
  refused: 'No se cargó el archivo «{{name}}»: {{field}}: {{message}}',
  ownWords: 'Son palabras del presentador; Knee Explorer no las ha comprobado.',
};
