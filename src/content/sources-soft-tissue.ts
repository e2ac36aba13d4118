import type { SourceInput } from './clinical-schema';
import { muscleSources, NOTE } from './sources-muscles';

/**
 * Soft-tissue neighbours of the knee: thigh and calf muscle bellies, bursae, the infrapatellar fat pad
 * and the skin (issue #13). Figures, excerpts and model positions: docs/reference/neighbours-soft-tissue.md.
 */

export const softTissueSources: SourceInput[] = [
  // Bursae and the suprapatellar recess
  {
    key: 'schmidt-2004-us-reference',
    refKey: 'X30',
    citation:
      'Schmidt WA, Schmidt H, Schicke B, Gromnica-Ihle E. Standard reference values for musculoskeletal ultrasonography. Ann Rheum Dis 2004;63(8):988–994 (102 healthy volunteers; Table 4 gives suprapatellar recess and deep infrapatellar bursa diameters).',
    url: 'https://ard.bmj.com/content/63/8/988?ijkey=b1667788f7f5795e5c7676826b19a7a13d45ebd4&keytype2=tf_ipsecsha',
    doi: '10.1136/ard.2003.015081',
    type: 'imaging study',
    note: `${NOTE} Used for the suprapatellar recess length (22.2 mm mean, 51.2 mm max) and the deep infrapatellar bursa size (about 6 × 6 mm) in healthy knees.`,
  },
  {
    key: 'holden-landmarks-knee',
    refKey: 'X31',
    citation:
      'Holden L, Shuter J. Landmarks, medical and surgical (sections on the patellar bursa and the synovial membrane of the knee).',
    url: 'https://bitlit.ru/page/en/luther-holden-james-shuter/landmarks-medical-and-surgical/32',
    type: 'textbook/reference',
    mirror: true,
    unconfirmed: true,
    note: `${NOTE} Classic surface-anatomy text: the synovial cul-de-sac rises about two inches above the upper border of the patella in extension, a little higher medially; the prepatellar bursa also covers the upper patellar ligament. Edition and year not checked.`,
  },
  {
    key: 'wang-bursal-fluid-qims',
    refKey: 'X32',
    citation:
      'Wang L, Xiang X, Tang Y, Yang Y, Qiu L. Sonographic appearance of fluid in peripheral joints and bursae of healthy asymptomatic Chinese population. Quant Imaging Med Surg.',
    url: 'https://qims.amegroups.com/article/view/21299/21134',
    type: 'imaging study',
    unconfirmed: true,
    note: `${NOTE} Used for the normal suprapatellar fluid thickness (3.7 ± 1.7 mm, 152 volunteers), i.e. the recess is a thin sac. Year and volume not seen.`,
  },
  {
    key: 'articularis-genus-deep-layer',
    refKey: 'X33',
    citation:
      'Morphological characteristics of the deep layer of articularis genus muscle (40 cadaver knees, Nagoya City University).',
    url: 'https://discovery.researcher.life/article/morphological-characteristics-of-the-deep-layer-of-articularis-genus-muscle/61de85efb48437ee936a3830d387efe0',
    type: 'cadaver study',
    unconfirmed: true,
    note: `${NOTE} The muscle that pulls the suprapatellar pouch up in extension; its branches are 5.4 ± 1.3 cm long. Authors and journal not seen.`,
  },
  {
    key: 'imaios-prepatellar-bursa',
    refKey: 'X34',
    citation:
      'IMAIOS e-Anatomy. Subcutaneous prepatellar bursa (dimensions from Aguiar RO et al., AJR 2007;188(4):W355–8, cadaver bursography with MRI).',
    url: 'https://www.imaios.cn/en/e-anatomy/anatomical-structures/subcutaneous-prepatellar-bursa-14223468',
    type: 'textbook/reference',
    note: `${NOTE} Prepatellar bursa size 39.7 (craniocaudal) × 40.5 (mediolateral) × 3.2 (anteroposterior) mm; usually trilaminar.`,
  },
  {
    key: 'radiopaedia-prepatellar-bursa',
    refKey: 'X35',
    citation: 'Radiopaedia. Prepatellar bursa.',
    url: 'https://radiopaedia.org/articles/prepatellar-bursa?iframe=true&lang=us',
    type: 'textbook/reference',
    note: `${NOTE} Location: anterior to the patella in the subcutaneous tissue; may communicate with the infrapatellar bursae.`,
  },
  {
    key: 'viegas-2007-infrapatellar-bursae',
    refKey: 'X36',
    citation:
      'Viegas FC, Aguiar RO, Gasparetto E, Marchiori E, Trudell DJ, Haghighi P, Resnick D. Deep and superficial infrapatellar bursae: cadaveric investigation of regional anatomy using magnetic resonance after ultrasound-guided bursography. Skeletal Radiol 2007;36(1):41–46.',
    url: 'https://katalog.lib.cas.cz/KNAV/EdsRecord/cmedm,16715242/Holdings',
    doi: '10.1007/s00256-006-0142-0',
    type: 'cadaver study',
    mirror: true,
    note: `${NOTE} Distended deep infrapatellar bursa 25 × 28.7 × 6 mm (craniocaudal, mediolateral, anteroposterior), extending beyond the lateral tendon margin in 9/9 knees.`,
  },
  {
    key: 'laprade-1998-deep-infrapatellar-bursa',
    refKey: 'X37',
    citation:
      'LaPrade RF. The anatomy of the deep infrapatellar bursa of the knee. Am J Sports Med 1998;26(1):129–132 (50 cadaver knees).',
    url: 'http://pubmed.ncbi.nlm.nih.gov/9474413/',
    doi: '10.1177/03635465980260010501',
    type: 'cadaver study',
    note: `${NOTE} Position: directly behind the distal 38% of the patellar tendon, just above its tibial insertion; no communication with the joint.`,
  },
  {
    key: 'radiopaedia-deep-infrapatellar-bursa',
    refKey: 'X38',
    citation: 'Radiopaedia. Deep infrapatellar bursa.',
    url: 'https://radiopaedia.org/articles/deep-infrapatellar-bursa?iframe=true&lang=us',
    type: 'textbook/reference',
    note: `${NOTE} Above the tibial tubercle, behind the lower third of the patellar tendon, slightly wider than the tendon, split by a fat-pad apron.`,
  },
  {
    key: 'deep-infrapatellar-bursa-mri-213',
    refKey: 'X39',
    citation:
      'The deep infrapatellar bursa: prevalence and morphology on routine magnetic resonance imaging of the knee (213 knees).',
    url: 'https://discovery.researcher.life/article/the-deep-infrapatellar-bursa-prevalence-and-morphology-on-routine-magnetic-resonance-imaging-of-the-knee/0bca77da47213f25b042d6a828c0ed91',
    type: 'imaging study',
    unconfirmed: true,
    note: `${NOTE} Seen in 68% of routine knee MRIs; 2.1–2.7 mm anteroposterior and 7.3–9.1 mm craniocaudal. Authors and journal not seen.`,
  },
  // Infrapatellar (Hoffa) fat pad
  {
    key: 'van-der-heijden-ipfp-volume',
    refKey: 'X40',
    citation:
      'van der Heijden RA, de Vries BA, Poot DHJ, van Middelkoop M, Bierma-Zeinstra SMA, Krestin GP, Oei EHG. Quantitative volume and dynamic contrast-enhanced MRI derived perfusion of the infrapatellar fat pad in patellofemoral pain. Quant Imaging Med Surg.',
    url: 'http://qims.amegroups.com/article/view/49510/html',
    type: 'imaging study',
    unconfirmed: true,
    note: `${NOTE} Infrapatellar fat pad volume 26.04 (SD 4.18) mL in 43 healthy controls (3D MRI segmentation). Year and volume not seen.`,
  },
  {
    key: 'ipfp-area-ejrnm',
    refKey: 'X41',
    citation:
      'Infrapatellar fat pad area on knee MRI: does it correlate with the extent of knee osteoarthritis? Egypt J Radiol Nucl Med (216 knees, age 45–66).',
    url: 'https://ejrnm.springeropen.com/articles/10.1186/s43055-020-00383-z',
    doi: '10.1186/s43055-020-00383-z',
    type: 'imaging study',
    unconfirmed: true,
    note: `${NOTE} Maximal sagittal fat pad area 6.9 ± 1.6 cm² (range 4.5–11). Authors not seen.`,
  },
  {
    key: 'stephen-2018-ifp',
    refKey: 'X42',
    citation:
      'Stephen JM, Sopher R, Tullie S, Amis AA, Ball S, Williams A. The infrapatellar fat pad is a dynamic and mobile structure, which deforms during knee motion, and has proximal extensions which wrap around the patella. Knee Surg Sports Traumatol Arthrosc 2018 (issue 11).',
    url: 'https://www.springermedizin.de/the-infrapatellar-fat-pad-is-a-dynamic-and-mobile-structure-whic/15709282',
    type: 'cadaver study',
    note: `${NOTE} Attachments (inferior patellar pole, notch via the ligamentum mucosum, proximal patellar tendon, intermeniscal ligament, menisci, anterior tibia) and proximal extensions beside the patella.`,
  },
  {
    key: 'leese-davies-2020-ifp',
    refKey: 'X43',
    citation:
      'Leese J, Davies DC. An investigation of the anatomy of the infrapatellar fat pad and its possible involvement in anterior pain syndrome: a cadaveric study. J Anat 2020;237(1):20–28.',
    url: 'https://biomed.reviewer.ly/app/publication/0a7aeca1-f268-423d-bd40-5bb5cdaddb3b',
    type: 'cadaver study',
    mirror: true,
    note: `${NOTE} Supero-medial extensions to the superior patellar border in 81% and supero-lateral in 65% of 43 knees; medial ones larger.`,
  },
  {
    key: 'statpearls-hoffa-impingement',
    refKey: 'X44',
    citation: 'StatPearls. Hoffa pad impingement syndrome (NCBI Bookshelf, 2024).',
    url: 'http://www.pubmed.gov/36943955/',
    type: 'textbook/reference',
    note: `${NOTE} Fat pad anatomy (intracapsular, extrasynovial, attachments) and the syndrome: an inflamed pad impinged in the tibiofemoral or lateral patellofemoral joint causing anterior knee pain.`,
  },
  {
    key: 'radiopaedia-fat-pad-impingement',
    refKey: 'X45',
    citation: 'Radiopaedia. Fat pad impingement syndromes of the knee.',
    url: 'https://radiopaedia.org/articles/fat-pad-impingement-syndromes-of-the-knee?iframe=true&lang=us',
    type: 'textbook/reference',
    note: `${NOTE} Hoffa disease usually follows single or repeated trauma; the inflamed pad hypertrophies and is pinched between tibia and femur (a vicious circle).`,
  },
  // Bursitis (clinical facts)
  {
    key: 'khodaee-2017-superficial-bursitis',
    refKey: 'X46',
    citation: 'Khodaee M. Common superficial bursitis. Am Fam Physician 2017;95(4):224–231.',
    url: 'https://www.aafp.org/afp/2017/0215/p224.html',
    type: 'review',
    note: `${NOTE} Prepatellar bursitis: chronic microtrauma from kneeling is the commonest cause; others are acute trauma, gout or rheumatoid arthritis and infection (antibiotics against Staphylococcus aureus first).`,
  },
  {
    key: 'statpearls-prepatellar-bursitis',
    refKey: 'X47',
    citation: 'StatPearls. Prepatellar bursitis (abstract as indexed by Orthobullets, PMID 32491440).',
    url: 'https://orthobullets.com/evidence/32491440',
    type: 'textbook/reference',
    unconfirmed: true,
    note: `${NOTE} The prepatellar bursa is the most commonly affected knee bursa ("housemaid's", "carpet-layer's" knee). Title and date read from the index page, not the book.`,
  },
  {
    key: 'primarycare-suprapatellar-bursitis',
    refKey: 'X48',
    citation: 'Primary Care Notebook. Suprapatellar bursitis.',
    url: 'https://primarycarenotebook.com/pages/musculoskeletal-medicine/suprapatellar-bursitis',
    type: 'practitioner source',
    note: `${NOTE} Causes: falls onto the knee, repeated kneeling, infection, arthritis (gout, RA, OA). Usually the recess simply fills with a joint effusion, since it communicates with the joint in most people.`,
  },
  {
    key: 'amssm-deep-infrapatellar-bursopathy',
    refKey: 'X49',
    citation: 'AMSSM case presentation. Deep infrapatellar bursopathy (teaching pearl).',
    url: 'https://amssm.org/deep_infrapatellar_bursopa-csaus-1262.html?StartPos=0',
    type: 'practitioner source',
    note: `${NOTE} Uncommon anterior knee pain source; linked to direct trauma, infection, gout, overuse of the extensor mechanism, Osgood-Schlatter and insertional patellar tendinopathy.`,
  },
  ...muscleSources,
  // Skin, subcutaneous tissue and limb girth
  {
    key: 'kizilgoz-2023-knee-subcutaneous-fat',
    refKey: 'X71',
    citation:
      'Kızılgöz V, Kantarci M, Aydın S. Association between the subcutaneous fat thickness of the knee and chondromalacia patella: a magnetic resonance imaging-based study. J Int Med Res 2023;51(6) (440 knee MRIs).',
    url: 'https://avesis.ebyu.edu.tr/publication/details/75515ee5-0b7e-4af9-9bb2-f8e37a7b70d0/association-between-the-subcutaneous-fat-thickness-of-the-knee-and-chondromalacia-patella-a-magnetic-resonance-imaging-based-study',
    doi: '10.1177/03000605231183581',
    type: 'imaging study',
    note: `${NOTE} Prepatellar and medial subcutaneous fat thickness are standard MRI measures and are larger in women; the mean values were not in the abstract read.`,
  },
  {
    key: 'knee-subcutaneous-fat-carj-2012',
    refKey: 'X72',
    citation:
      'Correlation between subcutaneous knee fat thickness and chondromalacia patellae on magnetic resonance imaging of the knee. Can Assoc Radiol J 2012 (170 patients; PMID 22884229).',
    url: 'https://pubmed.ncbi.nlm.nih.gov/22884229/',
    doi: '10.1016/j.carj.2012.04.003',
    type: 'imaging study',
    mirror: true,
    unconfirmed: true,
    note: `${NOTE} Subcutaneous fat measured on the medial aspect of the knee on axial MRI; thicker in women. Means not in the abstract; authors not seen.`,
  },
  {
    key: 'skin-thickness-22-sites',
    refKey: 'X73',
    citation:
      'High-frequency ultrasound characterization of normal skin: skin thickness and echographic density of 22 anatomical sites (20 MHz, 18 volunteers).',
    url: 'https://www.scilit.net/publications/8ea725394ad9b3da077348e1ae52dfcb',
    type: 'imaging study',
    unconfirmed: true,
    note: `${NOTE} Qualitative only: extremity skin is thinner than truncal skin; women's skin thinner than men's. Site values and authors not seen.`,
  },
  {
    key: 'gonzalez-2021-calf-circumference',
    refKey: 'X74',
    citation:
      'Gonzalez MC, Mehrnezhad A, Razaviarab N, Barbosa-Silva TG, Heymsfield SB. Calf circumference: cutoff values from the NHANES 1999–2006. Am J Clin Nutr 2021;113(6):1679–1687.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8433492',
    doi: '10.1093/ajcn/nqab029',
    type: 'cohort',
    note: `${NOTE} Cutoffs 1 and 2 SD below the mean of normal-weight adults aged 18–39: 34 and 32 cm (men), 33 and 31 cm (women); implies a reference mean maximal calf girth of about 36 cm (men) and 35 cm (women), used to scale the skin tube.`,
  },
];
