import type { SourceInput } from './clinical-schema';

/**
 * Soft-tissue neighbours of the knee: thigh and calf muscle bellies, bursae, the infrapatellar fat pad
 * and the skin (issue #13). Figures, excerpts and model positions: docs/reference/neighbours-soft-tissue.md.
 */
const NOTE = 'Added for issue #13 (muscles, bursae, fat pad and skin); not in clinical.md.';

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
  // Quadriceps
  {
    key: 'rajput-2017-vastus-medialis',
    refKey: 'X50',
    citation:
      'Rajput HB, Rajani SJ, Vaniya VH. Variation in morphometry of vastus medialis muscle. J Clin Diagn Res 2017;11(9):AC01–AC04 (30 cadaver limbs).',
    url: 'http://jcdr.net/article_abstract.asp?issn=0973-709x&year=2017&month=September&volume=11&issue=9&page=AC01-AC04&id=10527',
    type: 'cadaver study',
    note: `${NOTE} Fibre angles to the femoral axis: VML 18–32°, VMO superior 30–46°, VMO inferior 46–56°; VMOi inserted on the medial patellar border in 25/30 limbs.`,
  },
  {
    key: 'vergara-vastus-medialis',
    refKey: 'X51',
    citation:
      'Vergara Amador E, Román Chalarca MA. Descripción anatómica del músculo vasto medial: ¿existe realmente el músculo vasto medial oblicuo? (22 fresh cadaver specimens).',
    url: 'https://deploy.studylib.es/doc/5445482/descripci%C3%B3n-anat%C3%B3mica-del-m%C3%BAsculo-vasto-medial.-%C2%BFexiste-r...',
    type: 'cadaver study',
    mirror: true,
    unconfirmed: true,
    note: `${NOTE} VM fibre direction 28.9°, 43.6° and 54.8° in the middle third, lower third and at the upper patellar border; quotes Lieb and Perry (45°, 56°, 56°). Journal and year not seen.`,
  },
  {
    key: 'extensor-mechanism-knee-2006',
    refKey: 'X52',
    citation:
      'The extensor mechanism of the knee joint: an anatomical study. Knee 2006 (10 fresh-frozen cadaver knees; PMID 16283173; probably Andrikoula et al., cited by Grob 2016).',
    url: 'https://www.qxmd.com/r/16283173',
    type: 'cadaver study',
    unconfirmed: true,
    note: `${NOTE} Fibre angles to the rectus tendon: vastus lateralis 26.6°, vastus medialis 41.1°. Authors not seen on the page read.`,
  },
  {
    key: 'grob-2016-quadriceps-tendon',
    refKey: 'X53',
    citation:
      'Grob K, Manestar M, Filgueira L, Ackland T, Gilbey H, Kuster MS. New insight in the architecture of the quadriceps tendon. J Exp Orthop 2016;3:32 (10 cadaver limbs).',
    url: 'http://jeo-esska.springeropen.com/articles/10.1186/s40634-016-0068-y',
    doi: '10.1186/s40634-016-0068-y',
    type: 'cadaver study',
    note: `${NOTE} All quadriceps elements fuse 13–90 mm above the patella; VM (with part of the rectus tendon) covers the supero-medial half of the upper patellar semicircle, the vastus lateralis belly the supero-lateral one (Fig. 4).`,
  },
  {
    key: 'waligora-2009-extensor-apparatus',
    refKey: 'X54',
    citation:
      'Waligora et al. Dissection study of the quadriceps femoris and extensor apparatus of the knee, 20 limbs (Clin Orthop Relat Res 2009; PMC2772911).',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2772911',
    type: 'cadaver study',
    unconfirmed: true,
    note: `${NOTE} Only 3/20 limbs had the textbook three-layer tendon; an oblique vastus lateralis head in 60%; no separate VMO in any specimen. Authors, title and journal inferred (Grob 2016 cites Waligora et al. 2009); not checked.`,
  },
  {
    key: 'smith-2009-vm-attachment',
    refKey: 'X55',
    citation:
      'Smith TO, Nichols R, Gilding E, Donell ST. Are location, proportion and length of VM patellar attachment aetiological factors in patellofemoral dysfunction? A systematic review. Eur J Orthop Surg Traumatol.',
    url: 'https://link.springer.com/article/10.1007%2Fs00590-008-0373-y',
    doi: '10.1007/s00590-008-0373-y',
    type: 'review',
    unconfirmed: true,
    note: `${NOTE} Distal VM attaches at or above the mid-point of the patella in most knees; about 10% of VM length inserts on the patella; distal VM tendon 1.4–3.5 cm. Year and journal read from the page, not checked.`,
  },
  {
    key: 'vm-insertion-posterior-view',
    refKey: 'X56',
    citation:
      'Gross anatomy of the patella and the quadriceps, posterior views (Figure 1 of PMC3390516; article title and authors not seen).',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3390516/figure/fig01',
    type: 'cadaver study',
    unconfirmed: true,
    note: `${NOTE} The VM inserts obliquely and becomes tendinous only a few millimetres before the patella; VL and VI tendons run vertically. Only the figure page was read.`,
  },
  {
    key: 'bevilaqua-grossi-2004-vlo',
    refKey: 'X57',
    citation:
      'Bevilaqua-Grossi D, Monteiro-Pedro V, Sousa GC, Silva Z, Bérzin F. Contribution to the anatomical study of the oblique portion of the vastus lateralis muscle. J Morphol Sci 2004;21(1) (32 thighs).',
    url: 'http://www.jms.periodikos.com.br/article/587cb4527f8c9d0d058b45e4',
    type: 'cadaver study',
    note: `${NOTE} The oblique part of vastus lateralis (present in all 32) runs below and lateral to the long part and joins it on the superolateral patellar border, interdigitating with the lateral retinaculum and ITB.`,
  },
  {
    key: 'rectus-femoris-tendon-2012',
    refKey: 'X58',
    citation:
      'Anatomical evaluation of the rectus femoris tendon and its related structures. Arch Orthop Trauma Surg 2012;132(11):1665–1668 (16 cadaver knees; probably Iriuchishima et al., cited by Grob 2016).',
    url: 'https://searchworks.staging.jioinstitute.edu.in/articles/cmedm__22875038',
    type: 'cadaver study',
    unconfirmed: true,
    note: `${NOTE} Rectus femoris forms the superficial layer; its tendon is narrowest (15.3 mm) 4.8 mm above the patella. Authors not seen on the page read.`,
  },
  {
    key: 'elsevier-quadriceps-tendon',
    refKey: 'X59',
    citation: 'Elsevier Complete Anatomy. Tendon of quadriceps femoris muscle.',
    url: 'https://elsevier.com/resources/anatomy/muscular-system/muscles-of-lower-limb/tendon-of-quadriceps-femoris-muscle/19818',
    type: 'textbook/reference',
    note: `${NOTE} The four heads converge into the tendon in the distal third of the thigh; the tendon lies in front of the suprapatellar bursa and behind the prepatellar bursa.`,
  },
  // Popliteus
  {
    key: 'vadgaonkar-popliteus-morphometry',
    refKey: 'X60',
    citation:
      'Vadgaonkar R, et al. Morphological study of the popliteus muscle-tendon complex in formalin embalmed adult cadavers. F1000Research 2023;12:1329 (50 lower limbs).',
    url: 'https://f1000research.com/articles/12-1329/v3/xml',
    doi: '10.12688/f1000research.141366.3',
    type: 'cadaver study',
    unconfirmed: true,
    note: `${NOTE} Belly upper/lower border 44.2 / 89.3 mm; width 28.5 mm (midpoint), 11.7 mm (musculotendinous junction), 76.0 mm (insertion); tendon 24.9 mm. The figures were read in an abstract copy (globalauthorid.com) matched to this article by its design; confirm before citing.`,
  },
  {
    key: 'popliteus-shape-2010',
    refKey: 'X61',
    citation:
      'Shape and innervation of popliteus muscle. Anat Cell Biol 2010;43(2):165–168 (22 fresh Korean cadaver legs).',
    url: 'http://www.pubmed.gov/21189998/',
    doi: '10.5115/acb.2010.43.2.165',
    type: 'cadaver study',
    unconfirmed: true,
    note: `${NOTE} Obtuse triangle; superior, medial and lateral sides 7.6, 6.2 and 11.9 cm. Authors not seen.`,
  },
  {
    key: 'quintero-popliteus',
    refKey: 'X62',
    citation:
      'Quintero ID. Popliteus muscle: an anatomical study (23 knees, Universidad Industrial de Santander).',
    url: 'http://imedicalsociety.org/ojs/index.php/iam/article/view/2845',
    type: 'cadaver study',
    unconfirmed: true,
    note: `${NOTE} Scalene triangle; base 79.2 ± 12.8 mm, superior side 58.0 ± 7.4 mm, inferior side 101.7 ± 11.7 mm; medial base under the semimembranosus expansion. Journal and year not seen.`,
  },
  {
    key: 'teachme-popliteus',
    refKey: 'X63',
    citation: 'TeachMeAnatomy. Popliteus (encyclopaedia entry).',
    url: 'https://teachmeanatomy.info/encyclopaedia/p/popliteus/',
    type: 'textbook/reference',
    note: `${NOTE} Origin lateral femoral condyle and lateral meniscus; insertion on the proximal tibia just above the soleus origin; laterally rotates the femur on the tibia to unlock the extended knee.`,
  },
  // Hamstrings
  {
    key: 'demaeseneer-2014-semimembranosus',
    refKey: 'X64',
    citation:
      'De Maeseneer M, Shahabpour M, Lenchik L, Milants A, De Ridder F, De Mey J, Cattrysse E. Distal insertions of the semimembranosus tendon: MR imaging with anatomic correlation. Skeletal Radiol 2014;43(6):781–791.',
    url: 'https://link.springer.com/article/10.1007%2Fs00256-014-1830-9',
    doi: '10.1007/s00256-014-1830-9',
    type: 'imaging study',
    note: `${NOTE} Six distal insertions: direct arm, anterior arm, posterior oblique ligament and oblique popliteal ligament extensions, distal tibial (popliteus) expansion, meniscal arm.`,
  },
  {
    key: 'grays-posterior-femoral-muscles',
    refKey: 'X65',
    citation:
      'Gray H. Anatomy of the Human Body. Posterior femoral muscles (biceps femoris, semitendinosus, semimembranosus).',
    url: 'https://www.hithera.com/grays-anatomy/index-7/index-7-3/index-7-2/posterior_femoral_muscles/',
    type: 'textbook/reference',
    mirror: true,
    unconfirmed: true,
    note: `${NOTE} Biceps short head arises from the lateral supracondylar line to within 5 cm of the lateral condyle; its fibres join the long-head aponeurosis; the tendon splits around the fibular collateral ligament. Edition not checked.`,
  },
  {
    key: 'msk-radiology-hamstrings',
    refKey: 'X66',
    citation: 'Musculoskeletal Radiology (blog). Anatomy of hamstring muscle complex (2006).',
    url: 'http://musculoskeletal-radiology.blogspot.com/2006/09/anatomy-of-hamstring-mucle-complex.html',
    type: 'web',
    note: `${NOTE} Low-quality qualitative source: semimembranosus is muscular distally (short uni- and multipennate fibres), unlike the band-like semitendinosus; the musculotendinous junction is a 10–12 cm transition zone.`,
  },
  {
    key: 'artanatomy-biceps-femoris',
    refKey: 'X67',
    citation: 'Art Anatomy. Biceps femoris.',
    url: 'http://artanatomy.com/anatomy/biceps-femoris',
    type: 'web',
    note: `${NOTE} Qualitative: the short head lies under the long head but continues lower, its mass visible beside the tendon above the knee.`,
  },
  // Gastrocnemius
  {
    key: 'gastrocnemius-anatomia-2024',
    refKey: 'X68',
    citation:
      'A detailed anatomical description of the gastrocnemius muscle: is it anatomically positioned to function as an antagonist to the anterior cruciate ligament? Anatomia 2024;3(4):244–255 (22 embalmed limbs).',
    url: 'https://searchworks.staging.jioinstitute.edu.in/articles/edsdoj__edsdoj.03a564b2e564972991f9282189481aa',
    type: 'cadaver study',
    unconfirmed: true,
    note: `${NOTE} Medial head 23 ± 3.4 cm long and 5.5 ± 1.6 cm at its widest, lateral head 20.5 ± 2.9 cm and 4.2 ± 1.1 cm; the muscle crosses 5.4 ± 1.2 cm above the joint line. Authors not seen.`,
  },
  {
    key: 'imaios-gastrocnemius-grays',
    refKey: 'X69',
    citation: 'IMAIOS e-Anatomy. Gastrocnemius (Gray’s Anatomy text).',
    url: 'https://www.imaios.com/pl/e-Anatomy/Struktury-anatomiczne/Miesien-brzuchaty-lydki',
    type: 'textbook/reference',
    note: `${NOTE} Medial head larger, from the back of the medial condyle; lateral head from the side of the lateral condyle; medial-head fibres thicker and extending lower.`,
  },
  {
    key: 'artanatomy-gastrocnemius',
    refKey: 'X70',
    citation: 'Art Anatomy. Gastrocnemius.',
    url: 'http://artanatomy.com/anatomy/gastrocnemius',
    type: 'web',
    note: `${NOTE} Qualitative: the medial head is larger, lies lower and extends further forward; the lateral head is flatter and sits further back.`,
  },
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
