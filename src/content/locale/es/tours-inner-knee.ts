import type { TranslationTable } from '../overlay';

/**
 * Spanish captions of the tour "Pain on the inner side of the knee" (titles are in titles.ts).
 */
export const toursInnerKneeEs: TranslationTable = {
  'tour.inner-knee-pain.steps.0.caption.patient#d5f8a670':
    'El dolor en la cara interna de la rodilla tiene varias causas. Este recorrido se fija en dos de ellas. Una es el ligamento interno de la rodilla, el LCM. La otra es un grupo de tendones algo más abajo, la pata de ganso.',
  'tour.inner-knee-pain.steps.0.caption.clinician#d18014cc':
    'Dos generadores de dolor medial: el complejo del LCM (LCMs, LCMp, LOP) tras una lesión en valgo, y la tendinopatía o bursitis de la pata de ganso, a menudo junto a artrosis de rodilla. Las roturas del menisco medial también causan dolor en la interlínea articular.',
  'tour.inner-knee-pain.steps.1.caption.patient#fac4aa94':
    'El LCM es una banda larga y plana en el lado interno, que va del hueso del muslo a la tibia. Impide que la rodilla se doble hacia dentro.',
  'tour.inner-knee-pain.steps.1.caption.clinician#9c44f304':
    'LCMs: origen femoral justo proximal y posterior al epicóndilo medial; dos inserciones tibiales, la distal 61.2 mm por debajo de la interlínea articular, profunda y posterior a la pata de ganso. Limitador estático primario del valgo.',
  'tour.inner-knee-pain.steps.2.caption.patient#91c0dd66':
    'Un golpe o un giro que empuja la rodilla hacia dentro puede distender en exceso o romper en parte el LCM. La mayoría se curan sin cirugía. Algunos dejan dolor donde se une el ligamento, o una sensación de inestabilidad al cambiar de dirección.',
  'tour.inner-knee-pain.steps.2.caption.clinician#0597537d':
    'Lesión en valgo del LCMs, a menudo con el LCMp y el LOP: la lesión ligamentosa de rodilla más frecuente, tratada por lo general sin cirugía; una minoría queda con dolor o laxitud medial crónicos.',
  'tour.inner-knee-pain.steps.3.caption.patient#fa32b2e2':
    'Los profesionales gradúan un esguince del 1 al 3. En el grado 1 hay dolor al tocar, pero la rodilla no está floja. El grado 2 es una rotura parcial, y la rodilla está algo floja. El grado 3 es una rotura completa.',
  'tour.inner-knee-pain.steps.3.caption.clinician#69e4f005':
    'Grado I: dolor a la palpación sin laxitud. Grado II: rotura parcial con laxitud leve a moderada. Grado III: rotura completa. En radiografías en estrés en valgo, una apertura medial adicional de 3.2 mm o más respecto a la otra rodilla sugiere una rotura completa del LCMs.',
  'tour.inner-knee-pain.steps.4.caption.patient#363112d2':
    'Bajo el LCM hay una capa más profunda, y en la esquina posterior interna hay otra banda. Las dos suelen lesionarse junto con él. La capa profunda, además, une el menisco interno, una almohadilla de la articulación, al hueso.',
  'tour.inner-knee-pain.steps.4.caption.clinician#ee8f70d6':
    'El LCMp (partes meniscofemoral y meniscotibial) y el LOP se lesionan a menudo con el LCMs; la parte meniscotibial fija el menisco medial.',
  'tour.inner-knee-pain.steps.5.caption.patient#b05b6f21':
    'En la investigación que usó esta aplicación no hay buenos ensayos de proloterapia para un esguince del LCM que no acaba de mejorar. Algunos profesionales la ofrecen. Pero no se sabe si ayuda.',
  'tour.inner-knee-pain.steps.5.caption.clinician#9741e041':
    'Entre las fuentes de esta aplicación no hay ningún ensayo controlado de proloterapia en el esguince crónico del LCM; los ensayos aleatorizados incluyeron a personas con artrosis de rodilla. Las fuentes de quienes la practican la presentan como una indicación, así que considere cualquier beneficio como no demostrado.',
  'tour.inner-knee-pain.steps.6.caption.patient#9d05f389':
    'Más abajo, unos 5 cm por debajo de la línea de la articulación, tres tendones se unen en la cara interna de la tibia. Juntos parecen la pata de un ganso: la pata de ganso. Debajo de ellos hay un pequeño saco de líquido, una bolsa serosa.',
  'tour.inner-knee-pain.steps.6.caption.clinician#10fac85d':
    'El sartorio, el grácil y el semitendinoso se insertan, de delante atrás, en la tibia proximal anteromedial, superficiales a la inserción distal del LCMs; la bolsa anserina se sitúa en profundidad respecto a los tendones conjuntos.',
  'tour.inner-knee-pain.steps.7.caption.patient#0c09b8e0':
    'El dolor aquí procede de los tendones o del saco que hay debajo de ellos. A menudo acompaña a la artrosis de rodilla. Es frecuente en personas con sobrepeso, en mujeres de mediana edad y en corredores.',
  'tour.inner-knee-pain.steps.7.caption.clinician#4bbc1ad2':
    'Tendinopatía o bursitis de la pata de ganso en la tibia proximal anteromedial, a menudo coexistente con artrosis de rodilla; los factores de riesgo incluyen la obesidad, el sexo femenino en la mediana edad y la carrera.',
  'tour.inner-knee-pain.steps.8.caption.patient#96e59f17':
    'El punto doloroso está en la cara interna de la tibia, a unos tres dedos de ancho (unos 5 cm) por debajo de la línea interna de la articulación. Puede doler al subir o bajar escaleras, al levantarse de una silla o al acostarse sobre ese lado por la noche.',
  'tour.inner-knee-pain.steps.8.caption.clinician#d2b5515d':
    'Dolor focal a la palpación unos 5 cm distal a la interlínea articular medial, a veces con tumefacción local; dolor en escaleras, al levantarse de una silla y por la noche. La inserción distal del LCMs está justo debajo, y por eso la ficha de la afección resalta también el LCMs.',
  'tour.inner-knee-pain.steps.9.caption.patient#72f74e07':
    'El método clásico inyecta donde un ligamento se une al hueso. Este punto es el extremo inferior del LCM, en la tibia, unos 6 cm por debajo de la articulación. Los tendones de la pata de ganso lo cubren.',
  'tour.inner-knee-pain.steps.9.caption.clinician#4b25c7c3':
    'EA-2, la inserción distal del LCMs, 61.2 mm por debajo de la interlínea articular, profunda y posterior a la pata de ganso. Rabago 2013: 0.5 mL de dextrosa al 15 % por punción. Dumais 2012: 1 mL de dextrosa al 15 % con lidocaína al 0.6 % en cada punto de los ligamentos colaterales.',
  'tour.inner-knee-pain.steps.10.caption.patient#ef0db4ac':
    'Un ensayo inscrito en un registro público incluye la pata de ganso entre diez puntos alrededor de la rodilla. Por detrás de ella pasa un nervio, así que los profesionales tienen cuidado aquí.',
  'tour.inner-knee-pain.steps.10.caption.clinician#0d6eee64':
    'EA-7, incluido en NCT05537077 (1 mL por punto de dextrosa al 5 %, 10 % o 20 %). Para la bolsa, las inyecciones se dirigen a unos 2 cm por debajo y 2 cm medial a la tuberosidad tibial. El nervio safeno pasa por detrás de la pata de ganso.',
  'tour.inner-knee-pain.steps.11.caption.patient#05fece42':
    'En la investigación que usó esta aplicación no hay buenos ensayos de proloterapia para el dolor de la pata de ganso. Así que no se sabe si ayuda. La mayoría de los ensayos estudiaron la artrosis de rodilla. Hable con su profesional sanitario sobre su propia rodilla.',
  'tour.inner-knee-pain.steps.11.caption.clinician#548b6a34':
    'Entre las fuentes no hay ningún ensayo controlado de proloterapia en el dolor de la pata de ganso ni en el esguince crónico del LCM; los ECA y los metaanálisis incluyeron a pacientes con artrosis de rodilla, en la que a menudo coexiste el dolor de la pata de ganso y la dextrosa tiene un respaldo modesto y de certeza baja.',
};
