import { contentBundle } from './locale/active';
import type { StructureId, StructureNames, StructureNamesInput } from './schema';
import { isStructureId, structureIds } from './structure-ids';
import { neighbourNames } from './structure-names-neighbours';

/**
 * What every structure is called, keyed by id: the one home for structure names. Light on purpose
 * (no clinical text), so the first view can import it. Synonyms are the words patients actually
 * type into the search box; the lay name is added to them below when they do not already say it.
 */
const table = {
  femur: {
    name: 'Femur (thigh bone)',
    lay: 'Thigh bone',
    clinical: 'Distal femur',
    latin: 'Femur',
    synonyms: ['thigh bone', 'thighbone'],
  },
  tibia: {
    name: 'Tibia (shin bone)',
    lay: 'Shin bone',
    clinical: 'Proximal tibia',
    latin: 'Tibia',
    synonyms: ['shin bone', 'shinbone'],
  },
  fibula: {
    name: 'Fibula (calf bone)',
    lay: 'Outer lower-leg bone',
    clinical: 'Fibular head',
    latin: 'Caput fibulae',
    synonyms: ['calf bone', 'outer lower leg bone'],
  },
  patella: {
    name: 'Patella (kneecap)',
    lay: 'Kneecap',
    clinical: 'Patella',
    latin: 'Patella',
    synonyms: ['kneecap', 'knee cap'],
  },
  'femoral-cartilage': {
    name: 'Femoral cartilage',
    lay: 'Thigh-bone cartilage',
    clinical: 'Femoral articular cartilage',
    latin: 'Cartilago articularis femoris',
    synonyms: ['cartilage on the end of the thigh bone', 'articular cartilage', 'joint surface'],
  },
  'tibial-cartilage': {
    name: 'Tibial cartilage',
    lay: 'Shin-bone cartilage',
    clinical: 'Tibial articular cartilage',
    latin: 'Cartilago articularis tibiae',
    synonyms: ['cartilage on top of the shin bone', 'articular cartilage', 'joint surface'],
  },
  'patellar-cartilage': {
    name: 'Patellar cartilage',
    lay: 'Kneecap cartilage',
    clinical: 'Patellar articular cartilage',
    latin: 'Cartilago articularis patellae',
    synonyms: ['cartilage behind the kneecap', 'articular cartilage', 'joint surface'],
  },
  'medial-meniscus': {
    name: 'Medial meniscus',
    lay: 'Inner shock-absorber pad',
    clinical: 'Medial meniscus',
    latin: 'Meniscus medialis',
    synonyms: ['inner cartilage pad', 'cartilage pad', 'meniscus', 'shock absorber'],
  },
  'lateral-meniscus': {
    name: 'Lateral meniscus',
    lay: 'Outer shock-absorber pad',
    clinical: 'Lateral meniscus',
    latin: 'Meniscus lateralis',
    synonyms: ['outer cartilage pad', 'cartilage pad', 'meniscus', 'shock absorber'],
  },
  acl: {
    name: 'Anterior cruciate ligament (ACL)',
    lay: 'Front cross ligament',
    clinical: 'Anterior cruciate ligament',
    latin: 'Ligamentum cruciatum anterius',
    abbreviation: 'ACL',
    synonyms: ['ACL', 'cruciate', 'front cruciate ligament'],
  },
  pcl: {
    name: 'Posterior cruciate ligament (PCL)',
    lay: 'Back cross ligament',
    clinical: 'Posterior cruciate ligament',
    latin: 'Ligamentum cruciatum posterius',
    abbreviation: 'PCL',
    synonyms: ['PCL', 'cruciate', 'back cruciate ligament'],
  },
  'superficial-mcl': {
    name: 'Superficial medial collateral ligament (MCL)',
    lay: 'Inner side ligament',
    clinical: 'Superficial medial collateral ligament (tibial collateral ligament)',
    latin: 'Ligamentum collaterale tibiale',
    abbreviation: 'sMCL',
    synonyms: ['inner knee ligament', 'medial collateral ligament', 'MCL', 'tibial collateral ligament'],
  },
  'deep-mcl': {
    name: 'Deep medial collateral ligament',
    lay: 'Deep inner ligament',
    clinical: 'Deep medial collateral ligament',
    abbreviation: 'dMCL',
    synonyms: ['deep MCL', 'deep layer of the inner knee ligament', 'medial capsular ligament'],
  },
  lcl: {
    name: 'Lateral collateral ligament (LCL)',
    lay: 'Outer side ligament',
    clinical: 'Lateral (fibular) collateral ligament',
    latin: 'Ligamentum collaterale fibulare',
    abbreviation: 'LCL / FCL',
    synonyms: ['outer knee ligament', 'LCL', 'fibular collateral ligament'],
  },
  'posterior-oblique-ligament': {
    name: 'Posterior oblique ligament (POL)',
    lay: 'Back-inner corner ligament',
    clinical: 'Posterior oblique ligament',
    abbreviation: 'POL',
    synonyms: ['POL', 'back inner corner ligament'],
  },
  mpfl: {
    name: 'Medial patellofemoral ligament (MPFL)',
    lay: 'Inner kneecap ligament',
    clinical: 'Medial patellofemoral ligament',
    abbreviation: 'MPFL',
    synonyms: ['MPFL', 'inner kneecap ligament', 'ligament that steadies the kneecap'],
  },
  'medial-retinaculum': {
    name: 'Medial patellar retinaculum',
    lay: 'Inner kneecap support',
    clinical: 'Medial patellar retinaculum',
    latin: 'Retinaculum patellae mediale',
    synonyms: ['inner kneecap support', 'retinaculum'],
  },
  'lateral-retinaculum': {
    name: 'Lateral patellar retinaculum',
    lay: 'Outer kneecap support',
    clinical: 'Lateral patellar retinaculum',
    latin: 'Retinaculum patellae laterale',
    synonyms: ['outer kneecap support', 'retinaculum'],
  },
  'medial-coronary-ligament': {
    name: 'Medial coronary ligament',
    lay: 'Inner meniscus tether',
    clinical: 'Medial coronary (meniscotibial) ligament',
    latin: 'Ligamentum meniscotibiale mediale',
    synonyms: ['inner meniscus attachment', 'meniscotibial ligament', 'coronary ligament'],
  },
  'lateral-coronary-ligament': {
    name: 'Lateral coronary ligament',
    lay: 'Outer meniscus tether',
    clinical: 'Lateral coronary (meniscotibial) ligament',
    latin: 'Ligamentum meniscotibiale laterale',
    synonyms: ['outer meniscus attachment', 'meniscotibial ligament', 'coronary ligament'],
  },
  'quadriceps-tendon': {
    name: 'Quadriceps tendon',
    lay: 'Thigh-muscle tendon',
    clinical: 'Quadriceps tendon',
    latin: 'Tendo musculi quadricipitis femoris',
    synonyms: ['quad tendon', 'thigh muscle tendon', 'tendon above the kneecap'],
  },
  'patellar-tendon': {
    name: 'Patellar tendon',
    lay: 'Kneecap tendon',
    clinical: 'Patellar tendon (patellar ligament)',
    latin: 'Ligamentum patellae',
    synonyms: ['kneecap tendon', 'patellar ligament', 'tendon below the kneecap'],
  },
  'sartorius-tendon': {
    name: 'Sartorius tendon',
    lay: 'Tailor’s muscle tendon',
    clinical: 'Sartorius tendon',
    latin: 'Tendo musculi sartorii',
    synonyms: ['goose foot tendon', 'pes anserinus', 'tailor muscle tendon'],
  },
  'gracilis-tendon': {
    name: 'Gracilis tendon',
    lay: 'Inner thigh muscle tendon',
    clinical: 'Gracilis tendon',
    latin: 'Tendo musculi gracilis',
    synonyms: ['goose foot tendon', 'pes anserinus', 'inner thigh tendon'],
  },
  'semitendinosus-tendon': {
    name: 'Semitendinosus tendon',
    lay: 'Inner hamstring tendon',
    clinical: 'Semitendinosus tendon',
    latin: 'Tendo musculi semitendinosi',
    synonyms: ['goose foot tendon', 'pes anserinus', 'inner hamstring tendon', 'hamstring'],
  },
  'semimembranosus-tendon': {
    name: 'Semimembranosus tendon',
    lay: 'Deep inner hamstring tendon',
    clinical: 'Semimembranosus tendon',
    latin: 'Tendo musculi semimembranosi',
    synonyms: ['inner hamstring tendon', 'hamstring', 'back inner knee tendon'],
  },
  'biceps-femoris-tendon': {
    name: 'Biceps femoris tendon',
    lay: 'Outer hamstring tendon',
    clinical: 'Biceps femoris tendon',
    latin: 'Tendo musculi bicipitis femoris',
    synonyms: ['outer hamstring tendon', 'hamstring', 'back outer knee tendon'],
  },
  'iliotibial-band': {
    name: 'Iliotibial band (IT band)',
    lay: 'Outer thigh band',
    clinical: 'Iliotibial band',
    latin: 'Tractus iliotibialis',
    abbreviation: 'ITB',
    synonyms: ['IT band', 'ITB', 'outer thigh band'],
  },
  'popliteus-tendon': {
    name: 'Popliteus tendon',
    lay: 'Deep back-of-knee tendon',
    clinical: 'Popliteus tendon',
    latin: 'Tendo musculi poplitei',
    synonyms: ['popliteus', 'back of the knee tendon'],
  },
  'medial-gastrocnemius': {
    name: 'Medial gastrocnemius (inner calf muscle)',
    lay: 'Inner calf muscle head',
    clinical: 'Medial head of gastrocnemius',
    latin: 'Caput mediale musculi gastrocnemii',
    synonyms: ['inner calf muscle', 'calf muscle', 'gastrocnemius'],
  },
  'lateral-gastrocnemius': {
    name: 'Lateral gastrocnemius (outer calf muscle)',
    lay: 'Outer calf muscle head',
    clinical: 'Lateral head of gastrocnemius',
    latin: 'Caput laterale musculi gastrocnemii',
    synonyms: ['outer calf muscle', 'calf muscle', 'gastrocnemius'],
  },
  'joint-capsule': {
    name: 'Joint capsule',
    lay: 'Joint lining and capsule',
    clinical: 'Knee joint capsule',
    latin: 'Capsula articularis genus',
    synonyms: ['knee capsule', 'capsule', 'joint lining', 'synovium'],
  },
  'pes-anserine-bursa': {
    name: 'Pes anserine bursa',
    lay: 'Inner-shin bursa',
    clinical: 'Pes anserine bursa',
    latin: 'Bursa anserina',
    synonyms: ['goose foot bursa', 'bursa', 'fluid sac below the inner knee'],
  },
  ...neighbourNames,
} satisfies Record<StructureId, StructureNamesInput>;

const plain = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Searching the lay name ("front cross ligament") finds the structure, as the card shows it. */
export const withLayName = (n: StructureNamesInput): StructureNamesInput => {
  const lay = `${n.lay.charAt(0).toLowerCase()}${n.lay.slice(1)}`;
  return n.synonyms.some((s) => plain(s) === plain(lay)) ? n : { ...n, synonyms: [...n.synonyms, lay] };
};

// Checked by tsc (`satisfies` above) and, against StructureNamesSchema, by the unit tests: no zod here,
// so the first view stays light.
const names = Object.fromEntries(structureIds.map((id) => [id, withLayName(table[id])])) as Readonly<
  Record<StructureId, StructureNames>
>;

/** The English names, as written here (translators and tests read them; the app shows `structureNames`). */
export const englishNames = (id: StructureId): StructureNamesInput => table[id];

/** The names in the language on screen: its bundle carries them worked out (locale/bundle.ts). */
const current = (): Readonly<Record<StructureId, StructureNames>> => contentBundle()?.names ?? names;

/** Every name of a structure: display, lay, clinical, Latin, abbreviation and search synonyms. */
export const structureNames = (id: StructureId): StructureNames => current()[id];

/** Display name of a structure; the id itself for an unknown id (never crashes). */
export const structureName = (id: string): string => (isStructureId(id) ? current()[id].name : id);

/** Everyday words for a structure ("also called", and what search matches); empty when unknown. */
export const structureSynonyms = (id: string): readonly string[] =>
  isStructureId(id) ? current()[id].synonyms : [];
