import type { TranslationTable } from '../overlay';

/**
 * Spanish study entries for the other studies and case series (evidence-other.ts); figures as published.
 */
export const studiesOtherEs: TranslationTable = {
  'study.bayat-2023.label#d6f9df65': 'Bayat 2023 (Anesth Pain Med)',
  'study.bayat-2023.plain#79d1204a':
    'Una inyección de corticoide funcionó mejor al cabo de un mes. Una sola sesión de inyecciones de dextrosa funcionó mejor a los tres meses.',
  'study.bayat-2023.size#f8c77899': '50 adultos',
  'study.bayat-2023.comparison#d6c9dcab':
    'Una sesión (10 mL al 16 % intraarticulares más cuatro inyecciones periarticulares de 2.5 mL al 12 %) frente a triamcinolona intraarticular 40 mg.',
  'study.bayat-2023.followUp#97a17f63': '1 y 3 meses',
  'study.bayat-2023.results.0#e6681350': 'El corticoide fue mejor a 1 mes y la proloterapia, a los 3 meses.',
  'study.bayat-2023.limits.0#4b246b24': 'Una sola sesión y seguimiento corto.',
  'study.waluyo-2021.label#4fb20b55': 'Waluyo 2021 (J Rehabil Med)',
  'study.waluyo-2021.plain#f485d4ef':
    'Tanto las inyecciones de dextrosa como las de ácido hialurónico ayudaron. Poco después del tratamiento, la dextrosa alivió más el dolor.',
  'study.waluyo-2021.size#8d115108': '47 participantes que completaron el estudio',
  'study.waluyo-2021.comparison#cedcf3d5':
    'Dextrosa en las semanas 1, 5 y 9 frente a cinco inyecciones semanales de ácido hialurónico; se midieron biomarcadores del cartílago (COMP sérico, CTX-II urinario).',
  'study.waluyo-2021.followUp#f9f66697': '3 semanas después de la última inyección',
  'study.waluyo-2021.results.0#d7263030':
    'Ambos grupos mejoraron en dolor y en el WOMAC; la dextrosa superó al ácido hialurónico en el dolor medido con la NRS. Los demás resultados entre grupos y de biomarcadores no figuraban en el resumen consultado.',
  'study.waluyo-2021.limits.0#50658250': 'Seguimiento muy corto.',
  'study.rabago-2012.label#99f7261a': 'Rabago 2012 (estudio abierto)',
  'study.rabago-2012.plain#995ed396':
    'Este estudio no tenía grupo de comparación. Las personas comunicaron mejores puntuaciones de rodilla a lo largo de un año.',
  'study.rabago-2012.size#ee2a0b14': '38 adultos con artrosis de rodilla',
  'study.rabago-2012.comparison#b2ebebd7':
    'Dextrosa extraarticular al 15 % con morruato sódico al 5 % más 6 mL de dextrosa intraarticular al 25 % en las semanas 1, 5 y 9 (opcionales 13 y 17); sin grupo control.',
  'study.rabago-2012.followUp#fc52e707': '52 semanas',
  'study.rabago-2012.results.0#f4645395':
    'El WOMAC mejoró 12.4 ± 3.5 puntos (19.5 %) en los participantes que habían sido controles en un estudio anterior, y 19.4 ± 7.0 (42.9 %) y 17.8 ± 3.9 (28.4 %) en los otros grupos.',
  'study.rabago-2012.limits.0#4ce5394a': 'Sin grupo control.',
  'study.reeves-2003.label#4502b4ac': 'Reeves y Hassanein 2003 (laxitud del LCA)',
  'study.reeves-2003.plain#04332b59':
    'Este estudio pequeño no tenía grupo de comparación. Tras repetidas inyecciones dentro de la articulación, algunas rodillas flojas resultaron más firmes al medirlas.',
  'study.reeves-2003.size#418727c4': '18 pacientes (16 analizados) con laxitud del LCA',
  'study.reeves-2003.comparison#3e77640c':
    'Sin comparador. Inyecciones articulares de dextrosa al 10 % (6-9 mL) en los meses 0, 2, 4, 6 y 10, después dextrosa al 25 % (6 mL) en el mes 12, y luego repetidas a intervalos de 2 a 4 meses hasta el mes 36.',
  'study.reeves-2003.followUp#59721833': '6, 12 y 36 meses',
  'study.reeves-2003.results.0#856d5716':
    'Laxitud normal con el KT1000 en 6 rodillas a los 6 meses, 9 al cabo de 1 año y 10 a los 3 años.',
  'study.reeves-2003.results.1#f3df1dcf':
    'Resúmenes secundarios informan, a los 3 años: dolor al caminar −43 %, hinchazón −63 %, flexión +10.5°, laxitud con el KT1000 −71 %.',
  'study.reeves-2003.limits.0#aa962c51':
    'Sin grupo control; los cambios porcentuales proceden de resúmenes secundarios.',
  'study.topol-2016.label#8ee8114a': 'Topol 2016 (PM&R)',
  'study.topol-2016.plain#14de4b3f':
    'En un estudio muy pequeño sin grupo de comparación, seis personas con artrosis grave recibieron inyecciones. Después, una cámara dentro de la rodilla mostró algo de tejido nuevo parecido al cartílago. Esto no se ha confirmado.',
  'study.topol-2016.size#e04d97e9': '6 pacientes con artrosis de grado IV',
  'study.topol-2016.comparison#3433fb61':
    'De 4 a 6 inyecciones intraarticulares mensuales de 10 mL de dextrosa al 12.5 %, con artroscopia antes y después; sin comparador.',
  'study.topol-2016.followUp#8a82f5a6': 'Unos 7.75 meses',
  'study.topol-2016.results.0#68cbd3e1':
    'Los tres evaluadores enmascarados coincidieron en crecimiento de cartílago en 19 de 54 zonas; las biopsias mostraron cartílago metabólicamente activo, de tipo fibrocartilaginoso a tipo hialino; la mediana del WOMAC mejoró 13 puntos.',
  'study.topol-2016.limits.0#5a6519e3': 'Muy pequeño y sin grupo control.',
  'study.topol-2022.label#82e1ebbc': 'Topol 2022 (Clin Pract)',
  'study.topol-2022.plain#7f8a1bd3':
    'Un pequeño estudio piloto encontró alivio del dolor en los 20 minutos siguientes a una inyección en la articulación. Esto ha llevado a los investigadores a sugerir un efecto sobre los nervios del dolor.',
  'study.topol-2022.size#6cae261b': '20 pacientes con artrosis de grado IV',
  'study.topol-2022.comparison#e0036551':
    'Dextrosa intraarticular frente a inyección simulada, y después inyecciones mensuales en abierto durante 6 meses.',
  'study.topol-2022.followUp#56c78b63': '9 meses',
  'study.topol-2022.results.0#031188a3':
    'Analgesia desde los 20 minutos hasta los 9 meses; sustancia P sinovial +111 % tras 1 semana y neuropéptido Y −65 % a los 3 meses.',
  'study.topol-2022.limits.0#12982446': 'Estudio piloto.',
};
