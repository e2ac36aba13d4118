import type { TourStep } from './tour-schema';
import { caption, cite } from './tours-caption';

/** "How tissue heals…", second half: what dextrose did in animals, the limits, and what trials measured. */
export const healingLimits: TourStep[] = [
  {
    camera: { frame: ['superficial-mcl'], view: 'medial' },
    select: 'superficial-mcl',
    timeline: { day: 200, schedule: 'rabago-2013' },
    caption: caption(
      'What dextrose did in rats',
      cite(
        'The thicker look comes from one rat study. Rats with a stretched ligament had two dextrose shots. Their ligaments grew about 30% thicker than with salt water, but they were not tighter or stronger. This has not been shown in people.',
        'jensen-2008-injury',
      ),
      cite(
        'Stretch-injured rat MCL, two dextrose injections a week apart: cross-sectional area 30% above that of saline-injected ligaments (90% above uninjured ones), with no change in laxity, other mechanics or collagen fibril characteristics. The rabbit MCL gains often quoted came from sodium morrhuate, not dextrose.',
        'jensen-2008-injury',
        'liu-1983-morrhuate',
      ),
    ),
  },
  {
    camera: { frame: ['acl'], view: 'anterior' },
    select: 'acl',
    timeline: { day: 200, schedule: 'rabago-2013' },
    caption: caption(
      'Ligaments inside the joint',
      cite(
        'The ACL and PCL sit inside the joint. They heal poorly compared with the MCL. This picture does not mean they grow back.',
        'orthovellum-ligament-healing',
      ),
      cite(
        'Intra-articular ligaments heal poorly compared with the MCL: synovial fluid, a poor blood supply and retraction of the torn ends work against repair. The model draws them fainter.',
        'orthovellum-ligament-healing',
      ),
    ),
  },
  {
    camera: { view: 'anterior' },
    timeline: { day: 28, schedule: 'sit-2020' },
    caption: caption(
      'Shots only into the joint',
      cite(
        'One trial gave shots only into the joint: at the start, then 4, 8 and 16 weeks later. No ligament or tendon was injected, so none is shown changing.',
        'sit-2020',
      ),
      cite(
        'Sit 2020 (76 participants): intra-articular hypertonic dextrose or saline at weeks 0, 4, 8 and 16, with no extra-articular injections, so the model shows no ligament or tendon change.',
        'sit-2020',
      ),
    ),
  },
  {
    camera: { view: 'anterior' },
    timeline: { day: 364, schedule: 'rabago-2013' },
    caption: caption(
      'What the trials measured',
      cite(
        'The trials asked people about pain and how well they could use the knee. In one trial, their pain and function scores improved over the first 9 weeks and held up to a year. They improved more than with salt-water shots or exercise. These trials did not check whether ligaments changed.',
        'rabago-2013',
        'rabago-2013-table-4',
        'sit-2020',
      ),
      cite(
        'Rabago 2013, mean WOMAC improvement at week 52: 15.32 with dextrose, 7.59 with saline and 8.24 with exercise (7.94 and 13.91 with dextrose at weeks 5 and 9). Outcomes were patient-reported; structural data are limited to a six-patient arthroscopic series and short biomarker studies.',
        'rabago-2013-table-4',
        'rabago-2013',
        'topol-2016',
        'waluyo-2021',
      ),
    ),
  },
  {
    camera: { view: 'medial' },
    timeline: { day: 364, schedule: 'rabago-2013' },
    caption: caption(
      'What is known, and what is not',
      cite(
        'Known: after an injury, ligaments heal in stages that overlap, over many months. In animals, they stay weaker than before for a long time. Not known: whether shots start this healing in people, or make their ligaments stronger.',
        'orthovellum-ligament-healing',
        'frank-1995-injury-location',
        'jensen-2008-injury',
        'rabago-2013',
        'sit-2020',
      ),
      cite(
        'Established: staged repair after ligament injury, with lasting deficits in tissue quality in animal MCL models. Not established: that dextrose starts or enhances this in human ligaments. Animal data show larger but not stronger tissue, and the human trials measured symptoms.',
        'orthovellum-ligament-healing',
        'frank-1995-injury-location',
        'jensen-2008-injury',
        'rabago-2013',
        'sit-2020',
      ),
    ),
  },
];
