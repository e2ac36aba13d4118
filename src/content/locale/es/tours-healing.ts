import type { TranslationTable } from '../overlay';

/**
 * Spanish captions and presenter notes of the healing tour (titles are in titles.ts). The sequence is a model mostly from
 * animals, not what happens in anyone's knee: the Spanish keeps every "not known" as strong as the English.
 */
export const toursHealingEs: TranslationTable = {
  'tour.healing-timeline.steps.0.caption.patient#95ded362':
    'Este recorrido muestra cómo se curan los ligamentos tras una lesión. Esa secuencia se ha visto sobre todo en animales. Nadie sabe si las inyecciones de proloterapia la ponen en marcha en las personas. Los ensayos midieron el dolor y el uso de la rodilla, no el tejido.',
  'tour.healing-timeline.steps.0.caption.clinician#b00f0b83':
    'Las fases son bandas aproximadas de la curación tras una lesión ligamentosa, sobre todo en estudios con animales. No se sabe si la inyección de dextrosa pone en marcha esta secuencia en los ligamentos humanos: en ratas, la inflamación tras la inyección no fue sistemáticamente mayor que tras suero salino o la simple punción con aguja. Los ensayos midieron WOMAC y EVA, no el tejido.',
  'tour.healing-timeline.steps.0.notes#ab6df1c5':
    'Dígalo al principio y vuelva a ello al final: la imagen es un modelo, no lo que ocurre en la rodilla de ninguna persona.',
  'tour.healing-timeline.steps.1.caption.patient#5e0f9bf2':
    'El día 0 es la primera sesión. La idea es que la aguja y el azúcar concentrado causen una irritación pequeña y breve. En placas de laboratorio, la dextrosa concentrada mató muchas células, y la dextrosa más diluida activó señales de crecimiento. No se sabe si esto ocurre en una rodilla.',
  'tour.healing-timeline.steps.1.caption.clinician#b0952c8d':
    'Propuesto, no demostrado: el estrés hiperosmolar y el traumatismo de la aguja inician una inflamación local. La dextrosa al 15-25 % mató hasta el 80 % de los fibroblastos humanos en cultivo, mientras que al 1-10 % aumentó la expresión de genes de factores de crecimiento (VEGFA, PDGFA, PDGFB, IGF1).',
  'tour.healing-timeline.steps.2.caption.patient#ec48b72b':
    'En el modelo de curación, los glóbulos blancos llegarían primero para limpiar. La zona puede notarse caliente y dolorida durante unos días. En ratas que recibieron una inyección, esto había cedido hacia el día 3. No fue claramente mayor que tras una inyección de agua con sal.',
  'tour.healing-timeline.steps.2.caption.clinician#3992bf38':
    'Los neutrófilos y después los macrófagos eliminan los restos y liberan factores de crecimiento; el paso a la proliferación se produce hacia los días 2-5. LCM de rata tras una inyección de dextrosa: células inflamatorias a las 6 y 24 h, resueltas a las 72 h, y no sistemáticamente más que tras suero salino o la simple punción con aguja.',
  'tour.healing-timeline.steps.3.caption.patient#95f7735b':
    'Después, las células reparadoras depositarían fibras nuevas, llamadas colágeno. Al principio las fibras son finas y desordenadas. En el modelo, esta etapa va aproximadamente del día 4 a la semana 6.',
  'tour.healing-timeline.steps.3.caption.clinician#6fa951f3':
    'Proliferación, aproximadamente del día 3 a la semana 6: los fibroblastos se multiplican, se forman capilares nuevos y se deposita colágeno de tipo III fino y desorganizado (aproximadamente los días 3-21) como tejido de granulación.',
  'tour.healing-timeline.steps.4.caption.patient#5ccb018f':
    'En el plan de este ensayo, la siguiente sesión llegaba 4 semanas después de la primera. En el modelo, cada sesión volvería a iniciar el ciclo. Las fibras de las sesiones anteriores seguirían madurando.',
  'tour.healing-timeline.steps.4.caption.clinician#d807899c':
    'Rabago 2013: semanas 1, 5 y 9 del ensayo (aquí días 0, 28 y 56), con las semanas 13 y 17 opcionales. Con sesiones separadas 3-8 semanas, cada una reiniciaría el ciclo del modelo mientras el tejido de sesiones anteriores aún está en proliferación o remodelación.',
  'tour.healing-timeline.steps.5.caption.patient#0d5b530b':
    'Desde aproximadamente la semana 6, durante un año o más, fibras más gruesas irían sustituyendo poco a poco a las finas y se alinearían con la dirección de la tracción. Tras lesiones en animales, los ligamentos curados seguían siendo más débiles de lo normal muchos meses después. Esos animales no recibieron inyecciones.',
  'tour.healing-timeline.steps.5.caption.clinician#8d996e0c':
    'El colágeno de tipo III es sustituido poco a poco por colágeno de tipo I alineado y los enlaces cruzados maduran, desde aproximadamente la semana 6 hasta más allá de un año. Modelos de lesión sin inyecciones: el LCM de cabra tras un corte quirúrgico soportó el 60 % de la carga normal a las 12 semanas, con una resistencia por unidad de superficie y una rigidez del tejido de alrededor del 40 %; el LCM de conejo seguía un 15-35 % por debajo de la resistencia normal a las 40 semanas.',
  'tour.healing-timeline.steps.6.caption.patient#cd30649b':
    'El aspecto más grueso procede de un único estudio en ratas. Ratas con un ligamento distendido recibieron dos inyecciones de dextrosa. Sus ligamentos se hicieron alrededor de un 30 % más gruesos que con agua con sal, pero no más tensos ni más fuertes. Esto no se ha demostrado en personas.',
  'tour.healing-timeline.steps.6.caption.clinician#6dd511ed':
    'LCM de rata con lesión por estiramiento, dos inyecciones de dextrosa separadas una semana: área transversal un 30 % mayor que la de los ligamentos inyectados con suero salino (un 90 % mayor que la de los no lesionados), sin cambios en la laxitud, en otras propiedades mecánicas ni en las características de las fibrillas de colágeno. Las mejoras en el LCM de conejo que se citan a menudo procedían del morruato sódico, no de la dextrosa.',
  'tour.healing-timeline.steps.7.caption.patient#abe0593f':
    'El LCA y el LCP están dentro de la articulación. Se curan peor que el LCM. Esta imagen no significa que vuelvan a crecer.',
  'tour.healing-timeline.steps.7.caption.clinician#1205f41f':
    'Los ligamentos intraarticulares cicatrizan peor que el LCM: el líquido sinovial, una irrigación escasa y la retracción de los extremos rotos dificultan la reparación. El modelo los dibuja más tenues.',
  'tour.healing-timeline.steps.8.caption.patient#6f0c469a':
    'Un ensayo puso inyecciones solo dentro de la articulación: al principio y luego 4, 8 y 16 semanas después. No se inyectó ningún ligamento ni tendón, así que no se muestra ninguno cambiando.',
  'tour.healing-timeline.steps.8.caption.clinician#9bc664f9':
    'Sit 2020 (76 participantes): dextrosa hipertónica o suero salino intraarticulares en las semanas 0, 4, 8 y 16, sin inyecciones extraarticulares, por lo que el modelo no muestra cambios en ligamentos ni tendones.',
  'tour.healing-timeline.steps.9.caption.patient#7a90dce3':
    'Los ensayos preguntaron a las personas por su dolor y por lo bien que pueden usar la rodilla. En un ensayo, sus puntuaciones de dolor y de función mejoraron durante las primeras 9 semanas y se mantuvieron hasta un año. Mejoraron más que con inyecciones de agua con sal o con ejercicio. Estos ensayos no comprobaron si los ligamentos cambiaban.',
  'tour.healing-timeline.steps.9.caption.clinician#f95ac04e':
    'Rabago 2013, mejoría media del WOMAC en la semana 52: 15.32 con dextrosa, 7.59 con suero salino y 8.24 con ejercicio (7.94 y 13.91 con dextrosa en las semanas 5 y 9). Los resultados fueron comunicados por los pacientes; los datos estructurales se limitan a una serie artroscópica de seis pacientes y a estudios breves de biomarcadores.',
  'tour.healing-timeline.steps.10.caption.patient#5571dcf2':
    'Lo que se sabe: tras una lesión, los ligamentos se curan en etapas que se solapan, a lo largo de muchos meses. En animales, siguen siendo más débiles que antes durante mucho tiempo. Lo que no se sabe: si las inyecciones ponen en marcha esta curación en las personas, o si hacen más fuertes sus ligamentos.',
  'tour.healing-timeline.steps.10.caption.clinician#179ef44f':
    'Demostrado: la reparación por etapas tras una lesión ligamentosa, con déficits duraderos de la calidad del tejido en modelos animales de LCM. No demostrado: que la dextrosa la inicie o la potencie en ligamentos humanos. Los datos en animales muestran un tejido más grande pero no más fuerte, y los ensayos en personas midieron síntomas.',
};
