import type { TranslationTable } from '../overlay';

/**
 * Spanish injection-site cards on the collateral ligaments and the joint line (EA-1 to EA-6):
 * landmark, approach, the published doses and the nerve nearby.
 * Doses are quoted as each study published them, decimal points included (a test checks every figure).
 */
export const sitesExtraEs: TranslationTable = {
  'site.ea-1.landmark.patient#2c22a42f':
    'En la cara interna de la rodilla, en el saliente óseo del hueso del muslo.',
  'site.ea-1.landmark.clinician#7bcce636':
    'De media, 3.2 mm proximal y 4.8 mm posterior al epicóndilo medial.',
  'site.ea-1.approach.patient#327a3ba9':
    'La aguja se dirige al punto donde el ligamento se une al hueso. Es el núcleo del método clásico de la proloterapia.',
  'site.ea-1.approach.clinician#719e2481':
    'Inyección en la entesis: la aguja se lleva hasta la unión del ligamento o del tendón con el hueso, el núcleo de la técnica al estilo de Hackett.',
  'site.ea-1.protocols.0.solution#860c6ee9': 'Dextrosa',
  'site.ea-1.protocols.0.concentration#d8a1c07e': 'Dextrosa al 15 %',
  'site.ea-1.protocols.0.volume#58e003eb': '0.5 mL por punción, hasta 22.5 mL en total',
  'site.ea-1.protocols.0.schedule#8de7d5a6':
    'Semanas 1, 5 y 9, con sesiones opcionales en las semanas 13 y 17',
  'site.ea-1.protocols.0.notReported.0#e59bc2c0': 'qué puntos se infiltraron en cada participante',
  'site.ea-1.protocols.0.notReported.1#1fb6f32d': 'calibre de la aguja',
  'site.ea-1.protocols.1.solution#f1c11f5a': 'Dextrosa con lidocaína al 0.6 %',
  'site.ea-1.protocols.1.concentration#d8a1c07e': 'Dextrosa al 15 %',
  'site.ea-1.protocols.1.volume#b6169d92':
    '1 mL en cada uno de 8 puntos de los ligamentos colaterales (los dos extremos de ambos ligamentos colaterales)',
  'site.ea-1.protocols.1.schedule#22525e23': '4 sesiones a intervalos de 4 semanas',
  'site.ea-1.protocols.1.notReported.0#1fb6f32d': 'calibre de la aguja',
  'site.ea-1.protocols.2.solution#860c6ee9': 'Dextrosa',
  'site.ea-1.protocols.2.concentration#bccf962c':
    'Dextrosa al 5 %, al 10 % o al 20 % (los tres grupos que se comparan)',
  'site.ea-1.protocols.2.volume#78a677a1':
    '1 mL por punto: 10 puntos periarticulares (10 mL) más 5 mL intraarticulares',
  'site.ea-1.protocols.2.schedule#6e12b294': 'Semanas 0, 3 y 6',
  'site.ea-1.protocols.2.notReported.0#5d33f7b1': 'resultados (es un registro de ensayo)',
  'site.ea-1.protocols.2.notReported.1#1fb6f32d': 'calibre de la aguja',
  'site.ea-2.landmark.patient#2e03e84b':
    'En la cara interna de la espinilla, unos 6 cm por debajo de la articulación. Los tendones de la «pata de ganso» lo cubren.',
  'site.ea-2.landmark.clinician#444e252a':
    'Inserción distal del LCMs, unos 61 mm por debajo de la interlínea articular, profunda y posterior a la pata de ganso.',
  'site.ea-2.approach.patient#327a3ba9':
    'La aguja se dirige al punto donde el ligamento se une al hueso. Es el núcleo del método clásico de la proloterapia.',
  'site.ea-2.approach.clinician#719e2481':
    'Inyección en la entesis: la aguja se lleva hasta la unión del ligamento o del tendón con el hueso, el núcleo de la técnica al estilo de Hackett.',
  'site.ea-2.protocols.0.solution#860c6ee9': 'Dextrosa',
  'site.ea-2.protocols.0.concentration#d8a1c07e': 'Dextrosa al 15 %',
  'site.ea-2.protocols.0.volume#58e003eb': '0.5 mL por punción, hasta 22.5 mL en total',
  'site.ea-2.protocols.0.schedule#8de7d5a6':
    'Semanas 1, 5 y 9, con sesiones opcionales en las semanas 13 y 17',
  'site.ea-2.protocols.0.notReported.0#e59bc2c0': 'qué puntos se infiltraron en cada participante',
  'site.ea-2.protocols.0.notReported.1#1fb6f32d': 'calibre de la aguja',
  'site.ea-2.protocols.1.solution#f1c11f5a': 'Dextrosa con lidocaína al 0.6 %',
  'site.ea-2.protocols.1.concentration#d8a1c07e': 'Dextrosa al 15 %',
  'site.ea-2.protocols.1.volume#b6169d92':
    '1 mL en cada uno de 8 puntos de los ligamentos colaterales (los dos extremos de ambos ligamentos colaterales)',
  'site.ea-2.protocols.1.schedule#22525e23': '4 sesiones a intervalos de 4 semanas',
  'site.ea-2.protocols.1.notReported.0#1fb6f32d': 'calibre de la aguja',
  'site.ea-2.protocols.2.solution#860c6ee9': 'Dextrosa',
  'site.ea-2.protocols.2.concentration#bccf962c':
    'Dextrosa al 5 %, al 10 % o al 20 % (los tres grupos que se comparan)',
  'site.ea-2.protocols.2.volume#78a677a1':
    '1 mL por punto: 10 puntos periarticulares (10 mL) más 5 mL intraarticulares',
  'site.ea-2.protocols.2.schedule#6e12b294': 'Semanas 0, 3 y 6',
  'site.ea-2.protocols.2.notReported.0#5d33f7b1': 'resultados (es un registro de ensayo)',
  'site.ea-2.protocols.2.notReported.1#1fb6f32d': 'calibre de la aguja',
  'site.ea-3.landmark.patient#15c89d3c':
    'En la cara interna, a la altura de la línea de la articulación, donde el hueso de la espinilla se junta con el hueso del muslo.',
  'site.ea-3.landmark.clinician#d2768875':
    'Interlínea articular medial; las fibras meniscotibiales posteromediales nacen 6-7 mm por debajo del borde del cartílago tibial.',
  'site.ea-3.approach.patient#dee57454':
    'Un ensayo inscrito en un registro público lo nombra como uno de diez puntos alrededor de la rodilla. Ese ensayo compara tres concentraciones de dextrosa.',
  'site.ea-3.approach.clinician#804c0bae':
    'Uno de los diez puntos periarticulares que enumera un ensayo registrado que compara dextrosa al 5 %, al 10 % y al 20 %.',
  'site.ea-3.protocols.0.solution#860c6ee9': 'Dextrosa',
  'site.ea-3.protocols.0.concentration#bccf962c':
    'Dextrosa al 5 %, al 10 % o al 20 % (los tres grupos que se comparan)',
  'site.ea-3.protocols.0.volume#78a677a1':
    '1 mL por punto: 10 puntos periarticulares (10 mL) más 5 mL intraarticulares',
  'site.ea-3.protocols.0.schedule#6e12b294': 'Semanas 0, 3 y 6',
  'site.ea-3.protocols.0.notReported.0#5d33f7b1': 'resultados (es un registro de ensayo)',
  'site.ea-3.protocols.0.notReported.1#1fb6f32d': 'calibre de la aguja',
  'site.ea-4.landmark.patient#20be2b23':
    'En la cara externa, a la altura de la línea de la articulación, donde el ligamento del lado externo lo cruza y lo cubre.',
  'site.ea-4.landmark.clinician#17260d40':
    'Interlínea articular lateral, donde el ligamento meniscotibial lateral discurre profundo al LCL.',
  'site.ea-4.approach.patient#dee57454':
    'Un ensayo inscrito en un registro público lo nombra como uno de diez puntos alrededor de la rodilla. Ese ensayo compara tres concentraciones de dextrosa.',
  'site.ea-4.approach.clinician#804c0bae':
    'Uno de los diez puntos periarticulares que enumera un ensayo registrado que compara dextrosa al 5 %, al 10 % y al 20 %.',
  'site.ea-4.protocols.0.solution#860c6ee9': 'Dextrosa',
  'site.ea-4.protocols.0.concentration#bccf962c':
    'Dextrosa al 5 %, al 10 % o al 20 % (los tres grupos que se comparan)',
  'site.ea-4.protocols.0.volume#78a677a1':
    '1 mL por punto: 10 puntos periarticulares (10 mL) más 5 mL intraarticulares',
  'site.ea-4.protocols.0.schedule#6e12b294': 'Semanas 0, 3 y 6',
  'site.ea-4.protocols.0.notReported.0#5d33f7b1': 'resultados (es un registro de ensayo)',
  'site.ea-4.protocols.0.notReported.1#1fb6f32d': 'calibre de la aguja',
  'site.ea-5.landmark.patient#59f1f5b0':
    'En la cara externa de la rodilla, en el saliente óseo del hueso del muslo.',
  'site.ea-5.landmark.clinician#fed0d007':
    'De media, 1.4 mm proximal y 3.1 mm posterior al epicóndilo lateral.',
  'site.ea-5.approach.patient#ca28b5e5':
    'La aguja se dirige al punto donde el ligamento externo se une al hueso. Dos ensayos incluyen este punto.',
  'site.ea-5.approach.clinician#651f0720':
    'Punto de entesis de un ligamento colateral en Dumais 2012 y en el ensayo registrado que compara dosis.',
  'site.ea-5.protocols.0.solution#f1c11f5a': 'Dextrosa con lidocaína al 0.6 %',
  'site.ea-5.protocols.0.concentration#d8a1c07e': 'Dextrosa al 15 %',
  'site.ea-5.protocols.0.volume#b6169d92':
    '1 mL en cada uno de 8 puntos de los ligamentos colaterales (los dos extremos de ambos ligamentos colaterales)',
  'site.ea-5.protocols.0.schedule#22525e23': '4 sesiones a intervalos de 4 semanas',
  'site.ea-5.protocols.0.notReported.0#1fb6f32d': 'calibre de la aguja',
  'site.ea-5.protocols.1.solution#860c6ee9': 'Dextrosa',
  'site.ea-5.protocols.1.concentration#bccf962c':
    'Dextrosa al 5 %, al 10 % o al 20 % (los tres grupos que se comparan)',
  'site.ea-5.protocols.1.volume#78a677a1':
    '1 mL por punto: 10 puntos periarticulares (10 mL) más 5 mL intraarticulares',
  'site.ea-5.protocols.1.schedule#6e12b294': 'Semanas 0, 3 y 6',
  'site.ea-5.protocols.1.notReported.0#5d33f7b1': 'resultados (es un registro de ensayo)',
  'site.ea-5.protocols.1.notReported.1#1fb6f32d': 'calibre de la aguja',
  'site.ea-6.landmark.patient#be307fda':
    'En el bulto de hueso de la cara externa, justo por debajo de la rodilla.',
  'site.ea-6.landmark.clinician#1a0ad2a5':
    'Cara lateral de la cabeza del peroné, 8.2 mm por detrás de su borde anterior.',
  'site.ea-6.approach.patient#ca28b5e5':
    'La aguja se dirige al punto donde el ligamento externo se une al hueso. Dos ensayos incluyen este punto.',
  'site.ea-6.approach.clinician#651f0720':
    'Punto de entesis de un ligamento colateral en Dumais 2012 y en el ensayo registrado que compara dosis.',
  'site.ea-6.protocols.0.solution#f1c11f5a': 'Dextrosa con lidocaína al 0.6 %',
  'site.ea-6.protocols.0.concentration#d8a1c07e': 'Dextrosa al 15 %',
  'site.ea-6.protocols.0.volume#b6169d92':
    '1 mL en cada uno de 8 puntos de los ligamentos colaterales (los dos extremos de ambos ligamentos colaterales)',
  'site.ea-6.protocols.0.schedule#22525e23': '4 sesiones a intervalos de 4 semanas',
  'site.ea-6.protocols.0.notReported.0#1fb6f32d': 'calibre de la aguja',
  'site.ea-6.protocols.1.solution#860c6ee9': 'Dextrosa',
  'site.ea-6.protocols.1.concentration#bccf962c':
    'Dextrosa al 5 %, al 10 % o al 20 % (los tres grupos que se comparan)',
  'site.ea-6.protocols.1.volume#78a677a1':
    '1 mL por punto: 10 puntos periarticulares (10 mL) más 5 mL intraarticulares',
  'site.ea-6.protocols.1.schedule#6e12b294': 'Semanas 0, 3 y 6',
  'site.ea-6.protocols.1.notReported.0#5d33f7b1': 'resultados (es un registro de ensayo)',
  'site.ea-6.protocols.1.notReported.1#1fb6f32d': 'calibre de la aguja',
  'site.ea-6.nearby.0#03634005':
    'Nervio peroneo común (fibular común): discurre a lo largo del borde medial del tendón del bíceps femoral y después rodea el cuello del peroné, cruzando su borde posterior unos 20.7 mm por debajo de la punta de la cabeza del peroné.',
};
