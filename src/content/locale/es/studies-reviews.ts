import type { TranslationTable } from '../overlay';

/**
 * Spanish study entries for the reviews and meta-analyses (evidence-reviews.ts); figures as published.
 */
export const studiesReviewsEs: TranslationTable = {
  'study.hung-2016.label#fd2f0461': 'Hung 2016 (J Pain Res)',
  'study.hung-2016.plain#63fd6bb2':
    'Este estudio combinó los resultados de varios ensayos. La dextrosa funcionó mejor que las inyecciones simuladas o las de un medicamento que adormece, por una diferencia de pequeña a moderada. Superó al ejercicio por una diferencia mayor.',
  'study.hung-2016.size#c2802784':
    '5 ECA y 1 estudio de un solo grupo; 326 participantes (artrosis de rodilla y de los dedos)',
  'study.hung-2016.comparison#b09b4e93':
    'Proloterapia con dextrosa frente a inyecciones control, anestésico local, ejercicio o corticoide.',
  'study.hung-2016.followUp#c4249a93': 'Unos 6 meses',
  'study.hung-2016.results.0#1fd52626':
    'Tamaño del efecto frente al valor basal: 0.65, 0.84, 0.85 y 0.87 tras la 1.ª, 2.ª, 3.ª y 4.ª o posterior inyección.',
  'study.hung-2016.results.1#e90df978':
    'Frente a inyecciones control, 0.36 (IC del 95 %: 0.10 a 0.63); anestésico local, 0.38 (0.07 a 0.70); ejercicio, 0.71 (0.30 a 1.11); corticoide, 0.31 (−0.18 a 0.80), de un solo estudio.',
  'study.hung-2016.limits.0#0cddd170':
    'Pocos ensayos, y mezcla de articulaciones de la rodilla y de los dedos.',
  'study.chen-2022.label#6f3286bf': 'Chen 2022 (Clin Rehabil)',
  'study.chen-2022.plain#fb4a1c60':
    'Un análisis combinado de 14 ensayos encontró que la dextrosa funcionó mejor que un tratamiento simulado o que la atención sin inyecciones. Funcionó más o menos igual que otras inyecciones.',
  'study.chen-2022.size#18b381a0': '14 ECA, 978 pacientes',
  'study.chen-2022.comparison#ec6fa2f3':
    'Dextrosa frente a placebo y frente a controles no invasivos e invasivos, con metarregresión.',
  'study.chen-2022.followUp#0cd5e716': 'Variable',
  'study.chen-2022.results.0#cf2d75c0':
    'Mejor que el placebo y los controles no invasivos en dolor, función y calidad de vida; similar a otros tratamientos invasivos. La inyección intraarticular y extraarticular combinada puede superar a la intraarticular sola; los efectos pueden depender de la dosis y del tiempo.',
  'study.chen-2022.limits.0#5d249421':
    'Los autores advierten de una heterogeneidad marcada y de riesgo de sesgo.',
  'study.wee-2021.label#ae3bf7f9': 'Metaanálisis 2021 (J Clin Orthop Trauma)',
  'study.wee-2021.plain#e8c750ef':
    'A los 6 meses, la dextrosa alivió el dolor más o menos tanto como el plasma rico en plaquetas (PRP). Pero hizo menos por la rigidez. La mayoría de los estudios tenían defectos que podrían distorsionar los resultados (alto riesgo de sesgo).',
  'study.wee-2021.size#1a5ba17e': '11 artículos, 837 pacientes',
  'study.wee-2021.comparison#b06605b7': 'Dextrosa frente a tratamientos activos o placebo.',
  'study.wee-2021.followUp#9fde1bc4': '6 meses',
  'study.wee-2021.results.0#b07e8ddd':
    'Similar al PRP en dolor a los 6 meses; peor que el PRP en rigidez (DM 0.45, IC del 95 %: 0.06 a 0.85). Recomendación: SORT B («puede considerarse»), SORT C cuando hay pocas alternativas.',
  'study.wee-2021.limits.0#cdbf7207': 'Solo 2 de los estudios incluidos tenían un riesgo de sesgo bajo.',
  'study.arias-vazquez-2019.label#bc4a5d87': 'Arias-Vázquez 2019 (Adv Rheumatol)',
  'study.arias-vazquez-2019.plain#5f4f0b8a':
    'La dextrosa funcionó mejor que las inyecciones de un medicamento que adormece. Funcionó más o menos igual que otras varias inyecciones. Funcionó peor que el plasma rico en plaquetas (PRP).',
  'study.arias-vazquez-2019.size#5a040113': '10 ECA; 328 participantes con dextrosa frente a 348 de control',
  'study.arias-vazquez-2019.comparison#da66059e': 'Dextrosa frente a otras inyecciones y procedimientos.',
  'study.arias-vazquez-2019.followUp#f06230aa': 'De corto a largo plazo',
  'study.arias-vazquez-2019.results.0#a6935841':
    'Mejor que el anestésico local; similar al ácido hialurónico, el ozono y la radiofrecuencia; menos eficaz que el PRP y la eritropoyetina; sin reacciones adversas graves.',
  'study.arias-vazquez-2019.limits.0#8fb0cb02': 'Los autores piden ensayos de mejor calidad.',
  'study.cortez-2022.label#81f3d984': 'Cortez 2022 (Clinics)',
  'study.cortez-2022.plain#49e66eb6':
    'La dextrosa ayudó más que el agua con sal. No está claro cómo se compara con otras sustancias inyectadas.',
  'study.cortez-2022.size#2264e223': '8 ECA',
  'study.cortez-2022.comparison#a3b1a68e': 'Dextrosa frente a otras sustancias inyectadas.',
  'study.cortez-2022.followUp#ff837012': 'No se indica en el texto consultado',
  'study.cortez-2022.results.0#3f1dc4ad':
    'Mejor que el valor basal y que el suero salino; poco claro frente a otras sustancias.',
  'study.cortez-2022.limits.0#77e9ae74': 'No se indican en el texto consultado.',
  'study.waluyo-2023.label#7f55fa63': 'Waluyo 2023 (J Rehabil Med)',
  'study.waluyo-2023.plain#7464d45f':
    'En los ensayos en artrosis, la dextrosa por lo general funcionó igual de bien que otros tratamientos, o mejor. Pero los estudios tenían defectos que podrían distorsionar los resultados (alto riesgo de sesgo).',
  'study.waluyo-2023.size#fdd8a4a6': 'ECA en artrosis hasta octubre de 2021',
  'study.waluyo-2023.comparison#04d2a60a':
    'Proloterapia con dextrosa frente a cualquier comparador, en todas las articulaciones.',
  'study.waluyo-2023.followUp#0cd5e716': 'Variable',
  'study.waluyo-2023.results.0#8e9fb1c0':
    '12 estudios hallaron la dextrosa igual o mejor que los comparadores en la función; 10 de 14 la hallaron mejor en el dolor. El ácido hialurónico, el PRP, la eritropoyetina y el suero autólogo acondicionado fueron a veces mejores.',
  'study.waluyo-2023.limits.0#625abf7e':
    'Los revisores consideraron que los estudios publicados hasta la fecha tenían un riesgo de sesgo alto.',
  'study.cahyadi-steven.label#ca74dda4': 'Cahyadi y Steven (Int Surg J)',
  'study.cahyadi-steven.plain#1fabb159':
    'Esta revisión solo analizó la dextrosa inyectada dentro de la articulación. Ahí no funcionó mejor que el ácido hialurónico ni que el agua con sal.',
  'study.cahyadi-steven.size#0873c4f1': '7 estudios, 372 pacientes',
  'study.cahyadi-steven.comparison#32d88393':
    'Dextrosa intraarticular frente a ácido hialurónico o suero salino.',
  'study.cahyadi-steven.followUp#0cd5e716': 'Variable',
  'study.cahyadi-steven.results.0#07387036':
    'Sin diferencia significativa en la EVA (DM −0.72, IC del 95 %: −1.74 a 0.31) ni en el WOMAC.',
  'study.cahyadi-steven.limits.0#ccafce73':
    'Solo comparaciones intraarticulares; el año de publicación no está confirmado.',
  'study.hassan-maffulli.label#a5a61e49': 'Hassan, Murrell, Refalo y Maffulli',
  'study.hassan-maffulli.plain#caab90fa':
    'Una revisión analizó un conjunto de tratamientos para la artrosis de rodilla. Calificó de moderado el respaldo a la proloterapia.',
  'study.hassan-maffulli.size#9864f2f6':
    '18 estudios de tratamientos no biológicos de la artrosis de rodilla',
  'study.hassan-maffulli.comparison#ccc95d69':
    'Tratamientos inyectados no biológicos para la artrosis de rodilla.',
  'study.hassan-maffulli.followUp#0cd5e716': 'Variable',
  'study.hassan-maffulli.results.0#1fc3dfd5':
    'Calificó de «moderada» la evidencia a favor de la proloterapia.',
  'study.hassan-maffulli.limits.0#c08d7945': 'Revista no confirmada; se consultó en un portal secundario.',
};
