import type { TranslationTable } from '../overlay';

/**
 * Spanish structure cards of the nerves and vessels near the knee (issue #13).
 */
export const structuresNeurovascularEs: TranslationTable = {
  'structure.common-peroneal-nerve.function.patient#0aa116c4':
    'Un nervio en la parte externa y posterior de la rodilla. Baja junto al tendón del isquiotibial externo y luego rodea la parte alta del hueso fino del lado externo de la pierna. Si se lesiona, puede causar hormigueo o debilidad en el pie. Importa en las inyecciones en el lado externo, justo por debajo de la rodilla.',
  'structure.common-peroneal-nerve.function.clinician#1cc6156d':
    'Desde su origen por encima de la rodilla sigue el borde medial del bíceps femoral, rodea el cuello del peroné y se divide por debajo de la cabeza del peroné. Se lesiona en una parte de las lesiones de la esquina posterolateral. Punto más cercano: la inserción peronea del LCL (EA-6).',
  'structure.common-peroneal-nerve.attachments.0.label#a1fa738c': 'Trayecto en la interlínea',
  'structure.common-peroneal-nerve.attachments.0.text#de9aa328':
    'A la altura de la meseta tibial, 7.92 ± 2.42 mm por detrás del límite posterior y a 1.31 ± 2.63 mm del límite lateral de la tibia (18 piezas, rodilla extendida).',
  'structure.common-peroneal-nerve.attachments.1.label#9af5165b': 'Cuello del peroné',
  'structure.common-peroneal-nerve.attachments.1.text#240a95e1':
    'Cruza el borde posterior del cuello del peroné a 20.7 ± 1 mm de la punta de la cabeza del peroné, una distancia que no cambia con la flexión (12 rodillas); forma con el eje del peroné un ángulo de 18.9 ± 9.0°.',
  'structure.common-peroneal-nerve.attachments.2.label#10cc1b1b': 'División',
  'structure.common-peroneal-nerve.attachments.2.text#bc539717':
    'Desde el vértice de la cabeza del peroné: túnel fibular a 32 ± 10 mm, bifurcación a 38 ± 9 mm, salida del nervio peroneo profundo a 70 ± 15 mm (30 piernas). Un estudio 3D situó la división 27.56 ± 3.98 mm por debajo del punto más alto del peroné.',
  'structure.common-peroneal-nerve.dimensions.0#ef221bdb':
    'Diámetro de 3.7 mm y longitud de 120.6 mm; nace 99.7 mm (89.1–138.5) por encima de la cabeza del peroné (30 miembros).',
  'structure.common-peroneal-nerve.dimensions.1#b37e61d4':
    'De la cabeza del peroné al nervio donde sale bajo la cabeza larga del bíceps: 62.5 mm en extensión, 56.2 mm a 30°, 47.3 mm a 60° y 44.6 mm a 90° de flexión.',
  'structure.common-peroneal-nerve.dimensions.2#34c3b2d0':
    'Del epicóndilo femoral lateral al nervio: 13.4 ± 8.2 mm en hombres y 8.4 ± 9.1 mm en mujeres (45 rodillas; el resumen no dice cómo se midió).',
  'structure.tibial-nerve.function.patient#6548f8d4':
    'El nervio principal detrás de la rodilla. Baja por el centro del hueco de la parte de atrás de la rodilla. Está más cerca de la piel que los grandes vasos sanguíneos de esa zona.',
  'structure.tibial-nerve.function.clinician#eeca778f':
    'Con el nervio peroneo común forma la capa más superficial de la fosa poplítea; la vena poplítea es intermedia y la arteria, la más profunda.',
  'structure.tibial-nerve.attachments.0.label#febeda78': 'Trayecto',
  'structure.tibial-nerve.attachments.0.text#6179a905':
    'Fosa poplítea, superficial a la vena y la arteria poplíteas; a 39.4 ± 10.2 mm del epicóndilo femoral medial en hombres (45 rodillas).',
  'structure.tibial-nerve.dimensions.0#34ea424e':
    'Área de sección transversal en la fosa poplítea de 21.7 mm² (IC del 95% 17.5–25.8) en ecografía en adultos sanos (metanálisis).',
  'structure.saphenous-nerve.function.patient#d2cce378':
    'Un nervio de la piel en el lado interno de la rodilla y la pierna. Sale entre dos de los tendones internos y baja junto a una vena grande bajo la piel. Importa en las inyecciones en el lado interno de la rodilla.',
  'structure.saphenous-nerve.function.clinician#8682a98a':
    'Nervio cutáneo: sale del conducto de los aductores y atraviesa la fascia lata entre los tendones del sartorio y el grácil; luego desciende por el borde medial de la tibia justo por detrás de la vena safena mayor. Pasa por detrás de la pata de ganso. Puntos cercanos: la inserción tibial del LCMs (EA-2) y el punto meniscotibial medial (EA-3).',
  'structure.saphenous-nerve.attachments.0.label#25363fb7': 'Interlínea articular',
  'structure.saphenous-nerve.attachments.0.text#6678784d':
    'Rama sartorial en extensión: de media a 16.0 mm del borde anterior del sartorio (16.5 mm en RM), 9.4 mm del grácil y 14.9 mm del semitendinoso; nunca por detrás del semitendinoso, y fuera de la fascia solo en el 43% (42 rodillas, 100 RM).',
  'structure.infrapatellar-branch-saphenous-nerve.function.patient#6efe4ee9':
    'Una pequeña rama de un nervio de la piel. Cruza la parte delantera de la rodilla por debajo de la rótula, del lado interno hacia el externo. Su recorrido varía mucho de una persona a otra, por eso importa en las inyecciones en la parte delantera e interna de la rodilla.',
  'structure.infrapatellar-branch-saphenous-nerve.function.clinician#fe2ecadf':
    'Rama del nervio safeno que cruza la cara anterior de la rodilla de medial a lateral. Cruzaba la zona entre el vértice de la rótula y la tuberosidad tibial en 59 de 60 piezas (de 1 a 4 ramas) y llegaba al borde lateral del tendón rotuliano en el 36% de 28 cadáveres. Puntos cerca de su trayecto: los portales anteriores (IA-1, IA-2), el punto meniscotibial medial (EA-3) y el tendón rotuliano proximal (EA-8).',
  'structure.infrapatellar-branch-saphenous-nerve.attachments.0.label#febeda78': 'Trayecto',
  'structure.infrapatellar-branch-saphenous-nerve.attachments.0.text#f1e1d974':
    'Respecto al tubérculo del aductor: 7.7 ± 16.8 mm posterior a la altura del polo inferior de la rótula, 0.8 ± 20.5 mm anterior en la interlínea y 12.1 ± 18.8 mm anterior en una línea a 30° por debajo (28 cadáveres).',
  'structure.infrapatellar-branch-saphenous-nerve.attachments.1.label#2effb4f2': 'Por debajo de la rótula',
  'structure.infrapatellar-branch-saphenous-nerve.attachments.1.text#aedaa0a2':
    'Rama más alta de media 30 mm por debajo del vértice de la rótula; rama más baja 27 mm por encima de la tuberosidad tibial (cada una ± 27 mm, 2 DE; 60 piezas).',
  'structure.popliteal-artery.function.patient#3a6145ae':
    'La arteria principal detrás de la rodilla. Es lo más profundo del hueco de la parte de atrás de la rodilla, pegada al hueso y a la cápsula de la articulación.',
  'structure.popliteal-artery.function.clinician#9cc8ada9':
    'La estructura más profunda de la fosa poplítea, contra el fémur, la tibia y la cápsula; en extensión está unos 3 mm lateral al LCP y a menos de 5 mm de la cara posterior de la articulación (10 mm a 90° de flexión). Entre sus ramas están las arterias geniculares.',
  'structure.popliteal-artery.attachments.0.label#25363fb7': 'Interlínea articular',
  'structure.popliteal-artery.attachments.0.text#fe4f3357':
    '2.4 mm lateral al LCP y 3.9 mm por detrás de la cápsula posterior en extensión; 3.2 mm y 7.6 mm a 90° de flexión (30 rodillas, RM).',
  'structure.popliteal-artery.attachments.1.label#6f90d3df': 'Por debajo de la meseta',
  'structure.popliteal-artery.attachments.1.text#68f43722':
    'A 2.7 mm y 4.9 mm de la cortical tibial posterior 1 cm y 2 cm por debajo de la interlínea en extensión; como mucho 7.87 mm posterior y 4.83 mm lateral a la línea media por debajo de la meseta (94 RM).',
  'structure.popliteal-artery.dimensions.0#11d44002': 'Diámetro medio de 7.9 mm (20 rodillas de cadáver).',
  'structure.popliteal-artery.dimensions.1#ca3a987e':
    'Desde el epicóndilo femoral medial: 38.4 ± 12.1 mm en hombres y 34.6 ± 4.9 mm en mujeres (45 rodillas).',
  'structure.popliteal-vein.function.patient#94d80ddd':
    'La vena principal detrás de la rodilla. Va junto a la arteria principal, envuelta en la misma vaina, un poco más cerca de la piel.',
  'structure.popliteal-vein.function.clinician#e6f025d8':
    'Capa intermedia de la fosa poplítea, superficial a la arteria y profunda a los nervios; empieza medial a la arteria y cruza por detrás de ella hasta una posición posterolateral, unidas ambas en una vaina fibrosa.',
  'structure.popliteal-vein.attachments.0.label#febeda78': 'Trayecto',
  'structure.popliteal-vein.attachments.0.text#1dfb08aa':
    'Medial a la arteria abajo, posterolateral a ella arriba; a 38.4 ± 12.9 mm del epicóndilo femoral medial en hombres (45 rodillas).',
  'structure.superior-medial-genicular-artery.function.patient#019ce2f0':
    'Una pequeña arteria que rodea el lado interno del fémur justo por encima de la rodilla. Pequeños nervios de la rodilla la acompañan. Importa en las inyecciones cerca de ese punto.',
  'structure.superior-medial-genicular-artery.function.clinician#01354577':
    'Rama de la poplítea (la primera rama en el 45% de las rodillas) acompañada del nervio genicular superior medial; diana de bloqueo genicular en la unión de la diáfisis femoral con el epicóndilo medial. En una revisión de 27 lesiones de arterias geniculares publicadas, el 40.7% la afectaban. Punto cercano: el origen femoral del LCMs (EA-1).',
  'structure.superior-medial-genicular-artery.attachments.0.label#e27f342a': 'Posición',
  'structure.superior-medial-genicular-artery.attachments.0.text#e3cf44df':
    'En ecografía, sobre la parte alta del tubérculo del aductor en el 91.7% de 24 rodillas.',
  'structure.superior-medial-genicular-artery.dimensions.0#80f8da90': 'Diámetro de 1.6 mm en su origen.',
  'structure.superior-medial-genicular-artery.dimensions.1#5a3dee93':
    'El orden de ramificación y el diámetro de las arterias geniculares varían mucho de una rodilla a otra (20 rodillas de cadáver).',
  'structure.superior-lateral-genicular-artery.function.patient#92ea9927':
    'Una pequeña arteria que rodea el lado externo del fémur justo por encima de la rodilla. Pequeños nervios de la rodilla la acompañan. Importa en las inyecciones cerca de ese punto.',
  'structure.superior-lateral-genicular-artery.function.clinician#65960cc7':
    'Rama de la poplítea acompañada del nervio genicular superior lateral; diana de bloqueo genicular en la unión de la diáfisis femoral con el epicóndilo lateral. En una revisión de 27 lesiones de arterias geniculares publicadas, el 25.9% la afectaban. Puntos cercanos: el portal superolateral (IA-3) y el origen femoral del LCL (EA-5).',
  'structure.superior-lateral-genicular-artery.attachments.0.label#e27f342a': 'Posición',
  'structure.superior-lateral-genicular-artery.attachments.0.text#518ca2e5':
    'En ecografía, sobre todo en la parte distal de la transición entre epicóndilo lateral y diáfisis (24 rodillas).',
  'structure.superior-lateral-genicular-artery.dimensions.0#5a3dee93':
    'El orden de ramificación y el diámetro de las arterias geniculares varían mucho de una rodilla a otra (20 rodillas de cadáver).',
  'structure.inferior-medial-genicular-artery.function.patient#1e386fdf':
    'Una pequeña arteria que rodea el lado interno de la tibia justo por debajo de la rodilla. Pequeños nervios de la rodilla la acompañan. Importa en las inyecciones cerca de ese punto.',
  'structure.inferior-medial-genicular-artery.function.clinician#d6d292b3':
    'Discurre por debajo del cóndilo tibial medial, profunda al LCM, y luego asciende por delante del borde medial de la tuberosidad tibial hacia la grasa de Hoffa. En una revisión de 27 lesiones de arterias geniculares publicadas, el 33.3% la afectaban. Puntos cercanos: el portal inferomedial (IA-1) y el punto meniscotibial medial (EA-3).',
  'structure.inferior-medial-genicular-artery.attachments.0.label#e27f342a': 'Posición',
  'structure.inferior-medial-genicular-artery.attachments.0.text#786537c1':
    'En ecografía, sobre todo en la parte proximal de la transición entre epicóndilo tibial medial y diáfisis; a menudo es la tercera (25%) o la cuarta (35%) rama de la arteria poplítea.',
  'structure.inferior-medial-genicular-artery.dimensions.0#2d8506ad': 'Diámetro de 1.5 mm en su origen.',
  'structure.inferior-medial-genicular-artery.dimensions.1#5a3dee93':
    'El orden de ramificación y el diámetro de las arterias geniculares varían mucho de una rodilla a otra (20 rodillas de cadáver).',
  'structure.inferior-lateral-genicular-artery.function.patient#4f398102':
    'Una pequeña arteria que rodea el lado externo de la rodilla, justo por debajo de la interlínea. Pequeños nervios de la rodilla la acompañan. Importa en las inyecciones cerca de ese punto.',
  'structure.inferior-lateral-genicular-artery.function.clinician#e9713af9':
    'Discurre hacia fuera por encima de la cabeza del peroné, bajo la cabeza lateral del gastrocnemio, el LCL y el tendón del bíceps, hasta la parte anterior de la rodilla; profunda al LCL 0.5–1 cm por debajo de la interlínea. Puntos cercanos: el punto meniscotibial lateral (EA-4) y el portal anterolateral (IA-2).',
  'structure.inferior-lateral-genicular-artery.attachments.0.label#febeda78': 'Trayecto',
  'structure.inferior-lateral-genicular-artery.attachments.0.text#534b3475':
    'Profunda al nervio peroneo común en la cara lateral de la pierna y a lo largo de la periferia del menisco lateral; a menudo nace de un tronco común con la arteria genicular inferior medial.',
  'structure.inferior-lateral-genicular-artery.dimensions.0#ae8e3112': 'Diámetro de 1.4 mm en su origen.',
  'structure.inferior-lateral-genicular-artery.dimensions.1#5a3dee93':
    'El orden de ramificación y el diámetro de las arterias geniculares varían mucho de una rodilla a otra (20 rodillas de cadáver).',
  'structure.great-saphenous-vein.function.patient#5815b7b0':
    'Una vena larga justo bajo la piel en el lado interno de la pierna. En la rodilla está a un palmo por detrás del borde interno de la rótula. Importa en las inyecciones en el lado interno de la rodilla.',
  'structure.great-saphenous-vein.function.clinician#3cebfff5':
    'Vena superficial de la cara medial de la pierna, a un palmo por detrás del borde medial de la rótula a la altura de la rodilla; por debajo de la rodilla, el nervio safeno desciende justo por detrás de ella. Punto cercano: el punto meniscotibial medial (EA-3).',
  'structure.great-saphenous-vein.attachments.0.label#e27f342a': 'Posición',
  'structure.great-saphenous-vein.attachments.0.text#cf3f62be':
    'Cara medial de la rodilla, a un palmo por detrás del borde medial de la rótula.',
};
