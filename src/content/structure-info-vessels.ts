import type { Cited, StructureInfoInput } from './clinical-schema';

/**
 * Arteries and veins near the knee (issue #13). Figures and quoted excerpts:
 * docs/reference/neighbours-neurovascular.md. Diameters the research did not find are left out.
 */

const branching: Cited = {
  text: 'The branching order and diameters of the genicular arteries vary widely between knees (20 cadaveric knees).',
  sources: ['genicular-arteries-diameter-2015'],
};

const geniculatePatient = (side: string): Cited => ({
  text: `A small artery ${side}. Small nerves to the knee run with it. It matters for injections close to that spot.`,
  sources: ['han-2019-genicular-arteries-us'],
});

export const vesselInfo: StructureInfoInput[] = [
  {
    id: 'popliteal-artery',
    function: {
      patient: {
        text: 'The main artery behind the knee. It lies deepest in the hollow at the back of the knee, against the bone and the joint capsule.',
        sources: ['downstate-popliteal-vessels'],
      },
      clinician: {
        text: 'Deepest structure of the popliteal fossa, against the femur, tibia and capsule; in extension it lies about 3 mm lateral to the PCL and within 5 mm of the back of the joint (10 mm at 90° of flexion). Its branches include the genicular arteries.',
        sources: [
          'downstate-popliteal-vessels',
          'yoo-2009-popliteal-artery-mri',
          'genicular-arteries-diameter-2015',
        ],
      },
    },
    attachments: [
      {
        label: 'Joint line',
        text: {
          text: '2.4 mm lateral to the PCL and 3.9 mm behind the posterior capsule in extension; 3.2 mm and 7.6 mm at 90° of flexion (30 knees, MRI).',
          sources: ['yoo-2009-popliteal-artery-mri'],
        },
      },
      {
        label: 'Below the plateau',
        text: {
          text: '2.7 mm and 4.9 mm from the posterior tibial cortex 1 cm and 2 cm below the joint line in extension; at most 7.87 mm posterior and 4.83 mm lateral to the midline below the plateau (94 MRIs).',
          sources: ['yoo-2009-popliteal-artery-mri', 'simons-2018-popliteal-artery-mri'],
        },
      },
    ],
    dimensions: [
      { text: 'Mean diameter 7.9 mm (20 cadaveric knees).', sources: ['genicular-arteries-diameter-2015'] },
      {
        text: 'From the medial femoral epicondyle: 38.4 ± 12.1 mm in men and 34.6 ± 4.9 mm in women (45 knees).',
        sources: ['greenwood-2021-popliteal-fossa'],
      },
    ],
    relatedConditions: [],
  },
  {
    id: 'popliteal-vein',
    function: {
      patient: {
        text: 'The main vein behind the knee. It runs with the main artery, wrapped in the same sheath, a little nearer the skin.',
        sources: ['darling-popliteal-vein', 'downstate-popliteal-vessels'],
      },
      clinician: {
        text: 'Intermediate layer of the popliteal fossa, superficial to the artery and deep to the nerves; it starts medial to the artery and crosses behind it to a posterolateral position, the two bound in one fibrous sheath.',
        sources: ['darling-popliteal-vein', 'downstate-popliteal-vessels'],
      },
    },
    attachments: [
      {
        label: 'Course',
        text: {
          text: 'Medial to the artery below, posterolateral to it above; 38.4 ± 12.9 mm from the medial femoral epicondyle in men (45 knees).',
          sources: ['darling-popliteal-vein', 'greenwood-2021-popliteal-fossa'],
        },
      },
    ],
    relatedConditions: [],
  },
  {
    id: 'superior-medial-genicular-artery',
    function: {
      patient: geniculatePatient('that winds round the inner side of the thigh bone just above the knee'),
      clinician: {
        text: 'Popliteal branch (the first branch in 45% of knees) with the superior medial genicular nerve; a genicular block target at the junction of the femoral shaft and medial epicondyle. In one review of 27 reported genicular artery injuries, 40.7% involved it. Nearby site: the sMCL femoral origin (EA-1).',
        sources: [
          'genicular-arteries-diameter-2015',
          'han-2019-genicular-arteries-us',
          'asra-genicular-rfa-targets',
          'genicular-rfa-safety-2016',
        ],
      },
    },
    attachments: [
      {
        label: 'Position',
        text: {
          text: 'On ultrasound, over the upper part of the adductor tubercle in 91.7% of 24 knees.',
          sources: ['han-2019-genicular-arteries-us'],
        },
      },
    ],
    dimensions: [
      { text: 'Diameter 1.6 mm at its origin.', sources: ['genicular-arteries-diameter-2015'] },
      branching,
    ],
    relatedConditions: [],
  },
  {
    id: 'superior-lateral-genicular-artery',
    function: {
      patient: geniculatePatient('that winds round the outer side of the thigh bone just above the knee'),
      clinician: {
        text: 'Popliteal branch with the superior lateral genicular nerve; a genicular block target at the junction of the femoral shaft and lateral epicondyle. In one review of 27 reported genicular artery injuries, 25.9% involved it. Nearby sites: the superolateral portal (IA-3) and the FCL femoral origin (EA-5).',
        sources: [
          'han-2019-genicular-arteries-us',
          'asra-genicular-rfa-targets',
          'genicular-rfa-safety-2016',
        ],
      },
    },
    attachments: [
      {
        label: 'Position',
        text: {
          text: 'On ultrasound, mainly at the distal part of the lateral epicondyle–shaft transition (24 knees).',
          sources: ['han-2019-genicular-arteries-us'],
        },
      },
    ],
    dimensions: [branching],
    relatedConditions: [],
  },
  {
    id: 'inferior-medial-genicular-artery',
    function: {
      patient: geniculatePatient('that curves round the inner side of the shin bone just below the knee'),
      clinician: {
        text: 'Runs below the medial tibial condyle, deep to the MCL, then rises in front of the medial edge of the tibial tuberosity into the Hoffa fat pad. In one review of 27 reported genicular artery injuries, 33.3% involved it. Nearby sites: the inferomedial portal (IA-1) and the medial meniscotibial site (EA-3).',
        sources: [
          'radiopaedia-inferior-medial-genicular-artery',
          'han-2019-genicular-arteries-us',
          'genicular-rfa-safety-2016',
        ],
      },
    },
    attachments: [
      {
        label: 'Position',
        text: {
          text: 'On ultrasound, mainly at the proximal part of the medial tibial epicondyle–shaft transition; often the third (25%) or fourth (35%) branch of the popliteal artery.',
          sources: ['han-2019-genicular-arteries-us', 'genicular-arteries-diameter-2015'],
        },
      },
    ],
    dimensions: [
      { text: 'Diameter 1.5 mm at its origin.', sources: ['genicular-arteries-diameter-2015'] },
      branching,
    ],
    relatedConditions: [],
  },
  {
    id: 'inferior-lateral-genicular-artery',
    function: {
      patient: geniculatePatient('that runs round the outer side of the knee, just below the joint line'),
      clinician: {
        text: 'Runs laterally above the fibular head, beneath the lateral gastrocnemius head, the FCL and the biceps tendon, to the front of the knee; deep to the FCL 0.5–1 cm below the joint line. Nearby sites: the lateral meniscotibial site (EA-4) and the anterolateral portal (IA-2).',
        sources: ['grays-inferior-lateral-genicular-artery', 'elsevier-inferior-lateral-genicular-artery'],
      },
    },
    attachments: [
      {
        label: 'Course',
        text: {
          text: 'Deep to the common peroneal nerve on the lateral leg and along the periphery of the lateral meniscus; often from a common trunk with the inferior medial genicular artery.',
          sources: ['elsevier-inferior-lateral-genicular-artery', 'genicular-arteries-diameter-2015'],
        },
      },
    ],
    dimensions: [
      { text: 'Diameter 1.4 mm at its origin.', sources: ['genicular-arteries-diameter-2015'] },
      branching,
    ],
    relatedConditions: [],
  },
  {
    id: 'great-saphenous-vein',
    function: {
      patient: {
        text: 'A long vein just under the skin on the inner side of the leg. At the knee it lies about a hand’s width behind the inner edge of the kneecap. It matters for injections on the inner side of the knee.',
        sources: ['forsyth-great-saphenous-vein'],
      },
      clinician: {
        text: 'Superficial vein of the medial leg, about a hand’s breadth behind the medial border of the patella at the knee; below the knee the saphenous nerve descends immediately behind it. Nearby site: the medial meniscotibial site (EA-3).',
        sources: ['forsyth-great-saphenous-vein', 'elsevier-saphenous-nerve'],
      },
    },
    attachments: [
      {
        label: 'Position',
        text: {
          text: 'Medial knee, a hand’s breadth behind the medial border of the patella.',
          sources: ['forsyth-great-saphenous-vein'],
        },
      },
    ],
    relatedConditions: [],
  },
];
