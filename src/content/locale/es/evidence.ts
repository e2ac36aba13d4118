import type { TranslationTable } from '../overlay';

/**
 * Spanish "What the research says" overview and its limits, and the ACR/AF 2019 guideline. The
 * guideline's quote is its own words in English: the Spanish is marked as our translation.
 */
export const evidenceEs: TranslationTable = {
  'evidence.overview.summary.patient#d6a0c872':
    'Varios estudios que compararon grupos, y las revisiones de esos estudios, sugieren que la proloterapia con dextrosa puede aliviar el dolor de la artrosis de rodilla. También puede ayudar a usar la rodilla, durante un periodo de hasta un año. Logró más que las inyecciones de agua con sal o que el ejercicio solo. El beneficio es modesto, y muchos estudios tienen defectos. No se sabe si fortalece los ligamentos en las personas.',
  'evidence.overview.summary.clinician#11c7c291':
    'ECA pequeños y medianos y al menos cuatro metaanálisis encuentran una mejoría mayor del dolor y la función en la artrosis de rodilla que con la inyección de suero salino o el ejercicio a lo largo de 4-12 meses, con diferencias entre grupos modestas, protocolos heterogéneos y un riesgo de sesgo mayoritariamente alto. Frente al PRP, la dextrosa es similar o peor.',
  'evidence.overview.limits.modest-benefit.statement.patient#f1e3cf09':
    'El beneficio añadido frente a las inyecciones de agua con sal fue modesto. En los dos ensayos clave fue de unos 7 a 10 puntos en una puntuación de rodilla de 100 puntos. En ambos ensayos, los grupos que recibieron inyecciones no sabían qué inyección les habían puesto.',
  'evidence.overview.limits.modest-benefit.statement.clinician#26604316':
    'Las diferencias entre grupos en el WOMAC fueron de unos 7.7 puntos (15.3 frente a 7.6, Rabago 2013) y de −9.65 en la puntuación compuesta (Sit 2020), en escalas de 0-100.',
  'evidence.overview.limits.risk-of-bias.statement.patient#67e14c25':
    'La mayoría de los ensayos eran pequeños. Usaron dosis y calendarios diferentes. Además tenían defectos de diseño que podrían hacer que los resultados parezcan mejores de lo que son.',
  'evidence.overview.limits.risk-of-bias.statement.clinician#76624c96':
    'Las revisiones señalan un riesgo de sesgo alto en la mayoría de los ensayos (2 de 11 con riesgo bajo en un metaanálisis) y una heterogeneidad marcada en la dosis, los puntos de inyección y el calendario.',
  'evidence.overview.limits.animal-ligament-data.statement.patient#b2d6c443':
    'La idea de que las inyecciones fortalecen los ligamentos procede de estudios en animales. En ratas, la dextrosa hizo más gruesos los ligamentos lesionados. Pero no quedaron más firmes ni más fuertes.',
  'evidence.overview.limits.animal-ligament-data.statement.clinician#6f0275e8':
    'LCM de rata lesionado por estiramiento: dos inyecciones de dextrosa aumentaron el área de sección transversal un 30 % respecto a los ligamentos inyectados con suero salino y un 90 % respecto a los ligamentos no lesionados, sin cambiar la laxitud, otras propiedades mecánicas ni las características de las fibrillas de colágeno. En el LCM de rata, la inflamación tras una inyección se había resuelto a las 72 h y no superó de forma consistente la respuesta al suero salino o a la simple punción con aguja. Las ganancias del LCM de conejo en resistencia de la unión, masa y grosor se debieron al morruato sódico, no a la dextrosa. La introducción de un metaanálisis de 2016 afirma que los trabajos en animales muestran proliferación, depósito de colágeno y ligamentos más gruesos que soportan más carga.',
  'evidence.overview.limits.mechanism-hypothesis.statement.patient#41c54182':
    'No se sabe cómo podría actuar la proloterapia. La idea habitual es que una irritación breve pone en marcha una respuesta de curación. Esta formaría colágeno nuevo. Pero es una hipótesis, una idea que no se ha demostrado. Otras ideas apuntan a efectos sobre los nervios del dolor.',
  'evidence.overview.limits.mechanism-hypothesis.statement.clinician#fa4d82f2':
    'Los mecanismos propuestos (lesión celular osmótica que desencadena inflamación, estimulación de factores de crecimiento, efectos neurales como cambios precoces de la sustancia P y el NPY sinoviales) son hipótesis. La afirmación del artículo de partida de que las fibras nuevas se contraen y restablecen la resistencia no está demostrada en humanos.',
  'evidence.overview.limits.symptoms-not-structure.statement.patient#6db427d9':
    'Los ensayos midieron cómo se sentían y se movían las personas. No comprobaron si los ligamentos o el cartílago cambiaron.',
  'evidence.overview.limits.symptoms-not-structure.statement.clinician#d97ff7c4':
    'Los resultados fueron comunicados por los pacientes (WOMAC, EVA); los datos estructurales se limitan a una serie artroscópica de seis pacientes y a trabajos con biomarcadores de seguimiento corto.',
  'evidence.overview.limits.other-conditions.statement.patient#4d17839e':
    'Casi toda la investigación trata sobre la artrosis de rodilla. Para los ligamentos flojos, los esguinces y otros problemas de rodilla todavía no hay buenos ensayos.',
  'evidence.overview.limits.other-conditions.statement.clinician#700e798f':
    'No se encontraron ECA para el esguince del LCM o del LCL, el síndrome de la cintilla iliotibial, el síndrome de dolor femororrotuliano ni la lesión meniscal; su uso en estos casos se apoya en revisiones de quienes practican la técnica. Para la laxitud del LCA hay una serie no controlada.',
  'guideline.acr-af-2019.issuer#55c9ec75':
    'Colegio Americano de Reumatología / Fundación de la Artritis (ACR/AF), 2019',
  'guideline.acr-af-2019.scope#4703ee39': 'Artrosis de mano, cadera y rodilla',
  'guideline.acr-af-2019.quote#199fd9fb':
    'Se recomienda de forma condicional en contra de la proloterapia en pacientes con artrosis de rodilla y/o de cadera [traducción nuestra].',
  'guideline.acr-af-2019.reason#8202fbb9':
    'El panel solo dispuso de unos pocos ensayos pequeños, con efectos pequeños, cuyos calendarios de inyección, puntos y comparaciones eran muy distintos. La proloterapia no se había estudiado en la artrosis de la mano, así que la guía no hace ninguna recomendación para ella.',
  'guideline.acr-af-2019.meaning.patient#9bb2bdf2':
    'Una importante guía de Estados Unidos sobre la artritis desaconseja la proloterapia para la artrosis de rodilla y de cadera. Su consejo es «condicional», no firme. Eso significa que la mayoría de las personas que conocen los datos lo seguirían, pero algunas no. Es una decisión que conviene hablar con su profesional sanitario.',
  'guideline.acr-af-2019.meaning.clinician#d4a9c8e5':
    'Condicional (GRADE): se formula cuando la calidad de la evidencia es baja o muy baja, o cuando los beneficios y los daños están muy equilibrados; la mayoría de los pacientes informados la seguirían, pero algunos no, por lo que exige una toma de decisiones compartida. Los autores añaden que sus recomendaciones no deben usarse para limitar o denegar el acceso a tratamientos.',
};
