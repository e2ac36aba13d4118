import type { StructureInfoInput } from './clinical-schema';

/**
 * Muscle bellies behind the knee (issue #13): the popliteus, the two hamstrings that end at the knee
 * and the two heads of gastrocnemius. Figures: docs/reference/neighbours-soft-tissue.md.
 */
export const backMuscleInfo: StructureInfoInput[] = [
  {
    id: 'popliteus-muscle',
    function: {
      patient: {
        text: 'A small flat muscle at the back of the knee, just below the joint. It turns the knee slightly to "unlock" it from straight so it can start to bend.',
        sources: ['teachme-popliteus', 'laprade-2003-posterolateral'],
      },
      clinician: {
        text: 'Rotates the femur laterally on the tibia to unlock the extended knee; its tendon arises from the lateral femoral condyle and the lateral meniscus.',
        sources: ['teachme-popliteus'],
      },
    },
    attachments: [
      {
        label: 'Insertion',
        text: {
          text: 'Posterior proximal tibia just above the soleal line (soleus origin); the medial base of the belly lies under the semimembranosus expansion.',
          sources: ['teachme-popliteus', 'popliteus-soleal-line', 'quintero-popliteus'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Scalene triangle: base 79.2 ± 12.8 mm, superior side 58.0 ± 7.4 mm, inferior side 101.7 ± 11.7 mm.',
        sources: ['quintero-popliteus'],
      },
      {
        text: 'Another series: an obtuse triangle with superior, medial and lateral sides of 7.6, 6.2 and 11.9 cm.',
        sources: ['popliteus-shape-2010'],
      },
      {
        text: 'Width 28.5 mm at the mid-belly, 11.7 mm at the musculotendinous junction and 76.0 mm at the insertion; tendon 24.9 mm.',
        sources: ['vadgaonkar-popliteus-morphometry'],
      },
    ],
    relatedConditions: [],
  },
  {
    id: 'semimembranosus-muscle',
    function: {
      patient: {
        text: 'The inner hamstring muscle at the back of the thigh. It bends the knee, and its tendon steadies the back inner corner of the knee.',
        sources: ['radiopaedia-semimembranosus'],
      },
      clinician: {
        text: 'Knee flexor and posteromedial stabiliser. Unlike the band-like semitendinosus it stays muscular far distally, with short uni- and multipennate fibres.',
        sources: ['radiopaedia-semimembranosus', 'msk-radiology-hamstrings'],
      },
    },
    attachments: [
      {
        label: 'Insertion',
        text: {
          text: 'Six distal insertions: direct arm, anterior arm, extensions to the POL and the oblique popliteal ligament, distal tibial (popliteus) expansion and a meniscal arm.',
          sources: ['demaeseneer-2014-semimembranosus'],
        },
      },
    ],
    dimensions: [
      {
        text: 'The musculotendinous junction is a transition zone 10–12 cm long.',
        sources: ['msk-radiology-hamstrings'],
      },
    ],
    relatedConditions: [],
  },
  {
    id: 'biceps-femoris-muscle',
    function: {
      patient: {
        text: 'The outer hamstring muscle at the back of the thigh. It bends the knee. Its tendon ends on the knob of bone on the outer side, just below the knee.',
        sources: ['wheeless-biceps-femoris', 'grays-posterior-femoral-muscles'],
      },
      clinician: {
        text: 'Knee flexor with long and short heads; the tendon splits around the fibular collateral ligament. The common fibular (peroneal) nerve follows the medial edge of its tendon.',
        sources: ['wheeless-biceps-femoris', 'grays-posterior-femoral-muscles', 'biceps-femoris-wiki'],
      },
    },
    attachments: [
      {
        label: 'Origin',
        text: {
          text: 'Short head: lateral supracondylar line to within 5 cm of the lateral condyle; its fibres join the aponeurosis of the long head.',
          sources: ['grays-posterior-femoral-muscles'],
        },
      },
      {
        label: 'Position',
        text: {
          text: 'The short head lies under the long head but continues lower, so its belly sits beside the tendon above the knee.',
          sources: ['artanatomy-biceps-femoris'],
        },
      },
    ],
    relatedConditions: [],
  },
  {
    id: 'gastrocnemius-medial-head',
    function: {
      patient: {
        text: 'The inner top part of the calf muscle. It helps bend the knee and point the foot. It is the larger of the two calf heads.',
        sources: ['aragao-gastrocnemius-tubercle', 'imaios-gastrocnemius-grays'],
      },
      clinician: {
        text: 'Knee flexor and ankle plantarflexor; the larger head, with thicker fibres that extend lower than the lateral head.',
        sources: ['aragao-gastrocnemius-tubercle', 'imaios-gastrocnemius-grays'],
      },
    },
    attachments: [
      {
        label: 'Origin',
        text: {
          text: 'Back of the medial femoral condyle, at the gastrocnemius tubercle.',
          sources: ['imaios-gastrocnemius-grays', 'aragao-gastrocnemius-tubercle'],
        },
      },
      {
        label: 'Position',
        text: {
          text: 'Lies lower and reaches further forward than the lateral head.',
          sources: ['artanatomy-gastrocnemius'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Medial head 23 ± 3.4 cm long and 5.5 ± 1.6 cm wide at its widest (lateral head 20.5 ± 2.9 cm and 4.2 ± 1.1 cm).',
        sources: ['gastrocnemius-anatomia-2024'],
      },
    ],
    relatedConditions: [],
  },
  {
    id: 'gastrocnemius-lateral-head',
    function: {
      patient: {
        text: 'The outer top part of the calf muscle. It helps bend the knee and point the foot. It is the smaller of the two calf heads.',
        sources: ['elsevier-lateral-gastrocnemius', 'imaios-gastrocnemius-grays'],
      },
      clinician: {
        text: 'Knee flexor and ankle plantarflexor; the smaller, flatter head.',
        sources: ['elsevier-lateral-gastrocnemius', 'imaios-gastrocnemius-grays', 'artanatomy-gastrocnemius'],
      },
    },
    attachments: [
      {
        label: 'Origin',
        text: {
          text: 'Lateral surface of the lateral femoral condyle.',
          sources: ['imaios-gastrocnemius-grays'],
        },
      },
      {
        label: 'Position',
        text: {
          text: 'Flatter than the medial head and set further back.',
          sources: ['artanatomy-gastrocnemius'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Lateral head 20.5 ± 2.9 cm long and 4.2 ± 1.1 cm wide at its widest (medial head 23 ± 3.4 cm and 5.5 ± 1.6 cm).',
        sources: ['gastrocnemius-anatomia-2024'],
      },
    ],
    relatedConditions: [],
  },
];
