import type { SourceInput } from './clinical-schema';

export const NOTE = 'Added for issue #13 (muscles, bursae, fat pad and skin); not in clinical.md.';

/**
 * The muscle bellies beside the knee (quadriceps, popliteus, hamstrings, gastrocnemius: issue #13),
 * listed inside softTissueSources (sources-soft-tissue.ts) in their place. Figures, excerpts and model
 * positions: docs/reference/neighbours-soft-tissue.md.
 */
export const muscleSources: SourceInput[] = [
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
];
