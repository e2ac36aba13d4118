import type { TranslationTable } from '../overlay';

/**
 * Spanish "What to expect": the procedure facts at both reading levels (the red flags are in safety.ts).
 * Doses and schedules as published; the seed article's unconfirmed points stay marked as such.
 */
export const expectEs: TranslationTable = {
  'procedure.what-it-is.title#4db16cba': 'Qué es la proloterapia',
  'procedure.what-it-is.body.patient#423b343a':
    'La proloterapia es una serie de inyecciones. Cada vez se introduce una pequeña cantidad de un líquido ligeramente irritante. Suele ser dextrosa concentrada, un tipo de azúcar. Se pone donde los ligamentos y los tendones se unen al hueso, y dentro de la articulación. Esto se repite a lo largo de varias visitas.',
  'procedure.what-it-is.body.clinician#b0fcad28':
    'Se inyectan pequeños volúmenes de una solución irritante, casi siempre dextrosa hipertónica, en las entesis dolorosas de ligamentos y tendones y en la articulación adyacente a lo largo de varias sesiones; Hackett formalizó los protocolos en la década de 1950.',
  'procedure.assessment-first.title#c6313def': 'Primero, una valoración',
  'procedure.assessment-first.body.patient#32e8aac1':
    'Antes de cualquier inyección, un profesional sanitario comprueba qué está causando el dolor de su rodilla. También revisa su salud general y cualquier motivo por el que las inyecciones no serían seguras para usted.',
  'procedure.assessment-first.body.clinician#fcdbdddf':
    'Confirmar el diagnóstico y descartar contraindicaciones para la infiltración articular y de partes blandas antes del tratamiento.',
  'procedure.contraindications.title#a0b4a71e': 'Cuándo no se aconsejan las inyecciones',
  'procedure.contraindications.body.patient#1d2a6ab0':
    'Dígale a su profesional sanitario si tiene una infección de la piel o de la articulación, una fractura reciente o alguna alergia. Eso incluye la alergia al maíz, porque la dextrosa suele fabricarse a partir del maíz. Dígale también si toma anticoagulantes, si está embarazada, si tiene diabetes o si lleva una prótesis de rodilla. Algunas de estas situaciones descartan las inyecciones. Otras requieren hablarlo antes.',
  'procedure.contraindications.body.clinician#3719b8ac':
    'Contraindicaciones de cualquier infiltración articular o de partes blandas: infección de la piel suprayacente o de la articulación (celulitis, derrame infectado, sospecha de bacteriemia), fractura, alergia a algún componente de la solución inyectada, articulación protésica y anticoagulación no controlada o un trastorno hemorrágico grave. El registro de un ensayo de proloterapia añade absceso y artritis séptica. Los criterios de exclusión de los ensayos (no son contraindicaciones formales) incluyen embarazo, diabetes, anticoagulación, artroplastia total de rodilla previa, artritis inflamatoria, alergia al maíz e IMC superior a 40.',
  'procedure.imaging-guidance.title#f1b7d205': 'Guía por imagen',
  'procedure.imaging-guidance.body.patient#e39cdf59':
    'Algunas clínicas usan la ecografía, o de vez en cuando los rayos X, para guiar la aguja. Los ensayos principales no indicaron que usaran imagen. La ecografía hace más probable que una inyección destinada a la articulación llegue a ella.',
  'procedure.imaging-guidance.body.clinician#e400941e':
    'Los ECA de referencia (Rabago, Dumais, Reeves) no describen guía por imagen en el texto consultado. La ecografía elevó la precisión intraarticular del 77.8 % al 95.8 %, y los ensayos más recientes la usan; las recomendaciones generales sugieren fluoroscopia para la inyección intraarticular en pacientes con obesidad.',
  'procedure.solution.title#3033d990': 'Dextrosa con un anestésico local',
  'procedure.solution.body.patient#8563b68b':
    'El líquido es dextrosa estéril, un azúcar. Suele mezclarse con un medicamento que adormece, como la lidocaína, para que las inyecciones escuezan menos.',
  'procedure.solution.body.clinician#878c91e9':
    'Extraarticular: dextrosa al 15 % en Rabago y Dumais; Bayat usó el 12 %, el 10 % en un ECA en personas mayores, y se compararon el 5-20 % en NCT05537077. Las concentraciones intraarticulares fueron del 10 % (Reeves) y el 12.5 % (Topol), pasando por el 16 % (Bayat) y el 20 % (Dumais), hasta el 25 % (Rabago). De Yildiz 2023 también se informa un 15 % periarticular y un 25 % intraarticular, pero sus concentraciones por punto no están confirmadas. Lidocaína al 0.075-1 %, a menudo en agua bacteriostática. Volúmenes: 0.5-1 mL por punto extraarticular; 5-10 mL intraarticulares.',
  'procedure.several-injections.title#95d781e1': 'Varias inyecciones en una visita',
  'procedure.several-injections.body.patient#1e1d26f2':
    'Una visita suele incluir varias inyecciones pequeñas. Una va dentro de la articulación. Las demás van donde los ligamentos y los tendones se unen al hueso. Algunos ensayos usaron en su lugar una sola inyección dentro de la articulación.',
  'procedure.several-injections.body.clinician#df48ebe3':
    'El método de articulación completa (Hackett-Hemwall) combina una inyección intraarticular con muchas inyecciones en las entesis (Rabago 2013: 0.5 mL por punción, hasta 22.5 mL; NCT05537077: 10 puntos). El grupo de Sit probó la inyección intraarticular sola porque el método de articulación completa es doloroso y exige una formación intensiva. Algunos ensayos usaron una técnica superficial de cuatro puntos, menos profunda (subcutánea o intradérmica).',
  'procedure.session-length.title#07a7d4ae': 'Cuánto dura una sesión',
  'procedure.session-length.body.patient#b6f11401':
    'El artículo del que partió esta aplicación dice que una sesión dura de 15 a 30 minutos. Ninguno de los ensayos que revisamos indicó cuánto duraba una sesión.',
  'procedure.session-length.body.clinician#f3ae3205':
    'Los ensayos consultados no informan de la duración de la sesión (15-30 minutos según el artículo de partida).',
  'procedure.course-of-sessions.title#6280ca53': 'Un ciclo de 3 a 6 sesiones',
  'procedure.course-of-sessions.body.patient#af88b90d':
    'Un ciclo suele ser de 3 a 6 sesiones, separadas por unas semanas. En los ensayos, las sesiones se separaron de 3 a 8 semanas.',
  'procedure.course-of-sessions.body.clinician#8823f4a6':
    'Semanas de las sesiones por ensayo. Rabago 2013: 1, 5 y 9, más 13 y 17 opcionales. Dumais 2012: cuatro sesiones a intervalos de 4 semanas. Sit 2020: 0, 4, 8 y 16. Sert 2020 y NCT05537077: 0, 3 y 6. Waluyo 2021: 1, 5 y 9. Reeves 2000: a intervalos de 2 meses. Topol 2016: mensual, de 4 a 6 veces.',
  'procedure.soreness-aftercare.title#917963b4': 'Molestias pasajeras',
  'procedure.soreness-aftercare.body.patient#82e79b8d':
    'Durante unos días la rodilla puede estar dolorida, rígida o un poco hinchada. El medicamento que adormece puede dejarla insensible durante un rato, y puede salirle un pequeño moratón. En los ensayos clínicos, alrededor de 1 de cada 10 personas tuvo dolor por las inyecciones que duró hasta 3 días. Solía ceder con analgésicos sencillos.',
  'procedure.soreness-aftercare.body.clinician#840eda29':
    'Dolor tras la inyección de hasta 72 h en alrededor del 10 % de los participantes, por lo general controlado con analgésicos sencillos. En Rabago 2013, opioides prescritos durante un periodo corto controlaron el dolor de las inyecciones; tres participantes tuvieron hematomas autolimitados y no se comunicaron otros efectos adversos.',
  'procedure.pain-relievers.title#4dc5201f': 'Analgésicos: pregunte antes',
  'procedure.pain-relievers.body.patient#192f7224':
    'Pregunte a su profesional sanitario qué analgésico usar. El artículo del que partió esta aplicación propone hielo y analgésicos que se compran sin receta. Pero muchas clínicas piden no tomar antiinflamatorios, como el ibuprofeno o el naproxeno, durante varias semanas. En algunas clínicas, hasta unos tres meses. Algunas también piden no ponerse hielo durante un tiempo. La mayoría de las clínicas permiten el paracetamol (acetaminofén). Si toma un medicamento para otro problema de salud, como aspirina a dosis bajas o comprimidos de corticoides, no lo deje por su cuenta. Pregunte antes al médico que se lo recetó.',
  'procedure.pain-relievers.body.clinician#f29e889e':
    'Los ensayos trataron el dolor tras la inyección con analgésicos sencillos o, en Rabago 2013, con opioides durante un periodo corto. Las hojas de cuidados posteriores de las clínicas suelen prohibir los AINE y los corticoides sistémicos (de 4 a 12 semanas tras el tratamiento en las dos hojas citadas) y desaconsejan el hielo, y permiten el paracetamol. Su justificación, no atenuar la respuesta inflamatoria buscada, se apoya en un mecanismo hipotético y no se ha comprobado en estas fuentes. Una de las hojas permite continuar con la aspirina a dosis bajas y pide consultar al médico antes de suspender un medicamento prescrito.',
  'procedure.gradual-results.title#d71b0a0e': 'Si hay beneficio, llega poco a poco',
  'procedure.gradual-results.body.patient#703ef3db':
    'La mejoría, cuando llega, suele ir aumentando a lo largo de semanas. En un ensayo, las puntuaciones mejoraron durante las primeras 9 semanas. Después se mantuvieron estables hasta un año.',
  'procedure.gradual-results.body.clinician#3c282a38':
    'Rabago 2013, grupo de dextrosa, mejoría media del WOMAC: 7.94 en la semana 5, 13.91 en la semana 9, 13.31 en la semana 12, 15.85 en la semana 24 y 15.32 en la semana 52. Son síntomas comunicados, no mediciones del tejido.',
  'procedure.safety.title#b04d1727': 'Seguridad',
  'procedure.safety.body.patient#d9624771':
    'Los ensayos no informaron de efectos secundarios graves. Pero eran pequeños, de unas 90 personas como mucho cada uno, así que no pueden descartarse problemas poco frecuentes. Como con cualquier inyección, hay un pequeño riesgo de infección. Una técnica limpia lo reduce. Cerca de algunos puntos pasan nervios, así que los profesionales tienen cuidado allí.',
  'procedure.safety.body.clinician#8c5b84cf':
    'Ningún efecto adverso en Sit 2020 (76 participantes); los metaanálisis no describen efectos adversos importantes ni graves. Los ensayos individuales incluyeron como mucho unos 90 participantes (Rabago 2013), demasiado pocos para descartar daños poco frecuentes. El riesgo de infección es el de cualquier inyección, poco frecuente y reducido con técnica aséptica; las bacterias que entran por un punto de inyección pueden causar una artritis séptica. Zonas de riesgo nervioso: nervio peroneo común junto a la cabeza del peroné y el tendón del bíceps femoral; nervio safeno por detrás de la pata de ganso.',
};
