import type { Question } from './tour-schema';
import { cite } from './tours-caption';

/** "Knee anatomy": choice questions. Option ids are structure ids where the options are structures. */
export const anatomyChoices: Question[] = [
  {
    kind: 'choice',
    id: 'deepest-behind-knee',
    prompt: 'At the back of the knee, which lies deepest, right against the joint?',
    options: [
      { id: 'tibial-nerve', text: 'The tibial nerve' },
      { id: 'popliteal-vein', text: 'The popliteal vein' },
      { id: 'popliteal-artery', text: 'The popliteal artery' },
      { id: 'great-saphenous-vein', text: 'The great saphenous vein' },
    ],
    answer: ['popliteal-artery'],
    card: { kind: 'structure', id: 'popliteal-artery' },
    explanation: cite(
      'The hollow at the back of the knee holds its main nerve, vein and artery. The nerve lies nearest the skin and the vein in the middle. The artery lies deepest, against the joint.',
      'downstate-popliteal-vessels',
      'yoo-2009-popliteal-artery-mri',
    ),
  },
  {
    kind: 'choice',
    id: 'most-sprained',
    prompt: 'Which is the knee ligament most often sprained?',
    options: [
      { id: 'acl', text: 'The ACL, in the middle of the knee' },
      { id: 'superficial-mcl', text: 'The MCL, on the inner side' },
      { id: 'lcl', text: 'The LCL, on the outer side' },
      { id: 'pcl', text: 'The PCL, at the back' },
    ],
    answer: ['superficial-mcl'],
    card: { kind: 'structure', id: 'superficial-mcl' },
    explanation: cite(
      'The MCL is the knee ligament that is sprained most often. It usually happens with a blow or twist that pushes the knee inwards.',
      'degrace-mcl',
      'grood-1981-mcl-wiki',
    ),
  },
  {
    kind: 'choice',
    id: 'kneecap-restraint',
    prompt: 'Which band mainly stops the kneecap slipping outwards?',
    options: [
      { id: 'mpfl', text: 'The MPFL' },
      { id: 'lcl', text: 'The LCL' },
      { id: 'pcl', text: 'The PCL' },
      { id: 'iliotibial-band', text: 'The iliotibial band' },
    ],
    answer: ['mpfl'],
    card: { kind: 'structure', id: 'mpfl' },
    explanation: cite(
      'The MPFL holds the kneecap on its inner side. It does most of this job when the knee is nearly straight.',
      'sherman-mpfl',
      'eorif-mpfl',
    ),
  },
  {
    kind: 'choice',
    id: 'pes-tender-spot',
    prompt: 'In pes anserine pain, where is the sore spot usually found?',
    options: [
      { id: 'inner-shin', text: 'On the inner shin, about 5 cm below the joint line' },
      { id: 'above-kneecap', text: 'Just above the kneecap' },
      { id: 'outer-knee', text: 'On the outer side of the knee' },
    ],
    answer: ['inner-shin'],
    card: { kind: 'condition', id: 'pes-anserine-syndrome' },
    explanation: cite(
      'The sore spot is on the inner shin. It is about three finger-widths, or 5 cm, below the inner joint line.',
      'statpearls-pes-anserine',
    ),
  },
  {
    kind: 'choice',
    id: 'nerve-near-lcl',
    prompt: 'Which nerve runs close to the lower end of the LCL, by the knob of the calf bone?',
    options: [
      { id: 'peroneal', text: 'The common peroneal (fibular) nerve' },
      { id: 'saphenous', text: 'The saphenous nerve' },
      { id: 'femoral', text: 'The femoral nerve' },
    ],
    answer: ['peroneal'],
    card: { kind: 'site', id: 'ea-6' },
    explanation: cite(
      'The common peroneal nerve runs along the edge of the outer hamstring tendon and winds near the top of the calf bone. Clinicians take care when they inject there.',
      'biceps-femoris-wiki',
      'peroneal-nerve-plc-2020',
    ),
  },
];
