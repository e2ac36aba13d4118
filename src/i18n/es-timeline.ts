import type { timelineEn } from './en-timeline';
import type { Strings } from './strings';

/**
 * Spanish strings of the healing timeline. The phase sentences stay conditional ("would") and the
 * caveats as strong as the English ones (review S1): whether injections start this sequence in
 * human ligaments is not known.
 */
export const timelineEs: Strings<typeof timelineEn> = {
  label: 'Línea de tiempo de la curación',
  slider: 'Día en la línea de tiempo de la curación',
  valueDay: 'Día {{day}}',
  valueWeek_one: 'Día {{day}} · 1 semana después de la primera sesión',
  valueWeek_other: 'Día {{day}} · {{count}} semanas después de la primera sesión',
  tickWeek: 'sem. {{week}}',
  play: 'Reproducir',
  pause: 'Pausa',
  speed: 'Velocidad de reproducción',
  speeds: { '1': '1 día/s', '7': '1 semana/s', '30': '1 mes/s' },
  schedule: 'Calendario de sesiones',
  schedules: {
    'rabago-2013': 'Rabago 2013',
    'dumais-2012': 'Dumais 2012',
    'sit-2020': 'Sit 2020',
    'three-weekly': 'Cada 3 semanas',
    mine: 'Mis propias fechas',
  },
  scheduleHint: {
    'rabago-2013':
      'Sesiones al inicio y 4 y 8 semanas después (las semanas 1, 5 y 9 del ensayo), con sesiones opcionales a las 12 y 16 semanas (línea discontinua).',
    'dumais-2012': 'Cuatro sesiones, separadas por cuatro semanas.',
    'sit-2020': 'Sesiones al inicio y 4, 8 y 16 semanas después, todas dentro de la articulación.',
    'three-weekly': 'Sesiones al inicio y 3 y 6 semanas después (Sert 2020; un ensayo registrado).',
    mine: 'Sus propias fechas de sesión: el día 0 es su primera sesión.',
  },
  session: 'Sesión {{n}}',
  optionalSession: 'Sesión {{n}} (opcional)',
  today: 'Hoy',
  phases: {
    baseline: 'antes del tratamiento',
    injection: 'inyección',
    inflammation: 'inflamación',
    proliferation: 'proliferación',
    remodelling: 'remodelación',
  },
  what: {
    patient: {
      baseline: 'el tejido tal como está antes de la primera sesión',
      injection: 'la aguja y la solución de azúcar buscan causar una irritación pequeña y breve',
      inflammation:
        'los glóbulos blancos llegarían para limpiar, y la zona puede notarse caliente y dolorida',
      proliferation: 'las células reparadoras depositarían fibras nuevas, finas y desordenadas',
      remodelling:
        'fibras más gruesas las irían sustituyendo poco a poco y se alinearían con la dirección de la tracción',
    },
    clinician: {
      baseline: 'tejido antes de la primera sesión',
      injection:
        'se propone que la dextrosa hiperosmolar y el traumatismo de la aguja inicien una respuesta inflamatoria local',
      inflammation:
        'neutrófilos y después macrófagos eliminarían los restos y liberarían factores de crecimiento (en ratas, resuelta a las 72 h)',
      proliferation:
        'los fibroblastos depositarían colágeno de tipo III desorganizado (aproximadamente entre los días 3 y 21)',
      remodelling:
        'el colágeno de tipo III daría paso a colágeno de tipo I alineado con la carga, a lo largo de meses',
    },
  },
  readout: '{{when}} — {{phase}}, en el modelo de curación: {{what}}',
  readoutBaseline: '{{when}} — {{phase}}: {{what}}',
  progress_zero: 'Todavía no hay ninguna sesión. Primera sesión el día {{next}}.',
  progress_one: 'Sesión {{count}} realizada. Próxima sesión el día {{next}}.',
  progress_other: '{{count}} sesiones realizadas. Próxima sesión el día {{next}}.',
  progressDone_one: '{{count}} sesión realizada. No hay más sesiones en este calendario.',
  progressDone_other: 'Realizadas las {{count}} sesiones. No hay más sesiones en este calendario.',
  showing: 'Se muestra en: {{names}}.',
  showingMany:
    'Se muestra en los {{count}} ligamentos y tendones tratados en los puntos de inyección habituales.',
  jointOnly:
    'Este ensayo solo inyectó dentro de la articulación. No se inyectó ningún ligamento ni tendón, así que no se muestra ninguno cambiando.',
  poorHealer:
    'El LCA y el LCP están dentro de la articulación y cicatrizan mal en comparación con el LCM: esta imagen no significa que vuelvan a crecer.',
  caveat: {
    patient:
      'Así es como se curan los ligamentos después de una lesión, visto sobre todo en animales. Nadie sabe si las inyecciones ponen esto en marcha en las personas. Los ensayos midieron el dolor y el uso de la rodilla, no el tejido.',
    clinician:
      'Ilustrativo: la secuencia de curación tras una lesión ligamentosa, sobre todo a partir de estudios en animales, con bandas de fase aproximadas. No se sabe si la inyección de dextrosa la pone en marcha en los ligamentos humanos; en ratas, la inflamación tras la inyección no fue sistemáticamente mayor que tras suero salino o la simple punción con aguja. Los ensayos midieron dolor y función (WOMAC, EVA), no el tejido.',
  },
  thickening: {
    patient:
      'El aspecto más grueso procede de un solo estudio en ratas: un 30 % más de sección que con agua con sal. No era más resistente, y no se ha demostrado en personas.',
    clinician:
      'Engrosamiento dibujado hasta un +30 % de sección transversal: LCM de rata lesionado por estiramiento, dos inyecciones de dextrosa frente a suero salino, sin cambios en la laxitud ni en la mecánica. No medido en humanos.',
  },
  caption: 'Modelo de curación, no su rodilla',
  captionSource: 'Aspecto más grueso dibujado a partir de un estudio en ratas (Jensen 2008)',
  sources_one: 'Mostrar su fuente',
  sources_other: 'Mostrar sus {{count}} fuentes',
  mine: {
    title: '¿En qué punto de mi tratamiento estoy?',
    intro:
      'Introduzca las fechas de sus sesiones. Solo se guardan en el enlace de esta página: no se envía nada a ninguna parte.',
    date: 'Fecha de la sesión {{n}}',
    add: 'Añadir una fecha de sesión',
    remove: 'Quitar la sesión {{n}}',
    open: 'Mis fechas',
    close: 'Cerrar mis fechas de sesión',
    none: 'Todavía no hay fechas.',
    today:
      'Hoy es el día {{day}} después de su primera sesión. En el modelo de curación, esto correspondería a la fase de {{phase}}. Próxima sesión: {{next}}.',
    todayBefore: 'Su primera sesión todavía no ha llegado.',
    noNext: 'no se ha introducido ninguna',
  },
  micro: {
    title: 'Dentro del tejido',
    note: 'Una ilustración del modelo de curación, de unos 0.1 mm de ancho',
    summary:
      'Modelo de curación: primeros glóbulos blancos {{neutrophils}} %, células de limpieza {{macrophages}} %, células reparadoras {{fibroblasts}} % de su máximo; {{typeIII}} fibras nuevas finas, {{typeI}} fibras maduras gruesas, {{links}} enlaces entre fibras.',
    neutrophils: 'Primeros glóbulos blancos (neutrófilos)',
    macrophages: 'Células de limpieza (macrófagos)',
    fibroblasts: 'Células reparadoras (fibroblastos)',
    typeIII: 'Fibras nuevas finas (tipo III)',
    typeI: 'Fibras maduras gruesas (tipo I)',
    crosslinks: 'Enlaces entre fibras',
  },
  charts: {
    show: 'Gráficos',
    hide: 'Ocultar los gráficos',
    cursor: 'Ahora: semana {{week}}',
    womacTitle: 'Lo que contaron los pacientes del ensayo',
    womacNote:
      'Datos del ensayo (medidos): mejoría media de la puntuación WOMAC, en puntos; más alto es mejor. Rabago 2013, tabla 4.',
    womacX: 'Semanas desde el inicio del ensayo',
    womacY: 'Mejoría del WOMAC (puntos)',
    arms: {
      dextrose: 'Proloterapia con dextrosa',
      saline: 'Inyecciones de suero salino',
      exercise: 'Ejercicio',
    },
    maturityTitle: 'Cómo madura el tejido nuevo (ilustrativo)',
    maturityNote:
      'Modelo ilustrativo, no medido en personas. Dibujado junto a datos de ligamentos de animales que se curan tras una lesión, en su mayoría sin inyecciones; la calidad del tejido va por detrás de la resistencia del ligamento entero.',
    maturityX: 'Semanas con este calendario',
    maturityY: 'Porcentaje del máximo del modelo',
    newCollagen: 'Colágeno nuevo depositado',
    mature: 'Proporción de tipo I maduro',
    source: 'Fuente',
  },
  facts: {
    'rat-cross-section':
      'LCM de rata tras una lesión por estiramiento: dos inyecciones de dextrosa dieron un 30 % más de sección transversal que el suero salino, pero ningún cambio en la laxitud ni en otras propiedades mecánicas.',
    'goat-twelve-weeks':
      'LCM de cabra curándose tras un corte quirúrgico, sin inyecciones, a las 12 semanas: carga del ligamento entero del 60 % de lo normal; resistencia por unidad de área y rigidez del tejido de alrededor del 40 %.',
    'rabbit-forty-weeks':
      'LCM de conejo curándose tras una lesión quirúrgica, sin inyecciones, a las 40 semanas: resistencia a la rotura todavía un 15–35 % por debajo de lo normal.',
  },
};
