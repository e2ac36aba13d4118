import type { SourceInput } from './clinical-schema';

/**
 * Sources for the nerves and vessels near the knee and the caution zones round the injection sites
 * (issue #13). Figures, quotes and model positions: docs/reference/neighbours-neurovascular.md.
 */
const NOTE = 'Added for issue #13 (nerves and vessels near the knee); not in clinical.md.';

export const neurovascularSources: SourceInput[] = [
  {
    key: 'teo-2020-cpn-fibular-head',
    refKey: 'X5',
    citation:
      'Teo HLT, Ang KXM, Loh SYJ. A reproducible reference point for the common peroneal nerve during surgery at the posterolateral corner of the knee: a cadaveric study. Knee Surg Relat Res 2020;32(1).',
    url: 'https://kneesurgrelatres.biomedcentral.com/articles/10.1186/s43019-020-00039-2',
    doi: '10.1186/s43019-020-00039-2',
    type: 'cadaver study',
    note: `${NOTE} Used for the common peroneal nerve crossing the fibular neck about 20.7 ± 1 mm from the tip of the fibular head (12 knees).`,
  },
  {
    key: 'ryan-2003-cpn-fibular-neck',
    refKey: 'X6',
    citation:
      'Ryan W, Mahony N, Delaney M, O’Brien M, Murray P. Relationship of the common peroneal nerve and its branches to the head and neck of the fibula. Clin Anat 2003;16(6):501–5.',
    url: 'https://read.qxmd.com/read/14566896/relationship-of-the-common-peroneal-nerve-and-its-branches-to-the-head-and-neck-of-the-fibula',
    type: 'cadaver study',
    mirror: true,
    note: `${NOTE} Used for distances from the fibular apex: fibular tunnel 3.2 ± 1.0 cm, nerve division 3.8 ± 0.9 cm (30 legs).`,
  },
  {
    key: 'rausch-2019-peroneal-nerve-3d',
    refKey: 'X7',
    citation:
      'Rausch V, Hackl M, Oppermann J, Leschinger T, Scaal M, Müller LP, Wegmann K. Peroneal nerve location at the fibular head: an anatomic study using 3D imaging. Arch Orthop Trauma Surg 2019;139(7):921–6.',
    url: 'https://kups.ub.uni-koeln.de/13692/',
    doi: '10.1007/s00402-019-03141-7',
    type: 'cadaver study',
    mirror: true,
    note: `${NOTE} Used for the nerve at the tibial plateau level in extension: 7.92 ± 2.42 mm behind and 1.31 ± 2.63 mm from the lateral edge of the tibia (18 specimens). The URL is the university repository record.`,
  },
  {
    key: 'cao-thi-2018-cpn-cadaveric',
    refKey: 'X8',
    citation:
      'Cao Thi, Nguyen Van Huy, Nguyen Chi Nguyen, Tran Huu Thanh. Applied anatomy of common peroneal nerve: a cadaveric study. IJMP 2018;6(1).',
    url: 'http://ijmpnet.com/vol-6-no-1-june-2018-abstract-2-ijmp',
    type: 'cadaver study',
    unconfirmed: true,
    note: `${NOTE} Used for the nerve diameter (3.7 mm) and the level of its origin (99.7 mm above the fibular head; 30 limbs). The journal's full name was not seen.`,
  },
  {
    key: 'greenwood-2021-popliteal-fossa',
    refKey: 'X9',
    citation:
      'Greenwood K, van Zyl R, Keough N, Hohmann E. Defining the popliteal fossa by bony landmarks and mapping of the courses of the neurovascular structures for application in popliteal fossa surgery. Anat Cell Biol 2021;54(1).',
    url: 'https://synapse.koreamed.org/articles/1146622',
    doi: '10.5115/acb.20.179',
    type: 'cadaver study',
    note: `${NOTE} Used for distances from the femoral epicondyles to the popliteal vessels, tibial nerve and common fibular nerve (45 knees).`,
  },
  {
    key: 'yoo-2009-popliteal-artery-mri',
    refKey: 'X10',
    citation:
      'Yoo JH, Chang CB. The location of the popliteal artery in extension and 90 degree knee flexion measured on MRI. Knee 2009;16(2):143–8.',
    url: 'https://metajournal.com/articles/1075355',
    type: 'imaging study',
    mirror: true,
    note: `${NOTE} Used for the popliteal artery at the joint line in extension: about 3 mm lateral to the PCL, 3.9 mm behind the capsule, 2.7 and 4.9 mm from the tibia 1 and 2 cm lower (30 knees).`,
  },
  {
    key: 'simons-2018-popliteal-artery-mri',
    refKey: 'X11',
    citation:
      'Simons M, Schraut N, Moretti V, Klazura G, Chuang D, Parekh A, Gonzalez M. Location of the popliteal artery in knee extension on magnetic resonance imaging. J Surg Orthop Adv 2018;27(4):325–8.',
    url: 'https://jsoaonline.com/archive/2018/winter-2018/location-popliteal-artery-knee-extension-mri/',
    type: 'imaging study',
    note: `${NOTE} Used for the artery's offset below the plateau in extension: at most 7.87 mm posterior and 4.83 mm lateral to the midline (94 MRIs).`,
  },
  {
    key: 'genicular-arteries-diameter-2015',
    refKey: 'X12',
    citation:
      'A cadaveric study of the branching pattern and diameter of the genicular arteries: a focus on the middle genicular artery. J Knee Surg 2015;28(5):417–24 (PubMed 25892007).',
    url: 'http://togows.dbcls.jp/entry/ncbi-pubmed/25892007',
    doi: '10.1055/s-0035-1549021',
    type: 'cadaver study',
    mirror: true,
    unconfirmed: true,
    note: `${NOTE} Used for vessel diameters: popliteal artery 7.9 mm, superior medial 1.6, inferior medial 1.5, inferior lateral 1.4 mm (20 knees). Authors not seen; the URL shows the PubMed record.`,
  },
  {
    key: 'downstate-popliteal-vessels',
    refKey: 'X13',
    citation:
      'SUNY Downstate Human Anatomy Online. Laboratory 14 (posterior thigh and popliteal fossa), step 9: popliteal vessels.',
    url: 'https://act.downstate.edu/courseware/haonline/labs/L14/090100.htm',
    type: 'textbook/reference',
    note: `${NOTE} Used for the layers in the popliteal fossa: nerves most superficial, vein in between, artery deepest against the femur, tibia and capsule.`,
  },
  {
    key: 'darling-popliteal-vein',
    refKey: 'X14',
    citation: 'David Darling Encyclopedia. Popliteal vein (encyclopaedia entry).',
    url: 'http://www.daviddarling.info/encyclopedia/P/popliteal_vein.html',
    type: 'web',
    note: `${NOTE} Used for the vein's course: medial to the artery below, crossing behind it to a posterolateral position above, in one sheath with it.`,
  },
  {
    key: 'han-2019-genicular-arteries-us',
    refKey: 'X15',
    citation:
      'Han KH, Yoon SR, Choung YJ, Lim HY, Shim JC. Localization of the genicular arteries under ultrasound guidance. Anesth Pain Med 2019;14(1):67–75.',
    url: 'http://www.anesth-pain-med.org/journal/view.php?doi=10.17085/apm.2019.14.1.67',
    doi: '10.17085/apm.2019.14.1.67',
    type: 'imaging study',
    note: `${NOTE} Used for where the genicular arteries lie on ultrasound (superior medial at the upper adductor tubercle in 91.7%) and for ultrasound showing the neurovascular bundles (24 knees).`,
  },
  {
    key: 'asra-genicular-rfa-targets',
    refKey: 'X16',
    citation:
      'Greco G, Torres J, Kohan L. How I do it: genicular nerve radiofrequency ablation. ASRA Pain Medicine News 2022;47.',
    url: 'https://www.asra.com/news-publications/asra-updates/blog-landing/asra-news/2022/02/07/how-i-do-it-genicular-nerve-radiofrequency-ablation',
    doi: '10.52211/asra020122.006',
    type: 'practitioner source',
    note: `${NOTE} Used for the classic genicular nerve targets: the junctions of the femoral shaft with the epicondyles and of the tibial shaft with the medial tibial condyle.`,
  },
  {
    key: 'elsevier-inferior-lateral-genicular-artery',
    refKey: 'X17',
    citation: 'Elsevier Complete Anatomy. Inferior lateral genicular artery (reference page).',
    url: 'https://www.elsevier.com/resources/anatomy/cardiovascular-system/arteries/inferior-lateral-genicular-artery-left/23308',
    type: 'textbook/reference',
    note: `${NOTE} Used for the inferior lateral genicular artery lying deep to the fibular collateral ligament 0.5–1 cm below the joint line, and deep to the common fibular nerve.`,
  },
  {
    key: 'radiopaedia-inferior-medial-genicular-artery',
    refKey: 'X18',
    citation: 'Radiopaedia. Inferior medial genicular artery (reference article).',
    url: 'https://radiopaedia.org/articles/inferior-medial-genicular-artery?lang=us',
    type: 'textbook/reference',
    note: `${NOTE} Used for the inferior medial genicular artery's course: along popliteus, deep to the medial collateral ligament, then up in front of the tuberosity into the fat pad.`,
  },
  {
    key: 'grays-inferior-lateral-genicular-artery',
    refKey: 'X19',
    citation:
      'Wikipedia. Inferior lateral genicular artery (text from Gray’s Anatomy, 20th edition, 1918; archived copy).',
    url: 'http://the-uncensored-wiki.com:20151/2015-wikipedia_en_all_2015-05/A/Inferior_lateral_genicular_artery.html',
    type: 'textbook/reference',
    mirror: true,
    note: `${NOTE} Used for the artery running above the fibular head, beneath the lateral gastrocnemius, the fibular collateral ligament and the biceps tendon.`,
  },
  {
    key: 'nysora-genicular-nerve-blocks',
    refKey: 'X20',
    citation: 'NYSORA. Genicular nerve blocks (technique page).',
    url: 'https://nysora.com/nysora-com-genicular-nerve-blocks',
    type: 'textbook/reference',
    note: `${NOTE} Used for ultrasound showing the soft tissues and vessels at block sites (the small genicular nerves themselves are not seen), and the inferolateral nerve lying near the common peroneal nerve.`,
  },
  {
    key: 'senarai-2023-tibial-nerve-csa',
    refKey: 'X21',
    citation:
      'Senarai T, Suwannakhan A, Pratipanawatr T, et al. Normative reference values of the tibial nerve in healthy individuals using ultrasonography: a systematic review and meta-analysis. J Clin Med 2023;12(19):6186.',
    url: 'https://discovery.dundee.ac.uk/en/publications/normative-reference-values-of-the-tibial-nerve-in-healthy-individ',
    doi: '10.3390/jcm12196186',
    type: 'meta-analysis',
    mirror: true,
    note: `${NOTE} Used for the tibial nerve size in the popliteal fossa: cross-sectional area 21.7 mm² (about 5.3 mm across). The URL is the university repository record.`,
  },
  {
    key: 'forsyth-great-saphenous-vein',
    refKey: 'X22',
    citation: 'Forsyth JM, Shalan A, Thompson A. Venous anatomy (book chapter). Taylor & Francis.',
    url: 'https://www.taylorfrancis.com/chapters/mono/10.1201/9780429433801-2/venous-anatomy-james-michael-forsyth-ahmed-shalan-andrew-thompson?context=ubx&refId=8413c98d-ce68-4c43-91fd-e748ce9b0740',
    type: 'textbook/reference',
    unconfirmed: true,
    note: `${NOTE} Used for the great saphenous vein lying a hand’s breadth behind the medial border of the patella. The book title was not seen.`,
  },
  {
    key: 'dunaway-2005-saphenous-joint-line',
    refKey: 'X23',
    citation:
      'Dunaway DJ, Steensen RN, Wiand W, Dopirak RM. The sartorial branch of the saphenous nerve: its anatomy at the joint line of the knee. Arthroscopy 2005;21(5):547–51.',
    url: 'https://read.qxmd.com/read/15891719/the-sartorial-branch-of-the-saphenous-nerve-its-anatomy-at-the-joint-line-of-the-knee',
    type: 'cadaver study',
    mirror: true,
    note: `${NOTE} Used for the saphenous nerve at the joint line in extension: 16 mm behind the front of sartorius, 9.4 mm from gracilis, 14.9 mm from semitendinosus (42 knees, 100 MRIs).`,
  },
  {
    key: 'ebraheim-1997-ipbsn',
    refKey: 'X24',
    citation:
      'Ebraheim NA, et al. The infrapatellar branch of the saphenous nerve: an anatomic study. J Orthop Trauma 1997;11(3):195–9.',
    url: 'https://read.qxmd.com/read/9181503/the-infrapatellar-branch-of-the-saphenous-nerve-an-anatomic-study',
    doi: '10.1097/00005131-199704000-00010',
    type: 'cadaver study',
    mirror: true,
    note: `${NOTE} Used for the infrapatellar branch’s position relative to the adductor tubercle and the lower pole of the patella, and its safe zone (28 cadavers).`,
  },
  {
    key: 'kartus-1999-infrapatellar-nerves',
    refKey: 'X25',
    citation:
      'The localization of the infrapatellar nerves in the anterior knee region with special emphasis on central third patellar tendon harvest: a dissection study on cadaver and amputated specimens. Arthroscopy 1999.',
    url: 'https://read.qxmd.com/read/10495173/the-localization-of-the-infrapatellar-nerves-in-the-anterior-knee-region-with-special-emphasis-on-central-third-patellar-tendon-harvest-a-dissection-study-on-cadaver-and-amputated-specimens',
    type: 'cadaver study',
    mirror: true,
    unconfirmed: true,
    note: `${NOTE} Used for the infrapatellar nerve crossing between the patellar apex and the tibial tubercle: uppermost branch about 30 mm below the apex (60 specimens). Authors not seen in the abstract.`,
  },
  {
    key: 'elsevier-saphenous-nerve',
    refKey: 'X26',
    citation: 'Elsevier Complete Anatomy. Saphenous nerve (reference page).',
    url: 'https://www.elsevier.com/resources/anatomy/nervous-system/peripheral-nervous-system/saphenous-nerve/20692',
    type: 'textbook/reference',
    note: `${NOTE} Used for the saphenous nerve piercing the fascia between the sartorius and gracilis tendons and running with the great saphenous vein.`,
  },
  {
    key: 'berkoff-us-knee-injections',
    refKey: 'X27',
    citation:
      'Berkoff DJ, et al. Clinical utility of ultrasound guidance for intra-articular knee injections (review article, PMC3324992).',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3324992',
    type: 'review',
    unconfirmed: true,
    note: `${NOTE} Used for needle accuracy at the knee: ultrasound 95.8% vs landmark 77.8%. Title and first author were matched from another page’s table; journal and year not seen.`,
  },
  {
    key: 'genicular-rfa-safety-2016',
    refKey: 'X28',
    citation:
      'Is genicular nerve radiofrequency ablation safe? A literature review and anatomical study. Pain Physician 2016.',
    url: 'https://zendy.io/title/10.36076/ppj/2019.19.e679',
    doi: '10.36076/ppj/2019.19.e679',
    type: 'review',
    mirror: true,
    unconfirmed: true,
    note: `${NOTE} Used for reported genicular artery injuries near the ablation targets (27 cases: superior lateral 26%, superior medial 41%, inferior medial 33%; mostly pseudoaneurysm). Author list not confirmed.`,
  },
  {
    key: 'strand-2019-genicular-rfa-hematoma',
    refKey: 'X29',
    citation:
      'Strand N, Jorge P, Freeman J, D’Souza RS. A rare complication of knee hematoma after genicular nerve radiofrequency ablation. Pain Rep 2019.',
    url: 'https://journals.lww.com/painrpts/Fulltext/2019/06000/A_rare_complication_of_knee_hematoma_after.8.aspx',
    doi: '10.1097/PR9.0000000000000736',
    type: 'case series',
    note: `${NOTE} Used as the first reported vessel injury after genicular ablation (a single case report); the authors suggest adding ultrasound.`,
  },
];
