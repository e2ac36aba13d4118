import type { StudyInput } from './clinical-schema';

/** Comparisons with other injections, and uncontrolled series (clinical.md §4). */
export const otherStudies: StudyInput[] = [
  {
    id: 'bayat-2023',
    source: 'bayat-2023',
    label: 'Bayat 2023 (Anesth Pain Med)',
    design: 'RCT',
    size: '50 adults',
    plain: {
      text: 'A steroid injection worked better at one month. One session of dextrose injections did better at three months.',
      sources: ['bayat-2023'],
    },
    comparison: {
      text: 'One session (10 mL 16% intra-articular plus four peri-articular 2.5 mL injections of 12%) versus intra-articular triamcinolone 40 mg.',
      sources: ['bayat-2023'],
    },
    followUp: '1 and 3 months',
    results: [
      { text: 'Steroid better at 1 month; prolotherapy better at 3 months.', sources: ['bayat-2023'] },
    ],
    limits: [{ text: 'A single session and short follow-up.', sources: ['bayat-2023'] }],
  },
  {
    id: 'waluyo-2021',
    source: 'waluyo-2021',
    label: 'Waluyo 2021 (J Rehabil Med)',
    design: 'RCT',
    size: '47 completers',
    plain: {
      text: 'Dextrose and hyaluronic acid shots both helped. Soon after treatment, dextrose eased pain more.',
      sources: ['waluyo-2021'],
    },
    comparison: {
      text: 'Dextrose at weeks 1, 5 and 9 versus five weekly hyaluronic acid injections; cartilage biomarkers (serum COMP, urinary CTX-II) measured.',
      sources: ['waluyo-2021'],
    },
    followUp: '3 weeks after the last injection',
    results: [
      {
        text: 'Both groups improved on pain and WOMAC; dextrose outperformed hyaluronic acid on NRS pain. Other between-group and biomarker results were not in the abstract read.',
        sources: ['waluyo-2021'],
      },
    ],
    limits: [{ text: 'Very short follow-up.', sources: ['waluyo-2021'] }],
  },
  {
    id: 'rabago-2012',
    source: 'rabago-2012',
    label: 'Rabago 2012 (open-label)',
    design: 'open-label trial',
    size: '38 adults with knee OA',
    plain: {
      text: 'This study had no comparison group. People reported better knee scores over a year.',
      sources: ['rabago-2012'],
    },
    comparison: {
      text: 'Extra-articular 15% dextrose with 5% sodium morrhuate plus 6 mL 25% intra-articular dextrose at weeks 1, 5 and 9 (optional 13 and 17); no control group.',
      sources: ['rabago-2012'],
    },
    followUp: '52 weeks',
    results: [
      {
        text: 'WOMAC improved by 12.4 ± 3.5 points (19.5%) in participants who had been controls in an earlier study, and by 19.4 ± 7.0 (42.9%) and 17.8 ± 3.9 (28.4%) in the other groups.',
        sources: ['rabago-2012'],
      },
    ],
    limits: [{ text: 'Uncontrolled.', sources: ['rabago-2012'] }],
  },
  {
    id: 'reeves-2003',
    source: 'reeves-2003',
    label: 'Reeves & Hassanein 2003 (ACL laxity)',
    design: 'case series',
    size: '18 patients (16 analysed) with ACL laxity',
    plain: {
      text: 'This small study had no comparison group. After repeated injections into the joint, some loose knees measured tighter.',
      sources: ['reeves-2003'],
    },
    comparison: {
      text: 'No comparator. Joint injections of 10% dextrose (6-9 mL) at months 0, 2, 4, 6 and 10, then 25% dextrose (6 mL) at month 12, then repeated at 2- to 4-month intervals up to month 36.',
      sources: ['reeves-2003'],
    },
    followUp: '6, 12 and 36 months',
    results: [
      {
        text: 'KT1000 laxity normal in 6 knees at 6 months, 9 at 1 year and 10 at 3 years.',
        sources: ['reeves-2003'],
      },
      {
        text: 'Secondary summaries report, at 3 years: walking pain −43%, swelling −63%, flexion +10.5°, KT1000 laxity −71%.',
        sources: ['reeves-2003-summary'],
      },
    ],
    limits: [
      {
        text: 'Uncontrolled; the percentage changes come from secondary summaries.',
        sources: ['reeves-2003', 'reeves-2003-summary'],
      },
    ],
  },
  {
    id: 'topol-2016',
    source: 'topol-2016',
    label: 'Topol 2016 (PM&R)',
    design: 'case series',
    size: '6 patients with grade IV OA',
    plain: {
      text: 'In a tiny study with no comparison group, six people with severe arthritis had injections. A camera inside the knee then showed some new cartilage-like tissue. This has not been confirmed.',
      sources: ['topol-2016'],
    },
    comparison: {
      text: '4-6 monthly intra-articular injections of 10 mL 12.5% dextrose, with arthroscopy before and after; no comparator.',
      sources: ['topol-2016'],
    },
    followUp: 'About 7.75 months',
    results: [
      {
        text: 'All three blinded readers agreed on cartilage growth in 19 of 54 zones; biopsies showed metabolically active fibro- to hyaline-like cartilage; median WOMAC improved by 13 points.',
        sources: ['topol-2016'],
      },
    ],
    limits: [{ text: 'Tiny and uncontrolled.', sources: ['topol-2016'] }],
  },
  {
    id: 'topol-2022',
    source: 'topol-2022',
    label: 'Topol 2022 (Clin Pract)',
    design: 'pilot RCT',
    size: '20 patients with grade IV OA',
    plain: {
      text: 'A small pilot study found pain relief within 20 minutes of a joint injection. This has led researchers to suggest an effect on pain nerves.',
      sources: ['topol-2022'],
    },
    comparison: {
      text: 'Intra-articular dextrose versus simulated injection, then open-label monthly injections for 6 months.',
      sources: ['topol-2022'],
    },
    followUp: '9 months',
    results: [
      {
        text: 'Analgesia from 20 minutes up to 9 months; synovial substance P +111% at 1 week and neuropeptide Y −65% at 3 months.',
        sources: ['topol-2022'],
      },
    ],
    limits: [{ text: 'Pilot study.', sources: ['topol-2022'] }],
  },
];
