import type { Question } from './tour-schema';
import { cite } from './tours-caption';

/**
 * "Knee anatomy": tap the structure on the model (or choose it from the list). Each answer is a
 * structure id; each explanation restates the structure card's plain text, with its sources.
 */
export const anatomyTaps: Question[] = [
  {
    kind: 'structure',
    id: 'tap-lcl',
    prompt: 'Tap the LCL, the ligament on the outer side of the knee.',
    answer: ['lcl'],
    camera: { view: 'lateral' },
    explanation: cite(
      'The LCL runs down the outer side, from the thigh bone to the knob of the calf bone. It stops the knee bowing outwards.',
      'statpearls-lcl',
      'laprade-2003-posterolateral',
    ),
  },
  {
    kind: 'structure',
    id: 'tap-mcl',
    prompt: 'Tap the MCL, the long, flat ligament on the inner side of the knee.',
    answer: ['superficial-mcl'],
    camera: { view: 'medial' },
    explanation: cite(
      'The superficial MCL runs down the inner side of the knee. It stops the knee buckling inwards.',
      'grood-1981-mcl-wiki',
      'laprade-2007-medial',
    ),
  },
  {
    kind: 'structure',
    id: 'tap-acl',
    prompt: 'Tap the ACL, the band deep in the middle that stops the shin bone sliding forwards.',
    answer: ['acl'],
    camera: { frame: ['acl'], view: 'anterior' },
    explanation: cite(
      'The ACL crosses the middle of the knee, inside the joint. It stops the shin bone sliding forwards and helps control twisting.',
      'acl-wiki',
      'wheeless-acl',
    ),
  },
  {
    kind: 'structure',
    id: 'tap-pcl',
    prompt: 'Tap the PCL, the band that stops the shin bone sliding backwards.',
    answer: ['pcl'],
    camera: { frame: ['pcl'], view: 'posterior' },
    explanation: cite(
      'The PCL sits behind the ACL. It stops the shin bone sliding backwards.',
      'springer-2015-pcl',
    ),
  },
  {
    kind: 'structure',
    id: 'tap-patellar-tendon',
    prompt: 'Tap the tendon just below the kneecap.',
    answer: ['patellar-tendon'],
    camera: { view: 'anterior' },
    explanation: cite(
      'The patellar tendon runs from the bottom of the kneecap to the shin bone. It carries the pull of the thigh muscles down to the shin.',
      'kenhub-patellar-tendon',
    ),
  },
  {
    kind: 'structure',
    id: 'tap-quadriceps-tendon',
    prompt: 'Tap the tendon just above the kneecap.',
    answer: ['quadriceps-tendon'],
    camera: { view: 'anterior' },
    explanation: cite(
      'The quadriceps tendon joins the front thigh muscles to the top of the kneecap, so they can straighten the knee.',
      'orthobullets-quadriceps-tendonitis',
    ),
  },
  {
    kind: 'structure',
    id: 'tap-medial-meniscus',
    prompt: 'Tap the medial meniscus, the C-shaped pad on the inner side of the joint.',
    answer: ['medial-meniscus'],
    camera: { frame: ['medial-meniscus'], view: 'medial' },
    explanation: cite(
      'The medial meniscus is a C-shaped pad of tough cartilage between the thigh bone and the shin bone. It spreads the load and steadies the joint.',
      'orthogate-menisci',
    ),
  },
  {
    kind: 'structure',
    id: 'tap-itb',
    prompt: 'Tap the iliotibial band, the long strip down the outside of the thigh.',
    answer: ['iliotibial-band'],
    camera: { view: 'lateral' },
    explanation: cite(
      'The iliotibial band runs down the outside of the thigh to the top of the shin bone. It steadies the outer knee.',
      'radiopaedia-itb',
    ),
  },
  {
    kind: 'structure',
    id: 'tap-pes-tendons',
    prompt: 'Tap the three tendons that join on the inner shin to form the “goose foot” (pes anserinus).',
    answer: ['sartorius-tendon', 'gracilis-tendon', 'semitendinosus-tendon'],
    camera: { view: 'medial' },
    explanation: cite(
      'The sartorius, gracilis and semitendinosus tendons join on the inner shin, from front to back. They help bend the knee and turn the shin inwards.',
      'wikidoc-pes-anserinus',
      'orthoteers-knee',
    ),
  },
  {
    kind: 'structure',
    id: 'pes-anserine-structures',
    prompt: 'Pes anserine tendon and bursa pain: tap all five structures this app highlights for it.',
    answer: [
      'pes-anserine-bursa',
      'sartorius-tendon',
      'gracilis-tendon',
      'semitendinosus-tendon',
      'superficial-mcl',
    ],
    camera: { view: 'medial' },
    card: { kind: 'condition', id: 'pes-anserine-syndrome' },
    explanation: cite(
      'The pain comes from the three goose-foot tendons or the small fluid sac (bursa) under them. The lower end of the MCL lies just beneath them, so the app shows it too.',
      'statpearls-pes-anserine',
      'orthovellum-pes-anserine',
      'laprade-2007-medial',
    ),
  },
  {
    kind: 'structure',
    id: 'tap-mpfl',
    prompt: 'Tap the MPFL, the thin band from the inner edge of the kneecap to the thigh bone.',
    answer: ['mpfl'],
    camera: { frame: ['mpfl'], view: 'medial' },
    explanation: cite(
      'The MPFL runs from the inner edge of the kneecap to the thigh bone. It stops the kneecap slipping outwards.',
      'sherman-mpfl',
      'eorif-mpfl',
    ),
  },
];
