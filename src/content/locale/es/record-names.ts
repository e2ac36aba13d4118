import type { TranslationTable } from '../overlay';

/**
 * Spanish names of the conditions (everyday and clinical) and of the injection sites.
 */
export const recordNamesEs: TranslationTable = {
  'condition.knee-osteoarthritis.name.lay#4a86c198': 'Artrosis de rodilla (desgaste de la articulación)',
  'condition.knee-osteoarthritis.name.clinical#0e6887e0':
    'Artrosis (osteoartritis) de rodilla con sospecha de laxitud ligamentosa',
  'condition.chronic-mcl-sprain.name.lay#ee601ffb':
    'Esguince del ligamento interno de la rodilla que no acaba de mejorar',
  'condition.chronic-mcl-sprain.name.clinical#c856004f': 'Esguince crónico del LCM / inestabilidad medial',
  'condition.chronic-lcl-sprain.name.lay#77e3fceb': 'Esguince del ligamento externo de la rodilla',
  'condition.chronic-lcl-sprain.name.clinical#1dd44d2a':
    'Esguince crónico del LCL / de la esquina posterolateral',
  'condition.acl-laxity.name.lay#472ea469': 'Ligamento cruzado delantero flojo',
  'condition.acl-laxity.name.clinical#15c89bde': 'Laxitud del LCA / rotura parcial del LCA',
  'condition.meniscal-injury.name.lay#f4c70b30': 'Menisco roto o flojo',
  'condition.meniscal-injury.name.clinical#7bcaad76': 'Lesión meniscal con inestabilidad',
  'condition.patellofemoral-pain.name.lay#a619be04': 'Dolor alrededor de la rótula',
  'condition.patellofemoral-pain.name.clinical#97bdc0c1': 'Síndrome de dolor femororrotuliano',
  'condition.patellar-tendinopathy.name.lay#5d6249cd': 'Rodilla del saltador',
  'condition.patellar-tendinopathy.name.clinical#ad048e45': 'Tendinopatía rotuliana',
  'condition.quadriceps-tendinopathy.name.lay#e3d13df9': 'Tendón dolorido por encima de la rótula',
  'condition.quadriceps-tendinopathy.name.clinical#0ac57299': 'Tendinopatía cuadricipital',
  'condition.pes-anserine-syndrome.name.lay#5691ab82':
    'Dolor de tendones y bolsa en la cara interna de la espinilla',
  'condition.pes-anserine-syndrome.name.clinical#0ec24d47': 'Tendinopatía / bursitis de la pata de ganso',
  'condition.iliotibial-band-syndrome.name.lay#5b8ea9d1': 'Dolor externo de rodilla del corredor',
  'condition.iliotibial-band-syndrome.name.clinical#3e772ac5': 'Síndrome de la cintilla iliotibial',
  'condition.patellar-instability.name.lay#f6d0eecc': 'Rótula que se sale de su sitio',
  'condition.patellar-instability.name.clinical#7ed3d129': 'Inestabilidad rotuliana / insuficiencia del LFRM',
  'site.ia-1.name#c2f4735e': 'Portal inferomedial',
  'site.ia-2.name#cbb18573': 'Portal anterior con la rodilla flexionada (anteromedial o anterolateral)',
  'site.ia-3.name#af48788e': 'Portal superolateral / lateral a media altura de la rótula',
  'site.ia-4.name#8684cbc8': 'Receso suprarrotuliano guiado por ecografía',
  'site.ea-1.name#702cf5c2': 'LCM superficial, origen femoral',
  'site.ea-2.name#d82fb90e': 'LCM superficial, inserción tibial',
  'site.ea-3.name#856092e6': 'Ligamento coronario medial / interlínea articular medial',
  'site.ea-4.name#035b5654': 'Ligamento coronario lateral',
  'site.ea-5.name#2a7e0aa6': 'Origen femoral del LCL',
  'site.ea-6.name#6f60a886': 'Inserción del LCL en el peroné',
  'site.ea-7.name#052b45ab': 'Pata de ganso',
  'site.ea-8.name#b56ca956': 'Tendón rotuliano proximal',
  'site.ea-9.name#ea459e51': 'Tendón rotuliano distal',
  'site.ea-10.name#0be0768b': 'Inserción del tendón del cuádriceps',
};
