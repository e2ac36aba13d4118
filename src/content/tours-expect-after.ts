import type { TourStep } from './tour-schema';
import { caption, cite } from './tours-caption';

/** "What to expect", second half: the course of sessions, aftercare, results, safety and the evidence. */
export const afterTheSession: TourStep[] = [
  {
    camera: { view: 'anterior' },
    timeline: { day: 0, schedule: 'rabago-2013' },
    caption: caption(
      'A course of sessions',
      cite(
        'A course is usually 3 to 6 sessions. In the trials, sessions were 3 to 8 weeks apart. The bar shows one trial’s plan: a first session, then two more 4 and 8 weeks later, and two optional ones after that.',
        'seed-article',
        'rabago-2013',
        'sert-2020',
        'reeves-2000',
      ),
      cite(
        'Rabago 2013: weeks 1, 5 and 9, optional 13 and 17 (day 0 here is the first session). Dumais 2012: four sessions at 4-week intervals. Sit 2020: weeks 0, 4, 8 and 16. Sert 2020 and NCT05537077: weeks 0, 3 and 6. Reeves 2000: every 2 months.',
        'rabago-2013',
        'dumais-2012',
        'sit-2020',
        'sert-2020',
        'nct05537077',
        'reeves-2000',
      ),
    ),
  },
  {
    camera: { view: 'anterior' },
    allSites: true,
    caption: caption(
      'Soreness afterwards',
      cite(
        'For a few days the knee may be sore, stiff or a little swollen. The numbing medicine can leave it numb for a short time. In clinical trials, about 1 in 10 people had pain from the shots that lasted up to 3 days. It usually eased with simple pain relief.',
        'seed-article',
        'uw-prolotherapy-safety',
      ),
      cite(
        'Post-injection pain lasting up to 72 h in about 10% of trial participants, usually settled with simple analgesics. In Rabago 2013, short-term prescribed opioids controlled injection pain; three participants had self-limited bruising and no other adverse events were reported.',
        'uw-prolotherapy-safety',
        'rabago-2013',
      ),
    ),
  },
  {
    camera: { view: 'anterior' },
    caption: caption(
      'Pain relievers: ask first',
      cite(
        'Ask your clinician which pain reliever to use. Many clinics ask people not to take anti-inflammatory drugs, such as ibuprofen, for several weeks. Some also say no ice for a while. Most allow paracetamol. If you take a medicine for another health problem, do not stop it on your own. Ask the doctor who prescribed it first.',
        'seed-article',
        'fascia-institute-aftercare',
        'clark-anti-inflammatories',
      ),
      cite(
        'The seed article suggests ice and over-the-counter analgesics, but clinic aftercare sheets bar NSAIDs and systemic steroids for 4 to 12 weeks and discourage ice, allowing acetaminophen. Their reason, not blunting the intended inflammation, rests on an untested hypothesis.',
        'seed-article',
        'fascia-institute-aftercare',
        'clark-anti-inflammatories',
        'kersschot-osmotic-shock',
      ),
    ),
  },
  {
    camera: { view: 'anterior' },
    caption: caption(
      'When to get help',
      cite(
        'Some soreness for two or three days is normal. After that, contact your clinician the same day, or get urgent care, if the knee gets hot or red. Do the same if it gets more and more swollen or painful, if you get a fever, or if a needle mark leaks or bleeds. Infection is rare, but it needs quick care.',
        'uw-prolotherapy-safety',
        'fascia-institute-aftercare',
        'efw-radiology-prolotherapy',
        'versus-arthritis-septic-arthritis',
      ),
      cite(
        'Pain for up to 72 h is expected. Increasing pain, warmth, erythema or swelling after that, fever, or drainage or bleeding from a needle site calls for same-day assessment: septic arthritis is the complication to exclude after an intra-articular injection.',
        'uw-prolotherapy-safety',
        'fascia-institute-aftercare',
        'efw-radiology-prolotherapy',
        'versus-arthritis-septic-arthritis',
      ),
    ),
  },
  {
    camera: { view: 'anterior' },
    caption: caption(
      'Any benefit builds slowly',
      cite(
        'When it helps, the change tends to build over weeks. In one trial, people’s pain and function scores improved over the first 9 weeks. Then they held steady up to a year.',
        'seed-article',
        'rabago-2013-table-4',
      ),
      cite(
        'Rabago 2013, dextrose arm, mean WOMAC improvement: 7.94 at week 5, 13.91 at week 9, 15.85 at week 24 and 15.32 at week 52. These are reported symptoms, not tissue measurements.',
        'rabago-2013-table-4',
      ),
    ),
  },
  {
    camera: { frame: ['lcl'], view: 'lateral' },
    site: 'ea-6',
    caption: caption(
      'Safety',
      cite(
        'The trials did not report serious side effects. But they were small, at most about 90 people each, so rare problems cannot be ruled out. A nerve runs close to this spot on the outer knee, so clinicians take care here.',
        'sit-2020',
        'rabago-2013',
        'wee-2021',
        'uw-prolotherapy-safety',
        'biceps-femoris-wiki',
        'peroneal-nerve-plc-2020',
      ),
      cite(
        'No adverse events in Sit 2020 (76 participants) and no serious ones in the meta-analyses, but single trials enrolled at most about 90 people. Nerve risk zones: the common peroneal nerve at the fibular head (this site, EA-6) and the saphenous nerve behind the pes anserinus.',
        'sit-2020',
        'rabago-2013',
        'wee-2021',
        'arias-vazquez-2019',
        'biceps-femoris-wiki',
        'peroneal-nerve-plc-2020',
        'orthovellum-pes-anserine',
      ),
    ),
  },
  {
    camera: { view: 'anterior' },
    condition: 'knee-osteoarthritis',
    caption: caption(
      'What the research says',
      cite(
        'Trials in knee osteoarthritis suggest dextrose shots may ease pain and help people use the knee, for up to a year. They did more than salt-water shots or exercise, but the extra benefit was modest, and many trials had flaws. A major US arthritis guideline advises against it, but not firmly. Talk it over with your clinician.',
        'rabago-2013',
        'sit-2020',
        'chen-2022',
        'wee-2021',
        'kolasinski-2020-acr-guideline',
      ),
      cite(
        'Meta-analyses favour dextrose over saline injection and exercise for pain and function (Chen 2022: 14 RCTs, 978 patients), with between-group WOMAC differences of about 7-10 points, marked heterogeneity and mostly high risk of bias. ACR/AF 2019 conditionally recommends against prolotherapy in knee and hip OA.',
        'chen-2022',
        'wee-2021',
        'rabago-2013',
        'sit-2020',
        'kolasinski-2020-acr-guideline',
      ),
    ),
  },
];
