import { anatomyTaps } from './quizzes-anatomy';
import { anatomyChoices } from './quizzes-anatomy-choice';
import { careChoices } from './quizzes-care';
import { evidenceChoices } from './quizzes-evidence';
import { siteTaps } from './quizzes-sites';
import { type Quiz, QuizSchema } from './tour-schema';

/**
 * The built-in quizzes (issue #11). Every answer can be read off the content: a condition's
 * structures, a site's kind or target, the healing phases, the guideline's position
 * (tests/unit/quizzes.test.ts holds them to it). Loaded lazily, like the tours.
 */
export const quizzes: readonly Quiz[] = [
  {
    id: 'knee-anatomy',
    title: 'Knee anatomy',
    summary: 'Find the main ligaments, tendons and cushions of the knee on the model.',
    questions: [...anatomyTaps, ...anatomyChoices],
  },
  {
    id: 'prolotherapy-basics',
    title: 'Prolotherapy: the basics',
    summary: 'Where the shots go, what is in them, what is normal afterwards, and what is and is not known.',
    questions: [...siteTaps, ...careChoices, ...evidenceChoices],
  },
].map((q) => QuizSchema.parse(q));

const byId = new Map(quizzes.map((q) => [q.id, q]));
export const getQuiz = (id: string): Quiz | undefined => byId.get(id);
