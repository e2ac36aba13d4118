import {
  type ProcedureFact,
  type ProcedureFactInput,
  ProcedureFactSchema,
  withSources,
} from './clinical-schema';

/**
 * "What to expect": the seed article's points, each checked against the sources. Where the sources
 * qualify the seed (imaging, pain relievers), the text says what the sources say.
 */
const facts: ProcedureFactInput[] = [
  {
    id: 'what-it-is',
    topic: 'before',
    title: 'What prolotherapy is',
    body: {
      patient: {
        text: 'Prolotherapy is a series of injections. Each time, a small amount of a mildly irritating liquid goes in. It is usually strong dextrose, a kind of sugar. It is put where ligaments and tendons attach to bone, and into the joint. This is repeated over several visits.',
        sources: ['rabago-2010-primary-care'],
      },
      clinician: {
        text: 'Small volumes of an irritant solution, most often hypertonic dextrose, are injected at painful ligament and tendon entheses and into the adjacent joint over several sessions; Hackett formalised the protocols in the 1950s.',
        sources: ['rabago-2010-primary-care', 'uw-prolotherapy-safety'],
      },
    },
  },
  {
    id: 'assessment-first',
    topic: 'before',
    title: 'An assessment comes first',
    fromSeed: true,
    body: {
      patient: {
        text: 'Before any injection, a clinician checks what is causing your knee pain. They also check your general health, and any reason the injections would not be safe for you.',
        sources: ['seed-article', 'creech-organ-2023'],
      },
      clinician: {
        text: 'Confirm the diagnosis and screen for contraindications to joint and soft-tissue injection before treatment.',
        sources: ['seed-article', 'creech-organ-2023', 'procedures-consult-knee'],
      },
    },
  },
  {
    id: 'contraindications',
    topic: 'before',
    title: 'When injections are not advised',
    body: {
      patient: {
        text: 'Tell your clinician if you have a skin or joint infection, a recent broken bone, or any allergies. That includes an allergy to corn, since dextrose is usually made from corn. Also tell them if you take blood thinners, are pregnant, have diabetes, or have a knee replacement. Some of these rule injections out. Others need a talk first.',
        sources: ['creech-organ-2023', 'nct05160532', 'procedures-consult-knee'],
      },
      clinician: {
        text: 'Contraindications to any joint or soft-tissue injection: infection of the overlying skin or of the joint (cellulitis, an infected effusion, suspected bacteraemia), fracture, allergy to a component of the injectate, a prosthetic joint, and anticoagulation that is not controlled or a severe bleeding disorder. A prolotherapy trial registration adds abscess and septic arthritis. Trial exclusions (not formal contraindications) include pregnancy, diabetes, anticoagulation, prior TKA, inflammatory arthritis, corn allergy and BMI over 40.',
        sources: [
          'creech-organ-2023',
          'procedures-consult-knee',
          'wikimsk-knee-injection',
          'nct04557943',
          'nct05160532',
        ],
      },
    },
  },
  {
    id: 'imaging-guidance',
    topic: 'during',
    title: 'Imaging guidance',
    fromSeed: true,
    body: {
      patient: {
        text: 'Some clinics use ultrasound, or now and then X-ray, to guide the needle. The main trials did not report using imaging. Ultrasound makes it more likely that an injection meant for the joint gets there.',
        sources: ['seed-article', 'rabago-2013', 'ultrasound-vs-landmark-review'],
      },
      clinician: {
        text: 'The landmark RCTs (Rabago, Dumais, Reeves) describe no image guidance in the text read. Ultrasound raised intra-articular accuracy to 95.8% from 77.8%, and newer trials use it; general guidance suggests fluoroscopy for intra-articular injection in obese patients.',
        sources: [
          'hung-2016-protocol-table',
          'ultrasound-vs-landmark-review',
          'nct05160532',
          'fu-2024',
          'medscape-knee-injection',
          'ertilav-suprapatellar',
        ],
      },
    },
  },
  {
    id: 'solution',
    topic: 'during',
    title: 'Dextrose with a local anaesthetic',
    fromSeed: true,
    body: {
      patient: {
        text: 'The liquid is sterile dextrose, a sugar. It is usually mixed with a numbing medicine such as lidocaine, so the injections sting less.',
        sources: ['seed-article', 'hung-2016-protocol-table', 'dumais-2012'],
      },
      clinician: {
        text: 'Extra-articular: 15% dextrose in Rabago and Dumais; Bayat used 12%, 10% in one elderly RCT, 5-20% compared in NCT05537077. Intra-articular concentrations ranged from 10% (Reeves) and 12.5% (Topol) through 16% (Bayat) and 20% (Dumais) to 25% (Rabago). Yildiz 2023 is also reported as 15% peri-articular and 25% intra-articular, but its per-site concentrations are unconfirmed. Lidocaine 0.075-1%, often in bacteriostatic water. Volumes: 0.5-1 mL per extra-articular site; 5-10 mL intra-articular.',
        sources: [
          'rabago-2013',
          'dumais-2012',
          'yildiz-2023',
          'bayat-2023',
          'elderly-d10-rct',
          'nct05537077',
          'topol-2016',
          'reeves-2000',
          'hung-2016-protocol-table',
        ],
      },
    },
  },
  {
    id: 'several-injections',
    topic: 'during',
    title: 'Several injections in one visit',
    fromSeed: true,
    body: {
      patient: {
        text: 'A visit often includes several small injections. One goes into the joint. Others go where ligaments and tendons attach to bone. Some trials used just one injection into the joint instead.',
        sources: ['seed-article', 'rabago-2013', 'sit-2020'],
      },
      clinician: {
        text: 'The whole-joint (Hackett-Hemwall) method pairs one intra-articular injection with many enthesis injections (Rabago 2013: 0.5 mL per needle insertion, up to 22.5 mL; NCT05537077: 10 points). Sit’s group tested intra-articular injection alone because the whole-joint method is painful and needs intensive training. Some trials used a shallower four-point superficial (subcutaneous or intradermal) technique.',
        sources: ['rabago-2013', 'nct05537077', 'sit-2018-protocol', 'rezasoltani-2017', 'bayat-2023'],
      },
    },
  },
  {
    id: 'session-length',
    topic: 'during',
    title: 'How long a session takes',
    fromSeed: true,
    unconfirmed: true,
    body: {
      patient: {
        text: 'The article this app started from says a session takes 15 to 30 minutes. None of the trials we checked said how long a session took.',
        sources: ['seed-article'],
      },
      clinician: {
        text: 'Session duration (15-30 minutes per the seed article) is not reported by the retrieved trials.',
        sources: ['seed-article'],
      },
    },
  },
  {
    id: 'course-of-sessions',
    topic: 'course',
    title: 'A course of 3 to 6 sessions',
    fromSeed: true,
    body: {
      patient: {
        text: 'A course is usually 3 to 6 sessions, a few weeks apart. In the trials, sessions were 3 to 8 weeks apart.',
        sources: ['seed-article', 'rabago-2013', 'sert-2020', 'reeves-2000'],
      },
      clinician: {
        text: 'Session weeks by trial. Rabago 2013: 1, 5 and 9, plus optional 13 and 17. Dumais 2012: four sessions at 4-week intervals. Sit 2020: 0, 4, 8 and 16. Sert 2020 and NCT05537077: 0, 3 and 6. Waluyo 2021: 1, 5 and 9. Reeves 2000: at 2-month intervals. Topol 2016: monthly, 4 to 6 times.',
        sources: [
          'rabago-2013',
          'dumais-2012',
          'sit-2020',
          'sert-2020',
          'nct05537077',
          'reeves-2000',
          'topol-2016',
          'waluyo-2021',
        ],
      },
    },
  },
  {
    id: 'soreness-aftercare',
    topic: 'after',
    title: 'Temporary soreness',
    fromSeed: true,
    body: {
      patient: {
        text: 'For a few days the knee may be sore, stiff or a little swollen. The numbing medicine can leave it numb for a short time, and you may get a small bruise. In clinical trials, about 1 in 10 people had pain from the injections that lasted up to 3 days. It usually eased with simple pain relief.',
        sources: ['seed-article', 'uw-prolotherapy-safety'],
      },
      clinician: {
        text: 'Post-injection pain up to 72 h in about 10% of participants, usually managed with simple analgesics. In Rabago 2013, short-term prescribed opioids controlled injection pain; three participants had self-limited bruising and no other adverse events were reported.',
        sources: ['uw-prolotherapy-safety', 'rabago-2013', 'scoping-review-safety-table'],
      },
    },
  },
  {
    id: 'pain-relievers',
    topic: 'after',
    title: 'Pain relievers: ask first',
    fromSeed: true,
    body: {
      patient: {
        text: 'Ask your clinician which pain reliever to use. The article this app started from suggests ice and pain relievers you can buy yourself. But many clinics ask people not to take anti-inflammatory medicines, such as ibuprofen or naproxen, for several weeks. In some clinics it is up to about three months. Some also say no ice for a while. Most clinics allow paracetamol (acetaminophen). If you take a medicine for another health problem, such as low-dose aspirin or steroid tablets, do not stop it on your own. Ask the doctor who prescribed it first.',
        sources: ['seed-article', 'fascia-institute-aftercare', 'clark-anti-inflammatories'],
      },
      clinician: {
        text: 'Trials managed post-injection pain with simple analgesics or, in Rabago 2013, short-term opioids. Clinic aftercare sheets commonly bar NSAIDs and systemic corticosteroids (from 4 to 12 weeks after treatment in the two sheets cited) and discourage ice, permitting acetaminophen. Their rationale, not blunting the intended inflammatory response, rests on a hypothesised mechanism and is untested in these sources. One sheet lets low-dose aspirin continue and tells patients to check with their doctor before stopping a prescribed medicine.',
        sources: [
          'uw-prolotherapy-safety',
          'rabago-2013',
          'fascia-institute-aftercare',
          'clark-anti-inflammatories',
          'kersschot-osmotic-shock',
        ],
      },
    },
  },
  {
    id: 'gradual-results',
    topic: 'course',
    title: 'Any benefit builds gradually',
    fromSeed: true,
    body: {
      patient: {
        text: 'Improvement, when it comes, tends to build over weeks. In one trial, scores got better over the first 9 weeks. Then they held steady up to one year.',
        sources: ['seed-article', 'rabago-2013-table-4'],
      },
      clinician: {
        text: 'Rabago 2013 dextrose arm, mean WOMAC improvement: 7.94 at week 5, 13.91 at week 9, 13.31 at week 12, 15.85 at week 24 and 15.32 at week 52. These are reported symptoms, not tissue measurements.',
        sources: ['rabago-2013-table-4'],
      },
    },
  },
  {
    id: 'safety',
    topic: 'safety',
    title: 'Safety',
    body: {
      patient: {
        text: 'The trials did not report serious side effects. But they were small, at most about 90 people each, so rare problems cannot be ruled out. As with any injection, there is a small risk of infection. Clean technique lowers it. Nerves run near a few sites, so clinicians take care there.',
        sources: [
          'sit-2020',
          'rabago-2013',
          'wee-2021',
          'arias-vazquez-2019',
          'uw-prolotherapy-safety',
          'efw-radiology-prolotherapy',
        ],
      },
      clinician: {
        text: 'No adverse events in Sit 2020 (76 participants); meta-analyses report no major or serious adverse effects. Single trials enrolled at most about 90 participants (Rabago 2013), too few to exclude rare harms. Infection risk is that of any injection, rare and reduced by aseptic technique; bacteria entering through an injection site can cause septic arthritis. Nerve risk zones: common peroneal nerve at the fibular head and biceps; saphenous nerve behind the pes anserinus.',
        sources: [
          'sit-2020',
          'rabago-2013',
          'wee-2021',
          'arias-vazquez-2019',
          'uw-prolotherapy-safety',
          'efw-radiology-prolotherapy',
          'versus-arthritis-septic-arthritis',
          'biceps-femoris-wiki',
          'orthovellum-pes-anserine',
        ],
      },
    },
  },
];

export const procedureFacts: readonly ProcedureFact[] = facts.map((f) =>
  ProcedureFactSchema.parse(withSources(f)),
);
