import type { Tour, TourStep } from './tour-schema';
import { tendonSteps } from './tours-anatomy-tendons';
import { capsuleOff, caption, cite } from './tours-caption';

/** "The ligaments and tendons of the knee": the ligaments, then the tendons (tours-anatomy-tendons.ts). */
const ligamentSteps: TourStep[] = [
  {
    camera: { view: 'anterior' },
    layers: capsuleOff,
    caption: caption(
      'Ligaments and tendons',
      cite(
        'This tour visits the main ligaments and tendons of the knee. Ligaments, such as the MCL, keep the joint steady. Tendons, such as the one below the kneecap, carry the pull of a muscle to the bone. Prolotherapy aims at the spots where they attach to bone.',
        'grood-1981-mcl-wiki',
        'kenhub-patellar-tendon',
        'rabago-2010-primary-care',
      ),
      cite(
        'The capsule is hidden so the deeper structures show. Static restraints (collaterals, cruciates, POL, MPFL), then the tendons that act across the knee (extensor mechanism, pes anserinus, hamstrings, ITB, popliteus). Prolotherapy targets entheses.',
        'grood-1981-mcl-wiki',
        'wikidoc-pes-anserinus',
        'rabago-2010-primary-care',
      ),
    ),
  },
  {
    camera: { frame: ['superficial-mcl'], view: 'medial' },
    layers: capsuleOff,
    select: 'superficial-mcl',
    caption: caption(
      'The MCL, on the inner side',
      cite(
        'The superficial MCL is a long, flat band on the inner side of the knee. It stops the knee buckling inwards. It is the knee ligament most often sprained.',
        'grood-1981-mcl-wiki',
        'degrace-mcl',
      ),
      cite(
        'Primary static valgus restraint (about 57% at 5° and 78% at 25° of flexion). Femoral origin 3.2 mm above and 4.8 mm behind the medial epicondyle; distal tibial attachment 61.2 mm below the joint line, beneath the pes anserinus.',
        'grood-1981-mcl-wiki',
        'laprade-2007-medial',
      ),
    ),
  },
  {
    camera: { frame: ['deep-mcl'], view: 'medial' },
    layers: capsuleOff,
    select: 'deep-mcl',
    caption: caption(
      'The deep MCL',
      cite(
        'Under it lies a shorter layer, the deep MCL. It adds support, and it ties the inner meniscus, a cushion in the joint, to the bones.',
        'laprade-2007-medial',
        'radiopaedia-mcl',
      ),
      cite(
        'A capsular thickening and secondary medial restraint; its meniscofemoral and meniscotibial parts tether the medial meniscus. Tibial centroid 6.5 mm below the tibial joint line.',
        'laprade-2007-medial',
        'radiopaedia-mcl',
        'liu-2010-mcl',
      ),
    ),
  },
  {
    camera: { frame: ['posterior-oblique-ligament'], view: 'medial' },
    layers: capsuleOff,
    select: 'posterior-oblique-ligament',
    caption: caption(
      'The posterior oblique ligament',
      cite(
        'At the back inner corner is a band called the posterior oblique ligament. It helps keep that corner of the knee steady.',
        'laprade-2015-medial',
      ),
      cite(
        'Posteromedial static stabiliser: adds to valgus stability and resists anteromedial rotation; blends with the posterior sMCL, the capsule and the semimembranosus expansions.',
        'laprade-2015-medial',
        'laprade-2007-medial',
        'orthoteers-knee',
      ),
    ),
  },
  {
    camera: { frame: ['lcl'], view: 'lateral' },
    layers: capsuleOff,
    select: 'lcl',
    caption: caption(
      'The LCL, on the outer side',
      cite(
        'On the outer side, the LCL is a cord-like band from the thigh bone to the knob of the calf bone. It stops the knee bowing outwards.',
        'statpearls-lcl',
        'laprade-2003-posterolateral',
      ),
      cite(
        'Primary varus restraint at all flexion angles. Femoral origin 1.4 mm above and 3.1 mm behind the lateral epicondyle; fibular-head insertion within the split biceps tendon. Reported lengths 66-70 mm.',
        'statpearls-lcl',
        'laprade-2003-posterolateral',
        'meister-2000-lcl',
      ),
    ),
  },
  {
    camera: { frame: ['acl'], view: 'anterior' },
    layers: capsuleOff,
    select: 'acl',
    caption: caption(
      'The ACL, in the middle',
      cite(
        'Deep in the middle of the knee, the ACL stops the shin bone sliding forwards and helps control twisting. Ligaments inside the joint, like this one, heal poorly compared with the MCL.',
        'acl-wiki',
        'wheeless-acl',
        'orthovellum-ligament-healing',
      ),
      cite(
        'About 85% of the restraint to anterior tibial translation at 30° and 90° of flexion; anteromedial and posterolateral bundles; length 22-41 mm. Intra-articular ligaments heal poorly compared with the MCL.',
        'acl-wiki',
        'wheeless-acl',
        'open-knees-simtk',
        'orthovellum-ligament-healing',
      ),
    ),
  },
  {
    camera: { frame: ['pcl'], view: 'posterior' },
    layers: capsuleOff,
    select: 'pcl',
    caption: caption(
      'The PCL, behind it',
      cite('Behind the ACL, the PCL stops the shin bone sliding backwards.', 'springer-2015-pcl'),
      cite(
        'About 95% of the resistance to posterior tibial translation; anterolateral and posteromedial bundles; tibial attachment in the posterior sulcus, 10-15 mm below the joint surface.',
        'springer-2015-pcl',
        'gali-2013-pcl',
      ),
    ),
  },
  {
    camera: { frame: ['mpfl'], view: 'medial' },
    layers: capsuleOff,
    select: 'mpfl',
    caption: caption(
      'The MPFL, which holds the kneecap',
      cite(
        'The MPFL is a thin band from the inner edge of the kneecap to the thigh bone. It stops the kneecap slipping outwards, mostly when the knee is nearly straight.',
        'sherman-mpfl',
        'eorif-mpfl',
      ),
      cite(
        'The main soft-tissue restraint to lateral patellar translation (50-60%), most important from 0° to 20° of flexion; its femoral end sits in the saddle formed by the adductor tubercle, medial epicondyle and gastrocnemius tubercle.',
        'sherman-mpfl',
        'eorif-mpfl',
        'fujino-2013-mpfl',
      ),
    ),
  },
];

export const ligamentsAndTendons: Tour = {
  id: 'ligaments-and-tendons',
  title: 'The ligaments and tendons of the knee',
  summary:
    'Each main ligament and tendon in turn: where it runs, what it does, and where it attaches to bone.',
  steps: [...ligamentSteps, ...tendonSteps],
};
