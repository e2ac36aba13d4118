import type { TranslationTable } from '../overlay';

/**
 * Spanish study entries for the knee-OA trials (evidence-trials.ts). Labels are authors, year and
 * journal, so most read as in English; results keep every figure, P value and scale name as published.
 */
export const studiesTrialsEs: TranslationTable = {
  'study.rabago-2013.label#3fcc7b73': 'Rabago 2013 (Ann Fam Med)',
  'study.rabago-2013.plain#7335e925':
    'En este ensayo, los dos grupos que recibieron inyecciones no sabían qué inyección les habían puesto. Quienes recibieron dextrosa mejoraron en una puntuación de rodilla aproximadamente el doble que quienes recibieron inyecciones de agua con sal o hicieron ejercicio en casa. Esto fue a lo largo de un año.',
  'study.rabago-2013.size#f0f1ec4e': '90 adultos con artrosis de rodilla',
  'study.rabago-2013.comparison#bc7fb3ba':
    'Dextrosa (extraarticular al 15 %, 0.5 mL por punción hasta 22.5 mL, más 6 mL al 25 % intraarticular) frente a inyecciones de suero salino con enmascaramiento frente a ejercicio en casa, en las semanas 1, 5 y 9 (opcionales 13 y 17).',
  'study.rabago-2013.followUp#fc52e707': '52 semanas',
  'study.rabago-2013.results.0#3319cfad':
    'La puntuación compuesta del WOMAC (0-100) mejoró 15.3 ± 3.5 puntos con dextrosa, frente a 7.6 ± 3.4 con suero salino y 8.2 ± 3.3 con ejercicio (P < .05, ajustado por edad, sexo e IMC); el cambio con dextrosa superó la diferencia mínima clínicamente importante. La escala de dolor de rodilla también favoreció a la dextrosa (P = .05).',
  'study.rabago-2013.results.1#46cd12a8':
    'Mejoría media del WOMAC, dextrosa / suero salino / ejercicio: semana 5, 7.94 / 5.22 / 4.42; semana 9, 13.91 / 6.75 / 2.51; semana 12, 13.31 / 8.19 / 4.26; semana 24, 15.85 / 8.12 / 8.48; semana 52, 15.32 / 7.59 / 8.24.',
  'study.rabago-2013.limits.0#945096ed':
    'Un solo centro y tamaño modesto; la inyección de suero salino puede tener efecto por sí misma, así que el grupo de suero salino no es un placebo inerte.',
  'study.sit-2020.label#f9b0c469': 'Sit 2020 (Ann Fam Med)',
  'study.sit-2020.plain#c9e38b14':
    'En este ensayo, las personas no sabían si recibían dextrosa o agua con sal. Las inyecciones solo dentro de la articulación aliviaron el dolor algo más que las de agua con sal al cabo de un año. No se comunicaron efectos secundarios.',
  'study.sit-2020.size#e99d7917': '76 adultos, atención primaria de Hong Kong',
  'study.sit-2020.comparison#dddd24c5':
    'Dextrosa hipertónica intraarticular frente a suero salino fisiológico en las semanas 0, 4, 8 y 16.',
  'study.sit-2020.followUp#fc52e707': '52 semanas',
  'study.sit-2020.results.0#b4373c63':
    'Diferencia en diferencias a las 52 semanas a favor de la dextrosa: dolor WOMAC −10.34 (IC del 95 %: −19.20 a −1.49); función −9.55 (−17.72 a −1.39); puntuación compuesta −9.65 (−17.77 a −1.53).',
  'study.sit-2020.results.1#b7b633b2':
    'Dolor en la EVA −10.98 (−21.36 a −0.61); EVA del EQ-5D +8.64. No se comunicaron acontecimientos adversos.',
  'study.sit-2020.limits.0#76139dbb':
    'Solo inyección intraarticular; la concentración de dextrosa no figuraba en el texto consultado. Los intervalos de confianza se acercan a cero.',
  'study.dumais-2012.label#40d71dca': 'Dumais 2012 (Pain Med)',
  'study.dumais-2012.plain#97ec8e75':
    'Añadir inyecciones a un plan de ejercicio mejoró las puntuaciones de rodilla más que el ejercicio solo. Pero todos sabían qué tratamiento recibían. Ningún grupo recibió inyecciones simuladas.',
  'study.dumais-2012.size#07ad2b7e': '36 adultos con artrosis de rodilla',
  'study.dumais-2012.comparison#d30364e3':
    'Ejercicio durante 32 semanas más inyecciones (extraarticulares, 1 mL al 15 % en los ligamentos colaterales, y 5 mL al 20 % intraarticulares) en las semanas 0-12 o en las semanas 20-32.',
  'study.dumais-2012.followUp#bcf6a831': '36 semanas',
  'study.dumais-2012.results.0#dcabd8a7':
    'Inyecciones primero: el WOMAC (0-96) bajó 21.8 ± 12.5 a las 16 semanas (P < .001) y después no cambió más en las 16 semanas siguientes.',
  'study.dumais-2012.results.1#d0166ed0':
    'Periodo de solo ejercicio: −6.1 ± 13.9 (P = .11), y después −9.3 ± 11.4 tras pasar a las inyecciones. Mejoría atribuida solo a las inyecciones: 11.9 puntos (29.5 %).',
  'study.dumais-2012.limits.0#fd2fd138': 'Sin enmascaramiento y sin grupo placebo.',
  'study.reeves-2000.label#14972717': 'Reeves y Hassanein 2000',
  'study.reeves-2000.plain#0d2d9727':
    'Un ensayo pequeño y temprano puso las inyecciones dentro de la articulación. A lo largo de 6 meses, la dextrosa ayudó más que la misma inyección sin dextrosa.',
  'study.reeves-2000.size#d55f0502':
    'No confirmado en la fuente consultada (38 rodillas tenían un compartimento sin cartílago en la radiografía)',
  'study.reeves-2000.comparison#162d4743':
    '9 mL intraarticulares de dextrosa al 10 % con lidocaína al 0.075 % frente a la misma solución sin dextrosa, cada 2 meses durante 3 inyecciones, y después 3 inyecciones de dextrosa en abierto.',
  'study.reeves-2000.followUp#6904fed2': '6 y 12 meses',
  'study.reeves-2000.results.0#5c33d73a':
    'Meses 0-6: beneficio significativamente mayor con dextrosa (análisis multivariante de Hotelling, P = .015).',
  'study.reeves-2000.results.1#83db3c60':
    'A los 12 meses, tras 6 inyecciones: dolor −44 %, quejas de hinchazón −63 %, fallos de la rodilla −85 %, flexión +14°. La laxitud del LCA medida con el KT1000 también fue una variable de resultado.',
  'study.reeves-2000.limits.0#be4945bf':
    'Pequeño, de una sola clínica; los datos de los 12 meses son en abierto.',
  'study.sert-2020.label#7751b754': 'Sert 2020 (J Altern Complement Med)',
  'study.sert-2020.plain#14c86762':
    'En este ensayo, todos hicieron además ejercicio en casa. A lo largo de 18 semanas, las inyecciones de dextrosa aliviaron el dolor más que las de agua con sal o que no recibir inyecciones.',
  'study.sert-2020.size#688a332e': '66 adultos (22 por grupo)',
  'study.sert-2020.comparison#73fab75a':
    'Dextrosa intraarticular y extraarticular frente a suero salino frente a control en las semanas 0, 3 y 6; ejercicio en casa para todos.',
  'study.sert-2020.followUp#bc6faf81': '18 semanas',
  'study.sert-2020.results.0#51102ad9':
    'Dolor WOMAC y dolor en actividad (EVA) mejores con dextrosa que con suero salino (p = 0.002; p < 0.001) y que con el control (ambos p < 0.001); rigidez, función y componente físico del SF-36 mejores que con el control.',
  'study.sert-2020.limits.0#9a0e30d1': 'Enmascaramiento de los pacientes; seguimiento corto.',
  'study.elderly-d10.label#eefb4a87': 'ECA en personas mayores, dextrosa al 10 % (Medica Hospitalia)',
  'study.elderly-d10.plain#77f4e6f7':
    'Este ensayo pequeño se hizo en personas mayores. La dextrosa ayudó más que el agua con sal o el ejercicio.',
  'study.elderly-d10.size#953c5b8f': '27 adultos de 60 años o más',
  'study.elderly-d10.comparison#a42a9a7b':
    'Dextrosa al 10 % frente a suero salino frente a ejercicio en casa en las semanas 1, 4 y 7.',
  'study.elderly-d10.followUp#201c78af': '21 semanas (según se publicó)',
  'study.elderly-d10.results.0#f2a24e22':
    'Cambio del WOMAC 16.2 ± 4.4 frente a 8.5 ± 4.3 frente a 9.1 ± 3.2 (p < 0.04).',
  'study.elderly-d10.limits.0#cda6d668':
    'Pequeño; el resumen menciona seguimientos en las semanas 11 y 15, pero da resultados en la semana 21.',
};
