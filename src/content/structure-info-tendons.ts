import type { Cited, StructureInfoInput } from './clinical-schema';

const pesFootprint: Cited = {
  text: 'Conjoined pes footprint 46.3-47.4 mm long and 37.3-39.1 mm wide; 36.4-39.1 mm vertically from the tibial tuberosity (53 limbs).',
  sources: ['vadgaonkar-2021-pes'],
};

const pesInsertion = (position: string): Cited => ({
  text: `Anteromedial proximal tibia, ${position} in the sartorius-gracilis-semitendinosus order from front to back, superficial to the sMCL tibial insertion, about 5 cm below the medial joint line.`,
  sources: ['wikidoc-pes-anserinus', 'statpearls-pes-anserine', 'orthoteers-knee'],
});

const pesFunction = (nerve: string): StructureInfoInput['function'] => ({
  patient: {
    text: 'One of three tendons that join on the inner shin (the "goose foot"). They help bend the knee and turn the shin inwards.',
    sources: ['wikidoc-pes-anserinus', 'orthoteers-knee'],
  },
  clinician: {
    text: `Knee flexion and tibial internal rotation, with dynamic resistance to valgus and rotation. Innervation: ${nerve}.`,
    sources: ['wikidoc-pes-anserinus', 'orthoteers-knee'],
  },
});

/** Tendons crossing the knee and the iliotibial band. */
export const tendonInfo: StructureInfoInput[] = [
  {
    id: 'sartorius-tendon',
    function: pesFunction('femoral nerve'),
    attachments: [{ label: 'Insertion', text: pesInsertion('the most anterior') }],
    dimensions: [pesFootprint],
    relatedConditions: ['pes-anserine-syndrome'],
  },
  {
    id: 'gracilis-tendon',
    function: pesFunction('obturator nerve'),
    attachments: [{ label: 'Insertion', text: pesInsertion('the middle tendon') }],
    dimensions: [pesFootprint],
    relatedConditions: ['pes-anserine-syndrome'],
  },
  {
    id: 'semitendinosus-tendon',
    function: pesFunction('tibial part of the sciatic nerve'),
    attachments: [{ label: 'Insertion', text: pesInsertion('the most posterior') }],
    dimensions: [pesFootprint],
    relatedConditions: ['pes-anserine-syndrome'],
  },
  {
    id: 'semimembranosus-tendon',
    function: {
      patient: {
        text: 'A hamstring tendon at the back inner corner of the knee. It bends the knee and steadies that corner.',
        sources: ['radiopaedia-semimembranosus'],
      },
      clinician: {
        text: 'Knee flexor and dynamic posteromedial stabiliser resisting anteromedial rotatory instability; its arms reinforce the POL, meniscotibial ligament and oblique popliteal ligament.',
        sources: ['radiopaedia-semimembranosus', 'orthoteers-knee'],
      },
    },
    attachments: [
      {
        label: 'Direct arm',
        text: {
          text: 'Groove on the posteromedial tibia, centred 12.1 mm (9.2-14.9) below the tibial joint line; footprint 107.4 mm² (69-166).',
          sources: ['open-knees-simtk', 'radiopaedia-semimembranosus'],
        },
      },
      {
        label: 'Other arms',
        text: {
          text: 'Anterior arm; capsular arm to the POL and meniscotibial ligament; extension to the oblique popliteal ligament; distal tibial expansion.',
          sources: ['radiopaedia-semimembranosus'],
        },
      },
    ],
    relatedConditions: [],
  },
  {
    id: 'biceps-femoris-tendon',
    function: {
      patient: {
        text: 'The outer hamstring tendon, ending on the knob below the outer knee. It bends the knee and helps steady the outer corner.',
        sources: ['wheeless-biceps-femoris'],
      },
      clinician: {
        text: 'Knee flexion and tibial external rotation; posterolateral stabiliser.',
        sources: ['wheeless-biceps-femoris'],
      },
    },
    attachments: [
      {
        label: 'Insertion',
        text: {
          text: 'Lateral fibular head, lateral tibial condyle and deep fascia; the FCL splits the tendon near its insertion.',
          sources: ['wheeless-biceps-femoris', 'laprade-2003-posterolateral'],
        },
      },
      {
        label: 'Nerve',
        text: {
          text: 'The common fibular (peroneal) nerve runs along its medial border.',
          sources: ['biceps-femoris-wiki'],
        },
      },
    ],
    relatedConditions: ['chronic-lcl-sprain'],
  },
  {
    id: 'iliotibial-band',
    function: {
      patient: {
        text: 'A long, strong strip of tissue down the outside of the thigh that steadies the outer knee.',
        sources: ['radiopaedia-itb'],
      },
      clinician: {
        text: 'Static restraint on the lateral side. It passes across the flexion axis, so it helps extend the straight knee and helps flex the bent one.',
        sources: ['radiopaedia-itb', 'orthoteers-knee'],
      },
    },
    attachments: [
      {
        label: 'Insertion',
        text: {
          text: 'Superficial layer on Gerdy’s tubercle, on the anterolateral lateral tibial condyle, lateral to the tuberosity; deep layer to the lateral intermuscular septum; an iliopatellar band reaches the patella.',
          sources: ['radiopaedia-itb', 'kenhub-gerdy', 'akuthota-itbs'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Ultrasound thickness 1.95 ± 0.3 mm at the femoral condyle and 3.4 ± 0.5 mm at the tibial condyle.',
        sources: ['goh-2003-itb'],
      },
    ],
    relatedConditions: ['chronic-lcl-sprain', 'iliotibial-band-syndrome'],
  },
  {
    id: 'popliteus-tendon',
    function: {
      patient: {
        text: 'A small muscle and tendon behind the knee that "unlocks" the straight knee so it can start to bend.',
        sources: ['laprade-2003-posterolateral', 'popliteus-soleal-line'],
      },
      clinician: {
        text: 'Unlocks the extended knee (tibial internal rotation), draws the lateral meniscus backwards and contributes to posterolateral stability.',
        sources: ['laprade-2003-posterolateral', 'orthogate-menisci'],
      },
    },
    attachments: [
      {
        label: 'Femoral',
        text: {
          text: 'Proximal, anterior fifth of the popliteal sulcus, always anterior to the FCL, 18.5 mm from the FCL footprint; the tendon passes through the popliteal hiatus.',
          sources: ['laprade-2003-posterolateral'],
        },
      },
      {
        label: 'Muscle',
        text: {
          text: 'Inserts on the posterior tibia above the soleal line.',
          sources: ['popliteus-soleal-line'],
        },
      },
    ],
    relatedConditions: ['chronic-lcl-sprain'],
  },
  {
    id: 'medial-gastrocnemius',
    function: {
      patient: {
        text: 'The inner top of the calf muscle, attached just above the back of the knee. It helps bend the knee and point the foot.',
        sources: ['aragao-gastrocnemius-tubercle'],
      },
      clinician: {
        text: 'Knee flexion and ankle plantarflexion; its tubercle is a landmark for the POL and MPFL attachments.',
        sources: ['aragao-gastrocnemius-tubercle', 'laprade-2007-medial'],
      },
    },
    attachments: [
      {
        label: 'Femoral',
        text: {
          text: 'Gastrocnemius tubercle, just distal and posterior to the adductor tubercle on the posteromedial femoral condyle.',
          sources: ['laprade-2007-medial', 'aragao-gastrocnemius-tubercle'],
        },
      },
    ],
    relatedConditions: [],
  },
  {
    id: 'lateral-gastrocnemius',
    function: {
      patient: {
        text: 'The outer top of the calf muscle, attached above the back of the knee. It helps bend the knee and point the foot.',
        sources: ['elsevier-lateral-gastrocnemius'],
      },
      clinician: {
        text: 'Knee flexion and ankle plantarflexion.',
        sources: ['elsevier-lateral-gastrocnemius'],
      },
    },
    attachments: [
      {
        label: 'Femoral',
        text: {
          text: 'Lateral surface of the lateral femoral condyle and the lower lateral supracondylar line.',
          sources: ['elsevier-lateral-gastrocnemius'],
        },
      },
    ],
    relatedConditions: [],
  },
];
