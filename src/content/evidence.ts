import {
  type EvidenceOverview,
  EvidenceOverviewSchema,
  type Study,
  StudySchema,
  withSources,
} from './clinical-schema';
import { otherStudies } from './evidence-other';
import { reviews } from './evidence-reviews';
import { trials } from './evidence-trials';

/** Studies for the "What the research says" view: trials first, then syntheses, then the rest. */
export const studies: readonly Study[] = [...trials, ...reviews, ...otherStudies].map((s) =>
  StudySchema.parse(withSources(s)),
);

/** The overall message and its limits. The ACR 2019 guideline is left out: its wording is UNCONFIRMED. */
export const evidenceOverview: EvidenceOverview = EvidenceOverviewSchema.parse({
  summary: {
    patient: {
      text: 'Several studies that compared groups, and reviews of them, suggest dextrose prolotherapy may ease knee osteoarthritis pain. It may also help people use the knee, for up to a year. It did more than salt-water injections or exercise alone. The benefit is modest, and many studies have flaws. Whether it makes ligaments stronger in people is not known.',
      sources: ['rabago-2013', 'sit-2020', 'hung-2016', 'chen-2022', 'waluyo-2023'],
    },
    clinician: {
      text: 'Small-to-medium RCTs and at least four meta-analyses find greater improvement in knee-OA pain and function than saline injection or exercise over 4-12 months, with modest between-group differences, heterogeneous protocols and mostly high risk of bias. Against PRP, dextrose is similar or worse.',
      sources: [
        'rabago-2013',
        'sit-2020',
        'hung-2016',
        'chen-2022',
        'wee-2021',
        'waluyo-2023',
        'arias-vazquez-2019',
      ],
    },
  },
  limits: [
    {
      id: 'modest-benefit',
      statement: {
        patient: {
          text: 'The extra benefit over salt-water injections was modest. In the two key trials, it was roughly 7 to 10 points on a 100-point knee score. In both trials, the injection groups did not know which injection they got.',
          sources: ['rabago-2013', 'sit-2020'],
        },
        clinician: {
          text: 'Between-group WOMAC differences were about 7.7 points (15.3 vs 7.6, Rabago 2013) and −9.65 composite (Sit 2020), on 0-100 scales.',
          sources: ['rabago-2013', 'sit-2020'],
        },
      },
    },
    {
      id: 'risk-of-bias',
      statement: {
        patient: {
          text: 'Most trials were small. They used different doses and schedules. They also had design flaws that could make results look better than they are.',
          sources: ['wee-2021', 'chen-2022', 'waluyo-2023'],
        },
        clinician: {
          text: 'Reviews report high risk of bias in most trials (2 of 11 at low risk in one meta-analysis) and marked heterogeneity in dose, sites and schedule.',
          sources: ['wee-2021', 'chen-2022', 'waluyo-2023'],
        },
      },
    },
    {
      id: 'animal-ligament-data',
      statement: {
        patient: {
          text: 'The idea that the injections make ligaments stronger comes from animal studies. In rats, dextrose made hurt ligaments thicker. But they were not tighter or stronger.',
          sources: ['jensen-2008-injury'],
        },
        clinician: {
          text: 'Rat stretch-injured MCL: two dextrose injections raised cross-sectional area by 30% relative to saline-injected ligaments and by 90% relative to uninjured ligaments, without changing laxity, other mechanical properties or collagen fibril characteristics. Rat MCL inflammation after one injection had resolved by 72 h and did not reliably exceed the response to saline or a needle-stick alone. The rabbit MCL gains in junction strength, mass and thickness came from sodium morrhuate, not dextrose. The introduction of a 2016 meta-analysis states that the animal work shows proliferation, collagen deposition and thicker ligaments that bear more load.',
          sources: ['jensen-2008-injury', 'jensen-2008-inflammation', 'liu-1983-morrhuate', 'sit-2016'],
        },
      },
    },
    {
      id: 'mechanism-hypothesis',
      statement: {
        patient: {
          text: 'How prolotherapy might work is not known. The usual idea is that a brief irritation starts a healing response. This would lay down new collagen. But that is a hypothesis, an idea that has not been proven. Other ideas involve effects on pain nerves.',
          sources: ['kersschot-osmotic-shock', 'hsu-2023-review', 'topol-2022'],
        },
        clinician: {
          text: 'Proposed mechanisms (osmotic cell injury triggering inflammation, growth-factor stimulation, neural effects such as early changes in synovial substance P and NPY) are hypotheses. The seed article’s claim that new fibres contract and restore strength is not established in humans.',
          sources: [
            'kersschot-osmotic-shock',
            'hsu-2023-review',
            'cortez-2022',
            'topol-2022',
            'seed-article',
          ],
        },
      },
    },
    {
      id: 'symptoms-not-structure',
      statement: {
        patient: {
          text: 'The trials measured how people felt and moved. They did not check whether ligaments or cartilage changed.',
          sources: ['rabago-2013', 'sit-2020'],
        },
        clinician: {
          text: 'Outcomes were patient-reported (WOMAC, VAS); structural data are limited to one six-patient arthroscopic series and biomarker work with short follow-up.',
          sources: ['rabago-2013', 'sit-2020', 'topol-2016', 'waluyo-2021'],
        },
      },
    },
    {
      id: 'other-conditions',
      statement: {
        patient: {
          text: 'Almost all the research is on knee osteoarthritis. For loose ligaments, sprains and other knee problems there are no good trials yet.',
          sources: ['chen-2022', 'reeves-2003', 'hauser-2023-instability'],
        },
        clinician: {
          text: 'No RCTs were found for MCL or LCL sprain, ITBS, PFPS or meniscal injury; use for these rests on practitioner reviews. For ACL laxity there is one uncontrolled series.',
          sources: ['hauser-2023-instability', 'reeves-2003', 'chen-2022'],
        },
      },
    },
  ],
});

const byId = new Map(studies.map((s) => [s.id, s]));
export const getStudy = (id: string): Study | undefined => byId.get(id);
