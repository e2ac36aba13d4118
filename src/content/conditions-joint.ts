import type { ConditionInput, Variants } from './clinical-schema';

/**
 * Evidence text for conditions that no controlled trial in the sources has studied. `mentionedBy`
 * names sources that present prolotherapy as a use for the condition (the seed article, practitioner
 * reviews); without them the text says only that the research is missing.
 */
export const noTrialEvidence = (condition: string, mentionedBy: string[] = []): Variants => {
  const offered = mentionedBy.length > 0;
  return {
    patient: {
      text: offered
        ? `The research this app used has no good trials of prolotherapy for ${condition}. Some practitioners offer it. But whether it helps is not known.`
        : `The research this app used has no good trials of prolotherapy for ${condition}. So whether it helps is not known.`,
      sources: offered ? mentionedBy : ['chen-2022', 'waluyo-2023'],
    },
    clinician: {
      text: `No controlled trial of prolotherapy for ${condition} is among this app’s sources: the randomised trials and meta-analyses enrolled people with osteoarthritis.${offered ? ' Practitioner sources present it as a possible use; treat any benefit as unproven.' : ''}`,
      sources: ['chen-2022', 'waluyo-2023', ...mentionedBy],
    },
  };
};

/** Joint-wide and ligament conditions. */
export const jointConditions: ConditionInput[] = [
  {
    id: 'knee-osteoarthritis',
    name: {
      lay: 'Knee osteoarthritis (wear of the joint)',
      clinical: 'Knee osteoarthritis with suspected ligament laxity',
    },
    description: {
      patient: {
        text: 'The cartilage that covers the bone ends slowly wears. The bone beneath it changes, and there is mild, lasting inflammation. Some practitioners think loose ligaments let the joint move unevenly and speed up wear. That idea has not been proven.',
        sources: ['peat-2006-oa-criteria', 'hauser-2023-instability'],
      },
      clinician: {
        text: 'Degenerative disease of articular cartilage and subchondral bone with low-grade synovitis. The prolotherapy rationale, that capsuloligamentous laxity drives abnormal kinematics and accelerates OA, is a practitioner hypothesis without direct proof.',
        sources: ['peat-2006-oa-criteria', 'hauser-2023-instability', 'hauser-2013-ligament-review'],
      },
    },
    symptoms: [
      {
        text: 'Knee pain that comes with activity.',
        sources: ['acr-knee-oa-criteria', 'peat-2006-oa-criteria'],
      },
      { text: 'Stiffness in the morning that eases within half an hour.', sources: ['acr-knee-oa-criteria'] },
      {
        text: 'Grating or crackling when the knee moves; bony, tender or enlarged joint edges.',
        sources: ['acr-knee-oa-criteria'],
      },
    ],
    structures: [
      'femoral-cartilage',
      'tibial-cartilage',
      'patellar-cartilage',
      'medial-meniscus',
      'lateral-meniscus',
      'joint-capsule',
      'superficial-mcl',
      'lcl',
    ],
    clinicianNote: [
      {
        text: 'ACR clinical criteria combine knee pain with features such as age over 50, morning stiffness of 30 minutes or less, crepitus, and bony tenderness or enlargement.',
        sources: ['acr-knee-oa-criteria', 'peat-2006-oa-criteria'],
      },
      {
        text: 'Collaterals and capsule are highlighted only because of the laxity hypothesis; the trials measured symptoms (WOMAC, pain scales), not ligament laxity.',
        sources: ['hauser-2023-instability', 'rabago-2013', 'sit-2020'],
      },
    ],
    evidence: {
      strength: 'low',
      summary: {
        patient: {
          text: 'Several trials compared groups of people with knee osteoarthritis. Those who had dextrose injections said they had less pain and could use the knee better, for up to a year. They did better than people given salt-water injections or exercise alone. The extra benefit was modest, and many of the trials had design flaws. The “low” rating is this app’s own reading of the studies, not a formal grade. One review called the evidence moderate.',
          sources: ['rabago-2013', 'sit-2020', 'chen-2022', 'waluyo-2023', 'hassan-maffulli-review'],
        },
        clinician: {
          text: 'Meta-analyses favour dextrose over placebo injections and non-invasive controls such as exercise for pain, function and quality of life (Chen 2022: 14 RCTs, 978 patients), but reviewers report marked heterogeneity and mostly high risk of bias (Wee 2021: 2 of 11 studies at low risk). It is no better than PRP, and an analysis restricted to intra-articular dextrose found no difference from HA or saline. One review called the support "moderate"; we rate it low because of bias and inconsistency.',
          sources: [
            'chen-2022',
            'wee-2021',
            'arias-vazquez-2019',
            'cahyadi-steven',
            'hassan-maffulli-review',
          ],
        },
      },
    },
  },
  {
    id: 'chronic-mcl-sprain',
    name: {
      lay: 'Inner knee ligament sprain that has not settled',
      clinical: 'Chronic MCL sprain / medial instability',
    },
    description: {
      patient: {
        text: 'The ligament on the inner side of the knee has been overstretched or partly torn, usually by a blow or twist that pushes the knee inwards. No knee ligament is injured more often. Most heal without surgery, but some leave lasting pain or a loose feeling.',
        sources: ['degrace-mcl', 'sprain-grades-jmmt'],
      },
      clinician: {
        text: 'Valgus-mechanism injury of the sMCL, often with the dMCL (including its meniscotibial part) and POL; the most common knee ligament injury, usually managed non-operatively, with a minority left with chronic medial pain or laxity.',
        sources: ['degrace-mcl', 'radiopaedia-mcl'],
      },
    },
    symptoms: [
      {
        text: 'Inner-knee pain, often felt where the ligament attaches above or below the joint.',
        sources: ['degrace-mcl'],
      },
      { text: 'A wobbly feeling when stepping sideways or changing direction.', sources: ['degrace-mcl'] },
    ],
    structures: [
      'superficial-mcl',
      'deep-mcl',
      'posterior-oblique-ligament',
      'medial-coronary-ligament',
      'medial-meniscus',
    ],
    clinicianNote: [
      {
        text: 'Grade I: tenderness without laxity. Grade II: partial tear with mild to moderate laxity. Grade III: complete tear.',
        sources: ['sprain-grades-jmmt', 'degrace-mcl'],
      },
      {
        text: 'On valgus stress radiographs, 3.2 mm or more of medial opening beyond the other knee suggests a complete sMCL tear.',
        sources: ['jisakos-stress-radiographs'],
      },
    ],
    evidence: {
      strength: 'none',
      summary: noTrialEvidence('a chronic MCL sprain', ['seed-article', 'hauser-2023-instability']),
    },
  },
  {
    id: 'chronic-lcl-sprain',
    name: { lay: 'Outer knee ligament sprain', clinical: 'Chronic LCL / posterolateral corner sprain' },
    description: {
      patient: {
        text: 'The ligament on the outer side of the knee has been injured, and sometimes the tissues next to it too. This often happens when the knee bends backwards or is pushed outwards. It is less common than an inner-ligament injury. It often comes with an injury to a cross ligament inside the knee.',
        sources: ['statpearls-lcl'],
      },
      clinician: {
        text: 'Varus or hyperextension-varus injury to the FCL with or without the popliteus tendon, popliteofibular ligament and biceps; frequently combined with cruciate injury.',
        sources: ['statpearls-lcl', 'laprade-2003-posterolateral'],
      },
    },
    symptoms: [
      { text: 'Pain on the outer side of the knee and a side-to-side wobble.', sources: ['statpearls-lcl'] },
      {
        text: 'Sometimes tingling or weakness in the foot, because a nerve runs close by.',
        sources: ['peroneal-nerve-plc-2020'],
      },
    ],
    structures: [
      'lcl',
      'popliteus-tendon',
      'biceps-femoris-tendon',
      'iliotibial-band',
      'common-peroneal-nerve',
    ],
    clinicianNote: [
      {
        text: 'On varus stress radiographs, a side-to-side increase in opening of roughly 2.7 mm points to an isolated FCL tear, and 4 mm or more to a complete posterolateral corner injury.',
        sources: ['jisakos-stress-radiographs'],
      },
      {
        text: 'Examine common peroneal nerve function: nerve injury accompanies a share of posterolateral corner injuries.',
        sources: ['peroneal-nerve-plc-2020'],
      },
    ],
    evidence: {
      strength: 'none',
      summary: noTrialEvidence('a chronic LCL sprain', ['seed-article', 'hauser-2023-instability']),
    },
  },
  {
    id: 'acl-laxity',
    name: { lay: 'Loose front cross ligament', clinical: 'ACL laxity / partial ACL tear' },
    description: {
      patient: {
        text: 'The ligament in the middle of the knee stops the shin sliding forwards. Here it is stretched or partly torn, so the knee may feel as if it could give way.',
        sources: ['partial-acl-review-2009', 'accessmedicine-acl'],
      },
      clinician: {
        text: 'Partial ACL tear or laxity: typically an asymmetric Lachman test with a negative pivot shift and a KT-1000 side-to-side difference of 3 mm or less.',
        sources: ['partial-acl-review-2009'],
      },
    },
    symptoms: [
      {
        text: 'At the time of injury, often a "pop" and swelling within hours.',
        sources: ['accessmedicine-acl'],
      },
      {
        text: 'Later, the knee giving way when pivoting or going downstairs.',
        sources: ['accessmedicine-acl'],
      },
    ],
    structures: ['acl', 'medial-meniscus', 'lateral-meniscus', 'joint-capsule'],
    clinicianNote: [
      {
        text: 'Lachman, pivot-shift and instrumented laxity (KT-1000) separate partial from complete tears. Intra-articular ligaments such as the ACL heal poorly compared with the MCL.',
        sources: ['partial-acl-review-2009', 'orthovellum-ligament-healing'],
      },
    ],
    evidence: {
      strength: 'very-low',
      summary: {
        patient: {
          text: 'Only one small study has looked at this, and it had no comparison group. People said they had less pain, and some knees measured tighter. But with no comparison group, we cannot tell if the injections caused this.',
          sources: ['reeves-2003'],
        },
        clinician: {
          text: 'Only an uncontrolled series exists (Reeves 2003: 18 patients (16 analysed) with a KT1000 side-to-side difference of at least 2 mm). The number of knees whose laxity measured normal rose from 6 (6 months) to 9 (1 year) and 10 (3 years). ACL laxity was also an outcome in the Reeves 2000 OA trial. No controlled ACL trial.',
          sources: ['reeves-2003', 'reeves-2000'],
        },
      },
    },
  },
  {
    id: 'meniscal-injury',
    name: { lay: 'Torn or loose meniscus', clinical: 'Meniscal injury with instability' },
    description: {
      patient: {
        text: 'A tear in one of the C-shaped cushions, from a twist on a planted foot in younger people or from wear in older people. If the pad or its tethers to the shin bone are loose, the knee may also feel unstable.',
        sources: ['usf-meniscal-tear', 'kneeguru-meniscotibial'],
      },
      clinician: {
        text: 'Traumatic (twisting) or degenerative meniscal tear; meniscotibial (coronary) ligament injury can add meniscal hypermobility or instability. Degenerative tear symptoms overlap with early OA.',
        sources: ['usf-meniscal-tear', 'kneeguru-meniscotibial', 'meniscal-oa-overlap-summary'],
      },
    },
    symptoms: [
      { text: 'Pain and tenderness along the joint line.', sources: ['usf-meniscal-tear'] },
      {
        text: 'Swelling that builds over about a day; catching, locking or giving way.',
        sources: ['usf-meniscal-tear'],
      },
    ],
    structures: [
      'medial-meniscus',
      'lateral-meniscus',
      'medial-coronary-ligament',
      'lateral-coronary-ligament',
      'deep-mcl',
    ],
    clinicianNote: [
      {
        text: 'Joint-line tenderness with mechanical symptoms; in older patients, consider that degenerative tears and early OA present alike.',
        sources: ['usf-meniscal-tear', 'meniscal-oa-overlap-summary'],
      },
    ],
    evidence: { strength: 'none', summary: noTrialEvidence('a meniscal injury', ['seed-article']) },
  },
];
