import type { Question } from './tour-schema';
import { cite } from './tours-caption';

/**
 * "Prolotherapy: the basics": the healing model and the evidence (healing.ts, healing-evidence.ts,
 * conditions, guidelines.ts). Phase option ids are the phase ids of healing.ts.
 */
export const evidenceChoices: Question[] = [
  {
    kind: 'choice',
    id: 'first-phase',
    prompt: 'In the healing model, what comes first after an injury?',
    options: [
      { id: 'inflammation', text: 'Inflammation: white blood cells come in to clean up' },
      { id: 'proliferation', text: 'Proliferation: repair cells lay down new fibres' },
      { id: 'remodelling', text: 'Remodelling: thicker fibres line up with the pull' },
    ],
    answer: ['inflammation'],
    explanation: cite(
      'First, white blood cells come in to clean up, over a few days. Then repair cells lay down new fibres. Last, the fibres slowly mature.',
      'wound-healing-model-figure',
      'physioroom-ligament-repair',
      'orthovellum-ligament-healing',
    ),
  },
  {
    kind: 'choice',
    id: 'longest-phase',
    prompt: 'In the healing model, which phase lasts longest?',
    options: [
      { id: 'inflammation', text: 'Inflammation' },
      { id: 'proliferation', text: 'Proliferation' },
      { id: 'remodelling', text: 'Remodelling' },
    ],
    answer: ['remodelling'],
    explanation: cite(
      'Remodelling runs from about week 6 for a year or more. Inflammation lasts days, and proliferation about 6 weeks.',
      'orthovellum-ligament-healing',
      'physioroom-ligament-repair',
      'ligament-repair-summary',
    ),
  },
  {
    kind: 'choice',
    id: 'known-in-people',
    prompt: 'Do we know if the shots start this healing in the ligaments of people?',
    options: [
      { id: 'shown', text: 'Yes, it has been shown in people' },
      { id: 'not-known', text: 'No, this is not known' },
    ],
    answer: ['not-known'],
    explanation: cite(
      'The healing sequence was seen after ligament injuries, mostly in animals. No one knows if the shots start it in people. The trials measured pain and use of the knee, not the tissue.',
      'jensen-2008-inflammation',
      'jensen-2008-injury',
      'rabago-2013',
      'sit-2020',
    ),
  },
  {
    kind: 'choice',
    id: 'rat-ligaments',
    prompt: 'In rats with a hurt ligament, what did dextrose shots do?',
    options: [
      { id: 'thicker-not-stronger', text: 'Made it thicker, but not tighter or stronger' },
      { id: 'much-stronger', text: 'Made it much stronger' },
      { id: 'no-change', text: 'Nothing that could be measured' },
    ],
    answer: ['thicker-not-stronger'],
    explanation: cite(
      'Two dextrose shots made the ligament about 30% thicker than salt water did. But it was not tighter or stronger, and this has not been shown in people.',
      'jensen-2008-injury',
    ),
  },
  {
    kind: 'choice',
    id: 'poor-healers',
    prompt:
      'Which ligaments sit inside the joint and heal poorly compared with the MCL? Choose all that apply.',
    options: [
      { id: 'acl', text: 'The ACL' },
      { id: 'pcl', text: 'The PCL' },
      { id: 'superficial-mcl', text: 'The MCL' },
    ],
    answer: ['acl', 'pcl'],
    card: { kind: 'structure', id: 'acl' },
    explanation: cite(
      'The ACL and PCL sit inside the joint. They heal poorly compared with the MCL, which lies outside it.',
      'orthovellum-ligament-healing',
    ),
  },
  {
    kind: 'choice',
    id: 'what-trials-measured',
    prompt: 'What did the trials measure in the people who took part?',
    options: [
      { id: 'pain-and-function', text: 'Pain, and how well people could use the knee' },
      { id: 'ligament-strength', text: 'How strong people’s ligaments became' },
      { id: 'cartilage', text: 'How much cartilage grew' },
    ],
    answer: ['pain-and-function'],
    card: { kind: 'condition', id: 'knee-osteoarthritis' },
    explanation: cite(
      'The trials measured how people felt and moved. They did not check whether ligaments or cartilage changed.',
      'rabago-2013',
      'sit-2020',
    ),
  },
  {
    kind: 'choice',
    id: 'most-research',
    prompt: 'Which knee problem has most of the prolotherapy research?',
    options: [
      { id: 'knee-osteoarthritis', text: 'Knee osteoarthritis' },
      { id: 'chronic-mcl-sprain', text: 'An MCL sprain' },
      { id: 'patellofemoral-pain', text: 'Pain around the kneecap' },
      { id: 'iliotibial-band-syndrome', text: 'Runner’s outer knee pain' },
    ],
    answer: ['knee-osteoarthritis'],
    card: { kind: 'condition', id: 'knee-osteoarthritis' },
    explanation: cite(
      'Almost all the trials studied knee osteoarthritis. They suggest a modest benefit for pain and use of the knee. For sprains and other knee problems there are no good trials yet.',
      'chen-2022',
      'waluyo-2023',
      'rabago-2013',
      'sit-2020',
    ),
  },
  {
    kind: 'choice',
    id: 'arthritis-guideline',
    prompt:
      'A major US arthritis guideline came out in 2019. What does it say about prolotherapy for knee arthritis?',
    options: [
      { id: 'recommends', text: 'It advises it' },
      { id: 'conditionally-recommends-against', text: 'It advises against it, but not firmly' },
      { id: 'no-recommendation', text: 'It says nothing either way' },
    ],
    answer: ['conditionally-recommends-against'],
    card: { kind: 'condition', id: 'knee-osteoarthritis' },
    explanation: cite(
      'A US group of arthritis doctors advises against it for knee and hip osteoarthritis. But its advice is “conditional”, not firm: some people who know the facts would still choose it. Talk it over with your clinician.',
      'kolasinski-2020-acr-guideline',
    ),
  },
];
