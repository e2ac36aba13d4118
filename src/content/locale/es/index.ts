import { contentBundleOf } from '../bundle';
import { type ContentBundle, overlayFrom } from '../overlay';
import { conditionsEs } from './conditions';
import { evidenceEs } from './evidence';
import { expectEs } from './expect';
import { namesEs } from './names';
import { namesNeighboursEs } from './names-neighbours';
import { quizzesAnatomyEs } from './quizzes-anatomy';
import { quizzesBasicsEs } from './quizzes-basics';
import { recordNamesEs } from './record-names';
import { safetyEs } from './safety';
import { sitesCautionsEs } from './sites-cautions';
import { sitesExtraEs } from './sites-extra';
import { sitesExtraTendonsEs } from './sites-extra-tendons';
import { sitesIntraEs } from './sites-intra';
import { structuresJointEs } from './structures-joint';
import { structuresLigamentsEs } from './structures-ligaments';
import { structuresNeighboursEs } from './structures-neighbours';
import { structuresNeurovascularEs } from './structures-neurovascular';
import { structuresTendonsEs } from './structures-tendons';
import { studiesOtherEs } from './studies-other';
import { studiesReviewsEs } from './studies-reviews';
import { studiesTrialsEs } from './studies-trials';
import { synonymsEs } from './synonyms';
import { titlesEs } from './titles';
import { toursAnatomyEs } from './tours-anatomy';
import { toursExpectEs } from './tours-expect';
import { toursHealingEs } from './tours-healing';
import { toursInnerKneeEs } from './tours-inner-knee';
import { toursNearNeedleEs } from './tours-near-needle';

/**
 * The content in Spanish: every translation table, and the words Spanish speakers search with.
 * Loaded only with the Spanish chunk (i18n/es-pack.ts). What is left: `npx tsx src/content/locale/todo.ts`.
 */
export const spanishContent: ContentBundle = contentBundleOf(
  overlayFrom(
    namesEs,
    namesNeighboursEs,
    recordNamesEs,
    titlesEs,
    safetyEs,
    expectEs,
    structuresJointEs,
    structuresLigamentsEs,
    structuresTendonsEs,
    structuresNeighboursEs,
    structuresNeurovascularEs,
    sitesIntraEs,
    sitesExtraEs,
    sitesExtraTendonsEs,
    sitesCautionsEs,
    conditionsEs,
    evidenceEs,
    studiesTrialsEs,
    studiesReviewsEs,
    studiesOtherEs,
    toursExpectEs,
    toursAnatomyEs,
    toursHealingEs,
    toursInnerKneeEs,
    toursNearNeedleEs,
    quizzesAnatomyEs,
    quizzesBasicsEs,
  ),
  synonymsEs,
);
