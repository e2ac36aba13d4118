import type { SourceInput } from './clinical-schema';

/** Healing-biology sources used by the evidence limits and the healing timeline (clinical.md, "Healing biology"). */
export const healingSources: SourceInput[] = [
  {
    key: 'hauser-2013-ligament-review',
    refKey: 'H8',
    citation:
      'Hauser RA, Dolan EE, Phillips HJ, Newlin AC, Moore RE, Woldin BA. Ligament injury and healing: a review. Open Rehabil J. 2013;6:1-20.',
    url: 'https://studylib.net/doc/8760736/ligament-injury-and-healing',
    type: 'practitioner source',
    mirror: true,
  },
  {
    key: 'orthovellum-ligament-healing',
    refKey: 'H9',
    citation: 'OrthoVellum. Ligament healing (phases; MCL versus ACL healing).',
    url: 'https://orthovellum.com/topics/ligament-healing',
    type: 'textbook/reference',
  },
  {
    key: 'jensen-2008-inflammation',
    refKey: 'H16',
    citation:
      'Jensen KT, Rabago DP, Best TM, Patterson JJ, Vanderby R. Early inflammatory response of knee ligaments to prolotherapy in a rat model. J Orthop Res. 2008.',
    url: 'https://pure.psu.edu/en/publications/early-inflammatory-response-of-knee-ligaments-to-prolotherapy-in-',
    type: 'animal study',
  },
  {
    key: 'jensen-2008-injury',
    refKey: 'H17',
    citation:
      'Jensen KT, Rabago DP, Best TM, Patterson JJ, Vanderby R Jr. Response of knee ligaments to prolotherapy in a rat injury model. Am J Sports Med. 2008.',
    url: 'https://www.omicsonline.org/references/response-of-knee-ligaments-to-prolotherapy-in-a-rat-injury-model-1494355.html',
    type: 'animal study',
  },
  {
    key: 'liu-1983-morrhuate',
    refKey: 'H18',
    citation:
      'Liu YK, Tipton CM, Matthes RD, Bedford TG, Maynard JA, Walmer HC. An in situ study of the influence of a sclerosing solution in rabbit medial collateral ligaments and its junction strength. Connect Tissue Res. 1983;11(2-3):95-102.',
    url: 'https://api-pubmed-ncbi.laibokeji.com/6224646',
    type: 'animal study',
    mirror: true,
  },
  // Cited by the healing timeline (src/content/healing.ts, healing-evidence.ts).
  {
    key: 'frank-1995-injury-location',
    refKey: 'H1',
    citation:
      'Frank CB, Loitz BJ, Shrive NG. Injury location affects ligament healing: the healing rabbit medial collateral ligament. Acta Orthop Scand. 1995;66(5):455-462.',
    url: 'https://yyws.alljournals.cn/view_abstract.aspx?aid=80EEF5148342E2389735FEA4C1E6BF2E&pcid=A9DB1C13C87CE289EA38239A9433C9DC',
    type: 'animal study',
    mirror: true,
  },
  {
    key: 'abramowitch-2003-goat-mcl',
    refKey: 'H6',
    citation:
      'Abramowitch SD, et al. The healing medial collateral ligament in a goat model at 12 weeks. Knee Surg Sports Traumatol Arthrosc. 2003;11(3):155-162.',
    url: 'http://www.ncbi.nlm.nih.gov/pubmed/12774152?dopt=Abstract&holding=f1000,f1000m,isrctn',
    type: 'animal study',
  },
  {
    key: 'physioroom-ligament-repair',
    refKey: 'H10',
    citation:
      'Physioroom. The ligament repair process (inflammation 3-5 days; type III collagen days 3-21; remodelling up to a year).',
    url: 'https://www.physioroom.com/injuries/supplements/ligaments2.php',
    type: 'web',
  },
  {
    key: 'wound-healing-model-figure',
    refKey: 'H11',
    citation:
      'Traditional wound-healing model, figure (phase transitions around days 2-5; remodelling over the following year). PMC6244748, Fig. 1.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6244748/figure/Fig1',
    type: 'review',
  },
  {
    key: 'acute-wound-healing-phases',
    refKey: 'H12',
    citation:
      'The three phases of acute wound healing, figure. Antioxid Redox Signal. 2008 (PMC2638213, Fig. 1).',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2638213/figure/f1',
    type: 'review',
  },
  {
    key: 'ligament-repair-summary',
    refKey: 'H14',
    citation:
      'Ligament repair and its clinical relevance: a summary citing Hildebrand & Frank 1998 and Liu et al. 1995 (histology near normal by about 7 months; type III collagen persists).',
    url: 'https://physiotherapymilan.it/paper/ligament-repair-and-its-clinical-relevance-2641/',
    type: 'web',
  },
  {
    key: 'guran-2018-dextrose-cells',
    refKey: 'T28',
    citation:
      'Güran Ş, et al. Dextrose solution used for prolotherapy decreases cell viability and increases gene expressions of angiogenic and apoptotic factors. Gulhane Med J. 2018;60(2):42-46.',
    url: 'http://gulhanemedj.org/archives/archive-detail/article-preview/dextrose-solution-used-for-prolotherapy-decreases-/30849',
    type: 'laboratory study',
    note: 'In vitro: cultured human fibroblasts.',
  },
];
