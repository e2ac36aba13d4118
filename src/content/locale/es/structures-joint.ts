import type { TranslationTable } from '../overlay';

/**
 * Spanish structure cards: bones, cartilage, menisci, coronary ligaments, capsule and bursa.
 * Decimal points are kept as published (read alike in Mexico and Spain; a test checks every figure).
 */
export const structuresJointEs: TranslationTable = {
  'structure.femur.function.patient#7d311ef5':
    'El extremo inferior del hueso del muslo forma la mitad superior de la rodilla. Sus dos salientes redondeados ruedan y se deslizan sobre la tibia al doblar la rodilla.',
  'structure.femur.function.clinician#c2c330f8':
    'Superficie articular superior: los cóndilos medial y lateral ruedan y se deslizan sobre las mesetas tibiales; los epicóndilos y los tubérculos anclan los ligamentos colaterales, el LFRM, el LOP y las cabezas del gastrocnemio.',
  'structure.femur.attachments.0.label#a5d2d780': 'Referencias mediales',
  'structure.femur.attachments.0.text#431dc307':
    'Epicóndilo medial, tubérculo del aductor y tubérculo del gastrocnemio, una tercera prominencia medial presente en el 82.7 % de 110 fémures secos.',
  'structure.femur.attachments.1.label#adfef405': 'Referencias laterales',
  'structure.femur.attachments.1.text#20e42501':
    'Epicóndilo lateral (el origen del LCL está justo proximal y posterior a él) y, por debajo, el surco poplíteo, que aloja la huella del tendón del poplíteo.',
  'structure.femur.dimensions.0#817f3ba9':
    'Anchura bicondílea de 88.6 ± 4.2 mm en hombres y 78.5 ± 3.0 mm en mujeres; escotadura intercondílea de 22.0 mm (hombres) y 18.7 mm (mujeres), en 360 fémures secos de población caucásica.',
  'structure.tibia.function.patient#47a8e374':
    'La parte alta de la tibia es una plataforma ancha que soporta su peso. Muchos ligamentos y tendones se anclan en ella.',
  'structure.tibia.function.clinician#2da368ad':
    'Mesetas medial y lateral de carga; inserción de ambos cruzados, las raíces meniscales, el LCMs distal, la pata de ganso, la cintilla iliotibial en el tubérculo de Gerdy y el tendón rotuliano en la tuberosidad.',
  'structure.tibia.attachments.0.label#3c9c3692': 'Referencias',
  'structure.tibia.attachments.0.text#8b631848':
    'Mesetas medial y lateral con la eminencia intercondílea entre ellas; la tuberosidad tibial por delante; el tubérculo de Gerdy en la cara anterolateral del cóndilo lateral.',
  'structure.tibia.dimensions.0#c9f032cd':
    'Anchura mediolateral proximal de unos 80.3 ± 3.7 mm en hombres caucásicos (cadáver); series de TC de Asia describen aproximadamente 75-83 mm en hombres y 66-72 mm en mujeres.',
  'structure.fibula.function.patient#ad144936':
    'El bulto de la cara externa, justo por debajo de la rodilla. En él se anclan el ligamento del lado externo y un tendón isquiotibial.',
  'structure.fibula.function.clinician#32018d65':
    'Anclaje del LCL, del bíceps femoral y del ligamento popliteoperoneo; forma la articulación tibioperonea proximal con el cóndilo tibial lateral.',
  'structure.fibula.attachments.0.label#2ae7d0aa': 'Cabeza del peroné',
  'structure.fibula.attachments.0.text#5c0da576':
    'Huella del LCL en la cara lateral de la cabeza, 8.2 mm por detrás de su borde anterior y 28.4 mm por debajo del vértice de la apófisis estiloides; las divisiones del ligamento popliteoperoneo se insertan 1.6 y 2.8 mm por debajo del vértice de la estiloides.',
  'structure.fibula.dimensions.0#e89d3427':
    'Epífisis proximal de 25.1-27.1 mm de ancho; carilla articular de unos 15.9 × 13.4 mm, inclinada unos 30.6°.',
  'structure.patella.function.patient#d1a98839':
    'La rótula está dentro del tendón del músculo de la parte delantera del muslo. Actúa como una palanca que ayuda al músculo a estirar la rodilla.',
  'structure.patella.function.clinician#9c0c56a1':
    'Hueso sesamoideo del aparato extensor que une el tendón del cuádriceps (polo superior) con el tendón rotuliano (vértice); el LFRM se inserta en su borde superomedial.',
  'structure.patella.attachments.0.label#d5feb30a': 'Polos y bordes',
  'structure.patella.attachments.0.text#29f20050':
    'Tendón del cuádriceps en el polo superior; tendón rotuliano desde el vértice y los dos tercios distales de la cara anterior; LFRM sobre todo en el tercio proximal del borde medial.',
  'structure.patella.dimensions.0#ca74faa7':
    'Medias en población caucásica: anchura 44.8 ± 4.8 mm, altura 34.4 ± 3.8 mm, grosor 22.4 ± 2.3 mm (la altura de 45 mm que se cita a menudo la sobrestima).',
  'structure.femoral-cartilage.function.patient#c75e1be4':
    'Un revestimiento liso y firme en el extremo del hueso del muslo para que las superficies de la articulación se deslicen. En la artrosis, este revestimiento se va adelgazando poco a poco.',
  'structure.femoral-cartilage.function.clinician#7c79fde8':
    'Cartílago hialino sobre los cóndilos y la tróclea; el tejido cuya pérdida, junto con los cambios del hueso subcondral, define la artrosis de rodilla.',
  'structure.femoral-cartilage.attachments.0.label#6e8be839': 'Extensión',
  'structure.femoral-cartilage.attachments.0.text#a3812f41':
    'Cubre la tróclea y ambos cóndilos; la cápsula posterior se inserta en los bordes del cartílago condíleo.',
  'structure.femoral-cartilage.dimensions.0#4624e37b':
    'Cartílago condíleo posterior de unos 2.0 mm de grosor en RM (lateral 2.04 mm, medial 1.99 mm; 530 rodillas).',
  'structure.tibial-cartilage.function.patient#c677cdae':
    'El revestimiento liso de la parte alta de la tibia. Las dos almohadillas de los meniscos descansan sobre parte de él y comparten la carga.',
  'structure.tibial-cartilage.function.clinician#b03b2484':
    'Cartílago hialino de las mesetas medial y lateral; en RM, los meniscos cubren aproximadamente la mitad (alrededor del 50 % en la medial y del 58 % en la lateral).',
  'structure.tibial-cartilage.attachments.0.label#6e8be839': 'Extensión',
  'structure.tibial-cartilage.attachments.0.text#ba82d5d3':
    'Mesetas medial y lateral; los bordes de los meniscos descansan sobre el cartílago periférico y están unidos al reborde de la meseta por los ligamentos coronarios.',
  'structure.tibial-cartilage.dimensions.0#5eb89240':
    'El grosor medio del cartílago de toda la rodilla (todas las placas juntas, no solo la tibia) varió de 1.57 a 2.43 mm en 27 hombres sanos con RM 3-D.',
  'structure.patellar-cartilage.function.patient#62df00bf':
    'El revestimiento de la parte posterior de la rótula, el más grueso de la rodilla. Se desliza por un surco del hueso del muslo.',
  'structure.patellar-cartilage.function.clinician#17cb7701':
    'Cartílago hialino retrorrotuliano que articula con la tróclea; la placa de cartílago más gruesa de la rodilla (media de 2.76 mm, máximo de 5.72 mm en una serie de RM).',
  'structure.patellar-cartilage.attachments.0.label#6e8be839': 'Extensión',
  'structure.patellar-cartilage.attachments.0.text#ed21f832':
    'Cubre las carillas medial y lateral de la cara posterior de la rótula, que articulan con la tróclea femoral.',
  'structure.patellar-cartilage.dimensions.0#9b778482':
    'Se describen unos 4.1 mm en RM de adultos jóvenes (probablemente medidos en la zona más gruesa).',
  'structure.medial-meniscus.function.patient#247f940a':
    'Un cojín de cartílago resistente en forma de C en el lado interno. Reparte la carga y da estabilidad a la articulación. Está bien sujeto, así que se mueve poco.',
  'structure.medial-meniscus.function.clinician#d93ddd60':
    'Reparto de cargas y amortiguación, y limitador secundario de la traslación tibial anterior; firmemente unido a la cápsula y al LCMp, por lo que su desplazamiento es de solo unos 5 mm.',
  'structure.medial-meniscus.attachments.0.label#682b0360': 'Cuernos y periferia',
  'structure.medial-meniscus.attachments.0.text#9af2e5fe':
    'Cuerno anterior por delante del LCA; cuerno posterior entre la raíz del menisco lateral y el LCP. El borde periférico está unido a la cápsula, al LCM profundo y, por debajo, a la meseta mediante el ligamento meniscotibial.',
  'structure.medial-meniscus.dimensions.0#b37f4e41':
    'Cubre alrededor del 50 % del cartílago de la meseta medial en RM.',
  'structure.lateral-meniscus.function.patient#84a094fe':
    'Un cojín casi en forma de anillo en el lado externo. Hace el mismo trabajo que la almohadilla interna, pero está más suelto y se desliza más.',
  'structure.lateral-meniscus.function.clinician#c3b8cf9a':
    'Menisco casi circular con la misma función de reparto de cargas; unión laxa (desplazamiento de unos 11 mm) y sin unión al LCL; el tendón del poplíteo pasa por el hiato poplíteo.',
  'structure.lateral-meniscus.attachments.0.label#682b0360': 'Cuernos y periferia',
  'structure.lateral-meniscus.attachments.0.text#fea284ce':
    'Raíces anterior y posterior cerca de la eminencia intercondílea; ligamentos meniscofemorales (de Humphrey y de Wrisberg) presentes en aproximadamente la mitad de las personas; las fibras meniscotibiales laterales discurren en oblicuo justo por debajo del LCL.',
  'structure.lateral-meniscus.dimensions.0#a2bd288e':
    'Cubre alrededor del 58 % del cartílago de la meseta lateral en RM.',
  'structure.medial-coronary-ligament.function.patient#b996534c':
    'Una banda fina que sujeta el menisco interno a la tibia y ayuda a mantener la almohadilla en su sitio.',
  'structure.medial-coronary-ligament.function.clinician#cc877d5a':
    'Fibras capsulares desde el borde inferior del menisco hasta el margen de la meseta; limita la extrusión y la rotación meniscales. Su porción del LCM profundo es la parte meniscotibial del LCMp.',
  'structure.medial-coronary-ligament.attachments.0.label#79c878fb': 'Inserción tibial',
  'structure.medial-coronary-ligament.attachments.0.text#419cb8f7':
    'Las fibras meniscotibiales posteromediales nacen 6-7 mm por debajo del borde del cartílago articular.',
  'structure.lateral-coronary-ligament.function.patient#52603b11':
    'Una banda fina que sujeta el menisco externo a la tibia.',
  'structure.lateral-coronary-ligament.function.clinician#a2748f98':
    'Unión capsular del borde del menisco lateral a la tibia, que limita la extrusión; discurre en oblicuo justo por debajo del LCL.',
  'structure.lateral-coronary-ligament.attachments.0.label#febeda78': 'Trayecto',
  'structure.lateral-coronary-ligament.attachments.0.text#451bb261':
    'Desde el borde inferior del menisco lateral hasta el margen de la meseta lateral, pasando por debajo del LCL.',
  'structure.joint-capsule.function.patient#b13885e6':
    'Una funda alrededor de la articulación que contiene el líquido lubricante. Su pared posterior ayuda a impedir que la rodilla se doble hacia atrás.',
  'structure.joint-capsule.function.clinician#f9a17ba3':
    'Cápsula fibrosa con revestimiento sinovial; la cápsula posterior y el ligamento poplíteo oblicuo se oponen a la hiperextensión. Los cruzados son intracapsulares pero extrasinoviales.',
  'structure.joint-capsule.attachments.0.label#5e08e0ab': 'Parte anterior (receso suprarrotuliano)',
  'structure.joint-capsule.attachments.0.text#7757d6ef':
    'Por delante, la sinovial empieza bastante por encima del cartílago femoral por el receso suprarrotuliano, que comunica con la articulación en aproximadamente el 85 % de las personas.',
  'structure.joint-capsule.attachments.1.label#298ee5d6': 'Parte posterior',
  'structure.joint-capsule.attachments.1.text#6e018b45':
    'Se inserta en los bordes del cartílago condíleo; el ligamento poplíteo oblicuo va desde la región del semimembranoso hacia arriba y hacia fuera, hacia el gastrocnemio lateral o la fabela.',
  'structure.joint-capsule.dimensions.0#dc1ce303':
    'Ligamento poplíteo oblicuo de unos 39.5 mm de largo, 22.6 mm de ancho y 1.44 mm de grosor.',
  'structure.pes-anserine-bursa.function.patient#76ca270a':
    'Un pequeño saco de líquido bajo tres tendones en la cara interna de la tibia, que les permite deslizarse con suavidad.',
  'structure.pes-anserine-bursa.function.clinician#6ebe157d':
    'Situada entre los tendones conjuntos de la pata de ganso y la tibia / el LCMs; por lo general no comunica con la articulación.',
  'structure.pes-anserine-bursa.attachments.0.label#e27f342a': 'Posición',
  'structure.pes-anserine-bursa.attachments.0.text#037d6f45':
    'Profunda a la pata de ganso, unos 5 cm por debajo de la interlínea articular medial, en la cara anteromedial de la tibia.',
};
