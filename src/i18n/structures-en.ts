/**
 * English display names and lay synonyms for every structure, keyed by structure id.
 * Synonyms are the words patients actually type into the search box.
 */
export const structuresEn = {
  femur: { name: 'Femur (thigh bone)', synonyms: ['thigh bone', 'thighbone'] },
  tibia: { name: 'Tibia (shin bone)', synonyms: ['shin bone', 'shinbone'] },
  fibula: { name: 'Fibula (calf bone)', synonyms: ['calf bone', 'outer lower leg bone'] },
  patella: { name: 'Patella (kneecap)', synonyms: ['kneecap', 'knee cap'] },
  'femoral-cartilage': {
    name: 'Femoral cartilage',
    synonyms: ['cartilage on the end of the thigh bone', 'articular cartilage', 'joint surface'],
  },
  'tibial-cartilage': {
    name: 'Tibial cartilage',
    synonyms: ['cartilage on top of the shin bone', 'articular cartilage', 'joint surface'],
  },
  'patellar-cartilage': {
    name: 'Patellar cartilage',
    synonyms: ['cartilage behind the kneecap', 'articular cartilage', 'joint surface'],
  },
  'medial-meniscus': {
    name: 'Medial meniscus',
    synonyms: ['inner cartilage pad', 'cartilage pad', 'meniscus', 'shock absorber'],
  },
  'lateral-meniscus': {
    name: 'Lateral meniscus',
    synonyms: ['outer cartilage pad', 'cartilage pad', 'meniscus', 'shock absorber'],
  },
  acl: {
    name: 'Anterior cruciate ligament (ACL)',
    synonyms: ['ACL', 'cruciate', 'front cruciate ligament'],
  },
  pcl: {
    name: 'Posterior cruciate ligament (PCL)',
    synonyms: ['PCL', 'cruciate', 'back cruciate ligament'],
  },
  'superficial-mcl': {
    name: 'Superficial medial collateral ligament (MCL)',
    synonyms: ['inner knee ligament', 'medial collateral ligament', 'MCL', 'tibial collateral ligament'],
  },
  'deep-mcl': {
    name: 'Deep medial collateral ligament',
    synonyms: ['deep MCL', 'deep layer of the inner knee ligament', 'medial capsular ligament'],
  },
  lcl: {
    name: 'Lateral collateral ligament (LCL)',
    synonyms: ['outer knee ligament', 'LCL', 'fibular collateral ligament'],
  },
  'posterior-oblique-ligament': {
    name: 'Posterior oblique ligament (POL)',
    synonyms: ['POL', 'back inner corner ligament'],
  },
  mpfl: {
    name: 'Medial patellofemoral ligament (MPFL)',
    synonyms: ['MPFL', 'inner kneecap ligament', 'ligament that steadies the kneecap'],
  },
  'medial-retinaculum': {
    name: 'Medial patellar retinaculum',
    synonyms: ['inner kneecap support', 'retinaculum'],
  },
  'lateral-retinaculum': {
    name: 'Lateral patellar retinaculum',
    synonyms: ['outer kneecap support', 'retinaculum'],
  },
  'medial-coronary-ligament': {
    name: 'Medial coronary ligament',
    synonyms: ['inner meniscus attachment', 'meniscotibial ligament', 'coronary ligament'],
  },
  'lateral-coronary-ligament': {
    name: 'Lateral coronary ligament',
    synonyms: ['outer meniscus attachment', 'meniscotibial ligament', 'coronary ligament'],
  },
  'quadriceps-tendon': {
    name: 'Quadriceps tendon',
    synonyms: ['quad tendon', 'thigh muscle tendon', 'tendon above the kneecap'],
  },
  'patellar-tendon': {
    name: 'Patellar tendon',
    synonyms: ['kneecap tendon', 'patellar ligament', 'tendon below the kneecap'],
  },
  'sartorius-tendon': {
    name: 'Sartorius tendon',
    synonyms: ['goose foot tendon', 'pes anserinus', 'tailor muscle tendon'],
  },
  'gracilis-tendon': {
    name: 'Gracilis tendon',
    synonyms: ['goose foot tendon', 'pes anserinus', 'inner thigh tendon'],
  },
  'semitendinosus-tendon': {
    name: 'Semitendinosus tendon',
    synonyms: ['goose foot tendon', 'pes anserinus', 'inner hamstring tendon', 'hamstring'],
  },
  'semimembranosus-tendon': {
    name: 'Semimembranosus tendon',
    synonyms: ['inner hamstring tendon', 'hamstring', 'back inner knee tendon'],
  },
  'biceps-femoris-tendon': {
    name: 'Biceps femoris tendon',
    synonyms: ['outer hamstring tendon', 'hamstring', 'back outer knee tendon'],
  },
  'iliotibial-band': {
    name: 'Iliotibial band (IT band)',
    synonyms: ['IT band', 'ITB', 'outer thigh band'],
  },
  'popliteus-tendon': {
    name: 'Popliteus tendon',
    synonyms: ['popliteus', 'back of the knee tendon'],
  },
  'medial-gastrocnemius': {
    name: 'Medial gastrocnemius (inner calf muscle)',
    synonyms: ['inner calf muscle', 'calf muscle', 'gastrocnemius'],
  },
  'lateral-gastrocnemius': {
    name: 'Lateral gastrocnemius (outer calf muscle)',
    synonyms: ['outer calf muscle', 'calf muscle', 'gastrocnemius'],
  },
  'joint-capsule': {
    name: 'Joint capsule',
    synonyms: ['knee capsule', 'capsule', 'joint lining', 'synovium'],
  },
  'pes-anserine-bursa': {
    name: 'Pes anserine bursa',
    synonyms: ['goose foot bursa', 'bursa', 'fluid sac below the inner knee'],
  },
} as const satisfies Record<string, { name: string; synonyms: readonly string[] }>;
