import type { Question } from './tour-schema';
import { cite } from './tours-caption';

/** "Prolotherapy: the basics": tap the injection-site markers. Answers follow sites*.ts (kind, target). */
export const siteTaps: Question[] = [
  {
    kind: 'site',
    id: 'joint-injection-sites',
    prompt: 'Where is the shot into the joint itself given? Tap every spot for it.',
    answer: ['ia-1', 'ia-2', 'ia-3', 'ia-4'],
    camera: { view: 'anterior' },
    explanation: cite(
      'Four spots lead into the joint itself. Three are beside the kneecap or its tendon. The fourth is a pouch above the kneecap, reached with ultrasound. The other spots are on ligaments and tendons outside the joint.',
      'hung-2016-protocol-table',
      'nysora-knee-injections',
      'wikimsk-knee-injection',
      'ultrasound-vs-landmark-review',
    ),
  },
  {
    kind: 'site',
    id: 'rabago-joint-site',
    prompt: 'Tap the spot the Rabago trials used for the shot into the joint.',
    answer: ['ia-1'],
    camera: { view: 'anterior' },
    explanation: cite(
      'With the knee bent, the Rabago trials went into the joint from the front. The needle went in on the inner side of the tendon below the kneecap.',
      'rabago-2013',
      'hung-2016-protocol-table',
    ),
  },
  {
    kind: 'site',
    id: 'ultrasound-site',
    prompt: 'Tap the spot in the pouch above the kneecap, where ultrasound guides the needle.',
    answer: ['ia-4'],
    camera: { view: 'anterior' },
    explanation: cite(
      'This pouch of the joint lies just above the kneecap, covered by the thigh tendon. With ultrasound, shots meant for the joint got there about 96 times in 100.',
      'radiopaedia-suprapatellar',
      'ultrasound-vs-landmark-review',
    ),
  },
  {
    kind: 'site',
    id: 'mcl-sites',
    prompt: 'Tap the two injection spots on the MCL, the inner-side ligament.',
    answer: ['ea-1', 'ea-2'],
    camera: { view: 'medial' },
    explanation: cite(
      'The needle goes where the ligament joins the bone. One spot is its top end, on the thigh bone. The other is its lower end, on the shin, where the goose-foot tendons lie over it.',
      'laprade-2007-medial',
      'rabago-2013',
      'dumais-2012',
    ),
  },
  {
    kind: 'site',
    id: 'lcl-sites',
    prompt: 'Tap the two injection spots on the LCL, the outer-side ligament.',
    answer: ['ea-5', 'ea-6'],
    camera: { view: 'lateral' },
    explanation: cite(
      'Two trials list both ends of the LCL: where it starts on the thigh bone, and where it ends on the knob of the calf bone.',
      'dumais-2012',
      'nct05537077',
      'laprade-2003-posterolateral',
    ),
  },
  {
    kind: 'site',
    id: 'pes-site',
    prompt: 'Tap the injection spot on the goose-foot tendons of the inner shin.',
    answer: ['ea-7'],
    camera: { view: 'medial' },
    explanation: cite(
      'This spot is on the inner shin, about 5 cm below the joint line. A trial on a public register lists it as one of ten spots around the knee.',
      'statpearls-pes-anserine',
      'nct05537077',
    ),
  },
  {
    kind: 'site',
    id: 'patellar-tendon-sites',
    prompt: 'Tap the two injection spots on the tendon below the kneecap.',
    answer: ['ea-8', 'ea-9'],
    camera: { view: 'anterior' },
    explanation: cite(
      'One spot is where the tendon leaves the bottom tip of the kneecap. The other is where it joins the bump at the top of the shin bone.',
      'kenhub-patellar-tendon',
      'nct05537077',
    ),
  },
];
