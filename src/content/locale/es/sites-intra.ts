import type { TranslationTable } from '../overlay';

/**
 * Spanish injection-site cards inside the joint (IA-1 to IA-4): landmark, approach, the published
 * doses and their notes.
 * Doses are quoted as each study published them, decimal points included (a test checks every figure).
 */
export const sitesIntraEs: TranslationTable = {
  'site.ia-1.landmark.patient#dc6ea3d0':
    'Dentro de la propia articulación, desde delante, por el lado interno del tendón de la rótula, con la rodilla doblada.',
  'site.ia-1.landmark.clinician#42eb1b2c':
    'Medial al tendón rotuliano, justo proximal a la meseta tibial, con la rodilla en flexión.',
  'site.ia-1.approach.patient#ba1ac27b':
    'Los ensayos de Rabago usaron este punto para la inyección dentro de la articulación. Otro ensayo (Reeves 2000) también lo usó, con una aguja muy fina.',
  'site.ia-1.approach.clinician#3df5abb7':
    'Portal usado para la inyección intraarticular en los ensayos de Rabago; Reeves 2000 también inyectó por vía inferomedial, con una aguja de calibre 27.',
  'site.ia-1.protocols.0.solution#f33d010a': 'Dextrosa mezclada con lidocaína',
  'site.ia-1.protocols.0.concentration#ace64051': 'Dextrosa al 25 %',
  'site.ia-1.protocols.0.volume#5f41ae7a': '6 mL',
  'site.ia-1.protocols.0.schedule#8de7d5a6':
    'Semanas 1, 5 y 9, con sesiones opcionales en las semanas 13 y 17',
  'site.ia-1.protocols.0.notReported.0#816011f6': 'composición exacta de la mezcla con lidocaína',
  'site.ia-1.protocols.0.notReported.1#1fb6f32d': 'calibre de la aguja',
  'site.ia-1.protocols.1.solution#860c6ee9': 'Dextrosa',
  'site.ia-1.protocols.1.concentration#ace64051': 'Dextrosa al 25 %',
  'site.ia-1.protocols.1.volume#5f41ae7a': '6 mL',
  'site.ia-1.protocols.1.schedule#9d07278c': 'Semanas 1, 5 y 9, con las semanas 13 y 17 opcionales',
  'site.ia-1.protocols.1.notReported.0#1fb6f32d': 'calibre de la aguja',
  'site.ia-1.protocols.2.solution#6932f439': 'Dextrosa con lidocaína al 0.075 % en agua bacteriostática',
  'site.ia-1.protocols.2.concentration#19105255': 'Dextrosa al 10 %',
  'site.ia-1.protocols.2.volume#91379c9d': '9 mL',
  'site.ia-1.protocols.2.needle#25bbb2d4': 'Calibre 27',
  'site.ia-1.protocols.2.schedule#79764d1b':
    'Cada 2 meses: 3 inyecciones en fase ciega y después 3 más en fase abierta',
  'site.ia-1.protocolNote.patient#3caa6e0d':
    'Uno de estos estudios (Rabago 2012) también puso inyecciones alrededor de la articulación. Esas llevaban un segundo irritante, el morruato sódico. La tabla muestra solo su inyección dentro de la articulación.',
  'site.ia-1.protocolNote.clinician#7fbcb076':
    'Rabago 2012 (estudio abierto) también administró inyecciones extraarticulares de dextrosa al 15 % con morruato sódico al 5 %; su fila, más abajo, da solo la dosis intraarticular.',
  'site.ia-2.landmark.patient#103a8fe6':
    'Dentro de la articulación desde delante, junto al tendón de la rótula, con la rodilla doblada en ángulo recto.',
  'site.ia-2.landmark.clinician#d286aafd':
    'Junto al tendón rotuliano, por medial o por lateral, con la aguja paralela a la meseta tibial y la rodilla a 90° (el «abordaje anterior» de Dumais 2012).',
  'site.ia-2.approach.patient#a3b1208b':
    'Cuando se hicieron guiándose por el tacto, sin pruebas de imagen, las inyecciones desde este punto llegaron a la articulación unas 7 de cada 10 veces.',
  'site.ia-2.approach.clinician#5456a43c':
    'Sin imagen, las inyecciones guiadas por referencias anatómicas desde este portal alcanzaron la articulación en alrededor del 75 % (anteromedial) y del 71 % (anterolateral) de los intentos.',
  'site.ia-2.protocols.0.solution#ac82f93d': 'Dextrosa con lidocaína al 0.5 %',
  'site.ia-2.protocols.0.concentration#041fa7f2': 'Dextrosa al 20 %',
  'site.ia-2.protocols.0.volume#11ac4b91': '5 mL',
  'site.ia-2.protocols.0.schedule#22525e23': '4 sesiones a intervalos de 4 semanas',
  'site.ia-2.protocols.0.notReported.0#1fb6f32d': 'calibre de la aguja',
  'site.ia-3.landmark.patient#fea4c245':
    'Dentro de la articulación desde el lado externo, justo por encima de la rótula, con la pierna estirada.',
  'site.ia-3.landmark.clinician#2fb2f4d7':
    'Aproximadamente 1 cm por encima y 1 cm lateral al ángulo superolateral de la rótula, con la aguja inclinada unos 45° para pasar por debajo de ella y la rodilla en extensión.',
  'site.ia-3.approach.patient#1e2e6942':
    'Nuestras fuentes no dan ninguna cifra para este punto exacto. Una entrada cercana, desde el lado externo a media altura de la rótula, fue la más precisa de las que se hacen guiándose por el tacto, sin pruebas de imagen. Llegó a la articulación unas 9 de cada 10 veces.',
  'site.ia-3.approach.clinician#24c813a2':
    'La cifra de precisión de los datos citados corresponde al abordaje lateral a media altura de la rótula, el portal a ciegas más preciso en ellos: alrededor del 93 % de los intentos entraron en la articulación. No se da ninguna cifra para la entrada superolateral descrita arriba.',
  'site.ia-3.protocolNote.patient#02ba4b57':
    'Ningún ensayo de proloterapia de nuestras fuentes menciona este punto. Las recomendaciones generales para las inyecciones en la articulación de la rodilla usan de 5 a 10 mL de líquido.',
  'site.ia-3.protocolNote.clinician#910764e9':
    'Ningún ensayo de proloterapia de las fuentes menciona este portal; las recomendaciones generales sobre la infiltración de la rodilla indican volúmenes intraarticulares de 5-10 mL.',
  'site.ia-4.landmark.patient#5a08ca46':
    'Dentro de una prolongación de la articulación en forma de bolsa, justo por encima de la rótula. El tendón del muslo la cubre. La ecografía guía la aguja.',
  'site.ia-4.landmark.clinician#2e78157a':
    'Receso suprarrotuliano, profundo al tendón del cuádriceps, justo por encima de la rótula, con la rodilla en flexión de unos 30°, bajo guía ecográfica.',
  'site.ia-4.approach.patient#a0520e64':
    'Con ecografía, las inyecciones en la articulación de la rodilla llegaron a ella unas 96 de cada 100 veces. Guiándose por el tacto, lo lograron unas 78 de cada 100 veces. Un ensayo de Mayo Clinic usa la ecografía para guiar la dextrosa al interior de la articulación.',
  'site.ia-4.approach.clinician#c91a1e4e':
    'Las inyecciones de rodilla guiadas por ecografía alcanzaron la articulación en el 95.8 % de los casos, frente al 77.8 % con referencias anatómicas (odds ratio 6.4). Un ensayo de Mayo Clinic administra dextrosa intraarticular bajo guía ecográfica.',
  'site.ia-4.protocolNote.patient#7dfebb18':
    'El ensayo de Mayo Clinic aún buscaba voluntarios cuando lo consultamos. Nuestras fuentes no indican su dosis.',
  'site.ia-4.protocolNote.clinician#9cbf3261':
    'El ensayo de Mayo Clinic con dextrosa guiada por ecografía estaba reclutando participantes cuando se consultó; las fuentes no indican su dosis.',
};
