import type { Question } from './tour-schema';
import { cite } from './tours-caption';

/** "Prolotherapy: the basics": the session and aftercare (procedure.ts, red-flags.ts). */
export const careChoices: Question[] = [
  {
    kind: 'choice',
    id: 'what-is-injected',
    prompt: 'What is the liquid that is used most often in prolotherapy?',
    options: [
      { id: 'dextrose', text: 'Strong dextrose, a kind of sugar' },
      { id: 'steroid', text: 'A steroid' },
      { id: 'salt-water', text: 'Salt water' },
    ],
    answer: ['dextrose'],
    explanation: cite(
      'The liquid is most often strong dextrose, a sterile sugar solution. In some trials, shots of salt water were the comparison.',
      'rabago-2010-primary-care',
      'seed-article',
      'rabago-2013',
    ),
  },
  {
    kind: 'choice',
    id: 'why-lidocaine',
    prompt: 'Why is a numbing medicine such as lidocaine often mixed in?',
    options: [
      { id: 'less-sting', text: 'So the shots sting less' },
      { id: 'stronger', text: 'To make the dextrose work better' },
      { id: 'infection', text: 'To stop infection' },
    ],
    answer: ['less-sting'],
    explanation: cite(
      'The numbing medicine is there to make the shots less painful. It can leave the knee numb for a short time.',
      'seed-article',
      'dumais-2012',
      'uw-prolotherapy-safety',
    ),
  },
  {
    kind: 'choice',
    id: 'how-many-sessions',
    prompt: 'How many sessions does a course usually have?',
    options: [
      { id: 'one', text: 'Just one' },
      { id: 'three-to-six', text: '3 to 6' },
      { id: 'twenty-or-more', text: '20 or more' },
    ],
    answer: ['three-to-six'],
    explanation: cite(
      'A course is usually 3 to 6 sessions. The four trials cited here gave 3 to 6. Other studies differed. One gave a single session. One small study with no comparison group went on giving shots for 3 years.',
      'seed-article',
      'sert-2020',
      'rabago-2013',
      'dumais-2012',
      'reeves-2000',
      'bayat-2023',
      'reeves-2003',
    ),
  },
  {
    kind: 'choice',
    id: 'session-spacing',
    prompt: 'In the trials, how far apart were the sessions?',
    options: [
      { id: 'days', text: '1 or 2 days apart' },
      { id: 'three-to-eight-weeks', text: '3 to 8 weeks apart' },
      { id: 'a-year', text: 'A year apart' },
    ],
    answer: ['three-to-eight-weeks'],
    explanation: cite(
      'In the trials, sessions were 3 to 8 weeks apart. Some trials used 3 weeks, others 4 weeks, and one used 2 months.',
      'sert-2020',
      'rabago-2013',
      'dumais-2012',
      'reeves-2000',
    ),
  },
  {
    kind: 'choice',
    id: 'normal-afterwards',
    prompt: 'Which of these is normal in the first two or three days after a session?',
    options: [
      { id: 'soreness', text: 'Some soreness, stiffness or mild swelling' },
      { id: 'fever', text: 'A fever' },
      { id: 'leaking', text: 'A needle mark that leaks fluid' },
    ],
    answer: ['soreness'],
    explanation: cite(
      'Some soreness, stiffness or mild swelling for a few days is normal. A fever or a leaking needle mark is not. If you have one of these, contact your clinician the same day.',
      'uw-prolotherapy-safety',
      'fascia-institute-aftercare',
      'efw-radiology-prolotherapy',
    ),
  },
  {
    kind: 'choice',
    id: 'when-to-get-help',
    prompt: 'Which of these mean you should contact your clinician the same day? Choose all that apply.',
    options: [
      { id: 'fever', text: 'A fever' },
      { id: 'leaking', text: 'A needle mark that leaks or bleeds' },
      { id: 'hot-and-swollen', text: 'After a few days, the knee gets hot, red and more swollen' },
      { id: 'mild-soreness', text: 'Mild soreness on the first day' },
    ],
    answer: ['fever', 'leaking', 'hot-and-swollen'],
    explanation: cite(
      'Mild soreness at first is normal. But a fever, a needle mark that leaks or bleeds, or a knee that gets hot, red and more swollen after the first few days needs care the same day. Infection is rare, but it needs quick care.',
      'uw-prolotherapy-safety',
      'fascia-institute-aftercare',
      'efw-radiology-prolotherapy',
      'versus-arthritis-septic-arthritis',
    ),
  },
  {
    kind: 'choice',
    id: 'pain-reliever',
    prompt: 'You want a pain reliever after a session. What should you do first?',
    options: [
      { id: 'ask', text: 'Ask your clinician which one to use' },
      { id: 'ibuprofen', text: 'Take ibuprofen, since you can buy it yourself' },
      { id: 'stop-all', text: 'Stop all your usual medicines' },
    ],
    answer: ['ask'],
    explanation: cite(
      'Many clinics ask people not to take anti-inflammatory drugs, such as ibuprofen, for some weeks. Most allow paracetamol. If you take a medicine for another health problem, do not stop it on your own. Ask the doctor who prescribed it first.',
      'fascia-institute-aftercare',
      'clark-anti-inflammatories',
    ),
  },
  {
    kind: 'choice',
    id: 'imaging-in-trials',
    prompt: 'Did the main trials report using a scan, such as ultrasound, to guide the needle?',
    options: [
      { id: 'no', text: 'No, they did not report it' },
      { id: 'yes', text: 'Yes, for every shot' },
    ],
    answer: ['no'],
    card: { kind: 'site', id: 'ia-4' },
    explanation: cite(
      'The main trials did not report using imaging. Some clinics use ultrasound, which helps shots meant for the joint get there.',
      'hung-2016-protocol-table',
      'rabago-2013',
      'ultrasound-vs-landmark-review',
    ),
  },
];
