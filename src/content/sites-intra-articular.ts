import type { Cited, SiteInput } from './clinical-schema';
import { cautionNotes } from './sites-cautions';
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
      patient: {
        text: 'The Rabago trials used this spot for the injection into the joint. Another trial (Reeves 2000) used it too, with a very thin needle.',
        sources: ['rabago-2013', 'rabago-2012', 'reeves-2000', 'hung-2016-protocol-table'],
      },
      clinician: {
        text: 'Used for the intra-articular injection in the Rabago trials; Reeves 2000 also injected inferomedially, with a 27-gauge needle.',
        sources: ['rabago-2013', 'rabago-2012', 'reeves-2000', 'hung-2016-protocol-table'],
      },
    },
    cautionNote: cautionNotes['ia-1'],
    protocols: [protocols.rabago2013Ia, protocols.rabago2012Ia, protocols.reeves2000Ia],
    // Rabago 2012's peri-articular solution differs from its intra-articular one (review minor #15).
    protocolNote: {
      patient: {
        text: 'One of these studies (Rabago 2012) also gave injections around the joint. Those held a second irritant, sodium morrhuate. The table shows only its injection into the joint.',
        sources: ['rabago-2012'],
      },
      clinician: {
        text: 'Rabago 2012 (open-label) also gave extra-articular injections of 15% dextrose with 5% sodium morrhuate; its row below gives the intra-articular dose only.',
        sources: ['rabago-2012'],
      },
    },
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
        text: 'Beside the patellar tendon, medially or laterally, needle parallel to the tibial plateau with the knee at 90° (the "anterior approach" of Dumais 2012).',
        sources: ['nysora-knee-injections', 'wikimsk-knee-injection', 'dumais-2012'],
      },
    },
    anchor: anchorOf('ia-2', {
      text: 'On the anterior capsule beside the patellar tendon at the level of the tibiofemoral joint line, with the knee model flexed 90°; normal pointing anteriorly.',
      sources: ['nysora-knee-injections'],
    }),
    // The accuracy figures come from NYSORA alone (review minor #12); Dumais is cited on the landmark.
    approach: {
      patient: {
        text: 'When done by feel, without a scan, injections from this spot reached the joint about 7 out of 10 times.',
        sources: ['nysora-knee-injections'],
      },
      clinician: {
        text: 'Without imaging, landmark-guided injections from this portal reached the joint in about 75% (anteromedial) and 71% (anterolateral) of attempts.',
        sources: ['nysora-knee-injections'],
      },
    },
    cautionNote: cautionNotes['ia-2'],
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
      patient: {
        text: 'Our sources give no figure for this exact spot. A nearby way in, from the outer side at the middle of the kneecap, was the most accurate one done by feel, without a scan. It reached the joint about 9 out of 10 times.',
        sources: ['nysora-knee-injections', 'wikimsk-knee-injection'],
      },
      clinician: {
        text: 'The accuracy figure in the cited data is for the lateral mid-patellar approach, the most accurate blind portal there: about 93% of attempts entered the joint. No figure is given for the superolateral entry described above.',
        sources: ['nysora-knee-injections', 'wikimsk-knee-injection'],
      },
    },
    cautionNote: cautionNotes['ia-3'],
    protocols: [],
    protocolNote: {
      patient: {
        text: 'No prolotherapy trial in our sources names this spot. General advice for knee joint injections uses 5 to 10 mL of liquid.',
        sources: ['wikimsk-knee-injection'],
      },
      clinician: {
        text: 'No prolotherapy trial in the sources names this portal; general knee-injection guidance gives intra-articular volumes of 5-10 mL.',
        sources: ['wikimsk-knee-injection'],
      },
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
        text: 'Into a pouch of the joint just above the kneecap. The thigh tendon covers it. Ultrasound guides the needle.',
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
      patient: {
        text: 'With ultrasound, knee joint injections reached the joint about 96 times out of 100. Done by feel, they did so about 78 times out of 100. A Mayo Clinic trial uses ultrasound to guide dextrose into the joint.',
        sources: ['ultrasound-vs-landmark-review', 'nct05160532'],
      },
      clinician: {
        text: 'Ultrasound-guided knee injections reached the joint in 95.8% of cases versus 77.8% by landmarks (odds ratio 6.4). A Mayo Clinic trial gives intra-articular dextrose under ultrasound guidance.',
        sources: ['ultrasound-vs-landmark-review', 'nct05160532', 'ertilav-suprapatellar'],
      },
    },
    cautionNote: cautionNotes['ia-4'],
    protocols: [],
    protocolNote: {
      patient: {
        text: 'The Mayo Clinic trial was still looking for volunteers when we read about it. Our sources do not give its dose.',
        sources: ['nct05160532'],
      },
      clinician: {
        text: 'The Mayo Clinic ultrasound-guided dextrose trial was recruiting when read; its dose is not given in the sources.',
        sources: ['nct05160532'],
      },
    },
  },
];
