import type { SourceInput } from './clinical-schema';

/** Anatomy sources (clinical.md References, "Anatomy"). Citations rewritten; URLs as read. */
export const anatomySources: SourceInput[] = [
  {
    key: 'laprade-2007-medial',
    refKey: 'A1',
    citation:
      'LaPrade RF, Engebretsen AH, Ly TV, Johansen S, Wentorf FA, Engebretsen L. The anatomy of the medial part of the knee. J Bone Joint Surg Am. 2007;89(9):2000-2010.',
    url: 'https://vdocuments.us/the-anatomy-of-the-medial-part-of-the-k-journal-of-bone-joint-surgery-jbjsorg-volume.html',
    doi: '10.2106/JBJS.F.01176',
    type: 'cadaver study',
    mirror: true,
  },
  {
    key: 'liu-2010-mcl',
    refKey: 'A2',
    citation:
      'Liu F, Yue B, Gadikota HR, Kozanek M, Liu W, Gill TJ, Rubash HE, Li G. Morphology of the medial collateral ligament of the knee. Open-access research article (journal and year not confirmed; probably J Orthop Surg Res 2010).',
    url: 'https://123docz.net/document/1482283-bao-cao-hoa-hoc-morphology-of-the-medial-collateral-ligament-of-the-knee-pptx.htm',
    type: 'imaging study',
    mirror: true,
    unconfirmed: true,
  },
  {
    key: 'laprade-2003-posterolateral',
    refKey: 'A3',
    citation:
      'LaPrade RF, Ly TV, Wentorf FA, Engebretsen L. The posterolateral attachments of the knee: a qualitative and quantitative morphologic analysis. Am J Sports Med. 2003;31(6):854-860.',
    url: 'https://pubmedhh.nlm.nih.gov/cgi-bin/abstract.cgi?from=jb&id=14623649',
    type: 'cadaver study',
  },
  {
    key: 'meister-2000-lcl',
    refKey: 'A4',
    citation:
      'Anatomy and kinematics of the lateral collateral ligament of the knee. Attributed to Meister et al., Am J Sports Med 2000 (authors and journal not confirmed).',
    url: 'https://discovery.researcher.life/article/anatomy-and-kinematics-of-the-lateral-collateral-ligament-of-the-knee/a02607736e5131a1802436b4593ac6d9',
    type: 'cadaver study',
    mirror: true,
    unconfirmed: true,
  },
  {
    key: 'statpearls-lcl',
    refKey: 'A5',
    citation:
      'Yaras RJ, O’Neill N, Yaish AM. Lateral Collateral Ligament Knee Injury. StatPearls; updated 2024.',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK560847',
    type: 'textbook/reference',
  },
  {
    key: 'open-knees-simtk',
    refKey: 'A8',
    citation:
      'Open Knee(s) model documentation, SimTK project 1061 (ACL, PCL and semimembranosus sections, citing Duthon 2006 and LaPrade 2007).',
    url: 'https://simtk.org/docman/view.php/1061/zip/full/2252',
    type: 'textbook/reference',
  },
  {
    key: 'siebold-2015-acl',
    refKey: 'A9',
    citation:
      'Siebold R, et al. Flat midsubstance of the anterior cruciate ligament with tibial "C"-shaped insertion site. Knee Surg Sports Traumatol Arthrosc. 2015;23(11):3136-3142.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4611027',
    type: 'cadaver study',
  },
  {
    key: 'wheeless-acl',
    refKey: 'A10',
    citation: 'Wheeless’ Textbook of Orthopaedics. Anatomy of the ACL.',
    url: 'https://www.wheelessonline.com/muscles-tendons/anatomy-of-acl/',
    type: 'textbook/reference',
  },
  {
    key: 'springer-2015-pcl',
    refKey: 'A11',
    citation: 'Posterior cruciate ligament: anatomy (book chapter). Springer; 2015.',
    url: 'https://explore.openaire.eu/search/publication?pid=10.1007%2F978-3-319-14815-1_43',
    doi: '10.1007/978-3-319-14815-1_43',
    type: 'textbook/reference',
  },
  {
    key: 'gali-2013-pcl',
    refKey: 'A12',
    citation:
      'Gali JC, et al. Tibial insertions of the posterior cruciate ligament: topographic anatomy and morphometric study. Rev Bras Ortop. 2013;48(3):263-267.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6565906',
    type: 'cadaver study',
  },
  {
    key: 'lorenz-2009-pcl',
    refKey: 'A13b',
    citation:
      'Lorenz S, Elser F, Brucker PU, Obst T, Imhoff AB. Radiological evaluation of the anterolateral and posteromedial bundle insertion sites of the posterior cruciate ligament. Knee Surg Sports Traumatol Arthrosc. 2009.',
    url: 'https://link.springer.com/article/10.1007/s00167-009-0770-8',
    type: 'imaging study',
  },
  {
    key: 'eze-2019-patellar-tendon',
    refKey: 'A14',
    citation:
      'Eze CU, et al. Normative value of the patellar tendon size in 277 adults. J Clin Sci. 2019;16(3):93-97.',
    url: 'http://www.jcsjournal.org/article.asp?issn=2468-6859;year=2019;volume=16;issue=3;spage=93;epage=97;aulast=Eze',
    type: 'imaging study',
  },
  {
    key: 'kenhub-patellar-tendon',
    refKey: 'A16',
    citation: 'Kenhub. Patellar tendon (anatomy library).',
    url: 'https://www.kenhub.com/en/library/anatomy/patellar-tendon',
    type: 'textbook/reference',
  },
  {
    key: 'quadriceps-mri-2023',
    refKey: 'A20',
    citation:
      'Two-dimensional MRI demonstrates that the quadriceps tendon is thicker than the patellar tendon. Arthrosc Sports Med Rehabil. 2023.',
    url: 'https://arthroscopysportsmedicineandrehabilitation.org/article/S2666-061X(23)00063-9/fulltext',
    doi: '10.1016/j.asmr.2023.04.005',
    type: 'imaging study',
  },
  {
    key: 'jaruprat-quadriceps-tendon',
    refKey: 'A19',
    citation:
      'Quadriceps tendon anatomy for ACL graft harvest: a study of 49 tendons (Thai cadaver study; full citation not confirmed).',
    url: 'https://staging.scite.ai/authors/peeradon-jaruprat-RMvrG9',
    type: 'cadaver study',
    mirror: true,
    unconfirmed: true,
  },
  {
    key: 'vadgaonkar-2021-pes',
    refKey: 'A22',
    citation:
      'Vadgaonkar R, et al. Dimensions of pes anserinus of the lower extremity. Anat Cell Biol. 2021;54(2).',
    url: 'https://synapse.koreamed.org/articles/1147244',
    type: 'cadaver study',
  },
  {
    key: 'statpearls-pes-anserine',
    refKey: 'A23',
    citation: 'StatPearls. Pes anserine bursitis.',
    url: 'https://statpearls.com/point-of-care/27061',
    type: 'textbook/reference',
  },
  {
    key: 'orthovellum-pes-anserine',
    refKey: 'A24',
    citation: 'OrthoVellum. Pes anserine bursitis (topic review).',
    url: 'https://www.orthovellum.com/topics/pes-anserine-bursitis',
    type: 'textbook/reference',
  },
  {
    key: 'wikidoc-pes-anserinus',
    refKey: 'A25',
    citation: 'WikiDoc. Pes anserinus (leg).',
    url: 'http://wikidoc.org/index.php/Pes_anserinus_(leg)',
    type: 'web',
  },
  {
    key: 'radiopaedia-itb',
    refKey: 'A26',
    citation: 'Radiopaedia. Iliotibial band.',
    url: 'https://radiopaedia.org/articles/iliotibial-band?iframe=true&lang=us',
    type: 'textbook/reference',
  },
  {
    key: 'goh-2003-itb',
    refKey: 'A27',
    citation:
      'Goh LA, Chhem RK, Wang SC, Chee T. Iliotibial band thickness: sonographic measurements in asymptomatic volunteers. J Clin Ultrasound. 2003;31(5):239-244.',
    url: 'https://scholarbank.nus.edu.sg/handle/10635/132517',
    type: 'imaging study',
  },
  {
    key: 'kenhub-gerdy',
    refKey: 'A28',
    citation: 'Kenhub. Gerdy’s tubercle (anatomy atlas).',
    url: 'https://www.kenhub.com/en/atlas/gerdy-s-tubercle',
    type: 'textbook/reference',
  },
  {
    key: 'wheeless-biceps-femoris',
    refKey: 'A30',
    citation: 'Wheeless’ Textbook of Orthopaedics. Biceps femoris.',
    url: 'https://www.wheelessonline.com/muscles-tendons/biceps-femoris/',
    type: 'textbook/reference',
  },
  {
    key: 'popliteus-soleal-line',
    refKey: 'A32',
    citation: 'Brookbush Institute. Popliteus (functional anatomy article).',
    url: 'https://brookbushinstitute.com/article/popliteus',
    type: 'web',
  },
  {
    key: 'orthogate-menisci',
    refKey: 'A33',
    citation: 'Orthogate. Musculoskeletal medicine: medial meniscus; lateral meniscus.',
    url: 'https://www.orthogate.org/press/musculoskeletal-medicine/biology/meniscus-and-intervertebral-disks/medial-meniscus/',
    type: 'textbook/reference',
  },
];
