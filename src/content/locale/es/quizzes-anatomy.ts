import type { TranslationTable } from '../overlay';

/**
 * Spanish questions, options and feedback of the quiz "Knee anatomy" (titles are in titles.ts). Only text is
 * translated: options and answers stay matched by id.
 */
export const quizzesAnatomyEs: TranslationTable = {
  'quiz.knee-anatomy.questions.tap-lcl.prompt#530f6519':
    'Toque el LCL, el ligamento del lado externo de la rodilla.',
  'quiz.knee-anatomy.questions.tap-lcl.explanation#52dd61aa':
    'El LCL baja por el lado externo, desde el hueso del muslo hasta el bulto de la parte alta del peroné. Impide que la rodilla se arquee hacia fuera.',
  'quiz.knee-anatomy.questions.tap-mcl.prompt#09e25eaa':
    'Toque el LCM, el ligamento largo y plano del lado interno de la rodilla.',
  'quiz.knee-anatomy.questions.tap-mcl.explanation#723d1ac9':
    'El LCM superficial baja por el lado interno de la rodilla. Impide que la rodilla se doble hacia dentro.',
  'quiz.knee-anatomy.questions.tap-acl.prompt#bd37fb4d':
    'Toque el LCA, la banda profunda del centro que impide que la tibia se deslice hacia delante.',
  'quiz.knee-anatomy.questions.tap-acl.explanation#4f8795ce':
    'El LCA cruza el centro de la rodilla, dentro de la articulación. Impide que la tibia se deslice hacia delante y ayuda a controlar los giros.',
  'quiz.knee-anatomy.questions.tap-pcl.prompt#51ff3f5d':
    'Toque el LCP, la banda que impide que la tibia se deslice hacia atrás.',
  'quiz.knee-anatomy.questions.tap-pcl.explanation#37f0de26':
    'El LCP está detrás del LCA. Impide que la tibia se deslice hacia atrás.',
  'quiz.knee-anatomy.questions.tap-patellar-tendon.prompt#48c925de':
    'Toque el tendón que está justo debajo de la rótula.',
  'quiz.knee-anatomy.questions.tap-patellar-tendon.explanation#eef56586':
    'El tendón rotuliano va desde la parte inferior de la rótula hasta la tibia. Lleva la tracción de los músculos del muslo hasta la pierna.',
  'quiz.knee-anatomy.questions.tap-quadriceps-tendon.prompt#4b3bcb76':
    'Toque el tendón que está justo encima de la rótula.',
  'quiz.knee-anatomy.questions.tap-quadriceps-tendon.explanation#9c2fd1ab':
    'El tendón del cuádriceps une los músculos de la parte delantera del muslo a la parte superior de la rótula, para que puedan estirar la rodilla.',
  'quiz.knee-anatomy.questions.tap-medial-meniscus.prompt#e4e3d666':
    'Toque el menisco medial, la almohadilla en forma de C del lado interno de la articulación.',
  'quiz.knee-anatomy.questions.tap-medial-meniscus.explanation#014f03db':
    'El menisco medial es una almohadilla de cartílago resistente, en forma de C, entre el hueso del muslo y la tibia. Reparte la carga y da estabilidad a la articulación.',
  'quiz.knee-anatomy.questions.tap-itb.prompt#03ad76ef':
    'Toque la cintilla iliotibial, la franja larga que baja por la cara externa del muslo.',
  'quiz.knee-anatomy.questions.tap-itb.explanation#b6436588':
    'La cintilla iliotibial baja por la cara externa del muslo hasta la parte alta de la tibia. Da estabilidad a la parte externa de la rodilla.',
  'quiz.knee-anatomy.questions.tap-pes-tendons.prompt#4b7d9710':
    'Toque los tres tendones que se unen en la cara interna de la tibia para formar la «pata de ganso» (pes anserinus).',
  'quiz.knee-anatomy.questions.tap-pes-tendons.explanation#566897d8':
    'Los tendones del sartorio, el grácil y el semitendinoso se unen, de delante atrás, en la cara interna de la tibia. Ayudan a doblar la rodilla y a girar la pierna hacia dentro.',
  'quiz.knee-anatomy.questions.pes-anserine-structures.prompt#128a1e8a':
    'Dolor de los tendones y la bolsa de la pata de ganso: toque las cinco estructuras que esta aplicación resalta en este caso.',
  'quiz.knee-anatomy.questions.pes-anserine-structures.explanation#45e0fa0f':
    'El dolor procede de los tres tendones de la pata de ganso o del pequeño saco de líquido (bolsa serosa) que hay debajo de ellos. El extremo inferior del LCM está justo debajo, así que la aplicación también lo muestra.',
  'quiz.knee-anatomy.questions.tap-mpfl.prompt#8d541b4e':
    'Toque el LFRM, la banda fina que va del borde interno de la rótula al hueso del muslo.',
  'quiz.knee-anatomy.questions.tap-mpfl.explanation#c4ec345b':
    'El LFRM va del borde interno de la rótula al hueso del muslo. Impide que la rótula se desplace hacia fuera.',
  'quiz.knee-anatomy.questions.most-sprained.prompt#344a92cf':
    '¿Cuál es el ligamento de la rodilla que con más frecuencia sufre esguinces?',
  'quiz.knee-anatomy.questions.most-sprained.options.acl.text#e5b3014c': 'El LCA, en el centro de la rodilla',
  'quiz.knee-anatomy.questions.most-sprained.options.superficial-mcl.text#adba86bd':
    'El LCM, en el lado interno',
  'quiz.knee-anatomy.questions.most-sprained.options.lcl.text#d5587c39': 'El LCL, en el lado externo',
  'quiz.knee-anatomy.questions.most-sprained.options.pcl.text#64fe5c10': 'El LCP, en la parte de atrás',
  'quiz.knee-anatomy.questions.most-sprained.explanation#025f7a96':
    'El LCM es el ligamento de la rodilla que con más frecuencia sufre esguinces. Suele ocurrir con un golpe o un giro que empuja la rodilla hacia dentro.',
  'quiz.knee-anatomy.questions.kneecap-restraint.prompt#9d58cd08':
    '¿Qué banda es la que principalmente impide que la rótula se desplace hacia fuera?',
  'quiz.knee-anatomy.questions.kneecap-restraint.options.mpfl.text#f6cd0dbb': 'El LFRM',
  'quiz.knee-anatomy.questions.kneecap-restraint.options.lcl.text#94096867': 'El LCL',
  'quiz.knee-anatomy.questions.kneecap-restraint.options.pcl.text#12027743': 'El LCP',
  'quiz.knee-anatomy.questions.kneecap-restraint.options.iliotibial-band.text#fd082b05':
    'La cintilla iliotibial',
  'quiz.knee-anatomy.questions.kneecap-restraint.explanation#e8cb0c35':
    'El LFRM sujeta la rótula por su lado interno. Hace la mayor parte de este trabajo cuando la rodilla está casi estirada.',
  'quiz.knee-anatomy.questions.pes-tender-spot.prompt#cfeffcc6':
    'En el dolor de la pata de ganso, ¿dónde suele estar el punto doloroso?',
  'quiz.knee-anatomy.questions.pes-tender-spot.options.inner-shin.text#d2fdcf69':
    'En la cara interna de la tibia, unos 5 cm por debajo de la línea de la articulación',
  'quiz.knee-anatomy.questions.pes-tender-spot.options.above-kneecap.text#53d589ac':
    'Justo encima de la rótula',
  'quiz.knee-anatomy.questions.pes-tender-spot.options.outer-knee.text#37b96eca':
    'En el lado externo de la rodilla',
  'quiz.knee-anatomy.questions.pes-tender-spot.explanation#eb7c2806':
    'El punto doloroso está en la cara interna de la tibia, a unos tres dedos de ancho, o 5 cm, por debajo de la línea interna de la articulación.',
  'quiz.knee-anatomy.questions.nerve-near-lcl.prompt#e812c978':
    '¿Qué nervio pasa cerca del extremo inferior del LCL, junto al bulto de la parte alta del peroné?',
  'quiz.knee-anatomy.questions.nerve-near-lcl.options.peroneal.text#b11f8c9d':
    'El nervio peroneo común (fibular común)',
  'quiz.knee-anatomy.questions.nerve-near-lcl.options.saphenous.text#135494c8': 'El nervio safeno',
  'quiz.knee-anatomy.questions.nerve-near-lcl.options.femoral.text#298bf190': 'El nervio femoral',
  'quiz.knee-anatomy.questions.nerve-near-lcl.explanation#6442f324':
    'El nervio peroneo común discurre a lo largo del borde del tendón isquiotibial externo y rodea la parte alta del peroné. Los profesionales tienen cuidado cuando inyectan ahí.',
  'quiz.knee-anatomy.questions.deepest-behind-knee.prompt#ea31b1c6':
    'En la parte de atrás de la rodilla, ¿qué está más profundo, pegado a la articulación?',
  'quiz.knee-anatomy.questions.deepest-behind-knee.options.tibial-nerve.text#add6a207': 'El nervio tibial',
  'quiz.knee-anatomy.questions.deepest-behind-knee.options.popliteal-vein.text#9305bee4': 'La vena poplítea',
  'quiz.knee-anatomy.questions.deepest-behind-knee.options.popliteal-artery.text#95e13bfb':
    'La arteria poplítea',
  'quiz.knee-anatomy.questions.deepest-behind-knee.options.great-saphenous-vein.text#fc845b35':
    'La vena safena mayor',
  'quiz.knee-anatomy.questions.deepest-behind-knee.explanation#b7c8d888':
    'El hueco de detrás de la rodilla aloja su nervio, su vena y su arteria principales. El nervio es el más cercano a la piel y la vena queda en medio. La arteria es la más profunda, pegada a la articulación.',
};
