import type { TranslationTable } from '../overlay';

/**
 * Spanish captions of the tour "The ligaments and tendons of the knee" (titles are in titles.ts).
 */
export const toursAnatomyEs: TranslationTable = {
  'tour.ligaments-and-tendons.steps.0.caption.patient#7b55f613':
    'Este recorrido visita los principales ligamentos y tendones de la rodilla. Los ligamentos, como el LCM, mantienen estable la articulación. Los tendones, como el que está por debajo de la rótula, transmiten la tracción de un músculo al hueso. La proloterapia se dirige a los puntos donde se unen al hueso.',
  'tour.ligaments-and-tendons.steps.0.caption.clinician#73b19d08':
    'La cápsula está oculta para que se vean las estructuras profundas. Primero los limitadores estáticos (colaterales, cruzados, LOP, LFRM), luego los tendones que actúan sobre la rodilla (aparato extensor, pata de ganso, isquiotibiales, CIT, poplíteo). La proloterapia se dirige a las entesis.',
  'tour.ligaments-and-tendons.steps.1.caption.patient#1a93e5ea':
    'El LCM superficial es una banda larga y plana en el lado interno de la rodilla. Impide que la rodilla se doble hacia dentro. Es el ligamento de la rodilla que con más frecuencia sufre esguinces.',
  'tour.ligaments-and-tendons.steps.1.caption.clinician#b270609c':
    'Limitador estático primario del valgo (alrededor del 57 % a 5° y del 78 % a 25° de flexión). Origen femoral 3.2 mm por encima y 4.8 mm por detrás del epicóndilo medial; inserción tibial distal 61.2 mm por debajo de la interlínea articular, bajo la pata de ganso.',
  'tour.ligaments-and-tendons.steps.2.caption.patient#8834ef03':
    'Debajo hay una capa más corta, el LCM profundo. Aporta sujeción y une el menisco interno, una almohadilla de la articulación, a los huesos.',
  'tour.ligaments-and-tendons.steps.2.caption.clinician#3c5f4484':
    'Engrosamiento capsular y limitador medial secundario; sus partes meniscofemoral y meniscotibial fijan el menisco medial. Centro de la inserción tibial 6.5 mm por debajo de la interlínea articular tibial.',
  'tour.ligaments-and-tendons.steps.3.caption.patient#efd12559':
    'En la esquina posterior interna hay una banda llamada ligamento oblicuo posterior. Ayuda a mantener estable esa esquina de la rodilla.',
  'tour.ligaments-and-tendons.steps.3.caption.clinician#61bd24ec':
    'Estabilizador estático posteromedial: contribuye a la estabilidad en valgo y se opone a la rotación anteromedial; se funde con la parte posterior del LCMs, la cápsula y las expansiones del semimembranoso.',
  'tour.ligaments-and-tendons.steps.4.caption.patient#b1c5dd2b':
    'En el lado externo, el LCL es una banda en forma de cordón que va del hueso del muslo al bulto de la parte alta del peroné. Impide que la rodilla se arquee hacia fuera.',
  'tour.ligaments-and-tendons.steps.4.caption.clinician#fe7e1130':
    'Limitador primario del varo en todos los ángulos de flexión. Origen femoral 1.4 mm por encima y 3.1 mm por detrás del epicóndilo lateral; inserción en la cabeza del peroné, entre las dos porciones del tendón del bíceps. Longitudes descritas de 66-70 mm.',
  'tour.ligaments-and-tendons.steps.5.caption.patient#0da68c06':
    'En lo profundo del centro de la rodilla, el LCA impide que la tibia se deslice hacia delante y ayuda a controlar los giros. Los ligamentos de dentro de la articulación, como este, se curan peor que el LCM.',
  'tour.ligaments-and-tendons.steps.5.caption.clinician#672a07f0':
    'Alrededor del 85 % de la resistencia a la traslación tibial anterior a 30° y 90° de flexión; fascículos anteromedial y posterolateral; longitud de 22-41 mm. Los ligamentos intraarticulares cicatrizan peor que el LCM.',
  'tour.ligaments-and-tendons.steps.6.caption.patient#a7c4c518':
    'Detrás del LCA, el LCP impide que la tibia se deslice hacia atrás.',
  'tour.ligaments-and-tendons.steps.6.caption.clinician#dfa715bd':
    'Alrededor del 95 % de la resistencia a la traslación tibial posterior; fascículos anterolateral y posteromedial; inserción tibial en el surco posterior, 10-15 mm por debajo de la superficie articular.',
  'tour.ligaments-and-tendons.steps.7.caption.patient#88dc2401':
    'El LFRM es una banda fina que va del borde interno de la rótula al hueso del muslo. Impide que la rótula se desplace hacia fuera, sobre todo cuando la rodilla está casi estirada.',
  'tour.ligaments-and-tendons.steps.7.caption.clinician#9f96935d':
    'Principal limitador de partes blandas de la traslación rotuliana lateral (50-60 %), sobre todo entre 0° y 20° de flexión; su extremo femoral se sitúa en la silla que forman el tubérculo del aductor, el epicóndilo medial y el tubérculo del gastrocnemio.',
  'tour.ligaments-and-tendons.steps.8.caption.patient#f77d1898':
    'Por encima de la rótula, el tendón del cuádriceps une a ella los grandes músculos de la parte delantera del muslo. Estos tiran de él para estirar la rodilla.',
  'tour.ligaments-and-tendons.steps.8.caption.clinician#f232ce08':
    'Tendón trilaminar que se inserta en el polo superior de la rótula; unos 42 mm de ancho en la rótula y unos 7 mm de grosor en RM.',
  'tour.ligaments-and-tendons.steps.9.caption.patient#762f86d8':
    'Por debajo de la rótula, el tendón rotuliano lleva esa tracción hasta la tibia. Mide unos 5 cm de largo.',
  'tour.ligaments-and-tendons.steps.9.caption.clinician#b970dba6':
    'Del vértice de la rótula a la tuberosidad tibial. En ecografía, unos 22 mm de ancho y 4.7 ± 0.4 mm de grosor; un grosor de más de unos 7 mm se ha usado como punto de corte de tendinopatía.',
  'tour.ligaments-and-tendons.steps.10.caption.patient#f7b9936b':
    'En la cara interna de la tibia, tres tendones se unen con una forma parecida a la pata de un ganso. Ayudan a doblar la rodilla y a girar la pierna hacia dentro. El de delante, el que se muestra aquí, es el sartorio.',
  'tour.ligaments-and-tendons.steps.10.caption.clinician#3fd1d262':
    'El sartorio, el grácil y el semitendinoso, de delante atrás, se insertan en la tibia proximal anteromedial unos 5 cm por debajo de la interlínea articular, superficiales a la inserción tibial del LCMs; flexionan la rodilla y rotan la tibia en sentido interno.',
  'tour.ligaments-and-tendons.steps.11.caption.patient#05cf01e9':
    'Un tendón isquiotibial, el semimembranoso, termina en la esquina posterior interna de la rodilla. Dobla la rodilla y da estabilidad a esa esquina.',
  'tour.ligaments-and-tendons.steps.11.caption.clinician#012ac5a1':
    'Brazo directo en un surco tibial posteromedial unos 12 mm por debajo de la interlínea articular; otros brazos refuerzan el LOP, el ligamento meniscotibial y el ligamento poplíteo oblicuo. Estabilizador dinámico posteromedial.',
  'tour.ligaments-and-tendons.steps.12.caption.patient#227dc777':
    'En el lado externo, el tendón del bíceps femoral termina en el bulto de la parte alta del peroné. Dobla la rodilla. A lo largo de su borde pasa un nervio, así que los profesionales tienen cuidado cerca de él.',
  'tour.ligaments-and-tendons.steps.12.caption.clinician#9b574b22':
    'Se inserta en la cara lateral de la cabeza del peroné, el cóndilo tibial lateral y la fascia profunda, dividido por el LCL; flexiona la rodilla y rota la tibia en sentido externo. El nervio peroneo común discurre a lo largo de su borde medial.',
  'tour.ligaments-and-tendons.steps.13.caption.patient#3822a3d5':
    'La cintilla iliotibial es una franja larga de tejido resistente a lo largo de la cara externa del muslo. Da estabilidad a la parte externa de la rodilla.',
  'tour.ligaments-and-tendons.steps.13.caption.clinician#b761df30':
    'Capa superficial en el tubérculo de Gerdy, capa profunda hacia el tabique intermuscular lateral. Cruza el eje de flexión, por lo que ayuda a extender la rodilla estirada y a flexionar la rodilla doblada.',
  'tour.ligaments-and-tendons.steps.14.caption.patient#ebaa987a':
    'Detrás de la rodilla, el pequeño músculo poplíteo y su tendón «desbloquean» la rodilla estirada para que pueda empezar a doblarse.',
  'tour.ligaments-and-tendons.steps.14.caption.clinician#82fe8334':
    'Inserción femoral en el quinto anterior del surco poplíteo, anterior al LCL; el tendón pasa por el hiato poplíteo. Desbloquea la rodilla en extensión mediante la rotación interna de la tibia y lleva hacia atrás el menisco lateral.',
};
