import type { SourceInput } from './clinical-schema';

/** Anatomy sources, continued: menisci, bones, patellar soft tissues, capsule and posterior structures. */
export const jointAnatomySources: SourceInput[] = [
  {
    key: 'radiopaedia-meniscotibial',
    refKey: 'A34',
    citation: 'Radiopaedia. Meniscotibial ligaments.',
    url: 'https://radiopaedia.org/articles/meniscotibial-ligaments',
    type: 'textbook/reference',
    note: 'clinical.md read a revision-history copy of this article.',
  },
  {
    key: 'kneeguru-meniscotibial',
    refKey: 'A35',
    citation: 'KNEEguru. Meniscotibial ligament (knee dictionary; cites Neto et al., Rev Bras Ortop 2022).',
    url: 'https://www.kneeguru.co.uk/KNEEnotes/knee-dictionary/meniscotibial-ligament',
    type: 'web',
  },
  {
    key: 'bloecker-2011-menisci',
    refKey: 'A38',
    citation:
      'Bloecker K, et al. Size and position of the healthy meniscus, and its correlation with sex, height, weight, and bone area. BMC Musculoskelet Disord. 2011;12:248.',
    url: 'http://www.biomedcentral.com/1471-2474/12/248/abstract',
    type: 'imaging study',
  },
  {
    key: 'tibial-morphometry-table',
    refKey: 'A39',
    citation:
      'Proximal tibial morphometry: comparison table of Caucasian and Asian series (Table 5 of PMC9703208, listing Cheng, Kwak, Uehara and Mensch).',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9703208/table/TAB5',
    type: 'imaging study',
  },
  {
    key: 'femoral-condyles-2012',
    refKey: 'A40',
    citation:
      'Gender and side-to-side differences of femoral condyles morphology: osteometric data from 360 Caucasian dried femora. Anat Res Int. 2012:679658.',
    url: 'https://www.hindawi.com/journals/ari/2012/679658/abs/',
    type: 'cadaver study',
  },
  {
    key: 'filipino-knee-2022',
    refKey: 'A42',
    citation:
      'Morphometric analysis of the Filipino knee, Table 10 (quoting Iranpour 2008 Caucasian and Kim Korean patellar data). Arthroplasty. 2022.',
    url: 'https://arthroplasty.biomedcentral.com/articles/10.1186/s42836-022-00117-8/tables/10',
    type: 'imaging study',
  },
  {
    key: 'brenner-1995-fibula',
    refKey: 'A43',
    citation:
      'Brenner E, Krimbacher E. Das Caput fibulae und seine Gelenkfläche. Z Morphol Anthropol. 1995;80(3):281-309.',
    url: 'https://www.schweizerbart.de//papers/zmorph_anthropol/detail/80/99634/Das_Caput_fibulae_und_seine_Gelenkflache',
    type: 'cadaver study',
  },
  {
    key: 'fujino-2013-mpfl',
    refKey: 'A44',
    citation:
      'Fujino K, et al. Morphology of the femoral insertion site of the medial patellofemoral ligament. Knee Surg Sports Traumatol Arthrosc. 2013.',
    url: 'https://www.scribd.com/document/632971654/fujino2013',
    type: 'cadaver study',
    mirror: true,
  },
  {
    key: 'eorif-mpfl',
    refKey: 'A47',
    citation: 'eORIF. Medial patellofemoral ligament (cites Steensen 2004 and Mountney 2005).',
    url: 'https://eorif.com/medial-patellofemoral-ligament',
    type: 'textbook/reference',
  },
  {
    key: 'aframian-2017-mpfl',
    refKey: 'A48',
    citation:
      'Aframian A, et al. Origin and insertion of the medial patellofemoral ligament: a systematic review of anatomy. Knee Surg Sports Traumatol Arthrosc. 2017;25:3755-3772.',
    url: 'https://scribd.com/document/561619599/167-2016-Article-4272',
    type: 'review',
    mirror: true,
  },
  {
    key: 'elsevier-retinacula',
    refKey: 'A49',
    citation: 'Elsevier Complete Anatomy. Lateral and medial patellar retinaculum (citing Starok 1997).',
    url: 'https://elsevier.com/resources/anatomy/connective-tissue/connective-tissue-of-lower-limb/medial-patellar-retinaculum/23988',
    type: 'textbook/reference',
  },
  {
    key: 'merican-amis-2008',
    refKey: 'A50',
    citation:
      'KNEEguru summary of Merican AM, Amis AA. Anatomy of the lateral retinaculum of the knee. J Bone Joint Surg Br. 2008;90-B:527-534.',
    url: 'https://www.kneeguru.co.uk/KNEEnotes/articles/journal-interpretations/2008/2008-anatomy-lateral-retinaculum-knee',
    type: 'cadaver study',
    note: 'Read as a secondary summary.',
  },
  {
    key: 'capsule-platzer',
    refKey: 'A51',
    citation: 'Articular capsule of the knee joint (encyclopaedia mirror citing Platzer 2004).',
    url: 'http://w.owiki.org/wiki/Articular_capsule_of_the_knee_joint',
    type: 'web',
    mirror: true,
  },
  {
    key: 'radiopaedia-suprapatellar',
    refKey: 'A52',
    citation: 'Radiopaedia. Suprapatellar bursa.',
    url: 'https://radiopaedia.org/articles/suprapatellar-bursa?iframe=true&lang=us',
    type: 'textbook/reference',
  },
  {
    key: 'radiopaedia-mcl',
    refKey: 'A53',
    citation: 'Radiopaedia. Medial collateral ligament of the knee.',
    url: 'https://radiopaedia.org/articles/medial-collateral-ligament-of-the-knee',
    type: 'textbook/reference',
  },
  {
    key: 'radiopaedia-semimembranosus',
    refKey: 'A54',
    citation: 'Radiopaedia. Distal semimembranosus tendon.',
    url: 'https://radiopaedia.org/articles/distal-semimembranosus-tendon?lang=us',
    type: 'textbook/reference',
  },
  {
    key: 'oblique-popliteal-2017',
    refKey: 'A55',
    citation: 'Morphology and biomechanics of the oblique popliteal ligament. Sci Rep (PMC5311875).',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5311875',
    type: 'cadaver study',
  },
  {
    key: 'aragao-gastrocnemius-tubercle',
    refKey: 'A56',
    citation:
      'Aragão JA, et al. Gastrocnemius tubercle: attachment point of the gastrocnemius muscle tendon and posterior oblique ligament. MOJ Anat Physiol.',
    url: 'https://medcrave.com/index.php?/articles/det/20526/Gastrocnemius-tubercle-attachment-point-of-the-gastrocnemius-muscle-tendon-and-posterior-oblique-ligament',
    type: 'cadaver study',
  },
  {
    key: 'elsevier-lateral-gastrocnemius',
    refKey: 'A57',
    citation: 'Elsevier Complete Anatomy. Lateral head of gastrocnemius.',
    url: 'https://elsevier.com/resources/anatomy/muscular-system/muscles-of-lower-limb/lateral-head-of-gastrocnemius/20682',
    type: 'textbook/reference',
  },
  {
    key: 'grood-1981-mcl-wiki',
    refKey: 'A58',
    citation:
      'Evidence in Physical Therapy wiki. Medial collateral ligament (citing Grood ES et al., J Bone Joint Surg Am 1981;63:1257).',
    url: 'http://evidenceinphysicaltherapy.wikidot.com/medial-collateral-ligament-mcl',
    type: 'web',
  },
  {
    key: 'acl-wiki',
    refKey: 'A59',
    citation: 'Anterior cruciate ligament (encyclopaedia mirror; source of the 85% restraint figure).',
    url: 'https://review.clateway.com/wiki/view_html.php?q=Anterior_cruciate_ligament&sq=Qlik',
    type: 'web',
    mirror: true,
  },
  {
    key: 'laprade-2015-medial',
    refKey: 'A60',
    citation:
      'LaPrade MD, Kennedy MI, Wijdicks CA, LaPrade RF. Anatomy and biomechanics of the medial side of the knee and their surgical implications. Sports Med Arthrosc Rev. 2015;23:63-70.',
    url: 'https://studyres.com/doc/1059107/anatomy-and-biomechanics-of-the-medial-side-of-the-knee-and?page=5',
    type: 'review',
    mirror: true,
  },
  {
    key: 'sherman-mpfl',
    refKey: 'A61',
    citation: 'Sherman SL, Plackis AC, Nuelle CW. Patellofemoral anatomy and biomechanics.',
    url: 'https://ar.scribd.com/document/302661212/Anatomy-and-Biomechanics-of-the-Medial-Patellofemoral-Ligament',
    type: 'review',
    mirror: true,
  },
  {
    key: 'wikipedia-coronary-ligament',
    refKey: 'A62',
    citation: 'Wikipedia. Coronary ligament of the knee (citing Gray’s Anatomy and Moore).',
    url: 'https://en.wikipedia.org/wiki/Coronary_ligament_of_the_knee',
    type: 'web',
  },
  {
    key: 'patellar-tendon-thickness-2021',
    refKey: 'A64',
    citation:
      'An objective measure of patellar tendon thickness in university athletes (cut-off above 7.0 mm). J Clin Med. 2021;10(18):4092.',
    url: 'https://www.mdpi.com/2077-0383/10/18/4092',
    type: 'imaging study',
  },
  {
    key: 'orthobullets-quadriceps-tendonitis',
    refKey: 'A65',
    citation: 'Orthobullets. Quadriceps tendonitis (includes the three-layer tendon anatomy).',
    url: 'https://orthobullets.com/knee-and-sports/3016/quadriceps-tendonitis',
    type: 'textbook/reference',
  },
  {
    key: 'biceps-femoris-wiki',
    refKey: 'A67',
    citation: 'Biceps femoris (encyclopaedia summary: common fibular nerve along the medial border).',
    url: 'https://wikisum.wiki/wiki/Biceps_femoris',
    type: 'web',
  },
  {
    key: 'akuthota-itbs',
    refKey: 'A68',
    citation:
      'Akuthota V, et al. Iliotibial band syndrome (book chapter; iliopatellar band and distal attachments).',
    url: 'https://clinicalgate.com/69-iliotibial-band-syndrome',
    type: 'textbook/reference',
    mirror: true,
  },
  {
    key: 'orthoteers-knee',
    refKey: 'A71',
    citation: 'Orthoteers. Knee anatomy (pes anserinus, ITB, biceps layers, semimembranosus and POL).',
    url: 'http://orthoteers.com/mainpage.aspx?section=21&article=224',
    type: 'textbook/reference',
  },
];

/** Cartilage sources from ../shared/reference/morphometry.md (its keys are prefixed `M:`). */
export const cartilageSources: SourceInput[] = [
  {
    key: 'eckstein-2001-cartilage',
    refKey: 'M:C1',
    citation:
      'Eckstein F, et al. Interindividual variability and correlation among morphological parameters of knee joint cartilage plates: analysis with three-dimensional MR imaging. Osteoarthritis Cartilage. 2001;9(2):101-111.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/11237657/',
    type: 'imaging study',
  },
  {
    key: 'posterior-condylar-cartilage-2016',
    refKey: 'M:F18',
    citation:
      'Posterior condylar cartilage thickness and posterior condylar offset of the femur: a magnetic resonance imaging study. J Orthop Surg (Hong Kong). 2016.',
    url: 'https://doaj.org/article/0c4bfeae892d4838bae1a989940c1db2',
    type: 'imaging study',
  },
  {
    key: 'patella-thickness-saoa-2012',
    refKey: 'A42b',
    citation:
      'How thick is the patella? A reproducible measure of patellar width to thickness from adult MRI. SAOA 2012 abstract.',
    url: 'https://boneandjoint.org.uk/Article/10.1302/1358-992X.95BSUPP_14.SAOA2012-046',
    type: 'imaging study',
  },
];
