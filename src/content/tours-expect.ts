import type { Tour, TourStep } from './tour-schema';
import { caption, cite } from './tours-caption';
import { afterTheSession } from './tours-expect-after';

/**
 * "What to expect in a prolotherapy session", in the seed article's order (assessment, imaging, the
 * solution, the injections, a course of sessions, aftercare), with the qualifications of procedure.ts:
 * where the sources say less than the seed article, the caption says what the sources say.
 */
const duringTheSession: TourStep[] = [
  {
    camera: { view: 'anterior' },
    allSites: true,
    caption: caption(
      'What prolotherapy is',
      cite(
        'Prolotherapy is a course of injections. Each time, a little of a mildly irritating liquid goes where ligaments and tendons attach to bone, and into the joint. The liquid is most often strong dextrose, a kind of sugar.',
        'rabago-2010-primary-care',
      ),
      cite(
        'Small volumes of an irritant, usually hypertonic dextrose, are injected at painful ligament and tendon entheses and into the adjacent joint over several sessions. The markers are the typical sites of published protocols.',
        'rabago-2010-primary-care',
        'hung-2016-protocol-table',
        'nct05537077',
      ),
    ),
    notes: 'The markers are typical sites from published trial protocols, not a plan for any one knee.',
  },
  {
    camera: { view: 'anterior' },
    caption: caption(
      'An assessment comes first',
      cite(
        'Before any injection, a clinician checks what is causing your knee pain. They ask about your health. They also look for reasons the injections would not be safe for you, such as an infection of the skin or the joint, or a knee replacement.',
        'seed-article',
        'creech-organ-2023',
        'procedures-consult-knee',
      ),
      cite(
        'Confirm the diagnosis, then screen for contraindications to any joint or soft-tissue injection: overlying or joint infection, fracture, allergy to the injectate, a prosthetic joint, uncontrolled anticoagulation. Trial exclusions such as pregnancy, diabetes or corn allergy are points to discuss.',
        'seed-article',
        'creech-organ-2023',
        'procedures-consult-knee',
        'nct05160532',
      ),
    ),
    notes:
      'Most of the trial evidence is for knee osteoarthritis; other diagnoses have no controlled trials.',
  },
  {
    camera: { frame: ['quadriceps-tendon'], view: 'anterior' },
    site: 'ia-4',
    caption: caption(
      'Imaging guidance',
      cite(
        'Some clinics guide the needle with ultrasound, or now and then with X-ray. The main trials did not report using imaging. With ultrasound, shots meant for the joint got there more often: about 96 times in 100, against about 78 by feel.',
        'seed-article',
        'rabago-2013',
        'ultrasound-vs-landmark-review',
      ),
      cite(
        'The landmark RCTs (Rabago, Dumais, Reeves) describe no image guidance in the text read. Ultrasound-guided knee injections entered the joint in 95.8% of cases against 77.8% by landmarks; newer trials, such as a Mayo Clinic registration and Fu 2024, use ultrasound.',
        'hung-2016-protocol-table',
        'ultrasound-vs-landmark-review',
        'nct05160532',
        'fu-2024',
      ),
    ),
    notes:
      'The seed article says imaging "ensures precise placement". The sources support only better accuracy for joint injections.',
  },
  {
    camera: { frame: ['patellar-tendon'], view: 'anterior' },
    site: 'ia-1',
    caption: caption(
      'The liquid: dextrose and a numbing medicine',
      cite(
        'The liquid is sterile dextrose, a sugar. It is often mixed with a numbing medicine such as lidocaine, so the shots sting less. The strength was not the same in every trial, so your clinician decides on the dose.',
        'seed-article',
        'dumais-2012',
        'hung-2016-protocol-table',
        'reeves-2000',
        'rabago-2013',
      ),
      cite(
        'Intra-articular dextrose ranged from 10% (Reeves 2000, 9 mL) to 25% (Rabago 2013, 6 mL, through this inferomedial portal); extra-articular injections used 15% in Rabago and Dumais. Lidocaine 0.075-1%. The protocols differ and are best not merged into one standard dose.',
        'reeves-2000',
        'rabago-2013',
        'dumais-2012',
        'hung-2016-protocol-table',
      ),
    ),
  },
  {
    camera: { view: 'anterior' },
    allSites: true,
    caption: caption(
      'Several injections in one visit',
      cite(
        'One visit often has several small injections. One goes into the joint. Others go where ligaments and tendons attach to bone. Some trials gave only the one injection into the joint.',
        'seed-article',
        'rabago-2013',
        'sit-2020',
      ),
      cite(
        'The whole-joint (Hackett-Hemwall) method pairs one intra-articular injection with many enthesis injections: 0.5 mL per needle insertion, up to 22.5 mL, in Rabago 2013; ten points of 1 mL in NCT05537077. Sit 2020 tested intra-articular injection alone, because the whole-joint method is painful and needs intensive training.',
        'rabago-2013',
        'nct05537077',
        'sit-2018-protocol',
        'sit-2020',
      ),
    ),
  },
  {
    camera: { frame: ['superficial-mcl'], view: 'medial' },
    site: 'ea-1',
    caption: caption(
      'Where a ligament meets the bone',
      cite(
        'For a ligament, the needle goes to the spot where it joins the bone. This spot is where the inner knee ligament starts, on the thigh bone.',
        'rabago-2010-primary-care',
        'hung-2016-protocol-table',
        'laprade-2007-medial',
      ),
      cite(
        'EA-1, the sMCL femoral origin, 3.2 mm above and 4.8 mm behind the medial epicondyle. Rabago 2013 gave 0.5 mL of 15% dextrose per needle insertion; Dumais 2012 gave 1 mL of 15% dextrose with 0.6% lidocaine at each of 8 collateral-ligament sites.',
        'laprade-2007-medial',
        'rabago-2013',
        'dumais-2012',
      ),
    ),
  },
  {
    camera: { view: 'anterior' },
    caption: caption(
      'How long a session takes',
      cite(
        'The article this app started from says a session takes 15 to 30 minutes. None of the trials we checked said how long a session took, so this is not confirmed.',
        'seed-article',
      ),
      cite(
        'Session duration, 15-30 minutes in the seed article, is not reported by the retrieved trials: treat it as unconfirmed.',
        'seed-article',
      ),
    ),
  },
];

export const whatToExpect: Tour = {
  id: 'what-to-expect',
  title: 'What to expect in a prolotherapy session',
  summary:
    'A session step by step, from the first check to aftercare and a course of sessions, with what the research shows.',
  steps: [...duringTheSession, ...afterTheSession],
};
