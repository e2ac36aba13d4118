import type { SiteInput, Variants } from './clinical-schema';
import { cautionNotes } from './sites-cautions';
import { anchorOf } from './sites-intra-articular';
import { protocols } from './sites-protocols';

const enthesis: Variants = {
  patient: {
    text: 'The needle goes to the spot where the ligament joins the bone. This is the heart of the classic prolotherapy method.',
    sources: ['rabago-2010-primary-care', 'hung-2016-protocol-table'],
  },
  clinician: {
    text: 'Enthesis injection: the needle is taken to the junction of ligament or tendon with bone, the core of the Hackett-style technique.',
    sources: ['rabago-2010-primary-care', 'hung-2016-protocol-table'],
  },
};

const nctListed: Variants = {
  patient: {
    text: 'A trial on a public register names this as one of ten spots around the knee. That trial compares three strengths of dextrose.',
    sources: ['nct05537077'],
  },
  clinician: {
    text: 'One of the ten peri-articular points listed by a registered trial comparing 5%, 10% and 20% dextrose.',
    sources: ['nct05537077'],
  },
};

const collateral: Variants = {
  patient: {
    text: 'The needle goes to where the outer ligament joins the bone. Two trials list this spot.',
    sources: ['dumais-2012', 'nct05537077'],
  },
  clinician: {
    text: 'A collateral-ligament enthesis site in Dumais 2012 and in the registered dose-comparison trial.',
    sources: ['dumais-2012', 'nct05537077'],
  },
};

const landmark = (patient: string, clinician: string, sources: string[]): SiteInput['landmark'] => ({
  patient: { text: patient, sources },
  clinician: { text: clinician, sources },
});

/** Extra-articular (enthesis) sites (clinical.md §3.2, EA-1 to EA-10). */
export const extraArticularSites: SiteInput[] = [
  {
    id: 'ea-1',
    refLabel: 'EA-1',
    kind: 'extra-articular',
    name: 'Superficial MCL, femoral origin',
    target: 'superficial-mcl',
    landmark: landmark(
      'On the inner side of the knee, at the bony bump of the thigh bone.',
      'A mean 3.2 mm proximal and 4.8 mm posterior to the medial epicondyle.',
      ['laprade-2007-medial'],
    ),
    anchor: anchorOf('ea-1', {
      text: 'On the sMCL surface over its femoral footprint, 3.2 mm proximal and 4.8 mm posterior to the medial epicondyle; normal pointing medially.',
      sources: ['laprade-2007-medial'],
    }),
    approach: enthesis,
    cautionNote: cautionNotes['ea-1'],
    protocols: [protocols.rabago2013Ea, protocols.dumais2012Ea, protocols.nct05537077Ea],
  },
  {
    id: 'ea-2',
    refLabel: 'EA-2',
    kind: 'extra-articular',
    name: 'Superficial MCL, tibial insertion',
    target: 'superficial-mcl',
    landmark: landmark(
      'On the inner side of the shin, about 6 cm below the joint. The "goose foot" tendons lie over it.',
      'Distal sMCL attachment about 61 mm below the joint line, deep and posterior to the pes anserinus.',
      ['laprade-2007-medial'],
    ),
    anchor: anchorOf('ea-2', {
      text: 'On the distal sMCL footprint on the medial tibia, 61.2 mm below the joint line, just posterior to the pes anserinus edge; normal pointing medially.',
      sources: ['laprade-2007-medial'],
    }),
    approach: enthesis,
    cautionNote: cautionNotes['ea-2'],
    protocols: [protocols.rabago2013Ea, protocols.dumais2012Ea, protocols.nct05537077Ea],
  },
  {
    id: 'ea-3',
    refLabel: 'EA-3',
    kind: 'extra-articular',
    name: 'Medial coronary ligament / medial joint line',
    target: 'medial-coronary-ligament',
    alsoTargets: ['deep-mcl'],
    landmark: landmark(
      'On the inner joint line, where the shin bone meets the thigh bone.',
      'Medial joint line; the posteromedial meniscotibial fibres arise 6-7 mm below the edge of the tibial cartilage.',
      ['radiopaedia-meniscotibial', 'nct05537077'],
    ),
    anchor: anchorOf('ea-3', {
      text: 'On the medial meniscotibial ligament at the medial plateau rim, about 6-7 mm below the cartilage edge, mid-way front to back; normal pointing medially.',
      sources: ['radiopaedia-meniscotibial'],
    }),
    approach: nctListed,
    cautionNote: cautionNotes['ea-3'],
    protocols: [protocols.nct05537077Ea],
  },
  {
    id: 'ea-4',
    refLabel: 'EA-4',
    kind: 'extra-articular',
    name: 'Lateral coronary ligament',
    target: 'lateral-coronary-ligament',
    landmark: landmark(
      'On the outer joint line, where the outer side ligament passes over it.',
      'Lateral joint line, where the lateral meniscotibial ligament runs beneath the FCL.',
      ['radiopaedia-meniscotibial', 'nct05537077'],
    ),
    anchor: anchorOf('ea-4', {
      text: 'On the lateral meniscotibial ligament at the lateral plateau rim, just anterior to where the FCL crosses it; normal pointing laterally.',
      sources: ['radiopaedia-meniscotibial'],
    }),
    approach: nctListed,
    cautionNote: cautionNotes['ea-4'],
    protocols: [protocols.nct05537077Ea],
  },
  {
    id: 'ea-5',
    refLabel: 'EA-5',
    kind: 'extra-articular',
    name: 'LCL femoral origin',
    target: 'lcl',
    landmark: landmark(
      'On the outer side of the knee, at the bony bump of the thigh bone.',
      'A mean 1.4 mm proximal and 3.1 mm posterior to the lateral epicondyle.',
      ['laprade-2003-posterolateral'],
    ),
    anchor: anchorOf('ea-5', {
      text: 'On the FCL surface over its femoral footprint, 1.4 mm proximal and 3.1 mm posterior to the lateral epicondyle; normal pointing laterally.',
      sources: ['laprade-2003-posterolateral'],
    }),
    approach: collateral,
    cautionNote: cautionNotes['ea-5'],
    protocols: [protocols.dumais2012Ea, protocols.nct05537077Ea],
  },
  {
    id: 'ea-6',
    refLabel: 'EA-6',
    kind: 'extra-articular',
    name: 'LCL fibular insertion',
    target: 'lcl',
    landmark: landmark(
      'On the knob of bone on the outside, just below the knee.',
      'Lateral fibular head, 8.2 mm posterior to its anterior margin.',
      ['laprade-2003-posterolateral'],
    ),
    anchor: anchorOf('ea-6', {
      text: 'On the distal FCL at its fibular footprint, 8.2 mm behind the anterior margin of the fibular head; normal pointing laterally.',
      sources: ['laprade-2003-posterolateral'],
    }),
    approach: collateral,
    cautionNote: cautionNotes['ea-6'],
    protocols: [protocols.dumais2012Ea, protocols.nct05537077Ea],
    nearby: [
      {
        text: 'Common peroneal (fibular) nerve: it runs along the medial border of the biceps tendon, then winds round the fibular neck, crossing its posterior border about 20.7 mm below the tip of the fibular head.',
        sources: ['biceps-femoris-wiki', 'teo-2020-cpn-fibular-head'],
      },
    ],
  },
  {
    id: 'ea-7',
    refLabel: 'EA-7',
    kind: 'extra-articular',
    name: 'Pes anserinus',
    target: 'pes-anserine-bursa',
    alsoTargets: ['sartorius-tendon', 'gracilis-tendon', 'semitendinosus-tendon'],
    landmark: landmark(
      'On the inner side of the shin, about 5 cm below the joint line.',
      'About 5 cm below the medial joint line; for the bursa, about 2 cm distal and 2 cm medial to the tibial tuberosity.',
      ['statpearls-pes-anserine', 'orthovellum-pes-anserine'],
    ),
    anchor: anchorOf('ea-7', {
      text: 'On the conjoined pes tendons over the bursa, about 2 cm distal and 2 cm medial to the tibial tuberosity; normal pointing anteromedially.',
      sources: ['orthovellum-pes-anserine', 'statpearls-pes-anserine'],
    }),
    approach: nctListed,
    cautionNote: cautionNotes['ea-7'],
    protocols: [protocols.nct05537077Ea],
    nearby: [
      {
        text: 'Saphenous nerve, which runs behind the pes anserinus.',
        sources: ['orthovellum-pes-anserine'],
      },
    ],
  },
  {
    id: 'ea-8',
    refLabel: 'EA-8',
    kind: 'extra-articular',
    name: 'Proximal patellar tendon',
    target: 'patellar-tendon',
    landmark: landmark(
      'Just below the bottom tip of the kneecap.',
      'Patellar tendon origin at the inferior pole (apex) of the patella.',
      ['kenhub-patellar-tendon', 'nct05537077'],
    ),
    anchor: anchorOf('ea-8', {
      text: 'On the anterior surface of the patellar tendon at its origin from the patellar apex; normal pointing anteriorly.',
      sources: ['kenhub-patellar-tendon'],
    }),
    approach: nctListed,
    cautionNote: cautionNotes['ea-8'],
    protocols: [protocols.nct05537077Ea],
  },
  {
    id: 'ea-9',
    refLabel: 'EA-9',
    kind: 'extra-articular',
    name: 'Distal patellar tendon',
    target: 'patellar-tendon',
    landmark: landmark(
      'On the bony bump at the top front of the shin.',
      'Patellar tendon insertion on the tibial tuberosity.',
      ['kenhub-patellar-tendon', 'nct05537077'],
    ),
    anchor: anchorOf('ea-9', {
      text: 'On the anterior surface of the patellar tendon at its tibial tuberosity insertion; normal pointing anteriorly.',
      sources: ['kenhub-patellar-tendon'],
    }),
    approach: nctListed,
    cautionNote: cautionNotes['ea-9'],
    protocols: [protocols.nct05537077Ea],
  },
  {
    id: 'ea-10',
    refLabel: 'EA-10',
    kind: 'extra-articular',
    name: 'Quadriceps tendon insertion',
    target: 'quadriceps-tendon',
    landmark: landmark(
      'Just above the top edge of the kneecap.',
      'Quadriceps tendon enthesis at the superior pole of the patella.',
      ['orthobullets-quadriceps-tendonitis', 'nct05537077'],
    ),
    anchor: anchorOf('ea-10', {
      text: 'On the anterior surface of the quadriceps tendon at its insertion on the superior patellar pole; normal pointing anteriorly.',
      sources: ['orthobullets-quadriceps-tendonitis'],
    }),
    approach: nctListed,
    cautionNote: cautionNotes['ea-10'],
    protocols: [protocols.nct05537077Ea],
  },
];
