import type { Variants } from './clinical-schema';

/**
 * Each site's caution note (issue #13): why image guidance matters there and which nerves and vessels
 * the sources place near it. The model measures the distances (the card's list); these notes say what
 * the sources say. Education only: no spot is called safe. Figures: docs/reference/neighbours-neurovascular.md.
 */

const usJoint = ['ultrasound-vs-landmark-review', 'berkoff-us-knee-injections'];
const usAround = ['ultrasound-vs-landmark-review', 'nysora-genicular-nerve-blocks'];

/** Intra-articular sites: the accuracy figures come from injections into the joint. */
const joint = (patient: string, clinician: string, sources: string[]): Variants => ({
  patient: {
    text: `A scan (ultrasound) lets the clinician watch the needle. Knee injections guided this way reach the joint more often than those done by feel. ${patient}`,
    sources: [...usJoint, ...sources],
  },
  clinician: {
    text: `Ultrasound-guided knee injections reached the joint in 95.8% against 77.8% by landmarks (OR 6.4). ${clinician}`,
    sources: [...usJoint, ...sources],
  },
});

/** Extra-articular sites: no accuracy figure for them; ultrasound shows tissues and vessels. */
const around = (patient: string, clinician: string, sources: string[]): Variants => ({
  patient: {
    text: `A scan (ultrasound) can show the tissues and blood vessels around this spot. Our sources measured how much a scan helps only for injections into the joint. ${patient}`,
    sources: [...usAround, ...sources],
  },
  clinician: {
    text: `The ultrasound accuracy data (95.8% vs 77.8%) concern intra-articular injection. At genicular block sites ultrasound shows the soft tissues and vessels, though not the small genicular nerves. ${clinician}`,
    sources: [...usAround, ...sources],
  },
});

const ipbsnAcrossFront =
  'Small skin nerves cross the front of the knee below the kneecap. Where they run differs a lot from person to person.';

export const cautionNotes = {
  'ia-1': joint(
    'On this inner side, a small skin nerve and a small artery run near the spot. Where they lie differs from person to person.',
    'Medial approaches lie near the infrapatellar branch of the saphenous nerve, whose course varies widely (at the joint line 0.8 ± 20.5 mm anterior to the adductor tubercle; 28 cadavers), and near the inferior medial genicular artery, which runs deep to the MCL and rises in front of the medial edge of the tibial tuberosity into the fat pad.',
    ['ebraheim-1997-ipbsn', 'radiopaedia-inferior-medial-genicular-artery'],
  ),
  'ia-2': joint(
    'A small skin nerve crosses below the kneecap, and a small artery runs along the outer side of the joint.',
    'The infrapatellar branch of the saphenous nerve crossed the area between patellar apex and tibial tubercle in 59 of 60 specimens and reached the lateral border of the patellar tendon in 36% of 28 cadavers. Laterally, the inferior lateral genicular artery runs deep to the FCL 0.5–1 cm below the joint line, above the fibular head, to the front of the knee.',
    [
      'kartus-1999-infrapatellar-nerves',
      'ebraheim-1997-ipbsn',
      'elsevier-inferior-lateral-genicular-artery',
      'grays-inferior-lateral-genicular-artery',
    ],
  ),
  'ia-3': joint(
    'A small artery winds round the thigh bone just above the outer side of the knee.',
    'The superior lateral genicular artery lies mainly at the distal part of the lateral epicondyle–shaft transition on ultrasound (24 knees); in one review of 27 reported genicular artery injuries, 25.9% involved it.',
    ['han-2019-genicular-arteries-us', 'genicular-rfa-safety-2016'],
  ),
  'ia-4': joint(
    'This way in is done with a scan, which shows the pouch above the kneecap.',
    'One RCT compared ultrasound-guided suprapatellar and infrapatellar injections, checking the spread with fluoroscopic contrast. In healthy knees the recess is a thin sac (fluid 3.7 ± 1.7 mm).',
    ['ertilav-suprapatellar', 'wang-bursal-fluid-qims'],
  ),
  'ea-1': around(
    'A small artery winds round the thigh bone a little above this spot.',
    'The superior medial genicular artery lay over the upper part of the adductor tubercle on ultrasound in 91.7% of 24 knees; its nerve is a block target at the junction of the femoral shaft and medial epicondyle. In one review of 27 reported genicular artery injuries, 40.7% involved it.',
    ['han-2019-genicular-arteries-us', 'asra-genicular-rfa-targets', 'genicular-rfa-safety-2016'],
  ),
  'ea-2': around(
    'A skin nerve runs down the inner side of the shin near here.',
    'Below the knee the saphenous nerve descends along the medial border of the tibia immediately behind the great saphenous vein.',
    ['elsevier-saphenous-nerve'],
  ),
  'ea-3': around(
    'At the inner joint line, a skin nerve and its branch and a small artery lie close by.',
    'At the medial joint line the saphenous nerve (its sartorial branch) lies a mean 9.4 mm from the gracilis tendon and 16.0 mm from the anterior border of sartorius (42 knees); its infrapatellar branch crosses nearby. The inferior medial genicular artery runs deep to the MCL; 33.3% of 27 reported genicular artery injuries involved it.',
    [
      'dunaway-2005-saphenous-joint-line',
      'ebraheim-1997-ipbsn',
      'radiopaedia-inferior-medial-genicular-artery',
      'genicular-rfa-safety-2016',
    ],
  ),
  'ea-4': around(
    'A small artery runs right beside this spot, under the outer ligament just below the joint line.',
    'The inferior lateral genicular artery lies deep to the FCL 0.5–1 cm below the joint line, along the periphery of the lateral meniscus. Genicular nerves run with these arteries; after genicular nerve ablation a thigh haematoma has been reported, and its authors suggest adding ultrasound.',
    [
      'elsevier-inferior-lateral-genicular-artery',
      'han-2019-genicular-arteries-us',
      'strand-2019-genicular-rfa-hematoma',
    ],
  ),
  'ea-5': around(
    'A small artery winds round the thigh bone a little above this spot.',
    'The superior lateral genicular artery, with its nerve, lies at the junction of the femoral shaft and the lateral epicondyle, mainly at its distal part on ultrasound.',
    ['han-2019-genicular-arteries-us', 'asra-genicular-rfa-targets'],
  ),
  'ea-6': around(
    'A nerve wraps round the bone just below this spot. Injury to it can cause tingling or weakness in the foot.',
    'The common peroneal nerve crosses the posterior border of the fibular neck 20.7 ± 1 mm below the tip of the fibular head (12 knees; unchanged with flexion); the fibular tunnel opens 32 ± 10 mm and the nerve divides 38 ± 9 mm below the apex (30 legs). Nerve injury accompanies a share of posterolateral corner injuries.',
    ['teo-2020-cpn-fibular-head', 'ryan-2003-cpn-fibular-neck', 'peroneal-nerve-plc-2020'],
  ),
  'ea-7': around(
    'A skin nerve runs behind these tendons, further back on the inner side of the knee.',
    'The saphenous nerve runs behind the pes anserinus; at the joint line its sartorial branch was never behind the semitendinosus and lay a mean 9.4 mm from the gracilis (42 knees).',
    ['orthovellum-pes-anserine', 'dunaway-2005-saphenous-joint-line'],
  ),
  'ea-8': around(
    ipbsnAcrossFront,
    'The infrapatellar branch of the saphenous nerve crossed between the patellar apex and the tibial tubercle in 59 of 60 specimens; its uppermost branch lay a mean 30 mm below the apex (± 27 mm, 2 SD).',
    ['kartus-1999-infrapatellar-nerves'],
  ),
  'ea-9': around(
    ipbsnAcrossFront,
    'The lowermost infrapatellar branch lay a mean 27 mm above the tibial tubercle (± 27 mm, 2 SD; 60 specimens); the nerve reached the lateral border of the patellar tendon in 36% of 28 cadavers.',
    ['kartus-1999-infrapatellar-nerves', 'ebraheim-1997-ipbsn'],
  ),
  'ea-10': around(
    'Small arteries wind round the thigh bone above the knee, one on each side.',
    'The superior genicular arteries lie on the femur at the shaft–epicondyle junctions: the medial one over the upper part of the adductor tubercle in 91.7% of 24 knees, the lateral one mainly at the distal part of the transition.',
    ['han-2019-genicular-arteries-us'],
  ),
} satisfies Record<string, Variants>;
