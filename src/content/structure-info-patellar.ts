import type { StructureInfoInput } from './clinical-schema';

/** The extensor mechanism and the soft tissues that hold the kneecap. */
export const patellarInfo: StructureInfoInput[] = [
  {
    id: 'mpfl',
    function: {
      patient: {
        text: 'A thin band from the inner edge of the kneecap to the thigh bone. It stops the kneecap slipping outwards, mostly when the knee is nearly straight.',
        sources: ['sherman-mpfl', 'eorif-mpfl'],
      },
      clinician: {
        text: 'Main soft-tissue restraint to lateral patellar translation (50-60%), most important between 0° and 20° of flexion.',
        sources: ['sherman-mpfl', 'eorif-mpfl'],
      },
    },
    attachments: [
      {
        label: 'Femoral',
        text: {
          text: 'The saddle between adductor tubercle, medial epicondyle and gastrocnemius tubercle; centre 10.6 ± 2.5 mm distal to the apex of the adductor tubercle (31 knees).',
          sources: ['fujino-2013-mpfl', 'aframian-2017-mpfl'],
        },
      },
      {
        label: 'Patellar',
        text: {
          text: 'Superomedial border, mostly the proximal third, about 1 cm below the superior pole.',
          sources: ['aframian-2017-mpfl', 'eorif-mpfl'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Hourglass- or sail-shaped and wider at the patella; femoral footprint 56.5 ± 16.9 mm².',
        sources: ['fujino-2013-mpfl', 'aframian-2017-mpfl'],
      },
    ],
    relatedConditions: ['patellofemoral-pain', 'patellar-instability'],
  },
  {
    id: 'medial-retinaculum',
    function: {
      patient: {
        text: 'Layers of tough tissue on the inner side of the kneecap that help hold it in its groove.',
        sources: ['elsevier-retinacula'],
      },
      clinician: {
        text: 'Medial soft-tissue support of the patella in two layers: superficial fascia from vastus medialis, sartorius and the MCL; deep layer containing the MPFL and the meniscopatellar and patellotibial ligaments.',
        sources: ['elsevier-retinacula'],
      },
    },
    attachments: [
      {
        label: 'Layers',
        text: {
          text: 'Runs from the medial patellar border and patellar tendon to the medial femur and tibia, blending with the MPFL in its deep layer.',
          sources: ['elsevier-retinacula'],
        },
      },
    ],
    relatedConditions: ['patellofemoral-pain', 'patellar-instability'],
  },
  {
    id: 'lateral-retinaculum',
    function: {
      patient: {
        text: 'Tissue on the outer side of the kneecap. It joins the outer thigh band and helps stop the kneecap moving inwards.',
        sources: ['elsevier-retinacula', 'merican-amis-2008'],
      },
      clinician: {
        text: 'Resists medial patellar translation and links the ITB and vastus lateralis to the patella. Cadaver dissection describes three layers rather than one discrete retinaculum.',
        sources: ['elsevier-retinacula', 'merican-amis-2008'],
      },
    },
    attachments: [
      {
        label: 'Layers',
        text: {
          text: 'Superficial oblique fibres from the ITB and vastus lateralis fascia to the patella and patellar tendon; deep layer with the lateral patellofemoral, patellotibial and epicondylopatellar bands.',
          sources: ['elsevier-retinacula', 'merican-amis-2008'],
        },
      },
    ],
    relatedConditions: ['patellofemoral-pain'],
  },
  {
    id: 'quadriceps-tendon',
    function: {
      patient: {
        text: 'The thick tendon just above the kneecap that joins the front thigh muscles to it, so they can straighten the knee.',
        sources: ['orthobullets-quadriceps-tendonitis'],
      },
      clinician: {
        text: 'Trilaminar tendon (rectus femoris superficial; vastus medialis and lateralis middle; vastus intermedius deep) inserting on the superior pole; its most superficial fibres pass across the front of the patella and merge with the patellar tendon.',
        sources: ['orthobullets-quadriceps-tendonitis'],
      },
    },
    attachments: [
      {
        label: 'Insertion',
        text: {
          text: 'Superior pole of the patella.',
          sources: ['orthobullets-quadriceps-tendonitis'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Width at the patella 42.4 ± 3.8 mm (49 knees); thickness about 7 mm on MRI (7.1-7.6 mm).',
        sources: ['jaruprat-quadriceps-tendon', 'quadriceps-mri-2023'],
      },
    ],
    relatedConditions: ['patellofemoral-pain', 'quadriceps-tendinopathy'],
  },
  {
    id: 'patellar-tendon',
    function: {
      patient: {
        text: 'The strong strap below the kneecap that carries the thigh muscle’s pull down to the shin bone.',
        sources: ['kenhub-patellar-tendon'],
      },
      clinician: {
        text: 'Transmits quadriceps force from the patella to the tibial tuberosity; the Hoffa fat pad lies behind it and the deep infrapatellar bursa near its insertion.',
        sources: ['kenhub-patellar-tendon'],
      },
    },
    attachments: [
      {
        label: 'Origin and insertion',
        text: {
          text: 'From the apex and inferior margins of the patella (bulk on the distal two-thirds of its anterior surface) to the tibial tuberosity.',
          sources: ['kenhub-patellar-tendon'],
        },
      },
    ],
    dimensions: [
      {
        text: 'About 5 cm long; on ultrasound in 277 adults, 22.4 ± 3.8 mm wide and 4.7 ± 0.4 mm thick.',
        sources: ['kenhub-patellar-tendon', 'eze-2019-patellar-tendon'],
      },
      {
        text: 'Thickness above about 7 mm was used as a tendinopathy cut-off in university athletes.',
        sources: ['patellar-tendon-thickness-2021'],
      },
    ],
    relatedConditions: ['patellofemoral-pain', 'patellar-tendinopathy'],
  },
];
