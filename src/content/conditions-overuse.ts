import type { ConditionInput } from './clinical-schema';
import { noTrialEvidence } from './conditions-joint';

/** Kneecap, tendon and overuse conditions. */
export const overuseConditions: ConditionInput[] = [
  {
    id: 'patellofemoral-pain',
    name: { lay: 'Pain around the kneecap', clinical: 'Patellofemoral pain syndrome' },
    description: {
      patient: {
        text: 'Pain from the joint between the kneecap and the thigh bone. It usually comes from repeated overload, not a single injury. It is common in young, active people, especially women.',
        sources: ['pfps-overview', 'medbullets-pfps'],
      },
      clinician: {
        text: 'Anterior knee pain arising from the patellofemoral joint, typically an overload syndrome; more frequent in young active females.',
        sources: ['pfps-overview', 'medbullets-pfps'],
      },
    },
    symptoms: [
      { text: 'A dull ache around or behind the kneecap.', sources: ['medbullets-pfps'] },
      {
        text: 'Worse on stairs, squatting, kneeling or running, and after sitting for a long time; sometimes clicking.',
        sources: ['pfps-overview', 'medbullets-pfps'],
      },
    ],
    structures: [
      'patella',
      'patellar-cartilage',
      'femoral-cartilage',
      'medial-retinaculum',
      'lateral-retinaculum',
      'mpfl',
      'quadriceps-tendon',
      'patellar-tendon',
    ],
    clinicianNote: [
      {
        text: 'Pain with prolonged sitting (the "theatre sign"), stair descent and squatting; the trochlear cartilage is highlighted on the femoral cartilage layer.',
        sources: ['pfps-overview', 'medbullets-pfps'],
      },
    ],
    evidence: { strength: 'none', summary: noTrialEvidence('patellofemoral pain', ['seed-article']) },
  },
  {
    id: 'patellar-tendinopathy',
    name: { lay: 'Jumper’s knee', clinical: 'Patellar tendinopathy' },
    description: {
      patient: {
        text: 'The tendon below the kneecap is overloaded by lots of jumping or landing. Its fibres become disorganised. It is more common in men.',
        sources: ['statpearls-jumpers-knee'],
      },
      clinician: {
        text: 'Load-related tendinopathy at the proximal patellar tendon (inferior pole), occasionally at the tibial tuberosity, with collagen disorganisation; male predominance.',
        sources: ['statpearls-jumpers-knee'],
      },
    },
    symptoms: [
      {
        text: 'Pain at the bottom tip of the kneecap when jumping, squatting or using stairs.',
        sources: ['statpearls-jumpers-knee'],
      },
      {
        text: 'The tendon feels tender and may look thickened on a scan.',
        sources: ['statpearls-jumpers-knee', 'eze-2019-patellar-tendon'],
      },
    ],
    structures: ['patellar-tendon', 'patella', 'tibia'],
    clinicianNote: [
      {
        text: 'Normal ultrasound thickness is about 4.7 ± 0.4 mm; thicknesses above about 6-7 mm suggest tendinopathy (one athlete study used a cut-off above 7.0 mm).',
        sources: ['eze-2019-patellar-tendon', 'patellar-tendon-thickness-2021'],
      },
    ],
    evidence: { strength: 'none', summary: noTrialEvidence('patellar tendinopathy') },
  },
  {
    id: 'quadriceps-tendinopathy',
    name: { lay: 'Sore tendon above the kneecap', clinical: 'Quadriceps tendinopathy' },
    description: {
      patient: {
        text: 'The same kind of overload problem, but where the thigh-muscle tendon meets the top of the kneecap. It is seen in jumpers, weightlifters and older athletes.',
        sources: ['mayo-tendinitis', 'physiowizz-quadriceps'],
      },
      clinician: {
        text: 'Insertional tendinopathy of the quadriceps tendon at the superior patellar pole, seen in jumping athletes, weightlifters and older athletes.',
        sources: ['quadriceps-vs-patellar-tendinopathy', 'physiowizz-quadriceps'],
      },
    },
    symptoms: [
      {
        text: 'Pain where the tendon meets the top of the kneecap, brought on by deep knee bends, jumping, stairs or sitting for a long time.',
        sources: ['mayo-tendinitis', 'physiowizz-quadriceps'],
      },
      { text: 'Stiffness in the morning.', sources: ['physiowizz-quadriceps'] },
    ],
    structures: ['quadriceps-tendon', 'patella'],
    clinicianNote: [
      {
        text: 'Tenderness at the superior pole insertion; the tendon is trilaminar, so imaging may show layer-specific change.',
        sources: ['quadriceps-vs-patellar-tendinopathy', 'orthobullets-quadriceps-tendonitis'],
      },
    ],
    evidence: { strength: 'none', summary: noTrialEvidence('quadriceps tendinopathy') },
  },
  {
    id: 'pes-anserine-syndrome',
    name: { lay: 'Inner-shin tendon and bursa pain', clinical: 'Pes anserine tendinopathy / bursitis' },
    description: {
      patient: {
        text: 'Irritation of three joined tendons on the inner shin, or of the small fluid sac under them. It often goes with knee osteoarthritis. It is common in people who are overweight, in middle-aged women and in runners.',
        sources: ['statpearls-pes-anserine', 'goosefoot-bursitis-patient'],
      },
      clinician: {
        text: 'Pes anserinus tendinopathy or bursitis at the anteromedial proximal tibia, frequently coexisting with knee OA; risk factors include obesity, female sex (middle age) and running.',
        sources: ['statpearls-pes-anserine', 'orthovellum-pes-anserine'],
      },
    },
    symptoms: [
      {
        text: 'Tenderness on the inner shin about three finger-widths (about 5 cm) below the inner joint line. There may be some local swelling.',
        sources: ['statpearls-pes-anserine'],
      },
      {
        text: 'Pain on stairs, when getting up from a chair, or when lying on that side at night.',
        sources: ['goosefoot-bursitis-patient', 'statpearls-pes-anserine'],
      },
    ],
    structures: [
      'pes-anserine-bursa',
      'sartorius-tendon',
      'gracilis-tendon',
      'semitendinosus-tendon',
      'superficial-mcl',
    ],
    clinicianNote: [
      {
        text: 'Focal tenderness over the pes, roughly 5 cm distal to the medial joint line, with the distal sMCL attachment deep to it. For the bursa, injections are usually aimed some 2 cm below and 2 cm medial to the tibial tuberosity.',
        sources: ['statpearls-pes-anserine', 'orthovellum-pes-anserine', 'laprade-2007-medial'],
      },
    ],
    evidence: { strength: 'none', summary: noTrialEvidence('pes anserine pain') },
  },
  {
    id: 'iliotibial-band-syndrome',
    name: { lay: 'Runner’s outer knee pain', clinical: 'Iliotibial band syndrome' },
    description: {
      patient: {
        text: 'Overuse pain on the outer knee where the long outer thigh band crosses a bony bump of the thigh bone. The tissue under the band gets squeezed over and over. Among runners and cyclists it is one of the commonest reasons for pain on the outside of the knee.',
        sources: ['covey-2017-knee-pain', 'consulta-joelho-itbs', 'roosens-itbs'],
      },
      clinician: {
        text: 'Overuse syndrome at the lateral femoral epicondyle, thought to involve repeated compression of innervated tissue (fat, synovial recess) deep to the ITB.',
        sources: ['covey-2017-knee-pain', 'consulta-joelho-itbs', 'radiopaedia-itb'],
      },
    },
    symptoms: [
      {
        text: 'Sharp or burning pain on the outer knee above the joint line, worse with longer runs or running downhill.',
        sources: ['covey-2017-knee-pain'],
      },
      {
        text: 'Tender over the bony bump on the outside of the thigh bone.',
        sources: ['covey-2017-knee-pain'],
      },
    ],
    structures: ['iliotibial-band', 'femur', 'tibia'],
    clinicianNote: [
      {
        text: 'Symptoms peak near 30° of knee flexion, where the band is compressed over the lateral epicondyle; Gerdy’s tubercle is a less frequent pain site.',
        sources: ['consulta-joelho-itbs', 'covey-2017-knee-pain', 'radiopaedia-itb'],
      },
    ],
    evidence: { strength: 'none', summary: noTrialEvidence('iliotibial band syndrome') },
  },
  {
    id: 'patellar-instability',
    name: { lay: 'Kneecap that slips out', clinical: 'Patellar instability / MPFL insufficiency' },
    description: {
      patient: {
        text: 'The kneecap slips or pops out towards the outside. This happens because the band that holds it on the inner side is torn or stretched.',
        sources: ['eorif-mpfl', 'sherman-mpfl'],
      },
      clinician: {
        text: 'Recurrent lateral patellar subluxation or dislocation with MPFL tear or attenuation; the MPFL provides most of the medial soft-tissue restraint near extension.',
        sources: ['eorif-mpfl', 'sherman-mpfl'],
      },
    },
    symptoms: [
      {
        text: 'Episodes of the kneecap slipping; a nervous feeling when it is pushed outwards.',
        sources: ['eorif-mpfl'],
      },
      { text: 'Pain along the inner edge of the kneecap.', sources: ['eorif-mpfl'] },
    ],
    structures: ['mpfl', 'medial-retinaculum', 'patella'],
    clinicianNote: [
      {
        text: 'Lateral apprehension and medial retinacular tenderness; the femoral MPFL attachment lies in the saddle between adductor tubercle and medial epicondyle.',
        sources: ['eorif-mpfl', 'fujino-2013-mpfl'],
      },
    ],
    evidence: { strength: 'none', summary: noTrialEvidence('patellar instability') },
    optional: true,
  },
];
