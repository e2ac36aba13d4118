import type { SourceInput } from './clinical-schema';

/** Technique and trial sources (clinical.md References, "Technique"). */
export const techniqueSources: SourceInput[] = [
  {
    key: 'rabago-2013',
    refKey: 'T1',
    citation:
      'Rabago D, Patterson JJ, Mundt M, Kijowski R, Grettie J, Segal NA, Zgierska A. Dextrose prolotherapy for knee osteoarthritis: a randomized controlled trial. Ann Fam Med. 2013;11(3):229-237.',
    url: 'https://ichgcp.net/zh/clinical-trials-registry/publications/71247-dextrose-prolotherapy-for-knee-osteoarthritis-a-randomized-controlled-trial',
    type: 'RCT',
    mirror: true,
    note: 'Abstract read on a registry mirror.',
  },
  {
    key: 'rabago-2013-table-4',
    refKey: 'T1b',
    citation:
      'Rabago D, et al. Dextrose prolotherapy for knee osteoarthritis. Ann Fam Med. 2013;11(3), Table 4: WOMAC change over time.',
    url: 'https://www.annfammed.org/highwire/markup/5465/expansion?width=1000&height=500&iframe=true&postprocessors=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Chighwire_embed',
    type: 'RCT',
  },
  {
    key: 'rabago-2012',
    refKey: 'T2',
    citation:
      'Rabago D, Patterson JJ, Mundt M, Zgierska A, Fortney L, Grettie J, Kijowski R. Dextrose and morrhuate sodium injections (prolotherapy) for knee osteoarthritis: a prospective open-label trial. 2012 (journal not confirmed).',
    url: 'https://ichgcp.net/fr/clinical-trials-registry/publications/71990-dextrose-and-morrhuate-sodium-injections-prolotherapy-for-knee-osteoarthritis-a-prospective-open',
    type: 'case series',
    mirror: true,
    unconfirmed: true,
    note: 'Uncontrolled open-label trial.',
  },
  {
    key: 'hung-2016-protocol-table',
    refKey: 'T3',
    citation:
      'Hung CY, Hsiao MY, Chang KV, Han DS, Wang TG. J Pain Res. 2016;9:847-857, Table 2: injection protocols of the included trials.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5079700/table/t2-jpr-9-847',
    type: 'meta-analysis',
  },
  {
    key: 'dumais-2012',
    refKey: 'T4',
    citation:
      'Dumais R, Benoit C, Dumais A, Babin L, Bordage R, de Arcos C, Allard J, Bélanger M. Effect of regenerative injection therapy on function and pain in patients with knee osteoarthritis: a randomized crossover study. Pain Med. 2012;13(8):990-999.',
    url: 'https://pubmedhh.nlm.nih.gov/cgi-bin/abstract.cgi?from=jb&id=22759069',
    type: 'RCT',
  },
  {
    key: 'reeves-2000',
    refKey: 'T5',
    citation:
      'Reeves KD, Hassanein K. Randomized prospective double-blind placebo-controlled study of dextrose prolotherapy for knee osteoarthritis with or without ACL laxity. Altern Ther Health Med. 2000;6(2):68-74, 77-80.',
    url: 'http://www.pubmed.gov/10710805/',
    type: 'RCT',
  },
  {
    key: 'reeves-2003',
    refKey: 'T6',
    citation:
      'Reeves KD, Hassanein KM. Long term effects of dextrose prolotherapy for anterior cruciate ligament laxity. Altern Ther Health Med. 2003;9(3):58-62.',
    url: 'https://searchworks.jioinstitute.edu.in/articles/asx__9752912',
    type: 'case series',
    mirror: true,
    note: 'Prospective consecutive series without a control group.',
  },
  {
    key: 'reeves-2003-summary',
    refKey: 'T6b',
    citation: 'Secondary summary of Reeves and Hassanein 2003 (three-year percentage changes).',
    url: 'https://regenerativehealth.co.za/research/anterior-cruciate-ligament-acl-laxity/',
    type: 'practitioner source',
  },
  {
    key: 'sit-2020',
    refKey: 'T7',
    citation:
      'Sit RWS, Wu RWK, Rabago D, Reeves KD, Chan DCC, Yip BHK, Chung VCH, Wong SYS. Efficacy of intra-articular hypertonic dextrose (prolotherapy) for knee osteoarthritis: a randomized controlled trial. Ann Fam Med. 2020;18(3):235-242.',
    url: 'https://pure.psu.edu/en/publications/efficacy-of-intra-articular-hypertonic-dextrose-prolotherapy-for-',
    type: 'RCT',
  },
  {
    key: 'sit-2018-protocol',
    refKey: 'T8',
    citation:
      'Sit RWS, et al. Efficacy of intra-articular hypertonic dextrose prolotherapy versus normal saline for knee osteoarthritis: a protocol for a triple-blinded randomized controlled trial. BMC Complement Altern Med. 2018;18:157.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5952445',
    type: 'trial protocol',
    note: 'Trial protocol paper.',
  },
  {
    key: 'sert-2020',
    refKey: 'T9',
    citation:
      'Sert AT, Sen EI, Esmaeilzadeh S, Ozcan E. The effects of dextrose prolotherapy in symptomatic knee osteoarthritis: a randomized controlled study. J Altern Complement Med. 2020.',
    url: 'https://sage.cnpereading.com/doi/10.1089/acm.2019.0335',
    doi: '10.1089/acm.2019.0335',
    type: 'RCT',
  },
  {
    key: 'nct05537077',
    refKey: 'T10',
    citation:
      'NCT05537077. 5% versus 10% versus 20% dextrose prolotherapy in knee osteoarthritis (Atatürk University). Trial registry entry.',
    url: 'https://crick.ai/trials/NCT05537077',
    type: 'trial registration',
    mirror: true,
    note: 'Registry entry (protocol), not published results; the canonical record is on ClinicalTrials.gov.',
  },
  {
    key: 'nct05160532',
    refKey: 'T11',
    citation:
      'NCT05160532. Intra-articular dextrose prolotherapy for symptomatic knee osteoarthritis (Mayo Clinic Arizona; ultrasound-guided). Trial registry entry.',
    url: 'https://trials.co/clinical-trials-details/intraarticular-dextrose-prolotherapy-for-symptomatic-knee-osteoarthritis/NCT05160532',
    type: 'trial registration',
    mirror: true,
    note: 'Registry entry, recruiting when read; no results.',
  },
  {
    key: 'bayat-2023',
    refKey: 'T12',
    citation:
      'Bayat M, Hojjati F, Boland Nazar NS, Modabberi M, Rahimi MS. Comparison of Dextrose Prolotherapy and Triamcinolone Intraarticular Injection on Pain and Function in Patients with Knee Osteoarthritis – A Randomized Clinical Trial. Anesth Pain Med. 2023;13(2):e134415.',
    url: 'https://brieflands.com/articles/aapm-134415',
    type: 'RCT',
  },
  {
    key: 'rezasoltani-2017',
    refKey: 'T13',
    citation:
      'Rezasoltani Z, et al. Periarticular dextrose prolotherapy instead of intra-articular injection for knee osteoarthritis. J Pain Res. 2017.',
    url: 'https://scribd.com/document/457018102/JPR-127633-periarticular-instead-of-intraarticular-prolotherapy-with-de-051717',
    type: 'RCT',
    mirror: true,
  },
  {
    key: 'topol-2016',
    refKey: 'T14',
    citation:
      'Topol GA, Podesta LA, Reeves KD, et al. Chondrogenic effect of intra-articular hypertonic-dextrose (prolotherapy) in severe knee osteoarthritis. PM R. 2016;8:1072-1082.',
    url: 'https://fr.scribd.com/document/405161395/Rehab-Manual',
    type: 'case series',
    mirror: true,
    note: 'Case series of six patients.',
  },
  {
    key: 'topol-2022',
    refKey: 'T15',
    citation:
      'Topol GA, et al. Dextrose prolotherapy for symptomatic grade IV knee osteoarthritis: a pilot study of early and longer-term analgesia and pain-specific cytokine concentrations. Clin Pract. 2022;12(6):926-938.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9680458/',
    type: 'RCT',
    note: 'Pilot study.',
  },
  {
    key: 'yildiz-2023',
    refKey: 'T16',
    citation:
      'Yildiz KM, Guler H, Ogut H, Yildizgoren MT, Turhanoglu AD. A comparison between hypertonic dextrose prolotherapy and conventional physiotherapy in patients with knee osteoarthritis. Med Int. 2023;3:45.',
    url: 'https://www.spandidos-publications.com/10.3892/mi.2023.105',
    type: 'RCT',
  },
  {
    key: 'waluyo-2021',
    refKey: 'T17',
    citation:
      'Waluyo Y, et al. Serum COMP and urinary CTX-II after dextrose prolotherapy versus hyaluronic acid in knee osteoarthritis: a randomized controlled trial. J Rehabil Med. 2021;53(5):jrm00196.',
    url: 'https://medicaljournals.se/jrm/content/abstract/10.2340/16501977-2835',
    type: 'RCT',
  },
  {
    key: 'nct04557943',
    refKey: 'T17b',
    citation:
      'NCT04557943. Prolotherapy intervention in patients with knee osteoarthritis (Hasanuddin University). Trial registry entry.',
    url: 'https://www.clinicaltrialexchange.com/clinical-trials/Prolotherapy-Intervention-Effect-in-Patient-With-Knee-Osteoarthritis/NCT04557943',
    type: 'trial registration',
    mirror: true,
    note: 'Registry entry; used only for its list of contraindications (which include septic arthritis).',
  },
  {
    key: 'fu-2024',
    refKey: 'T18',
    citation:
      'Fu Y, et al. Intra-articular prolotherapy combined with peri-articular perineural injection in knee osteoarthritis: an ultrasound-guided randomized trial. J Orthop Surg Res. 2024;19:279.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC11071214/',
    type: 'RCT',
  },
  {
    key: 'ultrasound-vs-landmark-review',
    refKey: 'T19',
    citation:
      'Review of ultrasound versus landmark guidance for large-joint injections (probably Berkoff DJ, Miller LE, Block JE. Clin Interv Aging 2012; authors not confirmed).',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3324992',
    type: 'meta-analysis',
    unconfirmed: true,
  },
  {
    key: 'nysora-knee-injections',
    refKey: 'T20',
    citation: 'NYSORA. Ultrasound-guided knee injections (cites the Jackson and Im accuracy data).',
    url: 'https://nysora.com/pain-management/ultrasound-guided-knee-injections',
    type: 'textbook/reference',
  },
  {
    key: 'wikimsk-knee-injection',
    refKey: 'T21',
    citation: 'WikiMSK. Knee joint injection.',
    url: 'https://wikimsk.org/wiki/Knee_Joint_Injection',
    type: 'textbook/reference',
  },
  {
    key: 'medscape-knee-injection',
    refKey: 'T22',
    citation: 'Medscape. Knee joint injection: periprocedural care.',
    url: 'https://emedicine.medscape.com/article/1997643-periprocedure',
    type: 'textbook/reference',
  },
  {
    key: 'ertilav-suprapatellar',
    refKey: 'T24',
    citation:
      'Ertilav E, Sarı S, Ertilav D, Aydın ON. Ultrasound-guided suprapatellar versus infrapatellar intra-articular knee injections: a randomized trial with fluoroscopic contrast confirmation.',
    url: 'https://tjr.org.tr/full-text/1475',
    type: 'RCT',
  },
  {
    key: 'uw-prolotherapy-safety',
    refKey: 'T25',
    citation:
      'University of Wisconsin Department of Family Medicine. Prolotherapy safety (UW prolotherapy education).',
    url: 'https://fammed.wisc.edu/?p=17684',
    type: 'practitioner source',
  },
  {
    key: 'creech-organ-2023',
    refKey: 'T26',
    citation:
      'Creech-Organ JA, Szybist SE, Yurgil JL. Joint and soft tissue injections. Am Fam Physician. 2023 (PMID 37590853).',
    url: 'https://pubmed.ncbi.nlm.nih.gov/37590853/',
    type: 'review',
  },
  {
    key: 'procedures-consult-knee',
    refKey: 'T27',
    citation: 'Procedures Consult. Knee injection: contraindications.',
    url: 'http://www.proceduresconsult.com/medical-procedures/knee-injection-FM-035-procedure.aspx',
    type: 'textbook/reference',
  },
  {
    key: 'kersschot-osmotic-shock',
    refKey: 'T29',
    citation: 'Kersschot J. Hyperosmolar injection and osmotic cell shock (practitioner commentary).',
    url: 'https://abcscience.org/growth/post-id/659/',
    type: 'practitioner source',
  },
  {
    key: 'rabago-2010-primary-care',
    refKey: 'T31',
    citation:
      'Rabago D, Slattengren A, Zgierska A. Prolotherapy in primary care practice. Prim Care. 2010;37(1):65-80.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2831229',
    doi: '10.1016/j.pop.2009.09.013',
    type: 'review',
  },
  {
    key: 'hsu-2023-review',
    refKey: 'T32',
    citation:
      'Hsu C, Vu K, Borg-Stein J. Prolotherapy: a narrative review of mechanisms, techniques, and protocols. Phys Med Rehabil Clin N Am. 2023;34:165-180.',
    url: 'https://www.scribd.com/document/679590030/Prolotherapy',
    type: 'review',
    mirror: true,
  },
];
