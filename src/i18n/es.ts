import { contentEs } from './es-content';
import { embedEs } from './es-embed';
import { guidelinesEs } from './es-guidelines';
import { handoutEs } from './es-handout';
import { linkNoticesEs, shareEs } from './es-link';
import { pwaEs } from './es-pwa';
import { ownTourEs, quizEs } from './es-quiz';
import { timelineEs } from './es-timeline';
import { presentEs, tourEs, tourNoticesEs } from './es-tour';
import type { TranslatedResources } from './strings';

/**
 * Every interface string in Spanish: usted for the reader, neutral between Spain and Latin America.
 * Loaded on its own chunk (es-pack.ts) only when Spanish is chosen. Same keys as en.ts (tsc).
 */
export const es: TranslatedResources = {
  app: {
    title: 'Knee Explorer',
    tagline: 'Una rodilla derecha en 3D para aprender sobre la proloterapia',
    stageLabel: 'Vista 3D de una rodilla derecha',
    structuresNav: 'Estructuras',
    panelLabel: 'Herramientas, fichas y lista de estructuras',
    posterAlt:
      'Una rodilla derecha vista de frente: fémur y tibia, rótula, cartílago, meniscos, ligamentos y tendones',
  },
  sheet: {
    handle: 'Tamaño del panel: {{snap}}. Pulse para cambiarlo; también funcionan las flechas arriba y abajo.',
    snaps: { peek: 'pequeño', half: 'mitad', full: 'completo' },
  },
  categories: {
    bone: 'Huesos',
    cartilage: 'Cartílago',
    meniscus: 'Meniscos',
    ligament: 'Ligamentos',
    tendon: 'Tendones',
    capsule: 'Cápsula y bolsa',
    muscle: 'Músculos',
    bursa: 'Bolsas y grasa',
    nerve: 'Nervios',
    vessel: 'Vasos sanguíneos',
    skin: 'Piel',
  },
  layers: {
    bone: 'Huesos',
    cartilage: 'Cartílago',
    meniscus: 'Meniscos',
    ligament: 'Ligamentos',
    tendon: 'Tendones',
    capsule: 'Cápsula',
    muscle: 'Músculos',
    bursa: 'Bolsas y grasa',
    nerve: 'Nervios',
    vessel: 'Vasos',
    skin: 'Piel',
  },
  category: {
    bone: 'Hueso',
    cartilage: 'Cartílago',
    meniscus: 'Menisco',
    ligament: 'Ligamento',
    tendon: 'Tendón',
    capsule: 'Cápsula o bolsa',
    muscle: 'Músculo',
    bursa: 'Bolsa o almohadilla grasa',
    nerve: 'Nervio',
    vessel: 'Vaso sanguíneo',
    skin: 'Piel',
  },
  list: {
    label: 'Estructuras de la rodilla',
    search: 'Buscar estructuras',
    searchPlaceholder: 'p. ej., rótula, menisco',
    noResults: 'Ninguna estructura coincide con «{{query}}».',
    count_one: '{{count}} estructura',
    count_other: '{{count}} estructuras',
  },
  card: {
    label: 'Estructura seleccionada',
    close: 'Cerrar',
    closeLabel: 'Cerrar {{name}}',
    show: 'Mostrar',
    showLabel: 'Mostrar {{name}} en el modelo',
    alsoCalled: 'También llamado',
    empty: 'Elija una estructura de la lista, o haga clic o toque sobre ella en la vista 3D.',
  },
  toolbar: {
    label: 'Controles de la vista',
    views: 'Ver desde',
    camera: 'Cámara',
    layers: 'Capas',
    neighbours: 'Alrededor de la articulación',
    rotateLeft: 'Girar a la izquierda',
    rotateRight: 'Girar a la derecha',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    isolate: 'Mostrar solo esta estructura',
  },
  views: { anterior: 'Delante', medial: 'Lado interno', lateral: 'Lado externo', posterior: 'Detrás' },
  viewHints: {
    anterior: 'Vista de frente (anterior)',
    medial: 'Vista del lado interno (medial)',
    lateral: 'Vista del lado externo (lateral)',
    posterior: 'Vista de atrás (posterior)',
  },
  status: {
    pointing: 'Señalando: {{name}}',
    hint: 'Arrastre para girar, pellizque o use la rueda para acercar, y haga clic o toque una estructura para saber más.',
    loading: 'Cargando la rodilla en 3D…',
    noWebgl:
      'Vista 3D no disponible: este navegador o dispositivo no puede mostrar gráficos 3D (WebGL). La lista y las fichas de las estructuras siguen funcionando.',
    modelError: 'No se pudo cargar el modelo 3D. Las listas y las fichas siguen funcionando.',
    retry: 'Reintentar',
    contextLost: 'El sistema gráfico interrumpió la vista 3D. Restableciéndola…',
  },
  live: {
    selected: 'Seleccionado: {{name}}',
    cleared: 'Selección borrada',
  },
  notices: {
    label: 'Mensajes',
    dismiss: 'Descartar el mensaje',
    unknownParam: 'Se ignoró un ajuste desconocido del enlace: {{name}}',
    unknownStructure: 'No hay ninguna estructura llamada «{{id}}»',
    contextLost: 'El sistema gráfico interrumpió la vista 3D. Restableciéndola…',
    contextRestored: 'La vista 3D se ha restablecido.',
    partOffline:
      'Una parte de la página no se pudo cargar sin conexión. Aparecerá cuando vuelva a tener conexión.',
    handoutFailed: 'No se pudo preparar la hoja para casa. Inténtelo de nuevo.',
    invalidDay: 'Se ignoró el ajuste del enlace day={{value}}: use un día del 0 al 364',
    unknownSchedule:
      'Se ignoró el ajuste del enlace schedule={{value}}: no existe ese calendario de sesiones',
    invalidDate: 'Se ignoró la fecha de sesión «{{value}}»: use AAAA-MM-DD',
    invalidSpeed: 'Se ignoró el ajuste del enlace speed={{value}}: use 1, 7 o 30',
    invalidPlay: 'Se ignoró el ajuste del enlace play={{value}}: use play=1',
    ignoredSchedule:
      'Se ignoró el ajuste del enlace schedule={{value}}: las fechas de sesión del enlace fijan la línea de tiempo',
    repeatedParam: 'Se ignoró el ajuste repetido del enlace {{name}}: se aplica el primero',
    moreIgnored: 'Se ignoraron {{count}} ajustes más del enlace',
    languageFailed: 'No se pudo cargar {{name}}; la aplicación sigue en el idioma en que estaba.',
    ...tourNoticesEs,
    ...linkNoticesEs,
  },
  explain: {
    enter: 'Explicar',
    enterHint: 'Modo explicación: solo la rodilla, con etiquetas grandes, para mostrársela a alguien',
    bar: 'Modo explicación',
    exit: 'Salir',
    exitHint: 'Salir del modo explicación y volver a mostrar todos los paneles',
    views: 'Vistas: deslice aquí o use las flechas',
    previousView: 'Vista anterior',
    nextView: 'Vista siguiente',
    customView: 'Su vista',
    pointer: 'Puntero',
    pen: 'Lápiz',
    clear: 'Borrar',
    clearHint: 'Borrar el dibujo',
    lock: 'Entregar',
    lockHint:
      'Bloquear para el paciente: solo se puede girar y acercar hasta que mantenga pulsado el candado',
    locked: 'Bloqueado: mantenga pulsado para desbloquear',
    release: 'Suelte para desbloquear',
    unlockHint: 'Bloqueado. Mantenga pulsado un segundo para desbloquear',
  },
  language: {
    label: 'Idioma',
  },
  labels: {
    toggle: 'Etiquetas',
    toggleHint: 'Mostrar los nombres de las estructuras en la vista 3D',
  },
  timeline: timelineEs,
  present: presentEs,
  tour: tourEs,
  quiz: quizEs,
  ownTour: ownTourEs,
  content: contentEs,
  guidelines: guidelinesEs,
  pwa: pwaEs,
  embed: embedEs,
  handout: handoutEs,
  share: shareEs,
};
