import type { Tour, TourStep } from './tour-schema';
import { capsuleOff, caption, cite } from './tours-caption';
import { pesSteps } from './tours-inner-knee-pes';

/** "Pain on the inner side of the knee": the MCL (here), then the pes anserinus (tours-inner-knee-pes.ts). */
const mcl = { frame: ['superficial-mcl'], view: 'medial' } as const;

const mclSteps: TourStep[] = [
  {
    camera: { view: 'medial' },
    caption: caption(
      'Pain on the inner side',
      cite(
        'Pain on the inner side of the knee has several causes. This tour looks at two of them. One is the inner knee ligament, the MCL. The other is a group of tendons lower down, the pes anserinus.',
        'degrace-mcl',
        'statpearls-pes-anserine',
      ),
      cite(
        'Two medial pain generators: the MCL complex (sMCL, dMCL, POL) after a valgus injury, and pes anserinus tendinopathy or bursitis, often alongside knee OA. Medial meniscal tears also cause joint-line pain.',
        'degrace-mcl',
        'statpearls-pes-anserine',
        'usf-meniscal-tear',
      ),
    ),
  },
  {
    camera: mcl,
    select: 'superficial-mcl',
    caption: caption(
      'The inner knee ligament',
      cite(
        'The MCL is a long, flat band on the inner side, from the thigh bone to the shin bone. It stops the knee buckling inwards.',
        'grood-1981-mcl-wiki',
        'laprade-2007-medial',
      ),
      cite(
        'sMCL: femoral origin just proximal and posterior to the medial epicondyle; two tibial attachments, the distal one 61.2 mm below the joint line, deep and posterior to the pes anserinus. The primary static valgus restraint.',
        'laprade-2007-medial',
        'grood-1981-mcl-wiki',
      ),
    ),
  },
  {
    camera: mcl,
    condition: 'chronic-mcl-sprain',
    caption: caption(
      'A sprain that has not settled',
      cite(
        'A blow or twist that pushes the knee inwards can overstretch or partly tear the MCL. Most heal without surgery. Some leave pain where the ligament attaches, or a wobbly feeling when changing direction.',
        'degrace-mcl',
      ),
      cite(
        'A valgus injury of the sMCL, often with the dMCL and POL: the most common knee ligament injury, usually treated without surgery, with a minority left with chronic medial pain or laxity.',
        'degrace-mcl',
        'radiopaedia-mcl',
      ),
    ),
  },
  {
    camera: mcl,
    condition: 'chronic-mcl-sprain',
    caption: caption(
      'How sprains are graded',
      cite(
        'Clinicians grade a sprain from 1 to 3. Grade 1 is tender but not loose. Grade 2 is a partial tear, with some looseness. Grade 3 is a complete tear.',
        'sprain-grades-jmmt',
        'degrace-mcl',
      ),
      cite(
        'Grade I: tenderness without laxity. Grade II: partial tear with mild to moderate laxity. Grade III: complete tear. On valgus stress radiographs, 3.2 mm or more of extra medial opening compared with the other knee suggests a complete sMCL tear.',
        'sprain-grades-jmmt',
        'degrace-mcl',
        'jisakos-stress-radiographs',
      ),
    ),
  },
  {
    camera: { frame: ['deep-mcl'], view: 'medial' },
    layers: capsuleOff,
    select: 'deep-mcl',
    caption: caption(
      'The deeper layers',
      cite(
        'Under the MCL lies a deeper layer, and at the back inner corner there is another band. Both are often hurt along with it. The deeper layer also ties the inner meniscus, a cushion in the joint, to the bone.',
        'degrace-mcl',
        'laprade-2007-medial',
        'radiopaedia-mcl',
      ),
      cite(
        'The dMCL (meniscofemoral and meniscotibial parts) and the POL are often injured with the sMCL; the meniscotibial part tethers the medial meniscus.',
        'degrace-mcl',
        'radiopaedia-mcl',
        'laprade-2007-medial',
      ),
    ),
  },
  {
    camera: mcl,
    condition: 'chronic-mcl-sprain',
    caption: caption(
      'Prolotherapy for an MCL sprain',
      cite(
        'The research this app used has no good trials of prolotherapy for an MCL sprain that has not settled. Some practitioners offer it. But whether it helps is not known.',
        'seed-article',
        'hauser-2023-instability',
        'chen-2022',
        'waluyo-2023',
      ),
      cite(
        'No controlled trial of prolotherapy for chronic MCL sprain is among this app’s sources; the randomised trials enrolled people with knee OA. Practitioner sources present it as a use, so treat any benefit as unproven.',
        'chen-2022',
        'waluyo-2023',
        'seed-article',
        'hauser-2023-instability',
      ),
    ),
  },
];

export const innerKneePain: Tour = {
  id: 'inner-knee-pain',
  title: 'Pain on the inner side of the knee: the MCL and the pes anserinus',
  summary:
    'Two causes of pain on the inner knee: where they are, how they feel, where shots go, and what the research does not yet show.',
  steps: [...mclSteps, ...pesSteps],
};
