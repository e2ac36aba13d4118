import type { StructureId } from '../../structure-ids';

/**
 * What Spanish speakers type into the search box for each structure: their own everyday words and
 * the abbreviations used in Spain and Latin America (LLI, LLE), plus the English abbreviations
 * clinicians also use (ACL, MCL). The lay name is added by structure-names.ts. Search ignores accents.
 */
export const synonymsEs: Readonly<Record<StructureId, readonly string[]>> = {
  femur: ['fémur', 'hueso del muslo', 'muslo'],
  tibia: ['tibia', 'espinilla', 'canilla', 'hueso de la pierna'],
  fibula: ['peroné', 'fíbula', 'hueso externo de la pierna'],
  patella: ['rótula', 'patela', 'hueso de la rodilla'],
  'femoral-cartilage': ['cartílago del extremo del fémur', 'cartílago articular', 'superficie articular'],
  'tibial-cartilage': [
    'cartílago de la parte alta de la tibia',
    'cartílago articular',
    'superficie articular',
  ],
  'patellar-cartilage': ['cartílago detrás de la rótula', 'cartílago articular', 'superficie articular'],
  'medial-meniscus': ['menisco', 'menisco interno', 'almohadilla de cartílago', 'amortiguador'],
  'lateral-meniscus': ['menisco', 'menisco externo', 'almohadilla de cartílago', 'amortiguador'],
  acl: ['LCA', 'ACL', 'cruzado', 'cruzado anterior'],
  pcl: ['LCP', 'PCL', 'cruzado', 'cruzado posterior'],
  'superficial-mcl': [
    'ligamento interno de la rodilla',
    'ligamento colateral medial',
    'ligamento lateral interno',
    'LCM',
    'LLI',
    'MCL',
    'ligamento colateral tibial',
  ],
  'deep-mcl': ['LCM profundo', 'capa profunda del ligamento interno', 'ligamento capsular medial'],
  lcl: [
    'ligamento externo de la rodilla',
    'ligamento lateral externo',
    'LCL',
    'LLE',
    'ligamento colateral peroneo',
    'ligamento colateral fibular',
  ],
  'posterior-oblique-ligament': ['LOP', 'POL', 'ligamento de la esquina posterior interna'],
  mpfl: [
    'LFRM',
    'LPFM',
    'MPFL',
    'ligamento patelofemoral medial',
    'ligamento femoropatelar medial',
    'ligamento que estabiliza la rótula',
  ],
  'medial-retinaculum': ['sostén interno de la rótula', 'retináculo', 'alerón rotuliano interno'],
  'lateral-retinaculum': ['sostén externo de la rótula', 'retináculo', 'alerón rotuliano externo'],
  'medial-coronary-ligament': ['unión interna del menisco', 'ligamento meniscotibial', 'ligamento coronario'],
  'lateral-coronary-ligament': [
    'unión externa del menisco',
    'ligamento meniscotibial',
    'ligamento coronario',
  ],
  'quadriceps-tendon': ['tendón cuadricipital', 'tendón del muslo', 'tendón por encima de la rótula'],
  'patellar-tendon': [
    'tendón de la rótula',
    'ligamento rotuliano',
    'tendón patelar',
    'tendón por debajo de la rótula',
  ],
  'sartorius-tendon': ['tendón de la pata de ganso', 'pata de ganso', 'músculo sastre'],
  'gracilis-tendon': [
    'tendón de la pata de ganso',
    'pata de ganso',
    'recto interno',
    'tendón interno del muslo',
  ],
  'semitendinosus-tendon': [
    'tendón de la pata de ganso',
    'pata de ganso',
    'isquiotibial interno',
    'isquiotibiales',
  ],
  'semimembranosus-tendon': ['isquiotibial interno', 'isquiotibiales', 'tendón posterointerno de la rodilla'],
  'biceps-femoris-tendon': ['isquiotibial externo', 'isquiotibiales', 'tendón posteroexterno de la rodilla'],
  'iliotibial-band': ['banda iliotibial', 'tracto iliotibial', 'cintilla', 'banda externa del muslo', 'ITB'],
  'popliteus-tendon': ['poplíteo', 'tendón de la parte de atrás de la rodilla'],
  'medial-gastrocnemius': ['gemelo interno', 'gemelos', 'pantorrilla', 'gastrocnemio'],
  'lateral-gastrocnemius': ['gemelo externo', 'gemelos', 'pantorrilla', 'gastrocnemio'],
  'joint-capsule': ['cápsula de la rodilla', 'cápsula', 'membrana sinovial', 'sinovial'],
  'pes-anserine-bursa': [
    'bolsa de la pata de ganso',
    'pata de ganso',
    'bursa',
    'bolsa serosa',
    'bolsa de líquido bajo la cara interna de la rodilla',
  ],
};
