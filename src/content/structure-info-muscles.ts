import type { StructureInfoInput } from './clinical-schema';

/**
 * The quadriceps bellies above the knee (issue #13); the muscles behind it are in
 * structure-info-muscles-back.ts. Figures: docs/reference/neighbours-soft-tissue.md.
 */
export const muscleInfo: StructureInfoInput[] = [
  {
    id: 'vastus-medialis',
    function: {
      patient: {
        text: 'The inner part of the big muscle at the front of the thigh. It joins the thick tendon above the kneecap, which helps straighten the knee. Its lowest fibres pull on the kneecap at a slant.',
        sources: [
          'orthobullets-quadriceps-tendonitis',
          'grob-2016-quadriceps-tendon',
          'rajput-2017-vastus-medialis',
        ],
      },
      clinician: {
        text: 'Knee extensor in the middle layer of the quadriceps tendon; its distal fibres run more and more obliquely. Dissection studies differ on whether the oblique part (VMO) is a separate muscle: one series found no separate VMO in 20 limbs.',
        sources: [
          'orthobullets-quadriceps-tendonitis',
          'rajput-2017-vastus-medialis',
          'waligora-2009-extensor-apparatus',
        ],
      },
    },
    attachments: [
      {
        label: 'Insertion',
        text: {
          text: 'With part of the rectus tendon, the supero-medial half of the upper patellar border, and the medial border at or above its mid-point in most knees; the lowest oblique fibres reached the medial border in 25 of 30 limbs.',
          sources: ['grob-2016-quadriceps-tendon', 'smith-2009-vm-attachment', 'rajput-2017-vastus-medialis'],
        },
      },
      {
        label: 'Tendon',
        text: {
          text: 'Inserts obliquely and becomes tendinous only a few millimetres before the patella, unlike the vertical vastus lateralis and intermedius tendons.',
          sources: ['vm-insertion-posterior-view'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Fibre angle to the femoral axis: 18–32° in the long part, 30–46° and 46–56° in the upper and lower oblique parts (30 limbs).',
        sources: ['rajput-2017-vastus-medialis'],
      },
      {
        text: 'Fibre direction 28.9°, 43.6° and 54.8° in the middle third, the lower third and at the upper patellar border; 41.1° to the rectus tendon in another series.',
        sources: ['vergara-vastus-medialis', 'extensor-mechanism-knee-2006'],
      },
      {
        text: 'About 10% of its length inserts on the patella; distal tendon 1.4–3.5 cm.',
        sources: ['smith-2009-vm-attachment'],
      },
    ],
    relatedConditions: [],
  },
  {
    id: 'vastus-lateralis',
    function: {
      patient: {
        text: 'The outer part of the big muscle at the front of the thigh. It joins the thick tendon above the kneecap, which helps straighten the knee.',
        sources: ['orthobullets-quadriceps-tendonitis', 'grob-2016-quadriceps-tendon'],
      },
      clinician: {
        text: 'Knee extensor in the middle layer of the quadriceps tendon. An oblique distal part (VLO) was found in all 32 limbs of one series and in 60% of another; it blends with the lateral retinaculum and the ITB.',
        sources: [
          'orthobullets-quadriceps-tendonitis',
          'bevilaqua-grossi-2004-vlo',
          'waligora-2009-extensor-apparatus',
        ],
      },
    },
    attachments: [
      {
        label: 'Insertion',
        text: {
          text: 'Supero-lateral half of the upper patellar border; its tendon runs vertically. The oblique part runs below and lateral to the long part and joins it at the superolateral border, interdigitating with the lateral retinaculum and ITB.',
          sources: [
            'grob-2016-quadriceps-tendon',
            'vm-insertion-posterior-view',
            'bevilaqua-grossi-2004-vlo',
          ],
        },
      },
    ],
    dimensions: [
      {
        text: 'Fibre angle 26.6° to the rectus tendon (vastus medialis 41.1°).',
        sources: ['extensor-mechanism-knee-2006'],
      },
    ],
    relatedConditions: [],
  },
  {
    id: 'rectus-femoris',
    function: {
      patient: {
        text: 'The middle muscle at the front of the thigh. It forms the top layer of the thick tendon above the kneecap and helps straighten the knee.',
        sources: ['orthobullets-quadriceps-tendonitis', 'rectus-femoris-tendon-2012'],
      },
      clinician: {
        text: 'Knee extensor forming the superficial layer of the quadriceps tendon. The four heads converge in the distal third of the thigh; all elements fuse 13–90 mm above the patella.',
        sources: [
          'orthobullets-quadriceps-tendonitis',
          'elsevier-quadriceps-tendon',
          'grob-2016-quadriceps-tendon',
        ],
      },
    },
    attachments: [
      {
        label: 'Insertion',
        text: {
          text: 'Superior pole of the patella through the superficial quadriceps tendon, which lies in front of the suprapatellar bursa and behind the prepatellar bursa.',
          sources: ['orthobullets-quadriceps-tendonitis', 'elsevier-quadriceps-tendon'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Tendon narrowest (15.3 mm) 4.8 mm above the patella.',
        sources: ['rectus-femoris-tendon-2012'],
      },
    ],
    relatedConditions: [],
  },
];
