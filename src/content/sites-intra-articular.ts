import type { Cited, SiteInput } from './clinical-schema';
import { protocols } from './sites-protocols';

export const anchorOf = (id: string, placement: Cited): SiteInput['anchor'] => ({
  anchorNode: `site:${id}`,
  placement,
});

/** Intra-articular portals (clinical.md §3.2, IA-1 to IA-4). The target is the joint, i.e. its capsule. */
export const intraArticularSites: SiteInput[] = [
  {
    id: 'ia-1',
    refLabel: 'IA-1',
    kind: 'intra-articular',
    name: 'Inferomedial portal',
    target: 'joint-capsule',
    landmark: {
      patient: {
        text: 'Into the joint itself, from the front on the inner side of the kneecap tendon, with the knee bent.',
        sources: ['hung-2016-protocol-table', 'rabago-2013'],
      },
      clinician: {
        text: 'Medial to the patellar tendon, just proximal to the tibial plateau, knee flexed.',
        sources: ['hung-2016-protocol-table', 'rabago-2013', 'reeves-2000'],
      },
    },
    anchor: anchorOf('ia-1', {
      text: 'On the anterior capsule in the soft spot medial to the patellar tendon, a few millimetres above the medial tibial plateau; normal pointing anteromedially.',
      sources: ['hung-2016-protocol-table', 'kenhub-patellar-tendon'],
    }),
    approach: {
      text: 'Used for the intra-articular injection in the Rabago trials; Reeves 2000 also injected inferomedially, with a 27-gauge needle.',
      sources: ['rabago-2013', 'rabago-2012', 'reeves-2000', 'hung-2016-protocol-table'],
    },
    protocols: [protocols.rabago2013Ia, protocols.rabago2012Ia, protocols.reeves2000Ia],
  },
  {
    id: 'ia-2',
    refLabel: 'IA-2',
    kind: 'intra-articular',
    name: 'Anterior bent-knee portal (anteromedial or anterolateral)',
    target: 'joint-capsule',
    landmark: {
      patient: {
        text: 'Into the joint from the front, beside the kneecap tendon, with the knee bent to a right angle.',
        sources: ['dumais-2012', 'nysora-knee-injections'],
      },
      clinician: {
        text: 'Beside the patellar tendon, medially or laterally, needle parallel to the tibial plateau with the knee at 90°.',
        sources: ['nysora-knee-injections', 'wikimsk-knee-injection'],
      },
    },
    anchor: anchorOf('ia-2', {
      text: 'On the anterior capsule beside the patellar tendon at the level of the tibiofemoral joint line, with the knee model flexed 90°; normal pointing anteriorly.',
      sources: ['nysora-knee-injections'],
    }),
    approach: {
      text: 'The "anterior approach" of Dumais 2012. Without imaging, landmark-guided injections reached the joint in about 75% (anteromedial) and 71% (anterolateral) of attempts.',
      sources: ['dumais-2012', 'hung-2016-protocol-table', 'nysora-knee-injections'],
    },
    protocols: [protocols.dumais2012Ia],
  },
  {
    id: 'ia-3',
    refLabel: 'IA-3',
    kind: 'intra-articular',
    name: 'Superolateral / lateral mid-patellar portal',
    target: 'joint-capsule',
    landmark: {
      patient: {
        text: 'Into the joint from the outer side, just above the kneecap, with the leg straight.',
        sources: ['wikimsk-knee-injection'],
      },
      clinician: {
        text: 'About 1 cm above and 1 cm lateral to the superolateral corner of the patella, angled about 45° beneath it, knee extended.',
        sources: ['wikimsk-knee-injection', 'nysora-knee-injections'],
      },
    },
    anchor: anchorOf('ia-3', {
      text: 'On the lateral suprapatellar capsule 1 cm above and 1 cm lateral to the superolateral patellar corner, knee extended; normal pointing laterally.',
      sources: ['wikimsk-knee-injection'],
    }),
    approach: {
      text: 'The most accurate blind portal in the cited data: the lateral mid-patellar approach entered the joint in about 93% of attempts.',
      sources: ['nysora-knee-injections', 'wikimsk-knee-injection'],
    },
    protocols: [],
    protocolNote: {
      text: 'No prolotherapy trial in the sources names this portal; general knee-injection guidance gives intra-articular volumes of 5-10 mL.',
      sources: ['wikimsk-knee-injection'],
    },
  },
  {
    id: 'ia-4',
    refLabel: 'IA-4',
    kind: 'intra-articular',
    name: 'Ultrasound-guided suprapatellar recess',
    target: 'joint-capsule',
    landmark: {
      patient: {
        text: 'Into the pouch of the joint just above the kneecap, under the thigh tendon, guided by ultrasound.',
        sources: ['ultrasound-vs-landmark-review', 'radiopaedia-suprapatellar'],
      },
      clinician: {
        text: 'Suprapatellar recess deep to the quadriceps tendon just above the patella, knee flexed about 30°, under ultrasound.',
        sources: ['nysora-knee-injections', 'ertilav-suprapatellar'],
      },
    },
    anchor: anchorOf('ia-4', {
      text: 'On the suprapatellar recess of the capsule, deep to the quadriceps tendon just proximal to the superior patellar pole; normal pointing anteriorly (or laterally, for a lateral in-plane approach).',
      sources: ['radiopaedia-suprapatellar', 'nysora-knee-injections'],
    }),
    approach: {
      text: 'Ultrasound-guided knee injections reached the joint in 95.8% of cases versus 77.8% by landmarks (odds ratio 6.4). A Mayo Clinic trial gives intra-articular dextrose under ultrasound guidance.',
      sources: ['ultrasound-vs-landmark-review', 'nct05160532', 'ertilav-suprapatellar'],
    },
    protocols: [],
    protocolNote: {
      text: 'The Mayo Clinic ultrasound-guided dextrose trial was recruiting when read; its dose is not given in the sources.',
      sources: ['nct05160532'],
    },
  },
];
