import type { TourStep } from './tour-schema';
import { caption, cite } from './tours-caption';

/** "Pain on the inner side of the knee", second half: the pes anserinus and the injection sites. */
const pes = {
  frame: ['pes-anserine-bursa', 'sartorius-tendon', 'gracilis-tendon', 'semitendinosus-tendon'],
  view: 'medial',
} as const;

export const pesSteps: TourStep[] = [
  {
    camera: pes,
    select: 'pes-anserine-bursa',
    caption: caption(
      'The goose foot',
      cite(
        'Lower down, about 5 cm below the joint line, three tendons join on the inner shin. Together they look like a goose’s foot: the pes anserinus. A small sac of fluid, a bursa, lies under them.',
        'wikidoc-pes-anserinus',
        'statpearls-pes-anserine',
      ),
      cite(
        'Sartorius, gracilis and semitendinosus insert, front to back, on the anteromedial proximal tibia, superficial to the distal sMCL attachment; the pes anserine bursa lies deep to the conjoined tendons.',
        'wikidoc-pes-anserinus',
        'statpearls-pes-anserine',
        'orthoteers-knee',
        'laprade-2007-medial',
      ),
    ),
  },
  {
    camera: pes,
    condition: 'pes-anserine-syndrome',
    caption: caption(
      'Pes anserine pain',
      cite(
        'Pain here comes from the tendons or from the sac under them. It often goes with knee osteoarthritis. It is common in people who are overweight, in middle-aged women and in runners.',
        'statpearls-pes-anserine',
        'goosefoot-bursitis-patient',
      ),
      cite(
        'Pes anserinus tendinopathy or bursitis at the anteromedial proximal tibia, often coexisting with knee OA; risk factors include obesity, female sex in middle age, and running.',
        'statpearls-pes-anserine',
        'orthovellum-pes-anserine',
      ),
    ),
  },
  {
    camera: pes,
    condition: 'pes-anserine-syndrome',
    caption: caption(
      'Where it hurts',
      cite(
        'The sore spot is on the inner shin, about three finger-widths (about 5 cm) below the inner joint line. It may hurt on stairs, when getting up from a chair, or when you lie on that side at night.',
        'statpearls-pes-anserine',
        'goosefoot-bursitis-patient',
      ),
      cite(
        'Focal tenderness about 5 cm distal to the medial joint line, sometimes with local swelling; pain on stairs, on rising from a chair and at night. The distal sMCL attachment lies just beneath, which is why the condition card highlights the sMCL too.',
        'statpearls-pes-anserine',
        'goosefoot-bursitis-patient',
        'laprade-2007-medial',
      ),
    ),
  },
  {
    camera: { frame: ['superficial-mcl'], view: 'medial' },
    site: 'ea-2',
    caption: caption(
      'Injection site: the lower end of the MCL',
      cite(
        'The classic method injects where a ligament joins the bone. This spot is the lower end of the MCL, on the shin about 6 cm below the joint. The goose-foot tendons lie over it.',
        'rabago-2010-primary-care',
        'laprade-2007-medial',
      ),
      cite(
        'EA-2, the distal sMCL attachment 61.2 mm below the joint line, deep and posterior to the pes. Rabago 2013: 0.5 mL of 15% dextrose per needle insertion. Dumais 2012: 1 mL of 15% dextrose with 0.6% lidocaine at each collateral-ligament site.',
        'laprade-2007-medial',
        'rabago-2013',
        'dumais-2012',
      ),
    ),
  },
  {
    camera: pes,
    site: 'ea-7',
    caption: caption(
      'Injection site: the goose foot',
      cite(
        'A trial on a public register lists the goose foot as one of ten spots around the knee. A nerve runs behind it, so clinicians take care here.',
        'nct05537077',
        'orthovellum-pes-anserine',
      ),
      cite(
        'EA-7, listed in NCT05537077 (1 mL per site of 5%, 10% or 20% dextrose). For the bursa, injections are aimed some 2 cm below and 2 cm medial to the tibial tuberosity. The saphenous nerve runs behind the pes.',
        'nct05537077',
        'orthovellum-pes-anserine',
        'statpearls-pes-anserine',
      ),
    ),
  },
  {
    camera: pes,
    condition: 'pes-anserine-syndrome',
    caption: caption(
      'What is known',
      cite(
        'The research this app used has no good trials of prolotherapy for pes anserine pain. So whether it helps is not known. Most trials studied knee osteoarthritis. Talk to your clinician about your own knee.',
        'chen-2022',
        'waluyo-2023',
      ),
      cite(
        'No controlled trial of prolotherapy for pes anserine pain or chronic MCL sprain is among the sources; the RCTs and meta-analyses enrolled knee OA, where pes anserine pain often coexists and dextrose has modest, low-certainty support.',
        'chen-2022',
        'waluyo-2023',
        'wee-2021',
        'statpearls-pes-anserine',
      ),
    ),
  },
];
