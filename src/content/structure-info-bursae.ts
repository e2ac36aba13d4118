import type { StructureInfoInput } from './clinical-schema';

/**
 * Bursae, the infrapatellar fat pad and the skin (issue #13). Figures and excerpts:
 * docs/reference/neighbours-soft-tissue.md.
 */
export const bursaInfo: StructureInfoInput[] = [
  {
    id: 'prepatellar-bursa',
    function: {
      patient: {
        text: 'A thin sac just under the skin, in front of the kneecap. Of all the sacs around the knee, it is the one most often inflamed, usually after a lot of kneeling.',
        sources: [
          'radiopaedia-prepatellar-bursa',
          'statpearls-prepatellar-bursitis',
          'khodaee-2017-superficial-bursitis',
        ],
      },
      clinician: {
        text: "Subcutaneous bursa, usually trilaminar, that may communicate with the infrapatellar bursae. It is the knee bursa most often affected (housemaid's knee); chronic kneeling microtrauma is the commonest cause, others being acute trauma, gout or rheumatoid arthritis, and infection.",
        sources: [
          'imaios-prepatellar-bursa',
          'radiopaedia-prepatellar-bursa',
          'statpearls-prepatellar-bursitis',
          'khodaee-2017-superficial-bursitis',
        ],
      },
    },
    attachments: [
      {
        label: 'Position',
        text: {
          text: 'In the subcutaneous tissue in front of the patella, also covering the upper part of the patellar ligament.',
          sources: ['radiopaedia-prepatellar-bursa', 'holden-landmarks-knee'],
        },
      },
    ],
    dimensions: [
      {
        text: '39.7 mm craniocaudal × 40.5 mm mediolateral × 3.2 mm anteroposterior.',
        sources: ['imaios-prepatellar-bursa'],
      },
    ],
    relatedConditions: [],
  },
  {
    id: 'suprapatellar-bursa',
    function: {
      patient: {
        text: 'A pouch of the joint lining above the kneecap, under the thigh tendon. In most people it opens into the knee joint, so extra joint fluid can collect there.',
        sources: ['primarycare-suprapatellar-bursitis', 'elsevier-quadriceps-tendon'],
      },
      clinician: {
        text: 'Suprapatellar recess deep to the quadriceps tendon; it communicates with the joint in most people, so fluid in it is usually a joint effusion. The articularis genus draws it up in extension. Other causes of swelling: falls onto the knee, repeated kneeling, infection and arthritis (gout, RA, OA).',
        sources: [
          'elsevier-quadriceps-tendon',
          'primarycare-suprapatellar-bursitis',
          'articularis-genus-deep-layer',
        ],
      },
    },
    attachments: [
      {
        label: 'Position',
        text: {
          text: 'In extension the synovial pouch rises about two inches above the upper border of the patella, a little higher medially.',
          sources: ['holden-landmarks-knee'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Length on ultrasound in healthy volunteers: mean 22.2 mm, maximum 51.2 mm.',
        sources: ['schmidt-2004-us-reference'],
      },
      {
        text: 'Normal fluid thickness 3.7 ± 1.7 mm (152 volunteers): a thin sac.',
        sources: ['wang-bursal-fluid-qims'],
      },
      {
        text: 'The articularis genus branches that pull the pouch up are 5.4 ± 1.3 cm long.',
        sources: ['articularis-genus-deep-layer'],
      },
    ],
    relatedConditions: [],
  },
  {
    id: 'deep-infrapatellar-bursa',
    function: {
      patient: {
        text: 'A small fluid sac behind the lower part of the kneecap tendon, just above where it joins the shin bone. It does not connect with the joint. Pain from it is uncommon.',
        sources: ['laprade-1998-deep-infrapatellar-bursa', 'amssm-deep-infrapatellar-bursopathy'],
      },
      clinician: {
        text: 'Lies behind the distal patellar tendon, slightly wider than it, split by an apron of fat pad; no communication with the joint. Bursopathy is an uncommon source of anterior knee pain, linked to direct trauma, infection, gout, extensor overuse, Osgood-Schlatter disease and insertional patellar tendinopathy.',
        sources: [
          'radiopaedia-deep-infrapatellar-bursa',
          'laprade-1998-deep-infrapatellar-bursa',
          'amssm-deep-infrapatellar-bursopathy',
        ],
      },
    },
    attachments: [
      {
        label: 'Position',
        text: {
          text: 'Directly behind the distal 38% of the patellar tendon, just above its insertion on the tibial tuberosity.',
          sources: ['laprade-1998-deep-infrapatellar-bursa', 'radiopaedia-deep-infrapatellar-bursa'],
        },
      },
    ],
    dimensions: [
      {
        text: 'About 6.1 × 6.2 mm (longitudinal × transverse) in healthy knees on ultrasound.',
        sources: ['schmidt-2004-us-reference'],
      },
      {
        text: 'Seen in 68% of routine knee MRIs: 2.1–2.7 mm anteroposterior and 7.3–9.1 mm craniocaudal.',
        sources: ['deep-infrapatellar-bursa-mri-213'],
      },
      {
        text: 'Distended in cadavers: 25 × 28.7 × 6 mm (craniocaudal, mediolateral, anteroposterior), reaching past the lateral tendon margin in 9 of 9 knees.',
        sources: ['viegas-2007-infrapatellar-bursae'],
      },
    ],
    relatedConditions: [],
  },
  {
    id: 'infrapatellar-fat-pad',
    function: {
      patient: {
        text: 'A soft pad of fat behind and below the kneecap tendon. It sits inside the joint capsule but outside the joint lining. If it gets pinched, it can cause pain at the front of the knee.',
        sources: ['statpearls-hoffa-impingement'],
      },
      clinician: {
        text: 'Intracapsular, extrasynovial fat pad. In Hoffa disease, usually after single or repeated trauma, the inflamed pad hypertrophies and is impinged between femur and tibia or in the lateral patellofemoral joint, causing anterior knee pain.',
        sources: ['statpearls-hoffa-impingement', 'radiopaedia-fat-pad-impingement'],
      },
    },
    attachments: [
      {
        label: 'Attachments',
        text: {
          text: 'Inferior patellar pole, the intercondylar notch (via the ligamentum mucosum), the proximal patellar tendon, the intermeniscal ligament, the menisci and the anterior tibia.',
          sources: ['stephen-2018-ifp', 'statpearls-hoffa-impingement'],
        },
      },
      {
        label: 'Extensions',
        text: {
          text: 'Supero-medial extensions reach the superior patellar border in 81% and supero-lateral ones in 65% of 43 knees; the medial ones are larger.',
          sources: ['leese-davies-2020-ifp', 'stephen-2018-ifp'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Volume 26.04 (SD 4.18) mL in 43 healthy controls (3D MRI).',
        sources: ['van-der-heijden-ipfp-volume'],
      },
      { text: 'Maximal sagittal area 6.9 ± 1.6 cm² (range 4.5–11).', sources: ['ipfp-area-ejrnm'] },
    ],
    relatedConditions: [],
  },
  {
    id: 'skin',
    function: {
      patient: {
        text: 'The outline of the leg around the knee, to help you find each part on yourself. Skin on the legs is thinner than on the trunk. The fat under it tends to be thicker in women.',
        sources: [
          'skin-thickness-22-sites',
          'kizilgoz-2023-knee-subcutaneous-fat',
          'knee-subcutaneous-fat-carj-2012',
        ],
      },
      clinician: {
        text: 'Skin and subcutaneous envelope, drawn as an orientation aid. Extremity skin is thinner than truncal skin; prepatellar and medial subcutaneous fat are standard MRI measures and are thicker in women.',
        sources: [
          'skin-thickness-22-sites',
          'kizilgoz-2023-knee-subcutaneous-fat',
          'knee-subcutaneous-fat-carj-2012',
        ],
      },
    },
    attachments: [
      {
        label: 'Landmarks',
        text: {
          text: 'Under the skin: the patella in front, the tibial tuberosity below it where the patellar tendon ends, and the fibular head on the outer side below the knee.',
          sources: ['kenhub-patellar-tendon', 'laprade-2003-posterolateral'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Calf circumference 1 and 2 SD below the mean of normal-weight adults aged 18–39: 34 and 32 cm (men), 33 and 31 cm (women).',
        sources: ['gonzalez-2021-calf-circumference'],
      },
    ],
    relatedConditions: [],
  },
];
