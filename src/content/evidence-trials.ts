import type { StudyInput } from './clinical-schema';

/** Knee-OA trials and case series, numbers as published (clinical.md §4). */
export const trials: StudyInput[] = [
  {
    id: 'rabago-2013',
    source: 'rabago-2013',
    label: 'Rabago 2013 (Ann Fam Med)',
    design: 'RCT',
    key: true,
    size: '90 adults with knee OA',
    plain: {
      text: 'In this trial, the two injection groups did not know which injection they got. People given dextrose improved about twice as much on a knee score as people given salt-water shots or home exercise. This was over one year.',
      sources: ['rabago-2013'],
    },
    comparison: {
      text: 'Dextrose (extra-articular 15%, 0.5 mL per needle insertion up to 22.5 mL, plus 6 mL 25% intra-articular) versus blinded saline injections versus home exercise, at weeks 1, 5 and 9 (optional 13 and 17).',
      sources: ['rabago-2013', 'hung-2016-protocol-table'],
    },
    followUp: '52 weeks',
    results: [
      {
        text: 'WOMAC composite (0-100) improved by 15.3 ± 3.5 points with dextrose, against 7.6 ± 3.4 with saline and 8.2 ± 3.3 with exercise (P < .05, adjusted for age, sex and BMI); the dextrose change exceeded the minimal clinically important difference. The knee pain scale also favoured dextrose (P = .05).',
        sources: ['rabago-2013'],
      },
      {
        text: 'Mean WOMAC improvement, dextrose / saline / exercise: week 5, 7.94 / 5.22 / 4.42; week 9, 13.91 / 6.75 / 2.51; week 12, 13.31 / 8.19 / 4.26; week 24, 15.85 / 8.12 / 8.48; week 52, 15.32 / 7.59 / 8.24.',
        sources: ['rabago-2013-table-4'],
      },
    ],
    limits: [
      {
        text: 'Single centre and modest size; saline injection may itself have an effect, so the saline arm is not an inert placebo.',
        sources: ['rabago-2013'],
      },
    ],
  },
  {
    id: 'sit-2020',
    source: 'sit-2020',
    label: 'Sit 2020 (Ann Fam Med)',
    design: 'RCT',
    key: true,
    size: '76 adults, Hong Kong primary care',
    plain: {
      text: 'In this trial, people did not know if they got dextrose or salt water. Injections into the joint alone eased pain somewhat more than salt-water shots at one year. No side effects were reported.',
      sources: ['sit-2020'],
    },
    comparison: {
      text: 'Intra-articular hypertonic dextrose versus normal saline at weeks 0, 4, 8 and 16.',
      sources: ['sit-2020'],
    },
    followUp: '52 weeks',
    results: [
      {
        text: 'Difference-in-difference at 52 weeks favouring dextrose: WOMAC pain −10.34 (95% CI −19.20 to −1.49); function −9.55 (−17.72 to −1.39); composite −9.65 (−17.77 to −1.53).',
        sources: ['sit-2020'],
      },
      {
        text: 'VAS pain −10.98 (−21.36 to −0.61); EQ-5D VAS +8.64. No adverse events were reported.',
        sources: ['sit-2020'],
      },
    ],
    limits: [
      {
        text: 'Intra-articular injection only; the dextrose concentration was not in the text read. Confidence intervals come close to zero.',
        sources: ['sit-2020', 'sit-2018-protocol'],
      },
    ],
  },
  {
    id: 'dumais-2012',
    source: 'dumais-2012',
    label: 'Dumais 2012 (Pain Med)',
    design: 'crossover RCT',
    key: true,
    size: '36 adults with knee OA',
    plain: {
      text: 'Adding injections to an exercise plan improved knee scores more than exercise alone. But everyone knew which treatment they had. No group got dummy injections.',
      sources: ['dumais-2012'],
    },
    comparison: {
      text: 'Exercise for 32 weeks plus injections (extra-articular 1 mL 15% at the collateral ligaments and 5 mL 20% intra-articular) either at weeks 0-12 or at weeks 20-32.',
      sources: ['dumais-2012'],
    },
    followUp: '36 weeks',
    results: [
      {
        text: 'Injections first: WOMAC (0-96) fell by 21.8 ± 12.5 at 16 weeks (P < .001), then did not change further over the next 16 weeks.',
        sources: ['dumais-2012'],
      },
      {
        text: 'Exercise-only period: −6.1 ± 13.9 (P = .11), then −9.3 ± 11.4 after crossing over to injections. Improvement attributed to the injections alone: 11.9 points (29.5%).',
        sources: ['dumais-2012'],
      },
    ],
    limits: [{ text: 'Not blinded and no placebo arm.', sources: ['dumais-2012'] }],
  },
  {
    id: 'reeves-2000',
    source: 'reeves-2000',
    label: 'Reeves & Hassanein 2000',
    design: 'RCT',
    size: 'Not confirmed in the source read (38 knees had one compartment without radiographic cartilage)',
    plain: {
      text: 'An early small trial put injections into the joint. Over 6 months, dextrose helped more than the same injection without dextrose.',
      sources: ['reeves-2000'],
    },
    comparison: {
      text: 'Intra-articular 9 mL 10% dextrose with 0.075% lidocaine versus the same solution without dextrose, every 2 months for 3 injections, then 3 open-label dextrose injections.',
      sources: ['reeves-2000'],
    },
    followUp: '6 and 12 months',
    results: [
      {
        text: 'Months 0-6: significantly more benefit with dextrose (Hotelling multivariate P = .015).',
        sources: ['reeves-2000'],
      },
      {
        text: 'At 12 months, after 6 injections: pain −44%, swelling complaints −63%, buckling −85%, flexion +14°. KT1000 ACL laxity was also an outcome.',
        sources: ['reeves-2000'],
      },
    ],
    limits: [{ text: 'Small, single clinic; the 12-month data are open-label.', sources: ['reeves-2000'] }],
  },
  {
    id: 'sert-2020',
    source: 'sert-2020',
    label: 'Sert 2020 (J Altern Complement Med)',
    design: 'RCT',
    size: '66 adults (22 per arm)',
    plain: {
      text: 'Everyone in this trial also did home exercise. Over 18 weeks, dextrose injections eased pain more than salt-water shots or no shots.',
      sources: ['sert-2020'],
    },
    comparison: {
      text: 'Intra- and extra-articular dextrose versus saline versus control at weeks 0, 3 and 6; home exercise for all.',
      sources: ['sert-2020'],
    },
    followUp: '18 weeks',
    results: [
      {
        text: 'WOMAC pain and activity VAS pain better with dextrose than saline (p = 0.002; p < 0.001) and than control (both p < 0.001); stiffness, function and SF-36 physical component better than control.',
        sources: ['sert-2020'],
      },
    ],
    limits: [{ text: 'Patients blinded; short follow-up.', sources: ['sert-2020'] }],
  },
  {
    id: 'elderly-d10',
    source: 'elderly-d10-rct',
    label: 'Elderly RCT, 10% dextrose (Medica Hospitalia)',
    design: 'RCT',
    size: '27 adults aged 60 or over',
    plain: {
      text: 'This small trial was in older adults. Dextrose helped more than salt water or exercise.',
      sources: ['elderly-d10-rct'],
    },
    comparison: {
      text: '10% dextrose versus saline versus home exercise at weeks 1, 4 and 7.',
      sources: ['elderly-d10-rct'],
    },
    followUp: '21 weeks (as reported)',
    results: [
      {
        text: 'WOMAC change 16.2 ± 4.4 versus 8.5 ± 4.3 versus 9.1 ± 3.2 (p < 0.04).',
        sources: ['elderly-d10-rct'],
      },
    ],
    limits: [
      {
        text: 'Small; the abstract names follow-up at weeks 11 and 15 but reports results at week 21.',
        sources: ['elderly-d10-rct'],
      },
    ],
  },
];
