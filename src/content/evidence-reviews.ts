import type { StudyInput } from './clinical-schema';

/** Meta-analyses and systematic reviews (clinical.md §4). Sit 2016's effect sizes are UNCONFIRMED: left out. */
export const reviews: StudyInput[] = [
  {
    id: 'hung-2016',
    source: 'hung-2016',
    label: 'Hung 2016 (J Pain Res)',
    design: 'meta-analysis',
    key: true,
    size: '5 RCTs and 1 single-arm study; 326 participants (knee and finger OA)',
    plain: {
      text: 'This study pooled the results of several trials. Dextrose did better than dummy or numbing injections, by a small to medium amount. It beat exercise by a larger amount.',
      sources: ['hung-2016'],
    },
    comparison: {
      text: 'Dextrose prolotherapy versus control injections, local anaesthetic, exercise or corticosteroid.',
      sources: ['hung-2016'],
    },
    followUp: 'About 6 months',
    results: [
      {
        text: 'Effect size against baseline: 0.65, 0.84, 0.85 and 0.87 after the 1st, 2nd, 3rd and 4th or later injection.',
        sources: ['hung-2016'],
      },
      {
        text: 'Against control injections 0.36 (95% CI 0.10 to 0.63); local anaesthetic 0.38 (0.07 to 0.70); exercise 0.71 (0.30 to 1.11); corticosteroid 0.31 (−0.18 to 0.80), from one study.',
        sources: ['hung-2016'],
      },
    ],
    limits: [{ text: 'Few trials, and knee and finger joints mixed.', sources: ['hung-2016'] }],
  },
  {
    id: 'chen-2022',
    source: 'chen-2022',
    label: 'Chen 2022 (Clin Rehabil)',
    design: 'meta-analysis',
    key: true,
    size: '14 RCTs, 978 patients',
    plain: {
      text: 'A pooled analysis of 14 trials found dextrose did better than dummy treatment or care without shots. It did about as well as other injections.',
      sources: ['chen-2022'],
    },
    comparison: {
      text: 'Dextrose versus placebo, non-invasive and invasive controls, with meta-regression.',
      sources: ['chen-2022'],
    },
    followUp: 'Various',
    results: [
      {
        text: 'Better than placebo and non-invasive controls for pain, function and quality of life; similar to other invasive therapies. Combined intra- and extra-articular injection may outperform intra-articular alone; effects may depend on dose and time.',
        sources: ['chen-2022'],
      },
    ],
    limits: [{ text: 'The authors warn of marked heterogeneity and risk of bias.', sources: ['chen-2022'] }],
  },
  {
    id: 'wee-2021',
    source: 'wee-2021',
    label: 'Meta-analysis 2021 (J Clin Orthop Trauma)',
    design: 'meta-analysis',
    size: '11 articles, 837 patients',
    plain: {
      text: 'At 6 months, dextrose eased pain about as much as platelet-rich plasma (PRP). But it did less for stiffness. Most studies had flaws that could skew the results (high risk of bias).',
      sources: ['wee-2021'],
    },
    comparison: { text: 'Dextrose versus active or placebo treatments.', sources: ['wee-2021'] },
    followUp: '6 months',
    results: [
      {
        text: 'Similar to PRP for pain at 6 months; worse than PRP for stiffness (MD 0.45, 95% CI 0.06 to 0.85). Recommendation: SORT B ("may be considered"), SORT C where few alternatives exist.',
        sources: ['wee-2021'],
      },
    ],
    limits: [{ text: 'Only 2 of the included studies were at low risk of bias.', sources: ['wee-2021'] }],
  },
  {
    id: 'arias-vazquez-2019',
    source: 'arias-vazquez-2019',
    label: 'Arias-Vázquez 2019 (Adv Rheumatol)',
    design: 'systematic review',
    size: '10 RCTs; 328 dextrose vs 348 control participants',
    plain: {
      text: 'Dextrose did better than numbing shots. It did about as well as several other injections. It did less well than platelet-rich plasma (PRP).',
      sources: ['arias-vazquez-2019'],
    },
    comparison: { text: 'Dextrose versus other injections and procedures.', sources: ['arias-vazquez-2019'] },
    followUp: 'Short to long term',
    results: [
      {
        text: 'Better than local anaesthetic; similar to hyaluronic acid, ozone and radiofrequency; less effective than PRP and erythropoietin; no serious adverse reactions.',
        sources: ['arias-vazquez-2019'],
      },
    ],
    limits: [{ text: 'The authors call for better-quality trials.', sources: ['arias-vazquez-2019'] }],
  },
  {
    id: 'cortez-2022',
    source: 'cortez-2022',
    label: 'Cortez 2022 (Clinics)',
    design: 'systematic review',
    size: '8 RCTs',
    plain: {
      text: 'Dextrose helped more than salt water. How it compares with other injected substances is unclear.',
      sources: ['cortez-2022'],
    },
    comparison: { text: 'Dextrose versus other injected substances.', sources: ['cortez-2022'] },
    followUp: 'Not reported in the text read',
    results: [
      {
        text: 'Better than baseline and saline; unclear against other substances.',
        sources: ['cortez-2022'],
      },
    ],
    limits: [{ text: 'Not reported in the text read.', sources: ['cortez-2022'] }],
  },
  {
    id: 'waluyo-2023',
    source: 'waluyo-2023',
    label: 'Waluyo 2023 (J Rehabil Med)',
    design: 'systematic review',
    size: 'RCTs in osteoarthritis to October 2021',
    plain: {
      text: 'In arthritis trials, dextrose usually did as well as other treatments, or better. But the studies had flaws that could skew the results (high risk of bias).',
      sources: ['waluyo-2023'],
    },
    comparison: {
      text: 'Dextrose prolotherapy versus any comparator, all joints.',
      sources: ['waluyo-2023'],
    },
    followUp: 'Various',
    results: [
      {
        text: '12 studies found dextrose as good as or better than comparators for function; 10 of 14 found it better for pain. Hyaluronic acid, PRP, erythropoietin and autologous conditioned serum were sometimes better.',
        sources: ['waluyo-2023'],
      },
    ],
    limits: [
      { text: 'The reviewers judged the studies to date at high risk of bias.', sources: ['waluyo-2023'] },
    ],
  },
  {
    id: 'cahyadi-steven',
    source: 'cahyadi-steven',
    label: 'Cahyadi & Steven (Int Surg J)',
    design: 'meta-analysis',
    size: '7 studies, 372 patients',
    plain: {
      text: 'This review looked only at dextrose put into the joint. There, it did no better than hyaluronic acid or salt water.',
      sources: ['cahyadi-steven'],
    },
    comparison: {
      text: 'Intra-articular dextrose versus hyaluronic acid or saline.',
      sources: ['cahyadi-steven'],
    },
    followUp: 'Various',
    results: [
      {
        text: 'No significant difference in VAS (MD −0.72, 95% CI −1.74 to 0.31) or WOMAC.',
        sources: ['cahyadi-steven'],
      },
    ],
    limits: [
      {
        text: 'Intra-articular comparisons only; publication year not confirmed.',
        sources: ['cahyadi-steven'],
      },
    ],
  },
  {
    id: 'hassan-maffulli',
    source: 'hassan-maffulli-review',
    label: 'Hassan, Murrell, Refalo & Maffulli',
    design: 'systematic review',
    size: '18 studies of non-biologic knee OA treatments',
    plain: {
      text: 'One review looked at a group of knee arthritis treatments. It called the support for prolotherapy moderate.',
      sources: ['hassan-maffulli-review'],
    },
    comparison: {
      text: 'Non-biologic injection treatments for knee OA.',
      sources: ['hassan-maffulli-review'],
    },
    followUp: 'Various',
    results: [
      {
        text: 'Rated the supporting evidence for prolotherapy as "moderate".',
        sources: ['hassan-maffulli-review'],
      },
    ],
    limits: [
      { text: 'Journal not confirmed; read on a secondary portal.', sources: ['hassan-maffulli-review'] },
    ],
  },
];
