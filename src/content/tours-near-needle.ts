import type { Tour } from './tour-schema';
import { caption, cite } from './tours-caption';

/**
 * "What lies near the needle" (issue #13): the nerves and vessels round the knee and the caution zones
 * of the injection sites. The facts are those of the nerve and vessel cards and the sites' caution
 * notes (sites-cautions.ts); figures: docs/reference/neighbours-neurovascular.md. Education only: no
 * spot is called safe, and the model is one average knee.
 */
const neighbours = { nerve: true, vessel: true } as const;

export const nearTheNeedle: Tour = {
  id: 'near-the-needle',
  title: 'What lies near the needle',
  summary:
    'The nerves and blood vessels near the knee, which ones lie close to the injection spots, and why a scan helps. The model is one knee, not yours.',
  steps: [
    {
      camera: { view: 'posterior' },
      layers: neighbours,
      caption: caption(
        'Why look at what lies near the needle',
        cite(
          'Nerves and blood vessels run close to the knee. A scan (ultrasound) lets the clinician see the tissues and vessels and watch the needle. Knee injections guided this way reach the joint more often than those done by feel.',
          'ultrasound-vs-landmark-review',
          'berkoff-us-knee-injections',
          'nysora-genicular-nerve-blocks',
        ),
        cite(
          'Ultrasound-guided knee injections reached the joint in 95.8% against 77.8% by landmarks (OR 6.4). Around the joint, ultrasound shows the soft tissues and vessels at genicular block sites, though not the small genicular nerves themselves.',
          'ultrasound-vs-landmark-review',
          'berkoff-us-knee-injections',
          'nysora-genicular-nerve-blocks',
        ),
      ),
      notes:
        'Nerves are drawn yellow, arteries red, veins blue. The nerve and vessel layers are off when the app opens.',
    },
    {
      camera: { frame: ['tibial-nerve', 'popliteal-vein', 'popliteal-artery'], view: 'posterior' },
      layers: neighbours,
      caption: caption(
        'Behind the knee: nerve, vein, artery',
        cite(
          'The hollow at the back of the knee holds its main nerve, vein and artery. The nerve lies nearest the skin. The vein is in the middle. The artery lies deepest, against the bone and the joint.',
          'downstate-popliteal-vessels',
          'darling-popliteal-vein',
        ),
        cite(
          'Popliteal fossa, superficial to deep: the tibial and common peroneal nerves, the popliteal vein, then the popliteal artery against the femur, tibia and capsule. In extension the artery lies about 3 mm lateral to the PCL and within 5 mm of the back of the joint; mean diameter 7.9 mm.',
          'downstate-popliteal-vessels',
          'yoo-2009-popliteal-artery-mri',
          'genicular-arteries-diameter-2015',
        ),
      ),
    },
    {
      camera: { frame: ['common-peroneal-nerve'], view: 'lateral' },
      layers: neighbours,
      select: 'common-peroneal-nerve',
      caption: caption(
        'A nerve round the top of the outer leg bone',
        cite(
          'On the outer side, a nerve runs beside the outer hamstring tendon. Then it wraps round the top of the thin outer leg bone, about 2 cm below its tip. Injury to it can cause tingling or weakness in the foot.',
          'biceps-femoris-wiki',
          'teo-2020-cpn-fibular-head',
          'peroneal-nerve-plc-2020',
        ),
        cite(
          'The common peroneal nerve follows the medial border of biceps femoris and crosses the posterior border of the fibular neck 20.7 ± 1 mm below the tip of the fibular head (12 knees; unchanged with flexion). It divides 38 ± 9 mm below the apex (30 legs).',
          'biceps-femoris-wiki',
          'teo-2020-cpn-fibular-head',
          'ryan-2003-cpn-fibular-neck',
        ),
      ),
    },
    {
      camera: { frame: ['lcl'], view: 'lateral' },
      site: 'ea-6',
      caption: caption(
        'Injection site: the lower end of the outer ligament',
        cite(
          'One spot is where the outer knee ligament joins the thin outer leg bone. The nerve you just saw wraps round the bone just below it. The card lists the nerves and vessels near the needle’s path in this model.',
          'teo-2020-cpn-fibular-head',
          'ryan-2003-cpn-fibular-neck',
        ),
        cite(
          'EA-6, the FCL fibular insertion. The common peroneal nerve crosses the fibular neck just below, and the fibular tunnel opens 32 ± 10 mm below the apex; nerve injury accompanies a share of posterolateral corner injuries. The card lists the model’s nerves and vessels within 20 mm of the needle path.',
          'teo-2020-cpn-fibular-head',
          'ryan-2003-cpn-fibular-neck',
          'peroneal-nerve-plc-2020',
        ),
      ),
      notes:
        'An open site draws the nerves and vessels on its list even with their layers off; the rest of the knee turns see-through.',
    },
    {
      camera: { frame: ['medial-coronary-ligament'], view: 'medial' },
      layers: neighbours,
      site: 'ea-3',
      caption: caption(
        'The inner knee: a skin nerve and its branch',
        cite(
          'On the inner side, a skin nerve comes out between two tendons and runs down the leg. A small branch of it crosses the front of the knee below the kneecap. Where that branch runs differs a lot from person to person.',
          'elsevier-saphenous-nerve',
          'kartus-1999-infrapatellar-nerves',
          'ebraheim-1997-ipbsn',
        ),
        cite(
          'EA-3, the medial meniscotibial site. At the joint line the sartorial branch of the saphenous nerve lies a mean 9.4 mm from gracilis and 16.0 mm from the anterior border of sartorius (42 knees). Its infrapatellar branch varies widely: at the joint line 0.8 ± 20.5 mm anterior to the adductor tubercle (28 cadavers).',
          'dunaway-2005-saphenous-joint-line',
          'ebraheim-1997-ipbsn',
        ),
      ),
    },
    {
      camera: { frame: ['lateral-coronary-ligament'], view: 'lateral' },
      layers: neighbours,
      site: 'ea-4',
      caption: caption(
        'Small arteries round the joint',
        cite(
          'Small arteries wind round the knee, above and below the joint, on both sides. Small nerves to the knee run with them. Here, on the outer side, one runs right beside the injection spot, under the outer ligament just below the joint line.',
          'han-2019-genicular-arteries-us',
          'elsevier-inferior-lateral-genicular-artery',
        ),
        cite(
          'EA-4, the lateral meniscotibial site: the inferior lateral genicular artery lies deep to the FCL 0.5–1 cm below the joint line. Genicular branching varies widely (20 knees). Of 27 reported genicular artery injuries, 40.7% involved the superior medial, 33.3% the inferior medial and 25.9% the superior lateral artery.',
          'elsevier-inferior-lateral-genicular-artery',
          'genicular-arteries-diameter-2015',
          'genicular-rfa-safety-2016',
        ),
      ),
    },
    {
      camera: { view: 'lateral' },
      layers: { skin: true, nerve: true },
      caption: caption(
        'Where is this on me?',
        cite(
          'With the skin on, you can match these places to a real leg. You can feel the kneecap in front and a bump on the shin below it. On the outer side, just below the knee, there is a bony knob. The outer nerve wraps round just below that knob.',
          'kenhub-patellar-tendon',
          'laprade-2003-posterolateral',
          'teo-2020-cpn-fibular-head',
        ),
        cite(
          'The skin layer is an orientation aid. Palpable landmarks: the patella, the tibial tuberosity where the patellar tendon ends, and the fibular head, whose neck the common peroneal nerve crosses about 2 cm below the tip. The great saphenous vein lies a hand’s breadth behind the medial patellar border.',
          'kenhub-patellar-tendon',
          'laprade-2003-posterolateral',
          'teo-2020-cpn-fibular-head',
          'forsyth-great-saphenous-vein',
        ),
      ),
    },
    {
      camera: { view: 'anterior' },
      layers: neighbours,
      caption: caption(
        'One model knee, not yours',
        cite(
          'This model is one average knee. In real people these nerves and vessels lie in somewhat different places. The distances on the cards come from the model, not from you. This tour is for learning. Your clinician decides how to give an injection.',
          'ebraheim-1997-ipbsn',
          'kartus-1999-infrapatellar-nerves',
          'genicular-arteries-diameter-2015',
        ),
        cite(
          'The card distances are measured in one stylised model. Published positions spread widely: the lowermost infrapatellar branch lay 27 mm above the tibial tubercle (± 27 mm, 2 SD; 60 specimens), and genicular branching varies between knees. In a patient, ultrasound shows the vessels and soft tissues at the site itself; the small genicular nerves are not seen.',
          'kartus-1999-infrapatellar-nerves',
          'genicular-arteries-diameter-2015',
          'nysora-genicular-nerve-blocks',
        ),
      ),
    },
  ],
};
