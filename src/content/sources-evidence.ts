import type { SourceInput } from './clinical-schema';

/** Evidence syntheses (clinical.md References, "Evidence syntheses and other trials"). */
export const evidenceSources: SourceInput[] = [
  {
    key: 'hung-2016',
    refKey: 'E1',
    citation:
      'Hung CY, Hsiao MY, Chang KV, Han DS, Wang TG. Comparative effectiveness of dextrose prolotherapy versus control injections and exercise in the management of osteoarthritis pain: a systematic review and meta-analysis. J Pain Res. 2016;9:847-857.',
    url: 'https://www.scribd.com/document/348107599/jpr-9-847-2',
    type: 'meta-analysis',
    mirror: true,
  },
  {
    key: 'sit-2016',
    refKey: 'E2',
    citation:
      'Sit RWS, Chung VCH, Reeves KD, Rabago D, et al. Hypertonic dextrose injections (prolotherapy) in the treatment of symptomatic knee osteoarthritis: a systematic review and meta-analysis. Sci Rep. 2016;6:25247.',
    url: 'http://www.nature.com/articles/srep25247',
    type: 'meta-analysis',
    note: 'Only the introduction was read; its pooled effect sizes are not used here.',
  },
  {
    key: 'arias-vazquez-2019',
    refKey: 'E3',
    citation:
      'Arias-Vázquez PI, Tovilla-Zárate CA, et al. Prolotherapy for knee osteoarthritis using hypertonic dextrose vs other interventional treatments: systematic review of clinical trials. Adv Rheumatol. 2019;59:39.',
    url: 'https://docslib.org/doc/5492876/prolotherapy-for-knee-osteoarthritis-using-hypertonic-dextrose-vs-other',
    type: 'review',
    mirror: true,
  },
  {
    key: 'wee-2021',
    refKey: 'E4',
    citation:
      'Dextrose prolotherapy in knee osteoarthritis: a systematic review and meta-analysis. J Clin Orthop Trauma. 2021;19:108-117 (attributed to Wee et al.; authors not confirmed).',
    url: 'https://pubmed.ncbi.nlm.nih.gov/34046305/',
    type: 'meta-analysis',
    unconfirmed: true,
  },
  {
    key: 'chen-2022',
    refKey: 'E5',
    citation:
      'Chen YW, Lin YN, Chen HC, Liou TH, Liao CD, Huang SW. Effectiveness, compliance, and safety of dextrose prolotherapy for knee osteoarthritis: a meta-analysis and metaregression of randomized controlled trials. Clin Rehabil. 2022;36(6):740-752.',
    url: 'https://pesquisa.bvsalud.org/portal/resource/pt/mdl-35257594',
    type: 'meta-analysis',
  },
  {
    key: 'cortez-2022',
    refKey: 'E6',
    citation:
      'Cortez VS, et al. Comparing dextrose prolotherapy with other substances in knee osteoarthritis pain relief: a systematic review. Clinics. 2022;77.',
    url: 'https://elsevier.es/es-revista-clinics-22-articulo-comparing-dextrose-prolotherapy-with-other-S1807593222000333',
    type: 'review',
  },
  {
    key: 'waluyo-2023',
    refKey: 'E7',
    citation:
      'Waluyo Y, Artika SR, Wahyuni IN, Gunawan AMAK, Zainal ATF. Efficacy of prolotherapy for osteoarthritis: a systematic review. J Rehabil Med. 2023;55:jrm00372.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9989868',
    type: 'review',
  },
  {
    key: 'cahyadi-steven',
    refKey: 'E8',
    citation:
      'Cahyadi NIT, Steven P. Hypertonic dextrose compared with other substances for knee osteoarthritis: a meta-analysis of randomized controlled trials. Int Surg J (year not confirmed).',
    url: 'https://www.ijsurgery.com/index.php/isj/article/view/10827',
    type: 'meta-analysis',
    unconfirmed: true,
  },
  {
    key: 'hassan-maffulli-review',
    refKey: 'E9',
    citation:
      'Hassan F, Murrell WD, Refalo A, Maffulli N. Alternatives to biologics in management of knee osteoarthritis: a systematic review (journal not confirmed).',
    url: 'https://www.middleeastmedicalportal.com/alternatives-to-biologics-in-management-of-knee-osteoarthritis-a-systematic-review/',
    type: 'review',
    mirror: true,
    unconfirmed: true,
  },
  {
    key: 'scoping-review-safety-table',
    refKey: 'E11',
    citation: 'Scoping review of intra-articular dextrose trials, Table 2: safety details (PMC8144680).',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8144680/table/tbl2',
    type: 'review',
  },
  {
    key: 'elderly-d10-rct',
    refKey: 'E13',
    citation:
      'Effectiveness of prolotherapy injection in elderly patients with knee osteoarthritis: a double-blind randomized controlled trial. Medica Hospitalia.',
    url: 'https://medicahospitalia.rskariadi.co.id/index.php/mh/article/view/1201',
    type: 'RCT',
    unconfirmed: true,
    note: 'Authors and year not recorded in clinical.md.',
  },
];
