import type { TranslationTable } from '../overlay';

/**
 * Spanish injection-site cards on the pes anserinus and the extensor tendons (EA-7 to EA-10):
 * landmark, approach, the published doses and the nerve nearby.
 * Doses are quoted as each study published them, decimal points included (a test checks every figure).
 */
export const sitesExtraTendonsEs: TranslationTable = {
  'site.ea-7.landmark.patient#ad9f5cb8':
    'En la cara interna de la espinilla, unos 5 cm por debajo de la línea de la articulación.',
  'site.ea-7.landmark.clinician#b921420b':
    'Unos 5 cm por debajo de la interlínea articular medial; para la bolsa, unos 2 cm distal y 2 cm medial a la tuberosidad tibial.',
  'site.ea-7.approach.patient#dee57454':
    'Un ensayo inscrito en un registro público lo nombra como uno de diez puntos alrededor de la rodilla. Ese ensayo compara tres concentraciones de dextrosa.',
  'site.ea-7.approach.clinician#804c0bae':
    'Uno de los diez puntos periarticulares que enumera un ensayo registrado que compara dextrosa al 5 %, al 10 % y al 20 %.',
  'site.ea-7.protocols.0.solution#860c6ee9': 'Dextrosa',
  'site.ea-7.protocols.0.concentration#bccf962c':
    'Dextrosa al 5 %, al 10 % o al 20 % (los tres grupos que se comparan)',
  'site.ea-7.protocols.0.volume#78a677a1':
    '1 mL por punto: 10 puntos periarticulares (10 mL) más 5 mL intraarticulares',
  'site.ea-7.protocols.0.schedule#6e12b294': 'Semanas 0, 3 y 6',
  'site.ea-7.protocols.0.notReported.0#5d33f7b1': 'resultados (es un registro de ensayo)',
  'site.ea-7.protocols.0.notReported.1#1fb6f32d': 'calibre de la aguja',
  'site.ea-7.nearby.0#f10583c1': 'Nervio safeno, que discurre por detrás de la pata de ganso.',
  'site.ea-8.landmark.patient#e2b9cb4e': 'Justo por debajo de la punta inferior de la rótula.',
  'site.ea-8.landmark.clinician#5fa18d84':
    'Origen del tendón rotuliano en el polo inferior (vértice) de la rótula.',
  'site.ea-8.approach.patient#dee57454':
    'Un ensayo inscrito en un registro público lo nombra como uno de diez puntos alrededor de la rodilla. Ese ensayo compara tres concentraciones de dextrosa.',
  'site.ea-8.approach.clinician#804c0bae':
    'Uno de los diez puntos periarticulares que enumera un ensayo registrado que compara dextrosa al 5 %, al 10 % y al 20 %.',
  'site.ea-8.protocols.0.solution#860c6ee9': 'Dextrosa',
  'site.ea-8.protocols.0.concentration#bccf962c':
    'Dextrosa al 5 %, al 10 % o al 20 % (los tres grupos que se comparan)',
  'site.ea-8.protocols.0.volume#78a677a1':
    '1 mL por punto: 10 puntos periarticulares (10 mL) más 5 mL intraarticulares',
  'site.ea-8.protocols.0.schedule#6e12b294': 'Semanas 0, 3 y 6',
  'site.ea-8.protocols.0.notReported.0#5d33f7b1': 'resultados (es un registro de ensayo)',
  'site.ea-8.protocols.0.notReported.1#1fb6f32d': 'calibre de la aguja',
  'site.ea-9.landmark.patient#4520230f': 'En el bulto óseo de la parte alta y delantera de la espinilla.',
  'site.ea-9.landmark.clinician#7d1091fe': 'Inserción del tendón rotuliano en la tuberosidad tibial.',
  'site.ea-9.approach.patient#dee57454':
    'Un ensayo inscrito en un registro público lo nombra como uno de diez puntos alrededor de la rodilla. Ese ensayo compara tres concentraciones de dextrosa.',
  'site.ea-9.approach.clinician#804c0bae':
    'Uno de los diez puntos periarticulares que enumera un ensayo registrado que compara dextrosa al 5 %, al 10 % y al 20 %.',
  'site.ea-9.protocols.0.solution#860c6ee9': 'Dextrosa',
  'site.ea-9.protocols.0.concentration#bccf962c':
    'Dextrosa al 5 %, al 10 % o al 20 % (los tres grupos que se comparan)',
  'site.ea-9.protocols.0.volume#78a677a1':
    '1 mL por punto: 10 puntos periarticulares (10 mL) más 5 mL intraarticulares',
  'site.ea-9.protocols.0.schedule#6e12b294': 'Semanas 0, 3 y 6',
  'site.ea-9.protocols.0.notReported.0#5d33f7b1': 'resultados (es un registro de ensayo)',
  'site.ea-9.protocols.0.notReported.1#1fb6f32d': 'calibre de la aguja',
  'site.ea-10.landmark.patient#139eae34': 'Justo por encima del borde superior de la rótula.',
  'site.ea-10.landmark.clinician#2c8f8973':
    'Entesis del tendón del cuádriceps en el polo superior de la rótula.',
  'site.ea-10.approach.patient#dee57454':
    'Un ensayo inscrito en un registro público lo nombra como uno de diez puntos alrededor de la rodilla. Ese ensayo compara tres concentraciones de dextrosa.',
  'site.ea-10.approach.clinician#804c0bae':
    'Uno de los diez puntos periarticulares que enumera un ensayo registrado que compara dextrosa al 5 %, al 10 % y al 20 %.',
  'site.ea-10.protocols.0.solution#860c6ee9': 'Dextrosa',
  'site.ea-10.protocols.0.concentration#bccf962c':
    'Dextrosa al 5 %, al 10 % o al 20 % (los tres grupos que se comparan)',
  'site.ea-10.protocols.0.volume#78a677a1':
    '1 mL por punto: 10 puntos periarticulares (10 mL) más 5 mL intraarticulares',
  'site.ea-10.protocols.0.schedule#6e12b294': 'Semanas 0, 3 y 6',
  'site.ea-10.protocols.0.notReported.0#5d33f7b1': 'resultados (es un registro de ensayo)',
  'site.ea-10.protocols.0.notReported.1#1fb6f32d': 'calibre de la aguja',
};
