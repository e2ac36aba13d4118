import type { StructureInfoInput } from './clinical-schema';

/** Cruciate, collateral and posteromedial ligaments. */
export const ligamentInfo: StructureInfoInput[] = [
  {
    id: 'acl',
    function: {
      patient: {
        text: 'A strong band deep in the middle of the knee that stops the shin bone sliding forwards and helps control twisting.',
        sources: ['acl-wiki', 'wheeless-acl'],
      },
      clinician: {
        text: 'Primary restraint to anterior tibial translation, providing about 85% of the restraint at 30° and 90° of flexion; also limits rotation. Anteromedial and posterolateral bundles.',
        sources: ['acl-wiki', 'wheeless-acl'],
      },
    },
    attachments: [
      {
        label: 'Femoral',
        text: {
          text: 'Posterior part of the inner (medial) wall of the lateral femoral condyle, within the notch.',
          sources: ['wheeless-acl', 'open-knees-simtk'],
        },
      },
      {
        label: 'Tibial',
        text: {
          text: 'Fossa anterior and lateral to the medial tibial spine (about 11 mm wide × 17 mm AP), fanning toward the transverse ligament and the lateral meniscus anterior root.',
          sources: ['wheeless-acl', 'siebold-2015-acl'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Length 22-41 mm (mean 32 mm); flat mid-substance about 9.9 mm wide and 3.9 mm thick.',
        sources: ['open-knees-simtk', 'siebold-2015-acl'],
      },
    ],
    relatedConditions: ['acl-laxity'],
  },
  {
    id: 'pcl',
    function: {
      patient: {
        text: 'The band behind the ACL that stops the shin bone sliding backwards.',
        sources: ['springer-2015-pcl'],
      },
      clinician: {
        text: 'Primary restraint to posterior tibial translation (about 95% of the resistance). Anterolateral and posteromedial bundles.',
        sources: ['springer-2015-pcl', 'open-knees-simtk'],
      },
    },
    attachments: [
      {
        label: 'Femoral',
        text: {
          text: 'Lateral surface of the medial femoral condyle and notch roof; footprint more than 20 mm long anteroposteriorly.',
          sources: ['springer-2015-pcl'],
        },
      },
      {
        label: 'Tibial',
        text: {
          text: 'Posterior intercondylar sulcus, 10-15 mm below the articular surface and about 7 mm anterior to the posterior tibial cortex.',
          sources: ['gali-2013-pcl'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Length 32-38 mm; tibial footprint 88.3 ± 21.7 mm² in 24 knees.',
        sources: ['springer-2015-pcl', 'gali-2013-pcl'],
      },
      {
        text: 'Bundle footprints on imaging: anterolateral 93.1 mm², posteromedial 150.8 mm², centres 8.2 mm apart.',
        sources: ['lorenz-2009-pcl'],
      },
    ],
    relatedConditions: [],
  },
  {
    id: 'superficial-mcl',
    function: {
      patient: {
        text: 'A long, flat band on the inner side of the knee that stops the knee buckling inwards. It is the knee ligament most often sprained.',
        sources: ['grood-1981-mcl-wiki', 'degrace-mcl'],
      },
      clinician: {
        text: 'Primary static restraint to valgus: about 57% of the restraint at 5° and 78% at 25° of flexion; also resists rotation.',
        sources: ['grood-1981-mcl-wiki', 'laprade-2007-medial'],
      },
    },
    attachments: [
      {
        label: 'Femoral origin',
        text: {
          text: 'A mean 3.2 mm proximal and 4.8 mm posterior to the medial epicondyle.',
          sources: ['laprade-2007-medial'],
        },
      },
      {
        label: 'Tibial attachments',
        text: {
          text: 'Proximal: mainly onto soft tissue over the anterior arm of semimembranosus. Distal: on periosteum deep and posterior to the pes anserinus, 61.2 mm below the joint line.',
          sources: ['laprade-2007-medial'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Length 94.8 mm in one cadaver series; 8-10 cm in a radiology reference. Insertion areas: tibia 348.6 ± 42.8 mm², femur 79.7 ± 17.6 mm².',
        sources: ['laprade-2007-medial', 'radiopaedia-mcl', 'liu-2010-mcl'],
      },
    ],
    relatedConditions: ['knee-osteoarthritis', 'chronic-mcl-sprain', 'pes-anserine-syndrome'],
  },
  {
    id: 'deep-mcl',
    function: {
      patient: {
        text: 'A shorter layer under the inner side ligament. It adds support and anchors the inner meniscus.',
        sources: ['laprade-2007-medial', 'radiopaedia-mcl'],
      },
      clinician: {
        text: 'Capsular thickening acting as a secondary medial restraint; meniscofemoral and meniscotibial parts tether the medial meniscus.',
        sources: ['laprade-2007-medial', 'radiopaedia-mcl'],
      },
    },
    attachments: [
      {
        label: 'Centroids',
        text: {
          text: 'Tibial 6.5 ± 1.3 mm below the tibial joint line; femoral 20.5 ± 4.2 mm above the femoral joint line.',
          sources: ['liu-2010-mcl'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Insertion areas 63.6 mm² (tibia) and 71.9 mm² (femur); the meniscotibial part is about 1.7 times wider, the meniscofemoral part about 3 times longer.',
        sources: ['liu-2010-mcl', 'laprade-2007-medial'],
      },
    ],
    relatedConditions: ['chronic-mcl-sprain', 'meniscal-injury'],
  },
  {
    id: 'lcl',
    function: {
      patient: {
        text: 'A cord-like band on the outer side of the knee that stops it bowing outwards.',
        sources: ['statpearls-lcl'],
      },
      clinician: {
        text: 'Primary varus restraint at all flexion angles; contributes to resisting external rotation.',
        sources: ['statpearls-lcl', 'laprade-2003-posterolateral'],
      },
    },
    attachments: [
      {
        label: 'Femoral origin',
        text: {
          text: 'A mean 1.4 mm proximal and 3.1 mm posterior to the lateral epicondyle.',
          sources: ['laprade-2003-posterolateral'],
        },
      },
      {
        label: 'Fibular insertion',
        text: {
          text: 'Lateral fibular head, 8.2 mm posterior to its anterior margin, covering about 38% of the head; sits within the split distal biceps tendon.',
          sources: ['laprade-2003-posterolateral'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Reported lengths differ: 69.9 mm (StatPearls) and 66 mm, range 59-74 (Meister). Width 4-5 mm.',
        sources: ['statpearls-lcl', 'meister-2000-lcl'],
      },
    ],
    relatedConditions: ['knee-osteoarthritis', 'chronic-lcl-sprain'],
  },
  {
    id: 'posterior-oblique-ligament',
    function: {
      patient: {
        text: 'A band at the back inner corner of the knee that helps keep that corner steady.',
        sources: ['laprade-2015-medial'],
      },
      clinician: {
        text: 'Posteromedial static stabiliser: contributes to valgus stability and resists anteromedial rotation.',
        sources: ['laprade-2015-medial', 'laprade-2007-medial'],
      },
    },
    attachments: [
      {
        label: 'Femoral',
        text: {
          text: '7.7 mm distal and 6.4 mm posterior to the adductor tubercle; 1.4 mm distal and 2.9 mm anterior to the gastrocnemius tubercle. Blends with the posterior sMCL, capsule and semimembranosus expansions.',
          sources: ['laprade-2007-medial', 'orthoteers-knee'],
        },
      },
    ],
    relatedConditions: ['chronic-mcl-sprain'],
  },
];
