import type { TranslationTable } from '../overlay';

/**
 * Spanish structure cards of the soft-tissue neighbours (issue #13): muscle bellies, bursae, fat pad, skin.
 */
export const structuresNeighboursEs: TranslationTable = {
  'structure.vastus-medialis.function.patient#8cc8f74b':
    'La parte interna del gran músculo de la parte delantera del muslo. Se une al tendón grueso situado por encima de la rótula, que ayuda a estirar la rodilla. Sus fibras más bajas tiran de la rótula en diagonal.',
  'structure.vastus-medialis.function.clinician#e35442b4':
    'Extensor de la rodilla en la capa media del tendón del cuádriceps; sus fibras distales son cada vez más oblicuas. Los estudios de disección discrepan sobre si la porción oblicua (VMO) es un músculo aparte: una serie no encontró un VMO separado en 20 miembros.',
  'structure.vastus-medialis.attachments.0.label#57ff968e': 'Inserción',
  'structure.vastus-medialis.attachments.0.text#5982bc32':
    'Junto con parte del tendón del recto, la mitad superomedial del borde superior de la rótula, y el borde medial a la altura de su punto medio o por encima en la mayoría de las rodillas; las fibras oblicuas más bajas llegaban al borde medial en 25 de 30 miembros.',
  'structure.vastus-medialis.attachments.1.label#179793d9': 'Tendón',
  'structure.vastus-medialis.attachments.1.text#2d2f0f03':
    'Se inserta en oblicuo y solo se vuelve tendinoso pocos milímetros antes de la rótula, a diferencia de los tendones verticales del vasto lateral y del vasto intermedio.',
  'structure.vastus-medialis.dimensions.0#5517fa0c':
    'Ángulo de las fibras con el eje del fémur: 18–32° en la porción larga, 30–46° y 46–56° en las porciones oblicuas superior e inferior (30 miembros).',
  'structure.vastus-medialis.dimensions.1#fe1f6055':
    'Dirección de las fibras de 28.9°, 43.6° y 54.8° en el tercio medio, el tercio inferior y el borde superior de la rótula; 41.1° respecto al tendón del recto en otra serie.',
  'structure.vastus-medialis.dimensions.2#304561a4':
    'Alrededor del 10% de su longitud se inserta en la rótula; tendón distal de 1.4–3.5 cm.',
  'structure.vastus-lateralis.function.patient#53632267':
    'La parte externa del gran músculo de la parte delantera del muslo. Se une al tendón grueso situado por encima de la rótula, que ayuda a estirar la rodilla.',
  'structure.vastus-lateralis.function.clinician#0db2478f':
    'Extensor de la rodilla en la capa media del tendón del cuádriceps. Una porción oblicua distal (VLO) estaba en los 32 miembros de una serie y en el 60% de otra; se funde con el retináculo lateral y la CIT.',
  'structure.vastus-lateralis.attachments.0.label#57ff968e': 'Inserción',
  'structure.vastus-lateralis.attachments.0.text#3d0f90d7':
    'Mitad superolateral del borde superior de la rótula; su tendón es vertical. La porción oblicua discurre por debajo y por fuera de la porción larga y se une a ella en el borde superolateral, entrelazándose con el retináculo lateral y la CIT.',
  'structure.vastus-lateralis.dimensions.0#8d4c23fb':
    'Ángulo de las fibras de 26.6° respecto al tendón del recto (vasto medial, 41.1°).',
  'structure.rectus-femoris.function.patient#f6043718':
    'El músculo central de la parte delantera del muslo. Forma la capa superior del tendón grueso situado por encima de la rótula y ayuda a estirar la rodilla.',
  'structure.rectus-femoris.function.clinician#f12fce10':
    'Extensor de la rodilla que forma la capa superficial del tendón del cuádriceps. Las cuatro cabezas convergen en el tercio distal del muslo; todos los elementos se fusionan entre 13 y 90 mm por encima de la rótula.',
  'structure.rectus-femoris.attachments.0.label#57ff968e': 'Inserción',
  'structure.rectus-femoris.attachments.0.text#9346b133':
    'Polo superior de la rótula a través del tendón superficial del cuádriceps, que está por delante de la bolsa suprarrotuliana y por detrás de la bolsa prerrotuliana.',
  'structure.rectus-femoris.dimensions.0#8138b625':
    'El tendón es más estrecho (15.3 mm) a 4.8 mm por encima de la rótula.',
  'structure.popliteus-muscle.function.patient#858370bb':
    'Un músculo pequeño y plano en la parte de atrás de la rodilla, justo por debajo de la articulación. Gira un poco la rodilla para «desbloquearla» cuando está estirada y que pueda empezar a doblarse.',
  'structure.popliteus-muscle.function.clinician#17066dd6':
    'Rota el fémur hacia fuera sobre la tibia para desbloquear la rodilla extendida; su tendón nace del cóndilo femoral lateral y del menisco lateral.',
  'structure.popliteus-muscle.attachments.0.label#57ff968e': 'Inserción',
  'structure.popliteus-muscle.attachments.0.text#90f58a83':
    'Cara posterior de la tibia proximal, justo por encima de la línea del sóleo (origen del sóleo); la base medial del vientre queda bajo la expansión del semimembranoso.',
  'structure.popliteus-muscle.dimensions.0#5f03538a':
    'Triángulo escaleno: base de 79.2 ± 12.8 mm, lado superior de 58.0 ± 7.4 mm, lado inferior de 101.7 ± 11.7 mm.',
  'structure.popliteus-muscle.dimensions.1#0143e4d5':
    'Otra serie: un triángulo obtusángulo con lados superior, medial y lateral de 7.6, 6.2 y 11.9 cm.',
  'structure.popliteus-muscle.dimensions.2#b8e5466a':
    'Anchura de 28.5 mm en la mitad del vientre, 11.7 mm en la unión musculotendinosa y 76.0 mm en la inserción; tendón de 24.9 mm.',
  'structure.semimembranosus-muscle.function.patient#32fb4a85':
    'El músculo isquiotibial interno, en la parte de atrás del muslo. Dobla la rodilla, y su tendón da firmeza a la esquina interna y posterior de la rodilla.',
  'structure.semimembranosus-muscle.function.clinician#a7882408':
    'Flexor de la rodilla y estabilizador posteromedial. A diferencia del semitendinoso, con forma de cinta, sigue siendo muscular hasta muy abajo, con fibras cortas uni- y multipenniformes.',
  'structure.semimembranosus-muscle.attachments.0.label#57ff968e': 'Inserción',
  'structure.semimembranosus-muscle.attachments.0.text#55d9a747':
    'Seis inserciones distales: brazo directo, brazo anterior, expansiones al LOP y al ligamento poplíteo oblicuo, expansión tibial distal (poplítea) y un brazo meniscal.',
  'structure.semimembranosus-muscle.dimensions.0#8e651458':
    'La unión musculotendinosa es una zona de transición de 10–12 cm de largo.',
  'structure.biceps-femoris-muscle.function.patient#3313e4d3':
    'El músculo isquiotibial externo, en la parte de atrás del muslo. Dobla la rodilla. Su tendón termina en el bulto de hueso del lado externo, justo por debajo de la rodilla.',
  'structure.biceps-femoris-muscle.function.clinician#c3cb0ffb':
    'Flexor de la rodilla con cabezas larga y corta; el tendón se divide alrededor del ligamento colateral fibular. El nervio fibular (peroneo) común sigue el borde medial de su tendón.',
  'structure.biceps-femoris-muscle.attachments.0.label#1f93146f': 'Origen',
  'structure.biceps-femoris-muscle.attachments.0.text#fd4d3b20':
    'Cabeza corta: línea supracondílea lateral hasta 5 cm del cóndilo lateral; sus fibras se unen a la aponeurosis de la cabeza larga.',
  'structure.biceps-femoris-muscle.attachments.1.label#e27f342a': 'Posición',
  'structure.biceps-femoris-muscle.attachments.1.text#c2862235':
    'La cabeza corta queda bajo la cabeza larga pero llega más abajo, de modo que su vientre se sitúa junto al tendón por encima de la rodilla.',
  'structure.gastrocnemius-medial-head.function.patient#e6209619':
    'La parte alta e interna del músculo de la pantorrilla. Ayuda a doblar la rodilla y a estirar el pie hacia abajo. Es la mayor de las dos cabezas de la pantorrilla.',
  'structure.gastrocnemius-medial-head.function.clinician#75d44967':
    'Flexor de la rodilla y flexor plantar del tobillo; la cabeza mayor, con fibras más gruesas que llegan más abajo que las de la cabeza lateral.',
  'structure.gastrocnemius-medial-head.attachments.0.label#1f93146f': 'Origen',
  'structure.gastrocnemius-medial-head.attachments.0.text#e54345dc':
    'Cara posterior del cóndilo femoral medial, en el tubérculo del gastrocnemio.',
  'structure.gastrocnemius-medial-head.attachments.1.label#e27f342a': 'Posición',
  'structure.gastrocnemius-medial-head.attachments.1.text#d97efc95':
    'Queda más abajo y llega más hacia delante que la cabeza lateral.',
  'structure.gastrocnemius-medial-head.dimensions.0#ef99657c':
    'Cabeza medial de 23 ± 3.4 cm de largo y 5.5 ± 1.6 cm en su parte más ancha (cabeza lateral, 20.5 ± 2.9 cm y 4.2 ± 1.1 cm).',
  'structure.gastrocnemius-lateral-head.function.patient#df843ecf':
    'La parte alta y externa del músculo de la pantorrilla. Ayuda a doblar la rodilla y a estirar el pie hacia abajo. Es la menor de las dos cabezas de la pantorrilla.',
  'structure.gastrocnemius-lateral-head.function.clinician#c065296e':
    'Flexor de la rodilla y flexor plantar del tobillo; la cabeza menor y más plana.',
  'structure.gastrocnemius-lateral-head.attachments.0.label#1f93146f': 'Origen',
  'structure.gastrocnemius-lateral-head.attachments.0.text#dbef042a':
    'Cara lateral del cóndilo femoral lateral.',
  'structure.gastrocnemius-lateral-head.attachments.1.label#e27f342a': 'Posición',
  'structure.gastrocnemius-lateral-head.attachments.1.text#b93728bd':
    'Más plana que la cabeza medial y situada más atrás.',
  'structure.gastrocnemius-lateral-head.dimensions.0#00f9f03a':
    'Cabeza lateral de 20.5 ± 2.9 cm de largo y 4.2 ± 1.1 cm en su parte más ancha (cabeza medial, 23 ± 3.4 cm y 5.5 ± 1.6 cm).',
  'structure.prepatellar-bursa.function.patient#61bf6623':
    'Un saco fino justo bajo la piel, delante de la rótula. De todas las bolsas de la rodilla, es la que se inflama con más frecuencia, casi siempre tras arrodillarse mucho.',
  'structure.prepatellar-bursa.function.clinician#9c0b4001':
    'Bolsa subcutánea, por lo general trilaminar, que puede comunicar con las bolsas infrarrotulianas. Es la bolsa de la rodilla afectada con más frecuencia («rodilla de beata»); la causa más común es el microtraumatismo crónico al arrodillarse, y otras son el traumatismo agudo, la gota o la artritis reumatoide y la infección.',
  'structure.prepatellar-bursa.attachments.0.label#e27f342a': 'Posición',
  'structure.prepatellar-bursa.attachments.0.text#a5fc0cbe':
    'En el tejido subcutáneo delante de la rótula; cubre también la parte alta del ligamento rotuliano.',
  'structure.prepatellar-bursa.dimensions.0#23bb18c3':
    '39.7 mm craneocaudal × 40.5 mm mediolateral × 3.2 mm anteroposterior.',
  'structure.suprapatellar-bursa.function.patient#eaad6fff':
    'Una bolsa del revestimiento de la articulación por encima de la rótula, bajo el tendón del muslo. En la mayoría de las personas se abre a la articulación de la rodilla, así que el líquido articular de más puede acumularse allí.',
  'structure.suprapatellar-bursa.function.clinician#fdfadc01':
    'Receso suprarrotuliano profundo al tendón del cuádriceps; comunica con la articulación en la mayoría de las personas, por lo que el líquido en él suele ser un derrame articular. El músculo articular de la rodilla lo eleva en extensión. Otras causas de hinchazón: caídas sobre la rodilla, arrodillarse a menudo, infección y artritis (gota, AR, artrosis).',
  'structure.suprapatellar-bursa.attachments.0.label#e27f342a': 'Posición',
  'structure.suprapatellar-bursa.attachments.0.text#48a0ce45':
    'En extensión, el fondo de saco sinovial sube unas dos pulgadas por encima del borde superior de la rótula, algo más en el lado medial.',
  'structure.suprapatellar-bursa.dimensions.0#9fd11687':
    'Longitud en ecografía en voluntarios sanos: media de 22.2 mm, máxima de 51.2 mm.',
  'structure.suprapatellar-bursa.dimensions.1#8b7b6482':
    'Grosor normal del líquido de 3.7 ± 1.7 mm (152 voluntarios): un saco fino.',
  'structure.suprapatellar-bursa.dimensions.2#cc5ea950':
    'Las ramas del músculo articular de la rodilla que elevan la bolsa miden 5.4 ± 1.3 cm.',
  'structure.deep-infrapatellar-bursa.function.patient#dfe272b8':
    'Un pequeño saco de líquido detrás de la parte baja del tendón de la rótula, justo por encima de donde se une a la tibia. No comunica con la articulación. Es poco frecuente que duela.',
  'structure.deep-infrapatellar-bursa.function.clinician#84934acc':
    'Está detrás del tendón rotuliano distal, algo más ancha que él, dividida por un delantal de grasa de Hoffa; no comunica con la articulación. La bursopatía es una causa poco frecuente de dolor anterior de rodilla, asociada a traumatismo directo, infección, gota, sobrecarga del aparato extensor, enfermedad de Osgood-Schlatter y tendinopatía rotuliana insercional.',
  'structure.deep-infrapatellar-bursa.attachments.0.label#e27f342a': 'Posición',
  'structure.deep-infrapatellar-bursa.attachments.0.text#d5564271':
    'Justo detrás del 38% distal del tendón rotuliano, inmediatamente por encima de su inserción en la tuberosidad tibial.',
  'structure.deep-infrapatellar-bursa.dimensions.0#cb5fa8cd':
    'Unos 6.1 × 6.2 mm (longitudinal × transversal) en rodillas sanas en ecografía.',
  'structure.deep-infrapatellar-bursa.dimensions.1#5c8bba10':
    'Visible en el 68% de las RM de rodilla de rutina: 2.1–2.7 mm anteroposterior y 7.3–9.1 mm craneocaudal.',
  'structure.deep-infrapatellar-bursa.dimensions.2#6b63cf2e':
    'Distendida en cadáveres: 25 × 28.7 × 6 mm (craneocaudal, mediolateral, anteroposterior); sobrepasaba el borde lateral del tendón en 9 de 9 rodillas.',
  'structure.infrapatellar-fat-pad.function.patient#46a1ce77':
    'Una almohadilla blanda de grasa detrás y por debajo del tendón de la rótula. Está dentro de la cápsula de la articulación pero fuera de su revestimiento. Si queda pellizcada, puede causar dolor en la parte delantera de la rodilla.',
  'structure.infrapatellar-fat-pad.function.clinician#ef66bff1':
    'Almohadilla grasa intracapsular y extrasinovial. En la enfermedad de Hoffa, por lo general tras uno o varios traumatismos, la grasa inflamada se hipertrofia y queda pinzada entre fémur y tibia o en la articulación femororrotuliana lateral, con dolor anterior de rodilla.',
  'structure.infrapatellar-fat-pad.attachments.0.label#1dbd5121': 'Inserciones',
  'structure.infrapatellar-fat-pad.attachments.0.text#77049951':
    'Polo inferior de la rótula, escotadura intercondílea (a través del ligamento mucoso), tendón rotuliano proximal, ligamento intermeniscal, meniscos y tibia anterior.',
  'structure.infrapatellar-fat-pad.attachments.1.label#9eace8eb': 'Prolongaciones',
  'structure.infrapatellar-fat-pad.attachments.1.text#61a959e8':
    'Las prolongaciones superomediales llegan al borde superior de la rótula en el 81% y las superolaterales en el 65% de 43 rodillas; las mediales son mayores.',
  'structure.infrapatellar-fat-pad.dimensions.0#5abec548':
    'Volumen de 26.04 (DE 4.18) mL en 43 controles sanos (RM 3D).',
  'structure.infrapatellar-fat-pad.dimensions.1#e66d9129':
    'Área sagital máxima de 6.9 ± 1.6 cm² (rango 4.5–11).',
  'structure.skin.function.patient#d6e7d142':
    'El contorno de la pierna alrededor de la rodilla, para ayudarle a encontrar cada parte en su propio cuerpo. La piel de las piernas es más fina que la del tronco. La grasa bajo la piel suele ser más gruesa en las mujeres.',
  'structure.skin.function.clinician#43925172':
    'Envoltura de piel y tejido subcutáneo, dibujada como ayuda de orientación. La piel de las extremidades es más fina que la del tronco; la grasa subcutánea prerrotuliana y medial son medidas estándar en RM y son mayores en las mujeres.',
  'structure.skin.attachments.0.label#3c9c3692': 'Referencias',
  'structure.skin.attachments.0.text#d6ba1088':
    'Bajo la piel: la rótula delante, la tuberosidad tibial por debajo, donde termina el tendón rotuliano, y la cabeza del peroné en el lado externo por debajo de la rodilla.',
  'structure.skin.dimensions.0#b5704421':
    'Perímetro de la pantorrilla 1 y 2 DE por debajo de la media de adultos con peso normal de 18–39 años: 34 y 32 cm (hombres), 33 y 31 cm (mujeres).',
};
