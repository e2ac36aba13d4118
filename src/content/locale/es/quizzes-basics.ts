import type { TranslationTable } from '../overlay';

/**
 * Spanish questions, options and feedback of the quiz "Prolotherapy: the basics" (titles are in titles.ts). Only
 * text is translated: options and answers stay matched by id.
 */
export const quizzesBasicsEs: TranslationTable = {
  'quiz.prolotherapy-basics.questions.joint-injection-sites.prompt#1d3353bf':
    '¿Dónde se pone la inyección dentro de la propia articulación? Toque todos los puntos que sirven para ello.',
  'quiz.prolotherapy-basics.questions.joint-injection-sites.explanation#3e9f5053':
    'Cuatro puntos llevan al interior de la propia articulación. Tres están junto a la rótula o a su tendón. El cuarto está en un receso de la articulación por encima de la rótula, al que se llega con ayuda de la ecografía. Los demás puntos están en ligamentos y tendones de fuera de la articulación.',
  'quiz.prolotherapy-basics.questions.rabago-joint-site.prompt#22410519':
    'Toque el punto que usaron los ensayos de Rabago para la inyección dentro de la articulación.',
  'quiz.prolotherapy-basics.questions.rabago-joint-site.explanation#eb191eb2':
    'Con la rodilla doblada, los ensayos de Rabago entraron en la articulación por delante. La aguja entró por el lado interno del tendón que hay debajo de la rótula.',
  'quiz.prolotherapy-basics.questions.ultrasound-site.prompt#4e7a7de2':
    'Toque el punto del receso de la articulación situado por encima de la rótula, donde la ecografía guía la aguja.',
  'quiz.prolotherapy-basics.questions.ultrasound-site.explanation#9e0ed4ed':
    'Este receso de la articulación está justo por encima de la rótula, cubierto por el tendón del muslo. Con ecografía, las inyecciones destinadas a la articulación llegaron a ella unas 96 veces de cada 100.',
  'quiz.prolotherapy-basics.questions.mcl-sites.prompt#039eee19':
    'Toque los dos puntos de inyección del LCM, el ligamento del lado interno.',
  'quiz.prolotherapy-basics.questions.mcl-sites.explanation#bb0bbbd1':
    'La aguja va donde el ligamento se une al hueso. Un punto es su extremo superior, en el hueso del muslo. El otro es su extremo inferior, en la tibia, donde lo cubren los tendones de la pata de ganso.',
  'quiz.prolotherapy-basics.questions.lcl-sites.prompt#e6baf553':
    'Toque los dos puntos de inyección del LCL, el ligamento del lado externo.',
  'quiz.prolotherapy-basics.questions.lcl-sites.explanation#1e0d525e':
    'Dos ensayos incluyen los dos extremos del LCL: donde empieza, en el hueso del muslo, y donde termina, en el bulto de la parte alta del peroné.',
  'quiz.prolotherapy-basics.questions.pes-site.prompt#09f72533':
    'Toque el punto de inyección en los tendones de la pata de ganso, en la cara interna de la tibia.',
  'quiz.prolotherapy-basics.questions.pes-site.explanation#1668ecfa':
    'Este punto está en la cara interna de la tibia, unos 5 cm por debajo de la línea de la articulación. Un ensayo inscrito en un registro público lo incluye entre diez puntos alrededor de la rodilla.',
  'quiz.prolotherapy-basics.questions.patellar-tendon-sites.prompt#a0b30dfc':
    'Toque los dos puntos de inyección del tendón que hay debajo de la rótula.',
  'quiz.prolotherapy-basics.questions.patellar-tendon-sites.explanation#4785961d':
    'Un punto es donde el tendón sale de la punta inferior de la rótula. El otro es donde se une al bulto de la parte alta de la tibia.',
  'quiz.prolotherapy-basics.questions.what-is-injected.prompt#4f7574f0':
    '¿Cuál es el líquido que más se usa en la proloterapia?',
  'quiz.prolotherapy-basics.questions.what-is-injected.options.dextrose.text#24d5c878':
    'Dextrosa concentrada, un tipo de azúcar',
  'quiz.prolotherapy-basics.questions.what-is-injected.options.steroid.text#1e44e858': 'Un corticoide',
  'quiz.prolotherapy-basics.questions.what-is-injected.options.salt-water.text#774b1dd2': 'Agua con sal',
  'quiz.prolotherapy-basics.questions.what-is-injected.explanation#fe14e512':
    'El líquido suele ser dextrosa concentrada, una solución estéril de azúcar. En algunos ensayos, las inyecciones de agua con sal sirvieron de comparación.',
  'quiz.prolotherapy-basics.questions.why-lidocaine.prompt#1679887c':
    '¿Por qué a menudo se añade un medicamento que adormece, como la lidocaína?',
  'quiz.prolotherapy-basics.questions.why-lidocaine.options.less-sting.text#ce476451':
    'Para que las inyecciones escuezan menos',
  'quiz.prolotherapy-basics.questions.why-lidocaine.options.stronger.text#244379e6':
    'Para que la dextrosa funcione mejor',
  'quiz.prolotherapy-basics.questions.why-lidocaine.options.infection.text#de8a6b99':
    'Para evitar infecciones',
  'quiz.prolotherapy-basics.questions.why-lidocaine.explanation#58c3d262':
    'El medicamento que adormece está para que las inyecciones duelan menos. Puede dejar la rodilla insensible durante un rato.',
  'quiz.prolotherapy-basics.questions.how-many-sessions.prompt#4069da88':
    '¿Cuántas sesiones suele tener un ciclo?',
  'quiz.prolotherapy-basics.questions.how-many-sessions.options.one.text#35654fa7': 'Solo una',
  'quiz.prolotherapy-basics.questions.how-many-sessions.options.three-to-six.text#ad39c9f5': 'De 3 a 6',
  'quiz.prolotherapy-basics.questions.how-many-sessions.options.twenty-or-more.text#30c950dd': '20 o más',
  'quiz.prolotherapy-basics.questions.how-many-sessions.explanation#6c94d482':
    'Un ciclo suele ser de 3 a 6 sesiones. Los cuatro ensayos citados aquí dieron de 3 a 6. Otros estudios fueron distintos. Uno dio una sola sesión. Un estudio pequeño sin grupo de comparación siguió poniendo inyecciones durante 3 años.',
  'quiz.prolotherapy-basics.questions.session-spacing.prompt#859ac335':
    'En los ensayos, ¿cuánto tiempo separaba una sesión de la siguiente?',
  'quiz.prolotherapy-basics.questions.session-spacing.options.days.text#37f74718': '1 o 2 días',
  'quiz.prolotherapy-basics.questions.session-spacing.options.three-to-eight-weeks.text#b27c0a60':
    'De 3 a 8 semanas',
  'quiz.prolotherapy-basics.questions.session-spacing.options.a-year.text#d1f446eb': 'Un año',
  'quiz.prolotherapy-basics.questions.session-spacing.explanation#fc418c34':
    'En los ensayos, las sesiones se separaron de 3 a 8 semanas. Algunos ensayos usaron 3 semanas, otros 4 semanas y uno 2 meses.',
  'quiz.prolotherapy-basics.questions.normal-afterwards.prompt#7b27f95d':
    '¿Cuál de estas cosas es normal en los dos o tres primeros días después de una sesión?',
  'quiz.prolotherapy-basics.questions.normal-afterwards.options.soreness.text#0802e788':
    'Algunas molestias, rigidez o una hinchazón leve',
  'quiz.prolotherapy-basics.questions.normal-afterwards.options.fever.text#1860718e': 'Fiebre',
  'quiz.prolotherapy-basics.questions.normal-afterwards.options.leaking.text#e93a94e5':
    'Una marca de aguja por la que sale líquido',
  'quiz.prolotherapy-basics.questions.normal-afterwards.explanation#f788549d':
    'Es normal notar algunas molestias, rigidez o una hinchazón leve durante unos días. La fiebre o una marca de aguja por la que sale líquido no lo son. Si tiene alguna de ellas, póngase en contacto con su profesional sanitario ese mismo día.',
  'quiz.prolotherapy-basics.questions.when-to-get-help.prompt#cfbaa919':
    '¿Cuáles de estas situaciones significan que debe ponerse en contacto con su profesional sanitario ese mismo día? Elija todas las que correspondan.',
  'quiz.prolotherapy-basics.questions.when-to-get-help.options.fever.text#1860718e': 'Fiebre',
  'quiz.prolotherapy-basics.questions.when-to-get-help.options.leaking.text#a4df794b':
    'Una marca de aguja por la que sale líquido o sangre',
  'quiz.prolotherapy-basics.questions.when-to-get-help.options.hot-and-swollen.text#24087eaa':
    'Pasados unos días, la rodilla se pone caliente, roja y más hinchada',
  'quiz.prolotherapy-basics.questions.when-to-get-help.options.mild-soreness.text#937190e5':
    'Molestias leves el primer día',
  'quiz.prolotherapy-basics.questions.when-to-get-help.explanation#c0495583':
    'Al principio es normal notar molestias leves. Pero la fiebre, una marca de aguja por la que sale líquido o sangre, o una rodilla que se pone caliente, roja y más hinchada pasados los primeros días necesitan atención ese mismo día. La infección es poco frecuente, pero necesita atención rápida.',
  'quiz.prolotherapy-basics.questions.pain-reliever.prompt#476e7f52':
    'Quiere tomar un analgésico después de una sesión. ¿Qué debe hacer primero?',
  'quiz.prolotherapy-basics.questions.pain-reliever.options.ask.text#6f69f3f6':
    'Preguntar a su profesional sanitario cuál usar',
  'quiz.prolotherapy-basics.questions.pain-reliever.options.ibuprofen.text#6ec8d619':
    'Tomar ibuprofeno, ya que puede comprarlo usted mismo',
  'quiz.prolotherapy-basics.questions.pain-reliever.options.stop-all.text#63d90dea':
    'Dejar todos sus medicamentos habituales',
  'quiz.prolotherapy-basics.questions.pain-reliever.explanation#4d28a132':
    'Muchas clínicas piden no tomar antiinflamatorios, como el ibuprofeno, durante algunas semanas. La mayoría permiten el paracetamol (acetaminofén). Si toma un medicamento para otro problema de salud, no lo deje por su cuenta. Pregunte antes al médico que se lo recetó.',
  'quiz.prolotherapy-basics.questions.imaging-in-trials.prompt#f44855cd':
    '¿Indicaron los ensayos principales que usaran una prueba de imagen, como la ecografía, para guiar la aguja?',
  'quiz.prolotherapy-basics.questions.imaging-in-trials.options.no.text#7a7e5adb': 'No, no lo indicaron',
  'quiz.prolotherapy-basics.questions.imaging-in-trials.options.yes.text#0e573378':
    'Sí, en todas las inyecciones',
  'quiz.prolotherapy-basics.questions.imaging-in-trials.explanation#43d4442e':
    'Los ensayos principales no indicaron que usaran imagen. Algunas clínicas usan la ecografía, que ayuda a que las inyecciones destinadas a la articulación lleguen a ella.',
  'quiz.prolotherapy-basics.questions.first-phase.prompt#ff06db4c':
    'En el modelo de curación, ¿qué viene primero tras una lesión?',
  'quiz.prolotherapy-basics.questions.first-phase.options.inflammation.text#48a1a11e':
    'Inflamación: llegan glóbulos blancos para limpiar',
  'quiz.prolotherapy-basics.questions.first-phase.options.proliferation.text#d58c40b6':
    'Proliferación: las células reparadoras depositan fibras nuevas',
  'quiz.prolotherapy-basics.questions.first-phase.options.remodelling.text#f2a1e489':
    'Remodelación: fibras más gruesas se alinean con la dirección de la tracción',
  'quiz.prolotherapy-basics.questions.first-phase.explanation#b95001f9':
    'Primero llegan los glóbulos blancos para limpiar, durante unos días. Después, las células reparadoras depositan fibras nuevas. Por último, las fibras maduran lentamente.',
  'quiz.prolotherapy-basics.questions.longest-phase.prompt#2ffe7a4c':
    'En el modelo de curación, ¿qué fase dura más?',
  'quiz.prolotherapy-basics.questions.longest-phase.options.inflammation.text#b7f38bc2': 'Inflamación',
  'quiz.prolotherapy-basics.questions.longest-phase.options.proliferation.text#d79d9c55': 'Proliferación',
  'quiz.prolotherapy-basics.questions.longest-phase.options.remodelling.text#0e827c95': 'Remodelación',
  'quiz.prolotherapy-basics.questions.longest-phase.explanation#388ed463':
    'La remodelación va desde aproximadamente la semana 6 y dura un año o más. La inflamación dura días, y la proliferación, unas 6 semanas.',
  'quiz.prolotherapy-basics.questions.known-in-people.prompt#653501c3':
    '¿Sabemos si las inyecciones ponen en marcha esta curación en los ligamentos de las personas?',
  'quiz.prolotherapy-basics.questions.known-in-people.options.shown.text#b064c546':
    'Sí, se ha demostrado en personas',
  'quiz.prolotherapy-basics.questions.known-in-people.options.not-known.text#2c5355ec': 'No, no se sabe',
  'quiz.prolotherapy-basics.questions.known-in-people.explanation#51b4a052':
    'La secuencia de curación se vio tras lesiones de ligamentos, sobre todo en animales. Nadie sabe si las inyecciones la ponen en marcha en las personas. Los ensayos midieron el dolor y el uso de la rodilla, no el tejido.',
  'quiz.prolotherapy-basics.questions.rat-ligaments.prompt#b125ec19':
    'En ratas con un ligamento lesionado, ¿qué hicieron las inyecciones de dextrosa?',
  'quiz.prolotherapy-basics.questions.rat-ligaments.options.thicker-not-stronger.text#4724905b':
    'Lo hicieron más grueso, pero no más tenso ni más fuerte',
  'quiz.prolotherapy-basics.questions.rat-ligaments.options.much-stronger.text#e6226652':
    'Lo hicieron mucho más fuerte',
  'quiz.prolotherapy-basics.questions.rat-ligaments.options.no-change.text#d3adf661':
    'Nada: lo que se puede medir no cambió',
  'quiz.prolotherapy-basics.questions.rat-ligaments.explanation#c6d89afc':
    'Dos inyecciones de dextrosa hicieron el ligamento alrededor de un 30 % más grueso que el agua con sal. Pero no quedó más tenso ni más fuerte, y esto no se ha demostrado en personas.',
  'quiz.prolotherapy-basics.questions.poor-healers.prompt#3cf34a1d':
    '¿Qué ligamentos están dentro de la articulación y se curan peor que el LCM? Elija todos los que correspondan.',
  'quiz.prolotherapy-basics.questions.poor-healers.options.acl.text#6a086578': 'El LCA',
  'quiz.prolotherapy-basics.questions.poor-healers.options.pcl.text#12027743': 'El LCP',
  'quiz.prolotherapy-basics.questions.poor-healers.options.superficial-mcl.text#dee1240c': 'El LCM',
  'quiz.prolotherapy-basics.questions.poor-healers.explanation#74f2e362':
    'El LCA y el LCP están dentro de la articulación. Se curan peor que el LCM, que está fuera de ella.',
  'quiz.prolotherapy-basics.questions.what-trials-measured.prompt#2b10c152':
    '¿Qué midieron los ensayos en las personas que participaron?',
  'quiz.prolotherapy-basics.questions.what-trials-measured.options.pain-and-function.text#cded57b1':
    'El dolor y lo bien que las personas pueden usar la rodilla',
  'quiz.prolotherapy-basics.questions.what-trials-measured.options.ligament-strength.text#a18c4086':
    'Cuánto se fortalecieron los ligamentos de las personas',
  'quiz.prolotherapy-basics.questions.what-trials-measured.options.cartilage.text#01e5f67d':
    'Cuánto creció el cartílago',
  'quiz.prolotherapy-basics.questions.what-trials-measured.explanation#6db427d9':
    'Los ensayos midieron cómo se sentían y se movían las personas. No comprobaron si cambiaban los ligamentos o el cartílago.',
  'quiz.prolotherapy-basics.questions.most-research.prompt#35cf5b5a':
    '¿Sobre qué problema de rodilla hay más investigación de proloterapia?',
  'quiz.prolotherapy-basics.questions.most-research.options.knee-osteoarthritis.text#646e291a':
    'La artrosis de rodilla',
  'quiz.prolotherapy-basics.questions.most-research.options.chronic-mcl-sprain.text#dcc24c8b':
    'Un esguince del LCM',
  'quiz.prolotherapy-basics.questions.most-research.options.patellofemoral-pain.text#a619be04':
    'Dolor alrededor de la rótula',
  'quiz.prolotherapy-basics.questions.most-research.options.iliotibial-band-syndrome.text#5b8ea9d1':
    'Dolor externo de rodilla del corredor',
  'quiz.prolotherapy-basics.questions.most-research.explanation#5a853153':
    'Casi todos los ensayos estudiaron la artrosis de rodilla. Sugieren un beneficio modesto en el dolor y el uso de la rodilla. Para los esguinces y otros problemas de rodilla todavía no hay buenos ensayos.',
  'quiz.prolotherapy-basics.questions.arthritis-guideline.prompt#045e3704':
    'En 2019 se publicó una importante guía estadounidense sobre la artrosis. ¿Qué dice sobre la proloterapia en la artrosis de rodilla?',
  'quiz.prolotherapy-basics.questions.arthritis-guideline.options.recommends.text#319c5f72': 'La recomienda',
  'quiz.prolotherapy-basics.questions.arthritis-guideline.options.conditionally-recommends-against.text#537d718a':
    'La desaconseja, aunque no de forma firme',
  'quiz.prolotherapy-basics.questions.arthritis-guideline.options.no-recommendation.text#567ba60d':
    'No se pronuncia ni a favor ni en contra',
  'quiz.prolotherapy-basics.questions.arthritis-guideline.explanation#61d88c35':
    'Una sociedad estadounidense de reumatólogos la desaconseja en la artrosis de rodilla y de cadera. Pero su recomendación es «condicional», no firme: algunas personas que conocen los datos la elegirían igualmente. Háblelo con su profesional sanitario.',
};
