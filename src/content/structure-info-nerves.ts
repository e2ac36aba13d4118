import type { StructureInfoInput } from './clinical-schema';

/**
 * Nerves near the knee (issue #13). Figures and quoted excerpts: docs/reference/neighbours-neurovascular.md.
 * Each card says which injection sites lie near the nerve, as far as the sources place it; never "safe".
 */
export const nerveInfo: StructureInfoInput[] = [
  {
    id: 'common-peroneal-nerve',
    function: {
      patient: {
        text: 'A nerve on the outer back of the knee. It runs beside the outer hamstring tendon, then wraps round the top of the thin outer leg bone. Injury to it can cause tingling or weakness in the foot. It matters for injections on the outer side just below the knee.',
        sources: ['biceps-femoris-wiki', 'teo-2020-cpn-fibular-head', 'peroneal-nerve-plc-2020'],
      },
      clinician: {
        text: 'From its origin above the knee it follows the medial border of the biceps femoris, winds round the fibular neck and divides below the fibular head. It is injured in a share of posterolateral corner injuries. Nearest site: the FCL fibular insertion (EA-6).',
        sources: [
          'cao-thi-2018-cpn-cadaveric',
          'biceps-femoris-wiki',
          'teo-2020-cpn-fibular-head',
          'ryan-2003-cpn-fibular-neck',
          'peroneal-nerve-plc-2020',
        ],
      },
    },
    attachments: [
      {
        label: 'Course at the joint line',
        text: {
          text: 'At the level of the tibial plateau, 7.92 ± 2.42 mm behind the posterior and 1.31 ± 2.63 mm from the lateral limit of the tibia (18 specimens, knee extended).',
          sources: ['rausch-2019-peroneal-nerve-3d'],
        },
      },
      {
        label: 'Fibular neck',
        text: {
          text: 'Crosses the posterior border of the fibular neck 20.7 ± 1 mm from the tip of the fibular head, a distance unchanged by knee flexion (12 knees); it meets the fibular axis at 18.9 ± 9.0°.',
          sources: ['teo-2020-cpn-fibular-head', 'ryan-2003-cpn-fibular-neck'],
        },
      },
      {
        label: 'Branching',
        text: {
          text: 'From the apex of the fibular head: fibular tunnel 32 ± 10 mm, bifurcation 38 ± 9 mm, deep peroneal nerve exit 70 ± 15 mm (30 legs). A 3D study put the branching 27.56 ± 3.98 mm below the top of the fibula.',
          sources: ['ryan-2003-cpn-fibular-neck', 'rausch-2019-peroneal-nerve-3d'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Diameter 3.7 mm and length 120.6 mm; it arises 99.7 mm (89.1–138.5) above the fibular head (30 limbs).',
        sources: ['cao-thi-2018-cpn-cadaveric'],
      },
      {
        text: 'Fibular head to the nerve where it leaves the long head of biceps: 62.5 mm in extension, 56.2 mm at 30°, 47.3 mm at 60° and 44.6 mm at 90° of flexion.',
        sources: ['cao-thi-2018-cpn-cadaveric'],
      },
      {
        text: 'Lateral femoral epicondyle to the nerve: 13.4 ± 8.2 mm in men and 8.4 ± 9.1 mm in women (45 knees; the abstract does not say how it was measured).',
        sources: ['greenwood-2021-popliteal-fossa'],
      },
    ],
    relatedConditions: ['chronic-lcl-sprain'],
  },
  {
    id: 'tibial-nerve',
    function: {
      patient: {
        text: 'The main nerve behind the knee. It runs down the middle of the hollow at the back of the knee. It lies nearer the skin than the large blood vessels there.',
        sources: ['downstate-popliteal-vessels'],
      },
      clinician: {
        text: 'With the common peroneal nerve it forms the most superficial layer of the popliteal fossa; the popliteal vein is intermediate and the artery deepest.',
        sources: ['downstate-popliteal-vessels'],
      },
    },
    attachments: [
      {
        label: 'Course',
        text: {
          text: 'Popliteal fossa, superficial to the popliteal vein and artery; 39.4 ± 10.2 mm from the medial femoral epicondyle in men (45 knees).',
          sources: ['downstate-popliteal-vessels', 'greenwood-2021-popliteal-fossa'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Cross-sectional area at the popliteal fossa 21.7 mm² (95% CI 17.5–25.8) on ultrasound in healthy adults (meta-analysis).',
        sources: ['senarai-2023-tibial-nerve-csa'],
      },
    ],
    relatedConditions: [],
  },
  {
    id: 'saphenous-nerve',
    function: {
      patient: {
        text: 'A skin nerve on the inner side of the knee and leg. It comes out between two of the inner tendons and runs down beside a large vein under the skin. It matters for injections on the inner side of the knee.',
        sources: ['elsevier-saphenous-nerve', 'orthovellum-pes-anserine'],
      },
      clinician: {
        text: 'Cutaneous nerve: leaves the adductor canal and pierces the fascia lata between the sartorius and gracilis tendons, then descends along the medial tibial border immediately behind the great saphenous vein. It runs behind the pes anserinus. Nearby sites: the sMCL tibial insertion (EA-2) and the medial meniscotibial site (EA-3).',
        sources: ['elsevier-saphenous-nerve', 'orthovellum-pes-anserine'],
      },
    },
    attachments: [
      {
        label: 'Joint line',
        text: {
          text: 'Sartorial branch in extension: a mean 16.0 mm from the anterior border of sartorius (16.5 mm on MRI), 9.4 mm from the gracilis and 14.9 mm from the semitendinosus; never behind the semitendinosus, and outside the fascia in only 43% (42 knees, 100 MRIs).',
          sources: ['dunaway-2005-saphenous-joint-line'],
        },
      },
    ],
    relatedConditions: [],
  },
  {
    id: 'infrapatellar-branch-saphenous-nerve',
    function: {
      patient: {
        text: 'A small branch of a skin nerve. It crosses the front of the knee below the kneecap, from the inner side towards the outer side. Its path differs a lot from person to person, so it matters for injections at the front and inner side of the knee.',
        sources: ['kartus-1999-infrapatellar-nerves', 'ebraheim-1997-ipbsn'],
      },
      clinician: {
        text: 'Branch of the saphenous nerve crossing the anterior knee from medial to lateral. It crossed the area between patellar apex and tibial tubercle in 59 of 60 specimens (1 to 4 branches) and reached the lateral border of the patellar tendon in 36% of 28 cadavers. Sites near its course: the anterior portals (IA-1, IA-2), the medial meniscotibial site (EA-3) and the proximal patellar tendon (EA-8).',
        sources: ['kartus-1999-infrapatellar-nerves', 'ebraheim-1997-ipbsn'],
      },
    },
    attachments: [
      {
        label: 'Course',
        text: {
          text: 'Relative to the adductor tubercle: 7.7 ± 16.8 mm posterior at the level of the inferior patellar pole, 0.8 ± 20.5 mm anterior at the joint line and 12.1 ± 18.8 mm anterior on a line 30° below (28 cadavers).',
          sources: ['ebraheim-1997-ipbsn'],
        },
      },
      {
        label: 'Below the patella',
        text: {
          text: 'Uppermost branch a mean 30 mm below the patellar apex; lowermost branch 27 mm above the tibial tubercle (each ± 27 mm, 2 SD; 60 specimens).',
          sources: ['kartus-1999-infrapatellar-nerves'],
        },
      },
    ],
    relatedConditions: [],
  },
];
