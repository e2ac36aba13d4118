import type { TranslationTable } from '../overlay';

/**
 * Spanish structure cards: the kneecap's ligaments and retinacula, the tendons and the calf muscle heads.
 */
export const structuresTendonsEs: TranslationTable = {
  'structure.mpfl.function.patient#3c99a35f':
    'Una banda fina que va del borde interno de la rótula al hueso del muslo. Impide que la rótula se desplace hacia fuera, sobre todo cuando la rodilla está casi estirada.',
  'structure.mpfl.function.clinician#c825155a':
    'Principal limitador de partes blandas de la traslación rotuliana lateral (50-60 %), sobre todo entre 0° y 20° de flexión.',
  'structure.mpfl.attachments.0.label#a6830f67': 'Inserción femoral',
  'structure.mpfl.attachments.0.text#ed50d2a9':
    'La silla entre el tubérculo del aductor, el epicóndilo medial y el tubérculo del gastrocnemio; centro a 10.6 ± 2.5 mm distal al vértice del tubérculo del aductor (31 rodillas).',
  'structure.mpfl.attachments.1.label#49ad6f82': 'Inserción rotuliana',
  'structure.mpfl.attachments.1.text#d989ce24':
    'Borde superomedial, sobre todo el tercio proximal, aproximadamente 1 cm por debajo del polo superior.',
  'structure.mpfl.dimensions.0#d09a1ebe':
    'Forma de reloj de arena o de vela, más ancho en la rótula; huella femoral de 56.5 ± 16.9 mm².',
  'structure.medial-retinaculum.function.patient#1af2a0c1':
    'Capas de tejido resistente en el lado interno de la rótula que ayudan a mantenerla en su surco.',
  'structure.medial-retinaculum.function.clinician#5d277112':
    'Sostén medial de partes blandas de la rótula en dos capas: fascia superficial del vasto medial, el sartorio y el LCM; capa profunda que contiene el LFRM y los ligamentos meniscorrotuliano y rotulotibial.',
  'structure.medial-retinaculum.attachments.0.label#bc7fe97f': 'Capas',
  'structure.medial-retinaculum.attachments.0.text#8ccce7b3':
    'Va desde el borde medial de la rótula y el tendón rotuliano hasta el fémur y la tibia mediales, y se funde con el LFRM en su capa profunda.',
  'structure.lateral-retinaculum.function.patient#178779a1':
    'Tejido en el lado externo de la rótula. Se une a la banda externa del muslo y ayuda a impedir que la rótula se desplace hacia dentro.',
  'structure.lateral-retinaculum.function.clinician#1cd5d007':
    'Se opone a la traslación rotuliana medial y une la cintilla iliotibial y el vasto lateral a la rótula. La disección en cadáver describe tres capas más que un único retináculo bien delimitado.',
  'structure.lateral-retinaculum.attachments.0.label#bc7fe97f': 'Capas',
  'structure.lateral-retinaculum.attachments.0.text#dbe8c1e5':
    'Fibras oblicuas superficiales desde la cintilla iliotibial y la fascia del vasto lateral hasta la rótula y el tendón rotuliano; capa profunda con las bandas femororrotuliana lateral, rotulotibial y epicondilorrotuliana.',
  'structure.quadriceps-tendon.function.patient#d4897d75':
    'El tendón grueso justo por encima de la rótula, que une a ella los músculos de la parte delantera del muslo para que puedan estirar la rodilla.',
  'structure.quadriceps-tendon.function.clinician#64ceb297':
    'Tendón trilaminar (recto femoral superficial; vasto medial y vasto lateral en la capa media; vasto intermedio profundo) que se inserta en el polo superior; sus fibras más superficiales cruzan por delante de la rótula y se unen al tendón rotuliano.',
  'structure.quadriceps-tendon.attachments.0.label#57ff968e': 'Inserción',
  'structure.quadriceps-tendon.attachments.0.text#d95cd13d': 'Polo superior de la rótula.',
  'structure.quadriceps-tendon.dimensions.0#10b46d57':
    'Anchura en la rótula de 42.4 ± 3.8 mm (49 rodillas); grosor de unos 7 mm en RM (7.1-7.6 mm).',
  'structure.patellar-tendon.function.patient#98ff3ad5':
    'La correa fuerte por debajo de la rótula que lleva la tracción del músculo del muslo hasta la tibia.',
  'structure.patellar-tendon.function.clinician#f321b622':
    'Transmite la fuerza del cuádriceps desde la rótula hasta la tuberosidad tibial; la grasa de Hoffa está detrás y la bolsa infrarrotuliana profunda, cerca de su inserción.',
  'structure.patellar-tendon.attachments.0.label#29def8e7': 'Origen e inserción',
  'structure.patellar-tendon.attachments.0.text#46a8585b':
    'Desde el vértice y los bordes inferiores de la rótula (la mayor parte en los dos tercios distales de su cara anterior) hasta la tuberosidad tibial.',
  'structure.patellar-tendon.dimensions.0#75f1ac0d':
    'Unos 5 cm de longitud; en ecografía de 277 adultos, 22.4 ± 3.8 mm de ancho y 4.7 ± 0.4 mm de grosor.',
  'structure.patellar-tendon.dimensions.1#585d77dd':
    'Un grosor de más de unos 7 mm se usó como punto de corte de tendinopatía en deportistas universitarios.',
  'structure.sartorius-tendon.function.patient#36fc101a':
    'Uno de los tres tendones que se unen en la cara interna de la tibia (la «pata de ganso»). Ayudan a doblar la rodilla y a girar la pierna hacia dentro.',
  'structure.sartorius-tendon.function.clinician#132f7821':
    'Flexión de la rodilla y rotación interna de la tibia, con resistencia dinámica al valgo y a la rotación. Inervación: nervio femoral.',
  'structure.sartorius-tendon.attachments.0.label#57ff968e': 'Inserción',
  'structure.sartorius-tendon.attachments.0.text#eb180c70':
    'Tibia proximal anteromedial, el más anterior en el orden sartorio-grácil-semitendinoso de delante atrás, superficial a la inserción tibial del LCMs, unos 5 cm por debajo de la interlínea articular medial.',
  'structure.sartorius-tendon.dimensions.0#c15161ba':
    'Huella conjunta de la pata de ganso de 46.3-47.4 mm de largo y 37.3-39.1 mm de ancho; a 36.4-39.1 mm en vertical de la tuberosidad tibial (53 miembros).',
  'structure.gracilis-tendon.function.patient#36fc101a':
    'Uno de los tres tendones que se unen en la cara interna de la tibia (la «pata de ganso»). Ayudan a doblar la rodilla y a girar la pierna hacia dentro.',
  'structure.gracilis-tendon.function.clinician#e8283bc9':
    'Flexión de la rodilla y rotación interna de la tibia, con resistencia dinámica al valgo y a la rotación. Inervación: nervio obturador.',
  'structure.gracilis-tendon.attachments.0.label#57ff968e': 'Inserción',
  'structure.gracilis-tendon.attachments.0.text#6717fb6e':
    'Tibia proximal anteromedial, el tendón del medio en el orden sartorio-grácil-semitendinoso de delante atrás, superficial a la inserción tibial del LCMs, unos 5 cm por debajo de la interlínea articular medial.',
  'structure.gracilis-tendon.dimensions.0#c15161ba':
    'Huella conjunta de la pata de ganso de 46.3-47.4 mm de largo y 37.3-39.1 mm de ancho; a 36.4-39.1 mm en vertical de la tuberosidad tibial (53 miembros).',
  'structure.semitendinosus-tendon.function.patient#36fc101a':
    'Uno de los tres tendones que se unen en la cara interna de la tibia (la «pata de ganso»). Ayudan a doblar la rodilla y a girar la pierna hacia dentro.',
  'structure.semitendinosus-tendon.function.clinician#1ed262b1':
    'Flexión de la rodilla y rotación interna de la tibia, con resistencia dinámica al valgo y a la rotación. Inervación: porción tibial del nervio ciático.',
  'structure.semitendinosus-tendon.attachments.0.label#57ff968e': 'Inserción',
  'structure.semitendinosus-tendon.attachments.0.text#5a9d29c5':
    'Tibia proximal anteromedial, el más posterior en el orden sartorio-grácil-semitendinoso de delante atrás, superficial a la inserción tibial del LCMs, unos 5 cm por debajo de la interlínea articular medial.',
  'structure.semitendinosus-tendon.dimensions.0#c15161ba':
    'Huella conjunta de la pata de ganso de 46.3-47.4 mm de largo y 37.3-39.1 mm de ancho; a 36.4-39.1 mm en vertical de la tuberosidad tibial (53 miembros).',
  'structure.semimembranosus-tendon.function.patient#c83bf5e8':
    'Un tendón isquiotibial en la esquina posterior interna de la rodilla. Dobla la rodilla y da estabilidad a esa esquina.',
  'structure.semimembranosus-tendon.function.clinician#61247a15':
    'Flexor de la rodilla y estabilizador dinámico posteromedial que se opone a la inestabilidad rotatoria anteromedial; sus brazos refuerzan el LOP, el ligamento meniscotibial y el ligamento poplíteo oblicuo.',
  'structure.semimembranosus-tendon.attachments.0.label#7a8e353e': 'Brazo directo',
  'structure.semimembranosus-tendon.attachments.0.text#d8a645e7':
    'Surco en la cara posteromedial de la tibia, centrado 12.1 mm (9.2-14.9) por debajo de la interlínea articular tibial; huella de 107.4 mm² (69-166).',
  'structure.semimembranosus-tendon.attachments.1.label#d1d077c4': 'Otros brazos',
  'structure.semimembranosus-tendon.attachments.1.text#d7614103':
    'Brazo anterior; brazo capsular hacia el LOP y el ligamento meniscotibial; expansión hacia el ligamento poplíteo oblicuo; expansión tibial distal.',
  'structure.biceps-femoris-tendon.function.patient#ac752e1a':
    'El tendón isquiotibial externo, que termina en el bulto que hay por debajo de la cara externa de la rodilla. Dobla la rodilla y ayuda a dar estabilidad a la esquina externa.',
  'structure.biceps-femoris-tendon.function.clinician#99b549be':
    'Flexión de la rodilla y rotación externa de la tibia; estabilizador posterolateral.',
  'structure.biceps-femoris-tendon.attachments.0.label#57ff968e': 'Inserción',
  'structure.biceps-femoris-tendon.attachments.0.text#38cf1831':
    'Cara lateral de la cabeza del peroné, cóndilo tibial lateral y fascia profunda; el LCL divide el tendón cerca de su inserción.',
  'structure.biceps-femoris-tendon.attachments.1.label#75f277e3': 'Nervio',
  'structure.biceps-femoris-tendon.attachments.1.text#f7c2830a':
    'El nervio peroneo común (fibular común) discurre a lo largo de su borde medial.',
  'structure.iliotibial-band.function.patient#ee9f5867':
    'Una franja de tejido larga y fuerte a lo largo de la cara externa del muslo que da estabilidad a la parte externa de la rodilla.',
  'structure.iliotibial-band.function.clinician#60a28fa8':
    'Limitador estático del lado lateral. Cruza el eje de flexión, por lo que ayuda a extender la rodilla estirada y a flexionar la rodilla doblada.',
  'structure.iliotibial-band.attachments.0.label#57ff968e': 'Inserción',
  'structure.iliotibial-band.attachments.0.text#8624f5dd':
    'Capa superficial en el tubérculo de Gerdy, en la cara anterolateral del cóndilo tibial lateral, lateral a la tuberosidad; capa profunda hacia el tabique intermuscular lateral; una banda iliorrotuliana llega a la rótula.',
  'structure.iliotibial-band.dimensions.0#031f6c7c':
    'Grosor ecográfico de 1.95 ± 0.3 mm a la altura del cóndilo femoral y de 3.4 ± 0.5 mm a la altura del cóndilo tibial.',
  'structure.popliteus-tendon.function.patient#91302a1e':
    'Un pequeño músculo con su tendón detrás de la rodilla que «desbloquea» la rodilla estirada para que pueda empezar a doblarse.',
  'structure.popliteus-tendon.function.clinician#cd3a53b6':
    'Desbloquea la rodilla en extensión (rotación interna de la tibia), lleva hacia atrás el menisco lateral y contribuye a la estabilidad posterolateral.',
  'structure.popliteus-tendon.attachments.0.label#a6830f67': 'Inserción femoral',
  'structure.popliteus-tendon.attachments.0.text#cabd1725':
    'Quinto anterior y proximal del surco poplíteo, siempre anterior al LCL, a 18.5 mm de la huella del LCL; el tendón pasa por el hiato poplíteo.',
  'structure.popliteus-tendon.attachments.1.label#33d5b2f2': 'Músculo',
  'structure.popliteus-tendon.attachments.1.text#d950b875':
    'Se inserta en la cara posterior de la tibia, por encima de la línea del sóleo.',
  'structure.medial-gastrocnemius.function.patient#9f0b49ca':
    'La parte alta interna del músculo de la pantorrilla, unida justo por encima de la parte de atrás de la rodilla. Ayuda a doblar la rodilla y a estirar el pie hacia abajo.',
  'structure.medial-gastrocnemius.function.clinician#74e4b27d':
    'Flexión de la rodilla y flexión plantar del tobillo; su tubérculo es referencia para las inserciones del LOP y del LFRM.',
  'structure.medial-gastrocnemius.attachments.0.label#a6830f67': 'Inserción femoral',
  'structure.medial-gastrocnemius.attachments.0.text#c5505382':
    'Tubérculo del gastrocnemio, justo distal y posterior al tubérculo del aductor, en el cóndilo femoral posteromedial.',
  'structure.lateral-gastrocnemius.function.patient#4f4db00b':
    'La parte alta externa del músculo de la pantorrilla, unida por encima de la parte de atrás de la rodilla. Ayuda a doblar la rodilla y a estirar el pie hacia abajo.',
  'structure.lateral-gastrocnemius.function.clinician#dafa530e':
    'Flexión de la rodilla y flexión plantar del tobillo.',
  'structure.lateral-gastrocnemius.attachments.0.label#a6830f67': 'Inserción femoral',
  'structure.lateral-gastrocnemius.attachments.0.text#aba37d07':
    'Cara lateral del cóndilo femoral lateral y parte inferior de la línea supracondílea lateral.',
};
