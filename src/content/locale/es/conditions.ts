import type { TranslationTable } from '../overlay';

/**
 * Spanish condition cards: descriptions, symptoms, clinician notes and evidence summaries (names are in
 * record-names.ts). Hedges kept as strong as the English; figures and decimal points as published.
 */
export const conditionsEs: TranslationTable = {
  'condition.knee-osteoarthritis.description.patient#237d3c5b':
    'El cartílago que recubre los extremos de los huesos se va desgastando poco a poco. El hueso que hay debajo cambia, y hay una inflamación leve y duradera. Algunos profesionales creen que unos ligamentos flojos hacen que la articulación se mueva de forma desigual y aceleran el desgaste. Esa idea no se ha demostrado.',
  'condition.knee-osteoarthritis.description.clinician#65a39eac':
    'Enfermedad degenerativa del cartílago articular y del hueso subcondral con sinovitis de bajo grado. El fundamento de la proloterapia, según el cual la laxitud capsuloligamentosa provoca una cinemática anómala y acelera la artrosis, es una hipótesis de quienes la practican, sin prueba directa.',
  'condition.knee-osteoarthritis.symptoms.0#5e290943': 'Dolor de rodilla que aparece con la actividad.',
  'condition.knee-osteoarthritis.symptoms.1#cc472b87':
    'Rigidez por la mañana que se alivia en media hora o menos.',
  'condition.knee-osteoarthritis.symptoms.2#ae84ab90':
    'Sensación de roce o crujidos al mover la rodilla; bordes de la articulación duros, dolorosos al tocarlos o agrandados.',
  'condition.knee-osteoarthritis.clinicianNote.0#3660fee1':
    'Los criterios clínicos del ACR combinan el dolor de rodilla con rasgos como edad superior a 50 años, rigidez matutina de 30 minutos o menos, crepitación y dolor óseo a la palpación o aumento de tamaño óseo.',
  'condition.knee-osteoarthritis.clinicianNote.1#a483cdb8':
    'Los ligamentos colaterales y la cápsula se resaltan solo por la hipótesis de la laxitud; los ensayos midieron síntomas (WOMAC, escalas de dolor), no la laxitud ligamentosa.',
  'condition.knee-osteoarthritis.evidence.summary.patient#7d32f878':
    'Varios ensayos compararon grupos de personas con artrosis de rodilla. Quienes recibieron inyecciones de dextrosa dijeron tener menos dolor y poder usar mejor la rodilla, durante un periodo que puede llegar a un año. Les fue mejor que a quienes recibieron inyecciones de agua con sal o solo hicieron ejercicio. El beneficio añadido fue modesto, y muchos de los ensayos tenían defectos de diseño. La calificación «baja» es la lectura que hace esta aplicación de los estudios, no un grado formal. Una revisión calificó la evidencia de moderada.',
  'condition.knee-osteoarthritis.evidence.summary.clinician#74445be4':
    'Los metaanálisis favorecen la dextrosa frente a las inyecciones de placebo y los controles no invasivos, como el ejercicio, en dolor, función y calidad de vida (Chen 2022: 14 ECA, 978 pacientes), pero los revisores señalan una heterogeneidad marcada y un riesgo de sesgo mayoritariamente alto (Wee 2021: 2 de 11 estudios con riesgo bajo). No es mejor que el PRP, y un análisis limitado a la dextrosa intraarticular no halló diferencias frente al ácido hialurónico ni al suero salino. Una revisión calificó el respaldo de «moderado»; nosotros lo consideramos bajo por el sesgo y la inconsistencia.',
  'condition.chronic-mcl-sprain.description.patient#2c9a49b4':
    'El ligamento de la cara interna de la rodilla se ha estirado demasiado o se ha roto en parte, normalmente por un golpe o un giro que empuja la rodilla hacia dentro. Ningún otro ligamento de la rodilla se lesiona con más frecuencia. La mayoría se curan sin cirugía, pero algunos dejan dolor duradero o una sensación de flojedad.',
  'condition.chronic-mcl-sprain.description.clinician#cc144512':
    'Lesión del LCMs por mecanismo en valgo, a menudo junto con el LCMp (incluida su porción meniscotibial) y el LOP; es la lesión ligamentosa de rodilla más frecuente y suele tratarse de forma no quirúrgica, aunque una minoría queda con dolor o laxitud medial crónicos.',
  'condition.chronic-mcl-sprain.symptoms.0#c103fe3c':
    'Dolor en la cara interna de la rodilla, que a menudo se nota donde el ligamento se une al hueso, por encima o por debajo de la articulación.',
  'condition.chronic-mcl-sprain.symptoms.1#707a6f8f':
    'Sensación de que la rodilla se tambalea al dar un paso hacia un lado o al cambiar de dirección.',
  'condition.chronic-mcl-sprain.clinicianNote.0#734d5d75':
    'Grado I: dolor a la palpación sin laxitud. Grado II: rotura parcial con laxitud leve a moderada. Grado III: rotura completa.',
  'condition.chronic-mcl-sprain.clinicianNote.1#9b3cf839':
    'En las radiografías en estrés en valgo, una apertura medial de 3.2 mm o más respecto a la otra rodilla sugiere una rotura completa del LCMs.',
  'condition.chronic-mcl-sprain.evidence.summary.patient#d2688c88':
    'En la investigación que ha usado esta aplicación no hay buenos ensayos de proloterapia para el esguince crónico del LCM. Algunos profesionales la ofrecen. Pero no se sabe si ayuda.',
  'condition.chronic-mcl-sprain.evidence.summary.clinician#3d01aaf7':
    'Entre las fuentes de esta aplicación no hay ningún ensayo controlado de proloterapia para el esguince crónico del LCM: los ensayos aleatorizados y los metaanálisis incluyeron a personas con artrosis. Las fuentes de quienes practican la técnica la presentan como un uso posible; cualquier beneficio debe considerarse no demostrado.',
  'condition.chronic-lcl-sprain.description.patient#df3733ed':
    'El ligamento de la cara externa de la rodilla se ha lesionado, y a veces también los tejidos de al lado. Suele ocurrir cuando la rodilla se dobla hacia atrás o se empuja hacia fuera. Es menos frecuente que una lesión del ligamento interno. A menudo se acompaña de una lesión de uno de los ligamentos cruzados, que están dentro de la rodilla.',
  'condition.chronic-lcl-sprain.description.clinician#7344e252':
    'Lesión del LCL por mecanismo en varo o en hiperextensión-varo, con o sin lesión del tendón del poplíteo, el ligamento popliteoperoneo y el bíceps femoral; a menudo combinada con lesión de los cruzados.',
  'condition.chronic-lcl-sprain.symptoms.0#07eab042':
    'Dolor en la cara externa de la rodilla y sensación de que se tambalea de un lado a otro.',
  'condition.chronic-lcl-sprain.symptoms.1#82bb7345':
    'A veces, hormigueo o debilidad en el pie, porque cerca pasa un nervio.',
  'condition.chronic-lcl-sprain.clinicianNote.0#f409e2bc':
    'En las radiografías en estrés en varo, un aumento de la apertura de aproximadamente 2.7 mm respecto al otro lado orienta a una rotura aislada del LCL, y de 4 mm o más, a una lesión completa de la esquina posterolateral.',
  'condition.chronic-lcl-sprain.clinicianNote.1#b077f829':
    'Explorar la función del nervio peroneo común: una parte de las lesiones de la esquina posterolateral se acompaña de lesión nerviosa.',
  'condition.chronic-lcl-sprain.evidence.summary.patient#1ed90f73':
    'En la investigación que ha usado esta aplicación no hay buenos ensayos de proloterapia para el esguince crónico del LCL. Algunos profesionales la ofrecen. Pero no se sabe si ayuda.',
  'condition.chronic-lcl-sprain.evidence.summary.clinician#180504ca':
    'Entre las fuentes de esta aplicación no hay ningún ensayo controlado de proloterapia para el esguince crónico del LCL: los ensayos aleatorizados y los metaanálisis incluyeron a personas con artrosis. Las fuentes de quienes practican la técnica la presentan como un uso posible; cualquier beneficio debe considerarse no demostrado.',
  'condition.acl-laxity.description.patient#4777fe74':
    'El ligamento del centro de la rodilla impide que la espinilla se deslice hacia delante. En este caso está estirado o roto en parte, así que puede dar la sensación de que la rodilla va a fallar.',
  'condition.acl-laxity.description.clinician#74cd90a7':
    'Rotura parcial o laxitud del LCA: típicamente, prueba de Lachman asimétrica con pivot shift negativo y una diferencia entre ambos lados de 3 mm o menos con el KT-1000.',
  'condition.acl-laxity.symptoms.0#7936b5c4':
    'En el momento de la lesión, a menudo un «chasquido» e hinchazón en cuestión de horas.',
  'condition.acl-laxity.symptoms.1#302d416b':
    'Más adelante, la rodilla falla al girar sobre la pierna o al bajar escaleras.',
  'condition.acl-laxity.clinicianNote.0#263b5531':
    'La prueba de Lachman, el pivot shift y la laxitud instrumental (KT-1000) distinguen las roturas parciales de las completas. Los ligamentos intraarticulares como el LCA cicatrizan mal en comparación con el LCM.',
  'condition.acl-laxity.evidence.summary.patient#63fc0841':
    'Solo un estudio pequeño ha analizado esto, y no tenía grupo de comparación. Las personas dijeron tener menos dolor, y algunas rodillas resultaron más firmes al medirlas. Pero sin grupo de comparación no podemos saber si fueron las inyecciones las que lo causaron.',
  'condition.acl-laxity.evidence.summary.clinician#4f2c2c10':
    'Solo existe una serie no controlada (Reeves 2003: 18 pacientes (16 analizados) con una diferencia entre ambos lados de al menos 2 mm con el KT1000). El número de rodillas cuya laxitud medida era normal pasó de 6 (6 meses) a 9 (1 año) y 10 (3 años). La laxitud del LCA también fue una variable de resultado en el ensayo de Reeves 2000 en artrosis. No hay ningún ensayo controlado sobre el LCA.',
  'condition.meniscal-injury.description.patient#f2dc01fe':
    'Una rotura de una de las almohadillas en forma de C, por un giro con el pie apoyado en personas más jóvenes o por desgaste en personas mayores. Si la almohadilla o sus amarres al hueso de la espinilla están flojos, la rodilla también puede notarse inestable.',
  'condition.meniscal-injury.description.clinician#544d76d5':
    'Rotura meniscal traumática (por torsión) o degenerativa; la lesión del ligamento meniscotibial (coronario) puede añadir hipermovilidad o inestabilidad meniscal. Los síntomas de la rotura degenerativa se solapan con los de la artrosis incipiente.',
  'condition.meniscal-injury.symptoms.0#861dde9f':
    'Dolor, también al presionar, a lo largo de la línea de la articulación.',
  'condition.meniscal-injury.symptoms.1#163555d3':
    'Hinchazón que va aumentando a lo largo de un día, más o menos; enganches, bloqueos o fallos de la rodilla.',
  'condition.meniscal-injury.clinicianNote.0#b742f16b':
    'Dolor a la palpación de la interlínea articular con síntomas mecánicos; en pacientes mayores, tener en cuenta que las roturas degenerativas y la artrosis incipiente se presentan de forma parecida.',
  'condition.meniscal-injury.evidence.summary.patient#6d41e014':
    'En la investigación que ha usado esta aplicación no hay buenos ensayos de proloterapia para una lesión de menisco. Algunos profesionales la ofrecen. Pero no se sabe si ayuda.',
  'condition.meniscal-injury.evidence.summary.clinician#29013a33':
    'Entre las fuentes de esta aplicación no hay ningún ensayo controlado de proloterapia para la lesión meniscal: los ensayos aleatorizados y los metaanálisis incluyeron a personas con artrosis. Las fuentes de quienes practican la técnica la presentan como un uso posible; cualquier beneficio debe considerarse no demostrado.',
  'condition.patellofemoral-pain.description.patient#8ef824a1':
    'Dolor que procede de la articulación entre la rótula y el hueso del muslo. Suele deberse a una sobrecarga repetida, no a una sola lesión. Es frecuente en personas jóvenes y activas, sobre todo en mujeres.',
  'condition.patellofemoral-pain.description.clinician#e2226348':
    'Dolor anterior de rodilla originado en la articulación femororrotuliana, típicamente un síndrome por sobrecarga; más frecuente en mujeres jóvenes y activas.',
  'condition.patellofemoral-pain.symptoms.0#3490aea8': 'Un dolor sordo alrededor o detrás de la rótula.',
  'condition.patellofemoral-pain.symptoms.1#461d2daa':
    'Empeora en las escaleras, al ponerse en cuclillas, arrodillarse o correr, y después de estar mucho tiempo sentado; a veces hay chasquidos.',
  'condition.patellofemoral-pain.clinicianNote.0#37596eb3':
    'Dolor con la sedestación prolongada (el «signo del cine»), al bajar escaleras y en cuclillas; el cartílago troclear se resalta en la capa del cartílago femoral.',
  'condition.patellofemoral-pain.evidence.summary.patient#6d37368b':
    'En la investigación que ha usado esta aplicación no hay buenos ensayos de proloterapia para el dolor femororrotuliano. Algunos profesionales la ofrecen. Pero no se sabe si ayuda.',
  'condition.patellofemoral-pain.evidence.summary.clinician#7cdf7136':
    'Entre las fuentes de esta aplicación no hay ningún ensayo controlado de proloterapia para el dolor femororrotuliano: los ensayos aleatorizados y los metaanálisis incluyeron a personas con artrosis. Las fuentes de quienes practican la técnica la presentan como un uso posible; cualquier beneficio debe considerarse no demostrado.',
  'condition.patellar-tendinopathy.description.patient#ca1cfa2c':
    'El tendón que hay debajo de la rótula se sobrecarga por saltar o aterrizar muchas veces. Sus fibras se desorganizan. Es más frecuente en hombres.',
  'condition.patellar-tendinopathy.description.clinician#d5f592c8':
    'Tendinopatía relacionada con la carga en el tendón rotuliano proximal (polo inferior) y, en ocasiones, en la tuberosidad tibial, con desorganización del colágeno; predominio masculino.',
  'condition.patellar-tendinopathy.symptoms.0#0e083caf':
    'Dolor en la punta inferior de la rótula al saltar, ponerse en cuclillas o subir y bajar escaleras.',
  'condition.patellar-tendinopathy.symptoms.1#096ca21e':
    'El tendón duele al presionarlo y puede verse engrosado en una prueba de imagen.',
  'condition.patellar-tendinopathy.clinicianNote.0#69c1b0b3':
    'El grosor ecográfico normal es de unos 4.7 ± 0.4 mm; grosores por encima de unos 6-7 mm sugieren tendinopatía (un estudio en deportistas usó un punto de corte superior a 7.0 mm).',
  'condition.patellar-tendinopathy.evidence.summary.patient#a97208df':
    'En la investigación que ha usado esta aplicación no hay buenos ensayos de proloterapia para la tendinopatía rotuliana. Así que no se sabe si ayuda.',
  'condition.patellar-tendinopathy.evidence.summary.clinician#0c556519':
    'Entre las fuentes de esta aplicación no hay ningún ensayo controlado de proloterapia para la tendinopatía rotuliana: los ensayos aleatorizados y los metaanálisis incluyeron a personas con artrosis.',
  'condition.quadriceps-tendinopathy.description.patient#6a1227cb':
    'El mismo tipo de problema por sobrecarga, pero donde el tendón del músculo del muslo se une a la parte de arriba de la rótula. Se ve en personas que practican saltos, en levantadores de pesas y en deportistas de más edad.',
  'condition.quadriceps-tendinopathy.description.clinician#6c6e108d':
    'Tendinopatía insercional del tendón del cuádriceps en el polo superior de la rótula, que se observa en deportistas de salto, halterófilos y deportistas de más edad.',
  'condition.quadriceps-tendinopathy.symptoms.0#0c99be22':
    'Dolor donde el tendón se une a la parte de arriba de la rótula, que aparece al doblar mucho las rodillas, saltar, subir o bajar escaleras o estar mucho tiempo sentado.',
  'condition.quadriceps-tendinopathy.symptoms.1#072b2748': 'Rigidez por la mañana.',
  'condition.quadriceps-tendinopathy.clinicianNote.0#72a12ce7':
    'Dolor a la palpación en la inserción del polo superior; el tendón es trilaminar, por lo que la imagen puede mostrar cambios propios de cada capa.',
  'condition.quadriceps-tendinopathy.evidence.summary.patient#d1db1b6b':
    'En la investigación que ha usado esta aplicación no hay buenos ensayos de proloterapia para la tendinopatía del cuádriceps. Así que no se sabe si ayuda.',
  'condition.quadriceps-tendinopathy.evidence.summary.clinician#10b84ea5':
    'Entre las fuentes de esta aplicación no hay ningún ensayo controlado de proloterapia para la tendinopatía cuadricipital: los ensayos aleatorizados y los metaanálisis incluyeron a personas con artrosis.',
  'condition.pes-anserine-syndrome.description.patient#24831f09':
    'Irritación de tres tendones unidos en la cara interna de la espinilla, o de la pequeña bolsa de líquido que hay debajo de ellos. A menudo acompaña a la artrosis de rodilla. Es frecuente en personas con sobrepeso, en mujeres de mediana edad y en corredores.',
  'condition.pes-anserine-syndrome.description.clinician#9e850e13':
    'Tendinopatía o bursitis de la pata de ganso en la cara anteromedial de la tibia proximal, que con frecuencia coexiste con la artrosis de rodilla; los factores de riesgo incluyen la obesidad, el sexo femenino (mediana edad) y la carrera.',
  'condition.pes-anserine-syndrome.symptoms.0#3ba81c2d':
    'Dolor al presionar en la cara interna de la espinilla, a unos tres dedos de ancho (unos 5 cm) por debajo de la línea interna de la articulación. Puede haber algo de hinchazón en la zona.',
  'condition.pes-anserine-syndrome.symptoms.1#2b5783ed':
    'Dolor en las escaleras, al levantarse de una silla o al acostarse de ese lado por la noche.',
  'condition.pes-anserine-syndrome.clinicianNote.0#934353bb':
    'Dolor focal a la palpación sobre la pata de ganso, aproximadamente 5 cm distal a la interlínea articular medial, con la inserción distal del LCMs profunda a ella. Para la bolsa, las inyecciones suelen dirigirse a unos 2 cm por debajo y 2 cm medial a la tuberosidad tibial.',
  'condition.pes-anserine-syndrome.evidence.summary.patient#bc6715fa':
    'En la investigación que ha usado esta aplicación no hay buenos ensayos de proloterapia para el dolor de la pata de ganso. Así que no se sabe si ayuda.',
  'condition.pes-anserine-syndrome.evidence.summary.clinician#618d67ea':
    'Entre las fuentes de esta aplicación no hay ningún ensayo controlado de proloterapia para el dolor de la pata de ganso: los ensayos aleatorizados y los metaanálisis incluyeron a personas con artrosis.',
  'condition.iliotibial-band-syndrome.description.patient#8a8e4a27':
    'Dolor por sobreuso en la cara externa de la rodilla, donde la larga banda de la cara externa del muslo cruza un bulto óseo del hueso del muslo. El tejido que hay debajo de la banda se comprime una y otra vez. En corredores y ciclistas es una de las causas más frecuentes de dolor en la parte externa de la rodilla.',
  'condition.iliotibial-band-syndrome.description.clinician#99d34fd2':
    'Síndrome por sobreuso en el epicóndilo femoral lateral; se cree que implica la compresión repetida de tejido inervado (grasa, receso sinovial) profundo a la cintilla iliotibial.',
  'condition.iliotibial-band-syndrome.symptoms.0#e16be4b7':
    'Dolor agudo o quemante en la cara externa de la rodilla, por encima de la línea de la articulación, que empeora en las carreras más largas o al correr cuesta abajo.',
  'condition.iliotibial-band-syndrome.symptoms.1#90cc609b':
    'Duele al presionar sobre el bulto óseo de la cara externa del hueso del muslo.',
  'condition.iliotibial-band-syndrome.clinicianNote.0#acb48287':
    'Los síntomas son máximos cerca de los 30° de flexión de la rodilla, donde la cintilla se comprime sobre el epicóndilo lateral; el tubérculo de Gerdy es una localización del dolor menos frecuente.',
  'condition.iliotibial-band-syndrome.evidence.summary.patient#66cac5f3':
    'En la investigación que ha usado esta aplicación no hay buenos ensayos de proloterapia para el síndrome de la cintilla iliotibial. Así que no se sabe si ayuda.',
  'condition.iliotibial-band-syndrome.evidence.summary.clinician#0a5f0189':
    'Entre las fuentes de esta aplicación no hay ningún ensayo controlado de proloterapia para el síndrome de la cintilla iliotibial: los ensayos aleatorizados y los metaanálisis incluyeron a personas con artrosis.',
  'condition.patellar-instability.description.patient#838a5195':
    'La rótula se desliza o se sale hacia fuera. Ocurre porque la banda que la sujeta por el lado interno está rota o estirada.',
  'condition.patellar-instability.description.clinician#6aac6576':
    'Subluxación o luxación lateral recidivante de la rótula con rotura o atenuación del LFRM; el LFRM aporta la mayor parte de la contención medial de partes blandas cerca de la extensión.',
  'condition.patellar-instability.symptoms.0#8672a263':
    'Episodios en los que la rótula se desliza; una sensación de inquietud o miedo cuando se empuja hacia fuera.',
  'condition.patellar-instability.symptoms.1#d62156e7': 'Dolor a lo largo del borde interno de la rótula.',
  'condition.patellar-instability.clinicianNote.0#e2633117':
    'Aprensión lateral y dolor a la palpación del retináculo medial; la inserción femoral del LFRM se sitúa en la silla entre el tubérculo del aductor y el epicóndilo medial.',
  'condition.patellar-instability.evidence.summary.patient#67656930':
    'En la investigación que ha usado esta aplicación no hay buenos ensayos de proloterapia para la inestabilidad de la rótula. Así que no se sabe si ayuda.',
  'condition.patellar-instability.evidence.summary.clinician#5cd94d04':
    'Entre las fuentes de esta aplicación no hay ningún ensayo controlado de proloterapia para la inestabilidad rotuliana: los ensayos aleatorizados y los metaanálisis incluyeron a personas con artrosis.',
};
