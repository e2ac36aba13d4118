import { inLanguage } from '../../content/locale/in-language';
import { structureName } from '../../content/structure-names';
import { structures } from '../../content/structures';
import type { Question } from '../../content/tour-schema';
import { getSite, type Site, sites } from '../../state/clinical';

const siteName = (s: Site): string => inLanguage('site', s.id, s).value.name;

/** The display name of an answer id of this question's kind (question in the language on screen). */
export const answerName = (question: Question, id: string): string => {
  if (question.kind === 'structure') return structureName(id);
  if (question.kind === 'site') {
    const site = getSite(id);
    return site ? siteName(site) : id;
  }
  return question.options.find((o) => o.id === id)?.text ?? id;
};

/** What can be picked from a list, for those who cannot or would rather not tap the model. */
export const answerChoices = (question: Question): { id: string; name: string }[] => {
  if (question.kind === 'structure') return structures.map((s) => ({ id: s.id, name: structureName(s.id) }));
  if (question.kind === 'site') return sites.map((s) => ({ id: s.id, name: siteName(s) }));
  return question.options.map((o) => ({ id: o.id, name: o.text }));
};
