import type { TranslationTable } from '../overlay';

/**
 * Spanish captions and presenter notes of the tour "What to expect in a prolotherapy session" (titles are in titles.ts).
 */
export const toursExpectEs: TranslationTable = {
  'tour.what-to-expect.steps.0.caption.patient#146a9344':
    'La proloterapia es una serie de inyecciones. Cada vez se pone un poco de un líquido ligeramente irritante donde los ligamentos y los tendones se unen al hueso, y dentro de la articulación. El líquido suele ser dextrosa concentrada, un tipo de azúcar.',
  'tour.what-to-expect.steps.0.caption.clinician#8535de77':
    'Se inyectan pequeños volúmenes de un irritante, por lo general dextrosa hipertónica, en las entesis dolorosas de ligamentos y tendones y en la articulación adyacente a lo largo de varias sesiones. Los marcadores son los puntos habituales de los protocolos publicados.',
  'tour.what-to-expect.steps.0.notes#a6f914d7':
    'Los marcadores son puntos habituales de los protocolos de ensayos publicados, no un plan para una rodilla concreta.',
  'tour.what-to-expect.steps.1.caption.patient#aa05fbba':
    'Antes de cualquier inyección, un profesional sanitario comprueba qué está causando el dolor de su rodilla. Le pregunta por su salud. También busca motivos por los que las inyecciones no serían seguras para usted, como una infección de la piel o de la articulación, o una prótesis de rodilla.',
  'tour.what-to-expect.steps.1.caption.clinician#6c8d0266':
    'Confirmar el diagnóstico y después descartar contraindicaciones de cualquier infiltración articular o de partes blandas: infección suprayacente o articular, fractura, alergia al inyectado, articulación protésica, anticoagulación no controlada. Los criterios de exclusión de los ensayos, como el embarazo, la diabetes o la alergia al maíz, son puntos que comentar con el paciente.',
  'tour.what-to-expect.steps.1.notes#7d64935b':
    'La mayor parte de la evidencia de ensayos se refiere a la artrosis de rodilla; para los demás diagnósticos no hay ensayos controlados.',
  'tour.what-to-expect.steps.2.caption.patient#6f7be08e':
    'Algunas clínicas guían la aguja con ecografía, o de vez en cuando con rayos X. Los ensayos principales no indicaron que usaran imagen. Con ecografía, las inyecciones destinadas a la articulación llegaron a ella más a menudo: unas 96 veces de cada 100, frente a unas 78 cuando se guiaban por el tacto.',
  'tour.what-to-expect.steps.2.caption.clinician#e4e8eecd':
    'Los ECA de referencia (Rabago, Dumais, Reeves) no describen guía por imagen en el texto consultado. Las inyecciones de rodilla guiadas por ecografía entraron en la articulación en el 95.8 % de los casos, frente al 77.8 % con referencias anatómicas; ensayos más recientes, como un registro de la Mayo Clinic y Fu 2024, usan ecografía.',
  'tour.what-to-expect.steps.2.notes#8c92daba':
    'El artículo de partida dice que la imagen «garantiza una colocación precisa». Las fuentes solo respaldan una mayor precisión en las inyecciones articulares.',
  'tour.what-to-expect.steps.3.caption.patient#4dd29e87':
    'El líquido es dextrosa estéril, un azúcar. A menudo se mezcla con un medicamento que adormece, como la lidocaína, para que las inyecciones escuezan menos. La concentración no fue la misma en todos los ensayos, así que su profesional sanitario decide la dosis.',
  'tour.what-to-expect.steps.3.caption.clinician#7d74ff05':
    'La dextrosa intraarticular osciló entre el 10 % (Reeves 2000, 9 mL) y el 25 % (Rabago 2013, 6 mL, por este portal inferomedial); las inyecciones extraarticulares usaron el 15 % en Rabago y Dumais. Lidocaína al 0.075-1 %. Los protocolos difieren y es mejor no fundirlos en una única dosis estándar.',
  'tour.what-to-expect.steps.4.caption.patient#b00ca903':
    'Una visita suele incluir varias inyecciones pequeñas. Una va dentro de la articulación. Las demás van donde los ligamentos y los tendones se unen al hueso. Algunos ensayos pusieron solo la inyección dentro de la articulación.',
  'tour.what-to-expect.steps.4.caption.clinician#a259526a':
    'El método de articulación completa (Hackett-Hemwall) combina una inyección intraarticular con muchas inyecciones en las entesis: 0.5 mL por punción, hasta 22.5 mL, en Rabago 2013; diez puntos de 1 mL en NCT05537077. Sit 2020 probó la inyección intraarticular sola porque el método de articulación completa es doloroso y exige una formación intensiva.',
  'tour.what-to-expect.steps.5.caption.patient#211ced8b':
    'En un ligamento, la aguja va al punto donde este se une al hueso. Este punto es donde empieza el ligamento interno de la rodilla, en el hueso del muslo.',
  'tour.what-to-expect.steps.5.caption.clinician#889339f8':
    'EA-1, origen femoral del LCMs, 3.2 mm por encima y 4.8 mm por detrás del epicóndilo medial. Rabago 2013 administró 0.5 mL de dextrosa al 15 % por punción; Dumais 2012, 1 mL de dextrosa al 15 % con lidocaína al 0.6 % en cada uno de 8 puntos de los ligamentos colaterales.',
  'tour.what-to-expect.steps.6.caption.patient#6bcf7cb7':
    'El artículo del que partió esta aplicación dice que una sesión dura de 15 a 30 minutos. Ninguno de los ensayos que revisamos indicó cuánto duraba una sesión, así que esto no está confirmado.',
  'tour.what-to-expect.steps.6.caption.clinician#1c3b926f':
    'La duración de la sesión, 15-30 minutos según el artículo de partida, no figura en los ensayos consultados: considérela no confirmada.',
  'tour.what-to-expect.steps.7.caption.patient#8fb1967e':
    'Un ciclo suele ser de 3 a 6 sesiones. En los ensayos, las sesiones se separaron de 3 a 8 semanas. La barra muestra el plan de un ensayo: una primera sesión, luego dos más 4 y 8 semanas después, y otras dos opcionales más adelante.',
  'tour.what-to-expect.steps.7.caption.clinician#47817842':
    'Rabago 2013: semanas 1, 5 y 9, con 13 y 17 opcionales (aquí el día 0 es la primera sesión). Dumais 2012: cuatro sesiones a intervalos de 4 semanas. Sit 2020: semanas 0, 4, 8 y 16. Sert 2020 y NCT05537077: semanas 0, 3 y 6. Reeves 2000: cada 2 meses.',
  'tour.what-to-expect.steps.8.caption.patient#7fdb6985':
    'Durante unos días la rodilla puede estar dolorida, rígida o un poco hinchada. El medicamento que adormece puede dejarla insensible durante un rato. En los ensayos clínicos, alrededor de 1 de cada 10 personas tuvo dolor por las inyecciones que duró hasta 3 días. Solía ceder con analgésicos sencillos.',
  'tour.what-to-expect.steps.8.caption.clinician#62df90a1':
    'Dolor tras la inyección de hasta 72 h en alrededor del 10 % de los participantes de los ensayos, por lo general controlado con analgésicos sencillos. En Rabago 2013, opioides prescritos durante un periodo corto controlaron el dolor de las inyecciones; tres participantes tuvieron hematomas autolimitados y no se comunicaron otros efectos adversos.',
  'tour.what-to-expect.steps.9.caption.patient#38609c22':
    'Pregunte a su profesional sanitario qué analgésico usar. Muchas clínicas piden no tomar antiinflamatorios, como el ibuprofeno, durante varias semanas. Algunas también piden no ponerse hielo durante un tiempo. La mayoría permiten el paracetamol (acetaminofén). Si toma un medicamento para otro problema de salud, no lo deje por su cuenta. Pregunte antes al médico que se lo recetó.',
  'tour.what-to-expect.steps.9.caption.clinician#42cc9f76':
    'El artículo de partida propone hielo y analgésicos sin receta, pero las hojas de cuidados posteriores de las clínicas prohíben los AINE y los corticoides sistémicos durante 4 a 12 semanas y desaconsejan el hielo, y permiten el paracetamol. Su justificación, no atenuar la inflamación buscada, se apoya en una hipótesis no comprobada.',
  'tour.what-to-expect.steps.10.caption.patient#a4b63e90':
    'Es normal notar algunas molestias durante dos o tres días. Pasado ese tiempo, póngase en contacto con su profesional sanitario ese mismo día, o acuda a urgencias, si la rodilla se pone caliente o roja. Haga lo mismo si se hincha o le duele cada vez más, si tiene fiebre, o si por la marca de una aguja sale líquido o sangre. La infección es poco frecuente, pero necesita atención rápida.',
  'tour.what-to-expect.steps.10.caption.clinician#fba7e032':
    'Es esperable dolor durante un máximo de 72 h. Está indicada una valoración el mismo día ante dolor, calor, eritema o tumefacción que aumentan pasado ese plazo, ante fiebre, o ante supuración o sangrado de un punto de punción: la artritis séptica es la complicación que hay que descartar tras una inyección intraarticular.',
  'tour.what-to-expect.steps.11.caption.patient#c05d247c':
    'Cuando ayuda, el cambio suele ir aumentando a lo largo de semanas. En un ensayo, las puntuaciones de dolor y de función de las personas mejoraron durante las primeras 9 semanas. Después se mantuvieron estables hasta un año.',
  'tour.what-to-expect.steps.11.caption.clinician#25e9376e':
    'Rabago 2013, grupo de dextrosa, mejoría media del WOMAC: 7.94 en la semana 5, 13.91 en la semana 9, 15.85 en la semana 24 y 15.32 en la semana 52. Son síntomas comunicados, no mediciones del tejido.',
  'tour.what-to-expect.steps.12.caption.patient#016eba46':
    'Los ensayos no informaron de efectos secundarios graves. Pero eran pequeños, de unas 90 personas como mucho cada uno, así que no pueden descartarse problemas poco frecuentes. Cerca de este punto, en la cara externa de la rodilla, pasa un nervio, así que los profesionales tienen cuidado aquí.',
  'tour.what-to-expect.steps.12.caption.clinician#1f5f48ae':
    'Ningún efecto adverso en Sit 2020 (76 participantes) y ninguno grave en los metaanálisis, pero cada ensayo incluyó como mucho unas 90 personas. Zonas de riesgo nervioso: el nervio peroneo común en la cabeza del peroné (este punto, EA-6) y el nervio safeno por detrás de la pata de ganso.',
  'tour.what-to-expect.steps.13.caption.patient#87629839':
    'Los ensayos en artrosis de rodilla sugieren que las inyecciones de dextrosa pueden aliviar el dolor y ayudar a usar la rodilla, hasta un año. Su efecto fue mayor que el de las inyecciones de agua con sal o el ejercicio, pero el beneficio añadido fue modesto, y muchos ensayos tenían defectos. Una importante guía estadounidense sobre la artrosis desaconseja este tratamiento, aunque no de forma firme. Háblelo con su profesional sanitario.',
  'tour.what-to-expect.steps.13.caption.clinician#24735359':
    'Los metaanálisis favorecen la dextrosa frente a la inyección de suero salino y el ejercicio en dolor y función (Chen 2022: 14 ECA, 978 pacientes), con diferencias de WOMAC entre grupos de unos 7-10 puntos, heterogeneidad marcada y, en su mayoría, alto riesgo de sesgo. La guía ACR/AF 2019 emite una recomendación condicional en contra de la proloterapia en la artrosis de rodilla y de cadera.',
};
