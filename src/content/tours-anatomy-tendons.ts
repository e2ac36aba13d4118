import type { TourStep } from './tour-schema';
import { capsuleOff, caption, cite } from './tours-caption';

/** "The ligaments and tendons of the knee", second half: the tendons and the iliotibial band. */
export const tendonSteps: TourStep[] = [
  {
    camera: { frame: ['quadriceps-tendon'], view: 'anterior' },
    layers: capsuleOff,
    select: 'quadriceps-tendon',
    caption: caption(
      'The quadriceps tendon',
      cite(
        'Above the kneecap, the quadriceps tendon joins the big muscles at the front of the thigh to it. They pull on it to straighten the knee.',
        'orthobullets-quadriceps-tendonitis',
      ),
      cite(
        'Three-layered tendon inserting on the superior patellar pole; about 42 mm wide at the patella and about 7 mm thick on MRI.',
        'orthobullets-quadriceps-tendonitis',
        'jaruprat-quadriceps-tendon',
        'quadriceps-mri-2023',
      ),
    ),
  },
  {
    camera: { frame: ['patellar-tendon'], view: 'anterior' },
    layers: capsuleOff,
    select: 'patellar-tendon',
    caption: caption(
      'The patellar tendon',
      cite(
        'Below the kneecap, the patellar tendon carries that pull down to the shin bone. It is about 5 cm long.',
        'kenhub-patellar-tendon',
      ),
      cite(
        'From the patellar apex to the tibial tuberosity. On ultrasound about 22 mm wide and 4.7 ± 0.4 mm thick; a thickness above about 7 mm has been used as a tendinopathy cut-off.',
        'kenhub-patellar-tendon',
        'eze-2019-patellar-tendon',
        'patellar-tendon-thickness-2021',
      ),
    ),
  },
  {
    camera: { frame: ['sartorius-tendon', 'gracilis-tendon', 'semitendinosus-tendon'], view: 'medial' },
    layers: capsuleOff,
    select: 'sartorius-tendon',
    caption: caption(
      'The pes anserinus (“goose foot”)',
      cite(
        'On the inner shin, three tendons join in a shape like a goose’s foot. They help bend the knee and turn the shin inwards. The one at the front, shown here, is the sartorius.',
        'wikidoc-pes-anserinus',
        'orthoteers-knee',
      ),
      cite(
        'Sartorius, gracilis and semitendinosus, front to back, insert on the anteromedial proximal tibia about 5 cm below the joint line, superficial to the sMCL tibial insertion; they flex the knee and rotate the tibia internally.',
        'wikidoc-pes-anserinus',
        'statpearls-pes-anserine',
        'orthoteers-knee',
      ),
    ),
  },
  {
    camera: { frame: ['semimembranosus-tendon'], view: 'posterior' },
    layers: capsuleOff,
    select: 'semimembranosus-tendon',
    caption: caption(
      'The semimembranosus',
      cite(
        'A hamstring tendon, the semimembranosus, ends at the back inner corner of the knee. It bends the knee and steadies that corner.',
        'radiopaedia-semimembranosus',
      ),
      cite(
        'Direct arm in a posteromedial tibial groove about 12 mm below the joint line; other arms reinforce the POL, the meniscotibial ligament and the oblique popliteal ligament. A dynamic posteromedial stabiliser.',
        'radiopaedia-semimembranosus',
        'open-knees-simtk',
        'orthoteers-knee',
      ),
    ),
  },
  {
    camera: { frame: ['biceps-femoris-tendon'], view: 'lateral' },
    layers: capsuleOff,
    select: 'biceps-femoris-tendon',
    caption: caption(
      'The biceps femoris',
      cite(
        'On the outer side, the biceps femoris tendon ends on the knob of the calf bone. It bends the knee. A nerve runs along its edge, so clinicians take care near it.',
        'wheeless-biceps-femoris',
        'biceps-femoris-wiki',
      ),
      cite(
        'Inserts on the lateral fibular head, lateral tibial condyle and deep fascia, split by the FCL; flexes the knee and rotates the tibia externally. The common peroneal nerve runs along its medial border.',
        'wheeless-biceps-femoris',
        'laprade-2003-posterolateral',
        'biceps-femoris-wiki',
      ),
    ),
  },
  {
    camera: { frame: ['iliotibial-band'], view: 'lateral' },
    layers: capsuleOff,
    select: 'iliotibial-band',
    caption: caption(
      'The iliotibial band',
      cite(
        'The iliotibial band is a long strip of tough tissue down the outside of the thigh. It steadies the outer knee.',
        'radiopaedia-itb',
      ),
      cite(
        'Superficial layer to Gerdy’s tubercle, deep layer to the lateral intermuscular septum. It crosses the flexion axis, so it helps extend the straight knee and flex the bent one.',
        'radiopaedia-itb',
        'kenhub-gerdy',
        'orthoteers-knee',
      ),
    ),
  },
  {
    camera: { frame: ['popliteus-tendon'], view: 'posterior' },
    layers: capsuleOff,
    select: 'popliteus-tendon',
    caption: caption(
      'The popliteus',
      cite(
        'Behind the knee, the small popliteus muscle and its tendon “unlock” the straight knee so it can start to bend.',
        'laprade-2003-posterolateral',
        'popliteus-soleal-line',
      ),
      cite(
        'Femoral attachment in the anterior fifth of the popliteal sulcus, anterior to the FCL; the tendon passes through the popliteal hiatus. It unlocks the extended knee by internal tibial rotation and draws the lateral meniscus back.',
        'laprade-2003-posterolateral',
        'orthogate-menisci',
      ),
    ),
  },
];
