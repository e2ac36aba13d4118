import type { SourceInput } from './clinical-schema';

/** Condition sources (clinical.md References, "Conditions"). */
export const conditionSources: SourceInput[] = [
  {
    key: 'pfps-overview',
    refKey: 'C1',
    citation: 'Patellofemoral pain syndrome: overview (encyclopaedia-derived concept page, EPFL Graph).',
    url: 'https://graphsearch.epfl.ch/concept/12033023',
    type: 'web',
  },
  {
    key: 'medbullets-pfps',
    refKey: 'C1b',
    citation: 'Medbullets Step 2. Patellofemoral syndrome.',
    url: 'https://step2.medbullets.com/orthopedics/121741/patellofemoral-syndrome',
    type: 'textbook/reference',
  },
  {
    key: 'goosefoot-bursitis-patient',
    refKey: 'C2',
    citation: 'Bone & Joint patient education. Knee tendon bursitis (goosefoot).',
    url: 'https://boneandjoint.org/patient-education/knee-tendon-bursitis-goosefoot',
    type: 'practitioner source',
  },
  {
    key: 'covey-2017-knee-pain',
    refKey: 'C3',
    citation: 'Covey CJ, Hawks MK. Nontraumatic knee pain: a diagnostic and treatment guide (ITBS section).',
    url: 'https://www.mdedge9-ma1.mdedge.com/clinicianreviews/article/96945/pain/nontraumatic-knee-pain-diagnostic-treatment-guide/page/0/3',
    type: 'review',
  },
  {
    key: 'roosens-itbs',
    refKey: 'C3b',
    citation:
      'Roosens E, et al. Intrinsic risk factors for iliotibial band syndrome: a systematic review. Turk J Sports Med.',
    url: 'https://www.journalofsportsmedicine.org/full-text/702/eng',
    type: 'review',
  },
  {
    key: 'consulta-joelho-itbs',
    refKey: 'C3c',
    citation:
      'Consulta Joelho. Iliotibial band syndrome (patient page: compression of innervated fat near 30° flexion).',
    url: 'https://www.consultajoelho.pt/en/sindrome-banda-iliotibial',
    type: 'practitioner source',
  },
  {
    key: 'statpearls-jumpers-knee',
    refKey: 'C4',
    citation: 'StatPearls. Jumper’s knee.',
    url: 'https://www.statpearls.com/sp/pa/344/23827/',
    type: 'textbook/reference',
  },
  {
    key: 'mayo-tendinitis',
    refKey: 'C5',
    citation: 'Mayo Clinic Sports Medicine. Kneecap instability and patellar/quadriceps tendinitis.',
    url: 'https://sportsmedicine.mayoclinic.org/condition/kneecap-instability-patellar-tendinitis/',
    type: 'practitioner source',
  },
  {
    key: 'quadriceps-vs-patellar-tendinopathy',
    refKey: 'C5b',
    citation: 'Quadriceps versus patellar tendinopathy: viewpoint article (PMC6746230).',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6746230',
    type: 'review',
  },
  {
    key: 'physiowizz-quadriceps',
    refKey: 'C5c',
    citation: 'PhysioWizz. Quadriceps tendinopathy (patient information).',
    url: 'http://www.physiowizz.co.uk/conditions-physiotherapy/quadriceps-tendinopathy/',
    type: 'practitioner source',
  },
  {
    key: 'sprain-grades-jmmt',
    refKey: 'C6',
    citation: 'Clinical grades of ligament sprain (Table 1). J Man Manip Ther (PMC5810779).',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5810779/table/T0001/',
    type: 'review',
  },
  {
    key: 'degrace-mcl',
    refKey: 'C6b',
    citation:
      'DeGrace DM, Gill TJ IV, Gill TJ III. Analysis of medial collateral ligament injuries of the knee. Orthop J Harvard Med Sch. Vol 15.',
    url: 'http://orthojournalhms.org/volume15/research/deGrace_MCL.html',
    type: 'review',
  },
  {
    key: 'jisakos-stress-radiographs',
    refKey: 'C6c',
    citation: 'JISAKOS. Table 3: varus and valgus stress radiograph thresholds.',
    url: 'https://jisakos.bmj.com/highwire/markup/136258/expansion?width=1000&height=500&iframe=true&postprocessors=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Chighwire_embed',
    type: 'review',
  },
  {
    key: 'peroneal-nerve-plc-2020',
    refKey: 'C7',
    citation:
      'Peroneal nerve injury in posterolateral corner injuries of the knee. Am J Sports Med. 2020;48(14):3541-3548.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/33074710/',
    type: 'cohort',
    unconfirmed: true,
    note: 'Authors not recorded in clinical.md.',
  },
  {
    key: 'usf-meniscal-tear',
    refKey: 'C8',
    citation: 'University of South Florida, COR teaching feedback. Meniscal tear.',
    url: 'http://hsceduaffweb.health.usf.edu/files/Arthur/cor_feedback/Meniscal%20tear.txt',
    type: 'textbook/reference',
  },
  {
    key: 'meniscal-oa-overlap-summary',
    refKey: 'C8b',
    citation: 'Secondary summary: symptoms of a torn meniscus and their overlap with early osteoarthritis.',
    url: 'https://www.droracle.ai/articles/645215/what-are-the-symptoms-of-a-torn-meniscus-of',
    type: 'web',
  },
  {
    key: 'acr-knee-oa-criteria',
    refKey: 'C9',
    citation:
      'American College of Rheumatology classification criteria for knee osteoarthritis, as tabulated by BMJ Best Practice (Osteoarthritis: criteria).',
    url: 'https://bestpractice.bmj.com/topics/en-us/192/criteria',
    type: 'guideline',
    note: 'The copy read was reached through a university library proxy (clinical.md C9); this is the publisher’s own address for the same page, which may need a subscription.',
  },
  {
    key: 'peat-2006-oa-criteria',
    refKey: 'C9b',
    citation:
      'Peat G, et al. Clinical classification criteria for knee osteoarthritis. Ann Rheum Dis. 2006;65(10):1363-1367.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC1798313',
    type: 'cohort',
  },
  {
    key: 'partial-acl-review-2009',
    refKey: 'C10',
    citation:
      'A comprehensive review of partial anterior cruciate ligament tears. J Bone Joint Surg Am. 2009;91(1):198-208 (authors not confirmed).',
    url: 'http://www.uptodate.com/contents/anterior-cruciate-ligament-injury/abstract-text/19122096/pubmed',
    type: 'review',
    unconfirmed: true,
  },
  {
    key: 'accessmedicine-acl',
    refKey: 'C10b',
    citation: 'AccessMedicine quick reference. Anterior cruciate ligament tear.',
    url: 'https://accessmedicine.mhmedical.com/content.aspx?bookid=2986&sectionid=251087010&TopLevelContentDisplayName=Quick%20Reference',
    type: 'textbook/reference',
  },
  {
    key: 'hauser-2023-instability',
    refKey: 'C11',
    citation:
      'Hauser RA, et al. Ligamentous knee joint instability: narrative review of its causes and treatment with prolotherapy. Open Pain J. 2023;16.',
    url: 'https://openpainjournal.com/VOLUME/16/ELOCATOR/e18763863267142/FULLTEXT/',
    type: 'practitioner source',
    note: 'Narrative review written by prolotherapy practitioners.',
  },
];

/** The seed article and practitioner aftercare pages (not in clinical.md; see `note`). */
export const otherSources: SourceInput[] = [
  {
    key: 'seed-article',
    refKey: 'SEED',
    citation:
      'Prolotherapy for Knees: How It Works and What to Expect. The article this project started from (no public address recorded).',
    type: 'practitioner source',
    note: 'No public address recorded. Its claims are shown only where other sources support or qualify them.',
  },
  {
    key: 'fascia-institute-aftercare',
    refKey: 'X1',
    citation: 'Fascia Institute. Prolotherapy post-injection instructions (clinic aftercare page).',
    url: 'https://fasciainstitute.org/prolotherapy-post-injection-instructions/',
    type: 'practitioner source',
    note: 'Added by the content team for the NSAID and ice advice and for its advice to report fever, drainage or bleeding; not in clinical.md.',
  },
  {
    key: 'clark-anti-inflammatories',
    refKey: 'X2',
    citation:
      'Clark D. Should the prolotherapy patient take anti-inflammatory medications? (clinic FAQ page).',
    url: 'https://doctorclark.com/faq/should-prolotherapy-patient-take-anti-inflammatory-medications-p/',
    type: 'practitioner source',
    note: 'Added by the content team for the NSAID and ice advice; not in clinical.md.',
  },
  // X3 and X4 back the "When to get help" box (src/content/red-flags.ts; review finding M6).
  {
    key: 'versus-arthritis-septic-arthritis',
    refKey: 'X3',
    citation: 'Versus Arthritis. Septic arthritis (patient information page).',
    url: 'https://versusarthritis.org/about-arthritis/conditions/septic-arthritis',
    type: 'web',
    note: 'Added by the content team for the signs of a joint infection (hot, red, swollen, painful joint; fever), that bacteria can enter through an injection site, and that it needs urgent care; not in clinical.md.',
  },
  {
    key: 'efw-radiology-prolotherapy',
    refKey: 'X4',
    citation: 'EFW Radiology. Prolotherapy: post-procedure care (clinic page).',
    url: 'https://www.efwrad.com/services/prolotherapy/',
    type: 'practitioner source',
    note: 'Added by the content team: infection at the site is rare; see a doctor for fever, or redness or swelling after the first 72 hours. Not in clinical.md.',
  },
];
