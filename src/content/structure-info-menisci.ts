import type { StructureInfoInput } from './clinical-schema';

/** Menisci, their coronary (meniscotibial) ligaments, the joint capsule and the pes anserine bursa. */
export const meniscusInfo: StructureInfoInput[] = [
  {
    id: 'medial-meniscus',
    function: {
      patient: {
        text: 'A C-shaped cushion of tough cartilage on the inner side. It spreads load and steadies the joint. It is held firmly, so it moves little.',
        sources: ['orthogate-menisci'],
      },
      clinician: {
        text: 'Load sharing and shock absorption, and a secondary restraint to anterior tibial translation; firmly bound to the capsule and dMCL, so excursion is only about 5 mm.',
        sources: ['orthogate-menisci'],
      },
    },
    attachments: [
      {
        label: 'Horns and periphery',
        text: {
          text: 'Anterior horn in front of the ACL; posterior horn between the lateral meniscus root and the PCL. Peripheral rim tied to the capsule, the deep MCL and, below, the plateau by the meniscotibial ligament.',
          sources: ['orthogate-menisci', 'radiopaedia-meniscotibial'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Covers about 50% of the medial plateau cartilage on MRI.',
        sources: ['bloecker-2011-menisci'],
      },
    ],
    relatedConditions: ['knee-osteoarthritis', 'chronic-mcl-sprain', 'acl-laxity', 'meniscal-injury'],
  },
  {
    id: 'lateral-meniscus',
    function: {
      patient: {
        text: 'An almost ring-shaped cushion on the outer side. It does the same job as the inner pad but is looser and slides more.',
        sources: ['orthogate-menisci'],
      },
      clinician: {
        text: 'Near-circular meniscus with the same load-sharing role; loosely attached (excursion about 11 mm) and not attached to the FCL, with the popliteus tendon passing through the popliteal hiatus.',
        sources: ['orthogate-menisci'],
      },
    },
    attachments: [
      {
        label: 'Horns and periphery',
        text: {
          text: 'Anterior and posterior roots near the intercondylar eminence; meniscofemoral ligaments (Humphrey, Wrisberg) present in about half of people; lateral meniscotibial fibres run obliquely just beneath the FCL.',
          sources: ['orthogate-menisci', 'radiopaedia-meniscotibial'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Covers about 58% of the lateral plateau cartilage on MRI.',
        sources: ['bloecker-2011-menisci'],
      },
    ],
    relatedConditions: ['knee-osteoarthritis', 'acl-laxity', 'meniscal-injury'],
  },
  {
    id: 'medial-coronary-ligament',
    function: {
      patient: {
        text: 'A thin band that ties the inner meniscus down to the shin bone, helping keep the pad in place.',
        sources: ['radiopaedia-meniscotibial', 'wikipedia-coronary-ligament'],
      },
      clinician: {
        text: 'Capsular fibres from the inferior meniscal rim to the plateau margin; limits meniscal extrusion and rotation. Its deep-MCL portion is the meniscotibial part of the dMCL.',
        sources: ['radiopaedia-meniscotibial', 'kneeguru-meniscotibial', 'radiopaedia-mcl'],
      },
    },
    attachments: [
      {
        label: 'Tibial attachment',
        text: {
          text: 'Posteromedial meniscotibial fibres arise 6-7 mm below the edge of the articular cartilage.',
          sources: ['radiopaedia-meniscotibial'],
        },
      },
    ],
    relatedConditions: ['chronic-mcl-sprain', 'meniscal-injury'],
  },
  {
    id: 'lateral-coronary-ligament',
    function: {
      patient: {
        text: 'A thin band that ties the outer meniscus to the shin bone.',
        sources: ['radiopaedia-meniscotibial', 'wikipedia-coronary-ligament'],
      },
      clinician: {
        text: 'Capsular attachment of the lateral meniscal rim to the tibia, limiting extrusion; it runs obliquely just deep to the FCL.',
        sources: ['radiopaedia-meniscotibial'],
      },
    },
    attachments: [
      {
        label: 'Course',
        text: {
          text: 'From the inferior rim of the lateral meniscus to the lateral plateau margin, passing beneath the FCL.',
          sources: ['radiopaedia-meniscotibial'],
        },
      },
    ],
    relatedConditions: ['meniscal-injury'],
  },
  {
    id: 'joint-capsule',
    function: {
      patient: {
        text: 'A sleeve around the joint that holds the lubricating fluid. Its back wall helps stop the knee bending backwards.',
        sources: ['capsule-platzer'],
      },
      clinician: {
        text: 'Fibrous capsule with synovial lining; the posterior capsule and oblique popliteal ligament resist hyperextension. The cruciates are intracapsular but extrasynovial.',
        sources: ['capsule-platzer', 'oblique-popliteal-2017'],
      },
    },
    attachments: [
      {
        label: 'Anterior (suprapatellar recess)',
        text: {
          text: 'Anteriorly the synovium starts well above the femoral cartilage because of the suprapatellar recess, which communicates with the joint in about 85% of people.',
          sources: ['capsule-platzer', 'radiopaedia-suprapatellar'],
        },
      },
      {
        label: 'Posterior',
        text: {
          text: 'Attaches at the condylar cartilage margins; the oblique popliteal ligament runs from the semimembranosus region up and laterally toward the lateral gastrocnemius or fabella.',
          sources: ['capsule-platzer', 'oblique-popliteal-2017'],
        },
      },
    ],
    dimensions: [
      {
        text: 'Oblique popliteal ligament about 39.5 mm long, 22.6 mm wide and 1.44 mm thick.',
        sources: ['oblique-popliteal-2017'],
      },
    ],
    relatedConditions: ['knee-osteoarthritis', 'acl-laxity'],
  },
  {
    id: 'pes-anserine-bursa',
    function: {
      patient: {
        text: 'A small fluid sac under three tendons on the inner shin, letting them slide smoothly.',
        sources: ['statpearls-pes-anserine'],
      },
      clinician: {
        text: 'Lies between the conjoined pes tendons and the tibia / sMCL; it usually does not communicate with the joint.',
        sources: ['statpearls-pes-anserine'],
      },
    },
    attachments: [
      {
        label: 'Position',
        text: {
          text: 'Deep to the pes anserinus, about 5 cm below the medial joint line on the anteromedial tibia.',
          sources: ['statpearls-pes-anserine', 'orthovellum-pes-anserine'],
        },
      },
    ],
    relatedConditions: ['pes-anserine-syndrome'],
  },
];
