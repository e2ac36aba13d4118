import { type Category, type Structure, StructureSchema } from './schema';

const group = (category: Category, ids: readonly string[]): Structure[] =>
  ids.map((id) => StructureSchema.parse({ id, category }));

/**
 * Every selectable structure of the knee, in list order. Display names and lay synonyms are
 * user-facing text and live in the locale files (src/i18n/), keyed by id.
 */
export const structures: readonly Structure[] = [
  ...group('bone', ['femur', 'tibia', 'fibula', 'patella']),
  ...group('cartilage', ['femoral-cartilage', 'tibial-cartilage', 'patellar-cartilage']),
  ...group('meniscus', ['medial-meniscus', 'lateral-meniscus']),
  ...group('ligament', [
    'acl',
    'pcl',
    'superficial-mcl',
    'deep-mcl',
    'lcl',
    'posterior-oblique-ligament',
    'mpfl',
    'medial-retinaculum',
    'lateral-retinaculum',
    'medial-coronary-ligament',
    'lateral-coronary-ligament',
  ]),
  ...group('tendon', [
    'quadriceps-tendon',
    'patellar-tendon',
    'sartorius-tendon',
    'gracilis-tendon',
    'semitendinosus-tendon',
    'semimembranosus-tendon',
    'biceps-femoris-tendon',
    'iliotibial-band',
    'popliteus-tendon',
    'medial-gastrocnemius',
    'lateral-gastrocnemius',
  ]),
  ...group('capsule', ['joint-capsule', 'pes-anserine-bursa']),
];

export const structureIds: readonly string[] = structures.map((s) => s.id);

const byId = new Map(structures.map((s) => [s.id, s]));
export const getStructure = (id: string): Structure | undefined => byId.get(id);
export const isStructureId = (id: string): boolean => byId.has(id);
