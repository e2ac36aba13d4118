/**
 * Every selectable structure id, grouped by tissue category, in list order: the one declaration the
 * `StructureId` type, the zod schema (schema.ts), the structure list (structures.ts), the names
 * (structure-names.ts) and the generator's node names all derive from. Ids are kebab-case and stable:
 * they appear in URLs, tests and as node names in models/knee.glb. Imports nothing, so both
 * schema.ts and structures.ts can import it without a cycle.
 */
export const structureIdsByCategory = {
  bone: ['femur', 'tibia', 'fibula', 'patella'],
  cartilage: ['femoral-cartilage', 'tibial-cartilage', 'patellar-cartilage'],
  meniscus: ['medial-meniscus', 'lateral-meniscus'],
  ligament: [
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
  ],
  tendon: [
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
  ],
  capsule: ['joint-capsule', 'pes-anserine-bursa'],
  muscle: [
    'vastus-medialis',
    'vastus-lateralis',
    'rectus-femoris',
    'popliteus-muscle',
    'semimembranosus-muscle',
    'biceps-femoris-muscle',
    'gastrocnemius-medial-head',
    'gastrocnemius-lateral-head',
  ],
  bursa: ['prepatellar-bursa', 'suprapatellar-bursa', 'deep-infrapatellar-bursa', 'infrapatellar-fat-pad'],
  nerve: ['common-peroneal-nerve', 'tibial-nerve', 'saphenous-nerve', 'infrapatellar-branch-saphenous-nerve'],
  vessel: [
    'popliteal-artery',
    'popliteal-vein',
    'superior-medial-genicular-artery',
    'superior-lateral-genicular-artery',
    'inferior-medial-genicular-artery',
    'inferior-lateral-genicular-artery',
    'great-saphenous-vein',
  ],
  skin: ['skin'],
} as const;

type ById = typeof structureIdsByCategory;

/** A structure id: a typo in content, the generator or the app fails `tsc`, not a test at runtime. */
export type StructureId = ById[keyof ById][number];

/** Every structure id in list order (the joint's tissues, then its neighbours: muscle … skin). */
export const structureIds: readonly StructureId[] = Object.values(structureIdsByCategory).flat();

const known: ReadonlySet<string> = new Set(structureIds);

/** Narrows a string from outside (a URL, the embed API, a glb node name) to a StructureId. */
export const isStructureId = (id: string): id is StructureId => known.has(id);
