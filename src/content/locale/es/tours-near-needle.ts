import type { TranslationTable } from '../overlay';

/**
 * Spanish tour "What lies near the needle" (issue #13): its title, summary, captions and notes.
 */
export const toursNearNeedleEs: TranslationTable = {
  'tour.near-the-needle.title#97d215d2': 'Qué hay cerca de la aguja',
  'tour.near-the-needle.summary#8aec0a88':
    'Los nervios y los vasos sanguíneos cerca de la rodilla, cuáles quedan cerca de los puntos de inyección y por qué ayuda una ecografía. El modelo es una rodilla, no la suya.',
  'tour.near-the-needle.steps.0.caption.title#8f9f21ec': 'Por qué mirar qué hay cerca de la aguja',
  'tour.near-the-needle.steps.0.caption.patient#fb6c51bf':
    'Cerca de la rodilla pasan nervios y vasos sanguíneos. Una exploración con ecografía permite al profesional ver los tejidos y los vasos y seguir la aguja. Las inyecciones en la rodilla guiadas así llegan a la articulación más a menudo que las hechas a tientas.',
  'tour.near-the-needle.steps.0.caption.clinician#c03f34de':
    'Las inyecciones de rodilla guiadas por ecografía llegaron a la articulación en el 95.8 % frente al 77.8 % con referencias anatómicas (OR 6.4). Alrededor de la articulación, en los puntos de bloqueo genicular, la ecografía muestra las partes blandas y los vasos, pero no los pequeños nervios geniculares en sí.',
  'tour.near-the-needle.steps.0.notes#59167291':
    'Los nervios se dibujan en amarillo, las arterias en rojo y las venas en azul. Las capas de nervios y de vasos están apagadas al abrir la aplicación.',
  'tour.near-the-needle.steps.1.caption.title#161b3f16': 'Detrás de la rodilla: nervio, vena y arteria',
  'tour.near-the-needle.steps.1.caption.patient#0ee11a7b':
    'El hueco de la parte de atrás de la rodilla contiene su nervio, su vena y su arteria principales. El nervio es lo más cercano a la piel. La vena queda en medio. La arteria es lo más profundo, pegada al hueso y a la articulación.',
  'tour.near-the-needle.steps.1.caption.clinician#3c0db46e':
    'Fosa poplítea, de superficial a profundo: los nervios tibial y peroneo común, la vena poplítea y, por último, la arteria poplítea contra el fémur, la tibia y la cápsula. En extensión la arteria está unos 3 mm lateral al LCP y a menos de 5 mm de la cara posterior de la articulación; diámetro medio de 7.9 mm.',
  'tour.near-the-needle.steps.2.caption.title#a081463d':
    'Un nervio alrededor de la parte alta del hueso externo de la pierna',
  'tour.near-the-needle.steps.2.caption.patient#f98a809d':
    'En el lado externo, un nervio baja junto al tendón del isquiotibial externo. Luego rodea la parte alta del hueso fino del lado externo de la pierna, unos 2 cm por debajo de su punta. Si se lesiona, puede causar hormigueo o debilidad en el pie.',
  'tour.near-the-needle.steps.2.caption.clinician#c1478d66':
    'El nervio peroneo común sigue el borde medial del bíceps femoral y cruza el borde posterior del cuello del peroné 20.7 ± 1 mm por debajo de la punta de la cabeza del peroné (12 rodillas; sin cambio con la flexión). Se divide a 38 ± 9 mm por debajo del vértice (30 piernas).',
  'tour.near-the-needle.steps.3.caption.title#ab7f4f22':
    'Punto de inyección: el extremo inferior del ligamento externo',
  'tour.near-the-needle.steps.3.caption.patient#77712e66':
    'Un punto está donde el ligamento externo de la rodilla se une al hueso fino del lado externo de la pierna. El nervio que acaba de ver rodea el hueso justo por debajo. La ficha enumera los nervios y vasos cercanos al trayecto de la aguja en este modelo.',
  'tour.near-the-needle.steps.3.caption.clinician#4889f40c':
    'EA-6, la inserción peronea del LCL. El nervio peroneo común cruza el cuello del peroné justo por debajo, y el túnel fibular se abre a 32 ± 10 mm por debajo del vértice; una parte de las lesiones de la esquina posterolateral se acompaña de lesión de este nervio. La ficha enumera los nervios y vasos del modelo a menos de 20 mm del trayecto de la aguja.',
  'tour.near-the-needle.steps.3.notes#33352cd8':
    'Un punto abierto dibuja los nervios y vasos de su lista aunque sus capas estén apagadas; el resto de la rodilla se vuelve transparente.',
  'tour.near-the-needle.steps.4.caption.title#f780fa8a': 'La rodilla interna: un nervio de la piel y su rama',
  'tour.near-the-needle.steps.4.caption.patient#14b6732a':
    'En el lado interno, un nervio de la piel sale entre dos tendones y baja por la pierna. Una pequeña rama suya cruza la parte delantera de la rodilla por debajo de la rótula. Por dónde pasa esa rama varía mucho de una persona a otra.',
  'tour.near-the-needle.steps.4.caption.clinician#c6d062a2':
    'EA-3, el punto meniscotibial medial. En la interlínea, la rama sartorial del nervio safeno está de media a 9.4 mm del grácil y a 16.0 mm del borde anterior del sartorio (42 rodillas). Su rama infrarrotuliana es muy variable: en la interlínea, 0.8 ± 20.5 mm anterior al tubérculo del aductor (28 cadáveres).',
  'tour.near-the-needle.steps.5.caption.title#4dc2edea': 'Pequeñas arterias alrededor de la articulación',
  'tour.near-the-needle.steps.5.caption.patient#68bc5fc4':
    'Pequeñas arterias rodean la rodilla, por encima y por debajo de la articulación, a ambos lados. Pequeños nervios de la rodilla van con ellas. Aquí, en el lado externo, una pasa justo al lado del punto de inyección, bajo el ligamento externo, un poco por debajo de la línea de la articulación.',
  'tour.near-the-needle.steps.5.caption.clinician#4a0db808':
    'EA-4, el punto meniscotibial lateral: la arteria genicular inferior lateral pasa profunda al LCL, 0.5–1 cm por debajo de la interlínea. La ramificación genicular varía mucho (20 rodillas). De 27 lesiones de arterias geniculares publicadas, el 40.7 % afectaban a la superior medial, el 33.3 % a la inferior medial y el 25.9 % a la superior lateral.',
  'tour.near-the-needle.steps.6.caption.title#4b0caec2': '¿Dónde está esto en mí?',
  'tour.near-the-needle.steps.6.caption.patient#5f214245':
    'Con la capa de piel activada, puede situar estos lugares en una pierna real. Se nota la rótula delante y un bulto en la tibia por debajo. En el lado externo, justo por debajo de la rodilla, hay un bulto de hueso. El nervio externo lo rodea justo por debajo.',
  'tour.near-the-needle.steps.6.caption.clinician#a1c7d51d':
    'La capa de piel es una ayuda de orientación. Referencias palpables: la rótula, la tuberosidad tibial donde termina el tendón rotuliano y la cabeza del peroné, cuyo cuello cruza el nervio peroneo común unos 2 cm por debajo de la punta. La vena safena mayor está a un palmo por detrás del borde medial de la rótula.',
  'tour.near-the-needle.steps.7.caption.title#5e282772': 'Una rodilla modelo, no la suya',
  'tour.near-the-needle.steps.7.caption.patient#33e6c5b9':
    'Este modelo es una rodilla media. En las personas reales, estos nervios y vasos están en lugares algo distintos. Las distancias de las fichas salen del modelo, no de usted. Este recorrido sirve para aprender. Su profesional sanitario decide cómo poner una inyección.',
  'tour.near-the-needle.steps.7.caption.clinician#c0c7acd0':
    'Las distancias de las fichas se miden en un único modelo estilizado. Las posiciones publicadas varían mucho: la rama infrarrotuliana más baja quedaba 27 mm por encima de la tuberosidad tibial (± 27 mm, 2 DE; 60 piezas), y la ramificación genicular varía entre rodillas. En un paciente, la ecografía muestra los vasos y las partes blandas en el propio punto; los pequeños nervios geniculares no se ven.',
};
