import type { StructureInfoInput } from './clinical-schema';

/** Bones, articular cartilage and menisci. */
export const boneInfo: StructureInfoInput[] = [
  {
    id: 'femur',
    function: {
      patient: {
        text: 'The lower end of the thigh bone forms the top half of the knee. Its two rounded knuckles roll and slide on the shin bone as you bend.',
        sources: ['laprade-2007-medial', 'femoral-condyles-2012'],
      },
      clinician: {
        text: 'Upper articular surface: the medial and lateral condyles roll and glide on the tibial plateaus; the epicondyles and tubercles anchor the collateral ligaments, MPFL, POL and gastrocnemius heads.',
        sources: ['laprade-2007-medial', 'laprade-2003-posterolateral'],
      },
    },
    attachments: [
      {
        label: 'Medial landmarks',
        text: {
          text: 'Medial epicondyle, adductor tubercle and the gastrocnemius tubercle, a third medial prominence present in 82.7% of 110 dry femora.',
          sources: ['laprade-2007-medial', 'aragao-gastrocnemius-tubercle'],
        },
      },
      {
        label: 'Lateral landmarks',
        text: {
          text: 'Lateral epicondyle (FCL origin just proximal and posterior to it) and the popliteal sulcus below it, which holds the popliteus tendon footprint.',
          sources: ['laprade-2003-posterolateral'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Bicondylar width 88.6 ± 4.2 mm in men and 78.5 ± 3.0 mm in women; intercondylar notch 22.0 mm (men) and 18.7 mm (women), in 360 Caucasian dry femora.',
        sources: ['femoral-condyles-2012'],
      },
    ],
    relatedConditions: ['iliotibial-band-syndrome'],
  },
  {
    id: 'tibia',
    function: {
      patient: {
        text: 'The top of the shin bone is a broad platform that carries your weight. Many ligaments and tendons anchor to it.',
        sources: ['tibial-morphometry-table', 'laprade-2007-medial'],
      },
      clinician: {
        text: 'Weight-bearing medial and lateral plateaus; attachment for both cruciates, the meniscal roots, the distal sMCL, the pes anserinus, the ITB at Gerdy’s tubercle and the patellar tendon at the tuberosity.',
        sources: ['tibial-morphometry-table', 'laprade-2007-medial', 'radiopaedia-itb'],
      },
    },
    attachments: [
      {
        label: 'Landmarks',
        text: {
          text: 'Medial and lateral plateaus with the intercondylar eminence between them; the tibial tuberosity in front; Gerdy’s tubercle on the anterolateral face of the lateral condyle.',
          sources: ['kenhub-gerdy', 'kenhub-patellar-tendon'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Proximal mediolateral width about 80.3 ± 3.7 mm in Caucasian men (cadaver); CT series from Asia report roughly 75-83 mm in men and 66-72 mm in women.',
        sources: ['tibial-morphometry-table'],
      },
    ],
    relatedConditions: ['patellar-tendinopathy', 'iliotibial-band-syndrome'],
  },
  {
    id: 'fibula',
    function: {
      patient: {
        text: 'The knob on the outside just below the knee. It anchors the outer side ligament and a hamstring tendon.',
        sources: ['laprade-2003-posterolateral', 'wheeless-biceps-femoris'],
      },
      clinician: {
        text: 'Anchor for the FCL, biceps femoris and popliteofibular ligament; forms the proximal tibiofibular joint with the lateral tibial condyle.',
        sources: ['laprade-2003-posterolateral', 'wheeless-biceps-femoris'],
      },
    },
    attachments: [
      {
        label: 'Fibular head',
        text: {
          text: 'FCL footprint on the lateral head, 8.2 mm behind its anterior margin and 28.4 mm below the styloid tip; popliteofibular divisions insert 1.6 and 2.8 mm below the styloid tip.',
          sources: ['laprade-2003-posterolateral'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Proximal epiphysis 25.1-27.1 mm wide; articular facet about 15.9 × 13.4 mm, inclined about 30.6°.',
        sources: ['brenner-1995-fibula'],
      },
    ],
    relatedConditions: [],
  },
  {
    id: 'patella',
    function: {
      patient: {
        text: 'The kneecap sits in the tendon of the front thigh muscle. It acts as a lever that helps the muscle straighten the knee.',
        sources: ['kenhub-patellar-tendon', 'orthobullets-quadriceps-tendonitis'],
      },
      clinician: {
        text: 'Sesamoid bone of the extensor mechanism linking the quadriceps tendon (superior pole) to the patellar tendon (apex); the MPFL inserts on its superomedial border.',
        sources: ['kenhub-patellar-tendon', 'orthobullets-quadriceps-tendonitis', 'aframian-2017-mpfl'],
      },
    },
    attachments: [
      {
        label: 'Poles and borders',
        text: {
          text: 'Quadriceps tendon on the superior pole; patellar tendon from the apex and the distal two-thirds of the anterior surface; MPFL mainly on the proximal third of the medial border.',
          sources: ['orthobullets-quadriceps-tendonitis', 'kenhub-patellar-tendon', 'aframian-2017-mpfl'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Caucasian means: width 44.8 ± 4.8 mm, height 34.4 ± 3.8 mm, thickness 22.4 ± 2.3 mm (a commonly quoted 45 mm height overstates it).',
        sources: ['filipino-knee-2022'],
      },
    ],
    relatedConditions: [
      'patellofemoral-pain',
      'patellar-tendinopathy',
      'quadriceps-tendinopathy',
      'patellar-instability',
    ],
  },
  {
    id: 'femoral-cartilage',
    function: {
      patient: {
        text: 'A smooth, firm coating on the end of the thigh bone so the joint surfaces glide. In osteoarthritis this coating slowly thins.',
        sources: ['eckstein-2001-cartilage', 'peat-2006-oa-criteria'],
      },
      clinician: {
        text: 'Hyaline cartilage over the condyles and trochlea; the tissue whose loss, with subchondral bone change, defines knee OA.',
        sources: ['eckstein-2001-cartilage', 'peat-2006-oa-criteria'],
      },
    },
    attachments: [
      {
        label: 'Extent',
        text: {
          text: 'Covers the trochlea and both condyles; the posterior capsule attaches at the condylar cartilage margins.',
          sources: ['capsule-platzer'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Posterior condylar cartilage about 2.0 mm thick on MRI (lateral 2.04 mm, medial 1.99 mm; 530 knees).',
        sources: ['posterior-condylar-cartilage-2016'],
      },
    ],
    relatedConditions: ['knee-osteoarthritis', 'patellofemoral-pain'],
  },
  {
    id: 'tibial-cartilage',
    function: {
      patient: {
        text: 'The smooth coating on top of the shin bone. The two meniscus pads rest on part of it and share the load.',
        sources: ['bloecker-2011-menisci', 'eckstein-2001-cartilage'],
      },
      clinician: {
        text: 'Hyaline cartilage of the medial and lateral plateaus; the menisci cover roughly half of it on MRI (about 50% medially, 58% laterally).',
        sources: ['bloecker-2011-menisci', 'eckstein-2001-cartilage'],
      },
    },
    attachments: [
      {
        label: 'Extent',
        text: {
          text: 'Medial and lateral plateaus; the meniscal rims sit on the peripheral cartilage and are tied to the plateau rim by the coronary ligaments.',
          sources: ['radiopaedia-meniscotibial', 'bloecker-2011-menisci'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Whole-knee mean cartilage thickness (all plates together, not the tibia alone) ranged from 1.57 to 2.43 mm across 27 healthy men on 3-D MRI.',
        sources: ['eckstein-2001-cartilage'],
      },
    ],
    relatedConditions: ['knee-osteoarthritis'],
  },
  {
    id: 'patellar-cartilage',
    function: {
      patient: {
        text: 'The coating on the back of the kneecap, the thickest in the knee. It glides in a groove on the thigh bone.',
        sources: ['eckstein-2001-cartilage'],
      },
      clinician: {
        text: 'Retropatellar hyaline cartilage articulating with the trochlea; the thickest cartilage plate in the knee (mean 2.76 mm, maximum 5.72 mm in one MRI series).',
        sources: ['eckstein-2001-cartilage'],
      },
    },
    attachments: [
      {
        label: 'Extent',
        text: {
          text: 'Covers the medial and lateral facets on the posterior patella, articulating with the femoral trochlea.',
          sources: ['eckstein-2001-cartilage'],
        },
      },
    ],
    dimensions: [
      {
        text: 'About 4.1 mm reported on MRI of young adults (measurement site probably the thickest region).',
        sources: ['patella-thickness-saoa-2012'],
      },
    ],
    relatedConditions: ['knee-osteoarthritis', 'patellofemoral-pain'],
  },
];
