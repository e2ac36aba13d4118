import { structureName } from '../../content/structure-names';
import { structures } from '../../content/structures';
import type { Question } from '../../content/tour-schema';
import { getSite, sites } from '../../state/clinical';

/** The display name of an answer id of this question's kind. */
export const answerName = (question: Question, id: string): string => {
  if (question.kind === 'structure') return structureName(id);
  if (question.kind === 'site') return getSite(id)?.name ?? id;
  return question.options.find((o) => o.id === id)?.text ?? id;
};

/** What can be picked from a list, for those who cannot or would rather not tap the model. */
export const answerChoices = (question: Question): { id: string; name: string }[] => {
  if (question.kind === 'structure') return structures.map((s) => ({ id: s.id, name: structureName(s.id) }));
  if (question.kind === 'site') return sites.map((s) => ({ id: s.id, name: s.name }));
  return question.options.map((o) => ({ id: o.id, name: o.text }));
};
