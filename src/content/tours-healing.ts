import type { Tour, TourStep } from './tour-schema';
import { caption, cite } from './tours-caption';
import { healingLimits } from './tours-healing-limits';

/**
 * "How tissue heals after an injury, and what is and is not known about injections" (review S1): the
 * phases are the healing sequence seen after ligament injuries, mostly in animals, drawn on a trial's
 * schedule; every step says so, and says that whether injections start it in people is not known.
 * Days are counted from the first session (healing.ts); the phase names match healingAt() there.
 */
const mcl = { frame: ['superficial-mcl'], view: 'medial' } as const;
const rabago = 'rabago-2013';

const phaseSteps: TourStep[] = [
  {
    camera: mcl,
    timeline: { day: 0, schedule: rabago },
    caption: caption(
      'A healing model, not your knee',
      cite(
        'This tour shows how ligaments heal after an injury. That sequence was seen mostly in animals. No one knows if prolotherapy shots start it in people. The trials measured pain and use of the knee, not the tissue.',
        'orthovellum-ligament-healing',
        'jensen-2008-inflammation',
        'jensen-2008-injury',
        'rabago-2013',
        'sit-2020',
      ),
      cite(
        'The phases are approximate bands from healing after ligament injury, mostly in animal studies. Whether dextrose injection starts this sequence in human ligaments is not known: in rats, post-injection inflammation was not consistently larger than after saline or a needle-stick. The trials measured WOMAC and VAS, not tissue.',
        'orthovellum-ligament-healing',
        'jensen-2008-inflammation',
        'jensen-2008-injury',
        'rabago-2013',
        'sit-2020',
      ),
    ),
    notes:
      'Say this first and come back to it at the end: the picture is a model, not what is in anyone’s knee.',
  },
  {
    camera: mcl,
    select: 'superficial-mcl',
    timeline: { day: 0, schedule: rabago },
    caption: caption(
      'Day 0: the injection',
      cite(
        'Day 0 is the first session. The idea is that the needle and the strong sugar cause a small, short irritation. In lab dishes, strong dextrose killed many cells, and weaker dextrose turned on growth signals. Whether this happens in a knee is not known.',
        'kersschot-osmotic-shock',
        'guran-2018-dextrose-cells',
      ),
      cite(
        'Proposed, not established: hyperosmolar stress and needle trauma start local inflammation. Dextrose at 15-25% killed as many as 80% of cultured human fibroblasts, while 1-10% raised the expression of growth-factor genes (VEGFA, PDGFA, PDGFB, IGF1).',
        'kersschot-osmotic-shock',
        'guran-2018-dextrose-cells',
      ),
    ),
  },
  {
    camera: mcl,
    select: 'superficial-mcl',
    timeline: { day: 2, schedule: rabago },
    caption: caption(
      'The first days: inflammation',
      cite(
        'In the healing model, white blood cells would come in first to clean up. The spot may be warm and sore for a few days. In rats given one shot, this had settled by day 3. It was not clearly bigger than after a shot of salt water.',
        'wound-healing-model-figure',
        'physioroom-ligament-repair',
        'jensen-2008-inflammation',
      ),
      cite(
        'Neutrophils, then macrophages, clear debris and release growth factors; the shift to proliferation comes at about days 2-5. Rat MCL after one dextrose injection: inflammatory cells at 6 and 24 h, resolved by 72 h, and not consistently more than after saline or a needle-stick.',
        'wound-healing-model-figure',
        'acute-wound-healing-phases',
        'jensen-2008-inflammation',
      ),
    ),
  },
  {
    camera: mcl,
    select: 'superficial-mcl',
    timeline: { day: 14, schedule: rabago },
    caption: caption(
      'Weeks 1 to 6: proliferation',
      cite(
        'Next, repair cells would lay down new fibres, called collagen. At first the fibres are thin and untidy. In the model, this stage runs from about day 4 to week 6.',
        'physioroom-ligament-repair',
        'orthovellum-ligament-healing',
        'acute-wound-healing-phases',
      ),
      cite(
        'Proliferation, about day 3 to week 6: fibroblasts multiply, new capillaries form and thin, disorganised type III collagen is laid down (about days 3-21) as granulation tissue.',
        'physioroom-ligament-repair',
        'orthovellum-ligament-healing',
        'acute-wound-healing-phases',
      ),
    ),
  },
  {
    camera: mcl,
    select: 'superficial-mcl',
    timeline: { day: 28, schedule: rabago },
    caption: caption(
      'Day 28: the next injection',
      cite(
        'In this trial’s plan, the next session came 4 weeks after the first. In the model, each session would start the cycle again. The fibres from earlier sessions would go on maturing.',
        'rabago-2013',
        'guran-2018-dextrose-cells',
        'kersschot-osmotic-shock',
      ),
      cite(
        'Rabago 2013: trial weeks 1, 5 and 9 (days 0, 28 and 56 here), with optional weeks 13 and 17. With sessions 3-8 weeks apart, each would restart the modelled cycle while tissue from earlier sessions is still proliferating or remodelling.',
        'rabago-2013',
        'guran-2018-dextrose-cells',
        'kersschot-osmotic-shock',
      ),
    ),
  },
  {
    camera: mcl,
    select: 'superficial-mcl',
    timeline: { day: 200, schedule: rabago },
    caption: caption(
      'Week 6 onwards: remodelling',
      cite(
        'From about week 6, for a year or more, thicker fibres would slowly replace the thin ones and line up with the pull. After injuries in animals, healed ligaments were still weaker than normal many months later. Those animals had no shots.',
        'orthovellum-ligament-healing',
        'ligament-repair-summary',
        'abramowitch-2003-goat-mcl',
        'frank-1995-injury-location',
      ),
      cite(
        'Type III collagen is gradually replaced by aligned type I and cross-links mature, from about week 6 to beyond a year. Injury models with no injections: goat MCL after a surgical cut held 60% of normal load at 12 weeks, with strength per unit area and stiffness of the tissue about 40%; rabbit MCL was still 15-35% below normal strength at 40 weeks.',
        'orthovellum-ligament-healing',
        'ligament-repair-summary',
        'abramowitch-2003-goat-mcl',
        'frank-1995-injury-location',
      ),
    ),
  },
];

export const healingTimeline: Tour = {
  id: 'healing-timeline',
  title: 'How tissue heals after an injury, and what is and is not known about injections',
  summary:
    'How ligaments heal after an injury, as seen mostly in animals, drawn on one trial’s plan. And what is not known about the shots.',
  steps: [...phaseSteps, ...healingLimits],
};
