import type { TranslationTable } from '../overlay';

/**
 * Spanish caution notes of the injection sites (issue #13): image guidance and the nerves and vessels nearby.
 */
export const sitesCautionsEs: TranslationTable = {
  'site.ia-1.cautionNote.patient#f1016179':
    'Una exploración con ecografía permite al profesional ver la aguja. Las inyecciones en la rodilla guiadas así llegan a la articulación más a menudo que las hechas a tientas. En este lado interno pasan cerca un pequeño nervio de la piel y una pequeña arteria. Su posición varía de una persona a otra.',
  'site.ia-1.cautionNote.clinician#c876c4a9':
    'Las inyecciones de rodilla guiadas por ecografía llegaron a la articulación en el 95.8 % frente al 77.8 % con referencias anatómicas (OR 6.4). Los abordajes mediales quedan cerca de la rama infrarrotuliana del nervio safeno, de trayecto muy variable (en la interlínea articular, 0.8 ± 20.5 mm anterior al tubérculo del aductor; 28 cadáveres), y de la arteria genicular inferior medial, que pasa profunda al LCM y asciende por delante del borde medial de la tuberosidad tibial hacia la grasa de Hoffa.',
  'site.ia-2.cautionNote.patient#08a2b445':
    'Una exploración con ecografía permite al profesional ver la aguja. Las inyecciones en la rodilla guiadas así llegan a la articulación más a menudo que las hechas a tientas. Un pequeño nervio de la piel cruza por debajo de la rótula, y una pequeña arteria recorre el lado externo de la articulación.',
  'site.ia-2.cautionNote.clinician#458773f5':
    'Las inyecciones de rodilla guiadas por ecografía llegaron a la articulación en el 95.8 % frente al 77.8 % con referencias anatómicas (OR 6.4). La rama infrarrotuliana del nervio safeno cruzaba la zona entre el vértice de la rótula y la tuberosidad tibial en 59 de 60 piezas y llegaba al borde lateral del tendón rotuliano en el 36 % de 28 cadáveres. En el lado lateral, la arteria genicular inferior lateral pasa profunda al LCL, 0.5–1 cm por debajo de la interlínea, por encima de la cabeza del peroné, hacia la parte anterior de la rodilla.',
  'site.ia-3.cautionNote.patient#6a16dd3b':
    'Una exploración con ecografía permite al profesional ver la aguja. Las inyecciones en la rodilla guiadas así llegan a la articulación más a menudo que las hechas a tientas. Una pequeña arteria rodea el fémur justo por encima del lado externo de la rodilla.',
  'site.ia-3.cautionNote.clinician#4bed56f4':
    'Las inyecciones de rodilla guiadas por ecografía llegaron a la articulación en el 95.8 % frente al 77.8 % con referencias anatómicas (OR 6.4). En ecografía, la arteria genicular superior lateral se sitúa sobre todo en la parte distal de la transición entre epicóndilo lateral y diáfisis (24 rodillas); en una revisión de 27 lesiones de arterias geniculares publicadas, el 25.9 % la afectaban.',
  'site.ia-4.cautionNote.patient#8ee14501':
    'Una exploración con ecografía permite al profesional ver la aguja. Las inyecciones en la rodilla guiadas así llegan a la articulación más a menudo que las hechas a tientas. Esta vía se hace siempre con ecografía, que muestra la bolsa situada por encima de la rótula.',
  'site.ia-4.cautionNote.clinician#fbf15ad8':
    'Las inyecciones de rodilla guiadas por ecografía llegaron a la articulación en el 95.8 % frente al 77.8 % con referencias anatómicas (OR 6.4). Un ensayo aleatorizado comparó inyecciones suprarrotulianas e infrarrotulianas guiadas por ecografía, comprobando la difusión con contraste bajo fluoroscopia. En rodillas sanas el receso es un saco fino (líquido de 3.7 ± 1.7 mm).',
  'site.ea-1.cautionNote.patient#424feee4':
    'Una ecografía puede mostrar los tejidos y los vasos sanguíneos alrededor de este punto. Nuestras fuentes midieron cuánto ayuda la ecografía solo en las inyecciones dentro de la articulación. Una pequeña arteria rodea el fémur un poco por encima de este punto.',
  'site.ea-1.cautionNote.clinician#3b6aca16':
    'Los datos de precisión de la ecografía (95.8 % frente a 77.8 %) se refieren a la inyección intraarticular. En los puntos de bloqueo genicular, la ecografía muestra las partes blandas y los vasos, pero no los pequeños nervios geniculares. En ecografía, la arteria genicular superior medial estaba sobre la parte alta del tubérculo del aductor en el 91.7 % de 24 rodillas; su nervio es diana de bloqueo en la unión de la diáfisis femoral con el epicóndilo medial. En una revisión de 27 lesiones de arterias geniculares publicadas, el 40.7 % la afectaban.',
  'site.ea-2.cautionNote.patient#bf2bf001':
    'Una ecografía puede mostrar los tejidos y los vasos sanguíneos alrededor de este punto. Nuestras fuentes midieron cuánto ayuda la ecografía solo en las inyecciones dentro de la articulación. Un nervio de la piel baja por el lado interno de la tibia cerca de aquí.',
  'site.ea-2.cautionNote.clinician#fd767182':
    'Los datos de precisión de la ecografía (95.8 % frente a 77.8 %) se refieren a la inyección intraarticular. En los puntos de bloqueo genicular, la ecografía muestra las partes blandas y los vasos, pero no los pequeños nervios geniculares. Por debajo de la rodilla, el nervio safeno desciende por el borde medial de la tibia justo por detrás de la vena safena mayor.',
  'site.ea-3.cautionNote.patient#f1916361':
    'Una ecografía puede mostrar los tejidos y los vasos sanguíneos alrededor de este punto. Nuestras fuentes midieron cuánto ayuda la ecografía solo en las inyecciones dentro de la articulación. En la interlínea interna quedan muy cerca un nervio de la piel, su rama y una pequeña arteria.',
  'site.ea-3.cautionNote.clinician#43565176':
    'Los datos de precisión de la ecografía (95.8 % frente a 77.8 %) se refieren a la inyección intraarticular. En los puntos de bloqueo genicular, la ecografía muestra las partes blandas y los vasos, pero no los pequeños nervios geniculares. En la interlínea medial, el nervio safeno (su rama sartorial) está de media a 9.4 mm del tendón del grácil y a 16.0 mm del borde anterior del sartorio (42 rodillas); su rama infrarrotuliana cruza cerca. La arteria genicular inferior medial pasa profunda al LCM; el 33.3 % de 27 lesiones de arterias geniculares publicadas la afectaban.',
  'site.ea-4.cautionNote.patient#9d3d88e9':
    'Una ecografía puede mostrar los tejidos y los vasos sanguíneos alrededor de este punto. Nuestras fuentes midieron cuánto ayuda la ecografía solo en las inyecciones dentro de la articulación. Una pequeña arteria pasa justo al lado de este punto, bajo el ligamento externo, un poco por debajo de la interlínea.',
  'site.ea-4.cautionNote.clinician#e48de8b9':
    'Los datos de precisión de la ecografía (95.8 % frente a 77.8 %) se refieren a la inyección intraarticular. En los puntos de bloqueo genicular, la ecografía muestra las partes blandas y los vasos, pero no los pequeños nervios geniculares. La arteria genicular inferior lateral pasa profunda al LCL, 0.5–1 cm por debajo de la interlínea, a lo largo de la periferia del menisco lateral. Los nervios geniculares acompañan a estas arterias; tras una ablación de nervios geniculares se ha descrito un hematoma del muslo, y sus autores proponen añadir la ecografía.',
  'site.ea-5.cautionNote.patient#424feee4':
    'Una ecografía puede mostrar los tejidos y los vasos sanguíneos alrededor de este punto. Nuestras fuentes midieron cuánto ayuda la ecografía solo en las inyecciones dentro de la articulación. Una pequeña arteria rodea el fémur un poco por encima de este punto.',
  'site.ea-5.cautionNote.clinician#bc6154ef':
    'Los datos de precisión de la ecografía (95.8 % frente a 77.8 %) se refieren a la inyección intraarticular. En los puntos de bloqueo genicular, la ecografía muestra las partes blandas y los vasos, pero no los pequeños nervios geniculares. La arteria genicular superior lateral, con su nervio, está en la unión de la diáfisis femoral con el epicóndilo lateral, sobre todo en su parte distal en ecografía.',
  'site.ea-6.cautionNote.patient#5181aa07':
    'Una ecografía puede mostrar los tejidos y los vasos sanguíneos alrededor de este punto. Nuestras fuentes midieron cuánto ayuda la ecografía solo en las inyecciones dentro de la articulación. Un nervio rodea el hueso justo por debajo de este punto. Si se lesiona, puede causar hormigueo o debilidad en el pie.',
  'site.ea-6.cautionNote.clinician#b41667e1':
    'Los datos de precisión de la ecografía (95.8 % frente a 77.8 %) se refieren a la inyección intraarticular. En los puntos de bloqueo genicular, la ecografía muestra las partes blandas y los vasos, pero no los pequeños nervios geniculares. El nervio peroneo común cruza el borde posterior del cuello del peroné 20.7 ± 1 mm por debajo de la punta de la cabeza del peroné (12 rodillas; sin cambio con la flexión); el túnel fibular se abre a 32 ± 10 mm y el nervio se divide a 38 ± 9 mm por debajo del vértice (30 piernas). Una parte de las lesiones de la esquina posterolateral se acompaña de lesión de este nervio.',
  'site.ea-7.cautionNote.patient#62a52b7e':
    'Una ecografía puede mostrar los tejidos y los vasos sanguíneos alrededor de este punto. Nuestras fuentes midieron cuánto ayuda la ecografía solo en las inyecciones dentro de la articulación. Un nervio de la piel pasa por detrás de estos tendones, más atrás en el lado interno de la rodilla.',
  'site.ea-7.cautionNote.clinician#9e3ebcba':
    'Los datos de precisión de la ecografía (95.8 % frente a 77.8 %) se refieren a la inyección intraarticular. En los puntos de bloqueo genicular, la ecografía muestra las partes blandas y los vasos, pero no los pequeños nervios geniculares. El nervio safeno pasa por detrás de la pata de ganso; en la interlínea, su rama sartorial nunca quedaba por detrás del semitendinoso y estaba de media a 9.4 mm del grácil (42 rodillas).',
  'site.ea-8.cautionNote.patient#bb02b7a0':
    'Una ecografía puede mostrar los tejidos y los vasos sanguíneos alrededor de este punto. Nuestras fuentes midieron cuánto ayuda la ecografía solo en las inyecciones dentro de la articulación. Pequeños nervios de la piel cruzan la parte delantera de la rodilla por debajo de la rótula. Su recorrido varía mucho de una persona a otra.',
  'site.ea-8.cautionNote.clinician#30861cb6':
    'Los datos de precisión de la ecografía (95.8 % frente a 77.8 %) se refieren a la inyección intraarticular. En los puntos de bloqueo genicular, la ecografía muestra las partes blandas y los vasos, pero no los pequeños nervios geniculares. La rama infrarrotuliana del nervio safeno cruzaba entre el vértice de la rótula y la tuberosidad tibial en 59 de 60 piezas; su rama más alta quedaba de media 30 mm por debajo del vértice (± 27 mm, 2 DE).',
  'site.ea-9.cautionNote.patient#bb02b7a0':
    'Una ecografía puede mostrar los tejidos y los vasos sanguíneos alrededor de este punto. Nuestras fuentes midieron cuánto ayuda la ecografía solo en las inyecciones dentro de la articulación. Pequeños nervios de la piel cruzan la parte delantera de la rodilla por debajo de la rótula. Su recorrido varía mucho de una persona a otra.',
  'site.ea-9.cautionNote.clinician#b8bad6f0':
    'Los datos de precisión de la ecografía (95.8 % frente a 77.8 %) se refieren a la inyección intraarticular. En los puntos de bloqueo genicular, la ecografía muestra las partes blandas y los vasos, pero no los pequeños nervios geniculares. La rama infrarrotuliana más baja quedaba de media 27 mm por encima de la tuberosidad tibial (± 27 mm, 2 DE; 60 piezas); el nervio llegaba al borde lateral del tendón rotuliano en el 36 % de 28 cadáveres.',
  'site.ea-10.cautionNote.patient#bad4ad72':
    'Una ecografía puede mostrar los tejidos y los vasos sanguíneos alrededor de este punto. Nuestras fuentes midieron cuánto ayuda la ecografía solo en las inyecciones dentro de la articulación. Pequeñas arterias rodean el fémur por encima de la rodilla, una a cada lado.',
  'site.ea-10.cautionNote.clinician#a993152a':
    'Los datos de precisión de la ecografía (95.8 % frente a 77.8 %) se refieren a la inyección intraarticular. En los puntos de bloqueo genicular, la ecografía muestra las partes blandas y los vasos, pero no los pequeños nervios geniculares. Las arterias geniculares superiores están sobre el fémur en las uniones entre diáfisis y epicóndilo: la medial sobre la parte alta del tubérculo del aductor en el 91.7 % de 24 rodillas, la lateral sobre todo en la parte distal de la transición.',
};
