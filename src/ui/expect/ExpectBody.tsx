import { useTranslation } from 'react-i18next';
import { inLanguage } from '../../content/locale/in-language';
import { type Cited, type ProcedureFact, procedureFacts, redFlags } from '../../state/clinical';
import { type ReadingLevel, useStore } from '../../state/store';
import { CitationScope, CitedText } from '../Citation';
import { SourceList } from '../SourceList';
import { RedFlagBox } from './RedFlagBox';

type Topic = ProcedureFact['topic'];
const topics: readonly Topic[] = ['before', 'during', 'course', 'after', 'safety'];

/** Facts grouped by topic, in the order the dialog shows them (so [n] numbers read in order). */
export const factGroups = (facts: readonly ProcedureFact[]) =>
  topics
    .map((topic) => ({ topic, facts: facts.filter((f) => f.topic === topic) }))
    .filter((g) => g.facts.length > 0);

const groups = factGroups(procedureFacts);

/** A fact in the language on screen. */
const inLang = (f: ProcedureFact): ProcedureFact => inLanguage('procedure', f.id, f).value;

/** Every statement the dialog shows, in order: the facts, then the "When to get help" box. */
export const expectStatements = (level: ReadingLevel): Cited[] => [
  ...groups.flatMap((g) => g.facts.map((f) => inLang(f).body[level])),
  inLanguage('procedure', redFlags.id, redFlags).value.body[level],
];

/**
 * One point of "what to expect": a short titled section with its cited text. Facts the sources could
 * not confirm (clinical.md §6) are shown, visibly marked, rather than hidden.
 */
export const FactSection = ({ fact, level }: { fact: ProcedureFact; level: ReadingLevel }) => {
  const { t } = useTranslation();
  return (
    <div className={`expect-fact${fact.unconfirmed ? ' is-unconfirmed' : ''}`} data-fact={fact.id}>
      <h4 className="expect-fact-title">{fact.title}</h4>
      {fact.unconfirmed && (
        <p className="expect-flag" data-unconfirmed="">
          <span className="badge badge-unconfirmed">{t('content.expect.unconfirmed')}</span>
        </p>
      )}
      <CitedText cited={fact.body[level]} />
    </div>
  );
};

/** The dialog's body, loaded on its own chunk: the procedure facts grouped by topic, each cited. */
export const ExpectBody = () => {
  const { t } = useTranslation();
  const level = useStore((s) => s.readingLevel);
  return (
    <CitationScope statements={expectStatements(level)} prefix="expect">
      {groups.map((g) => (
        // Plain sections (no label): headings carry the structure, not a landmark per topic.
        <section key={g.topic} className="expect-topic">
          <h3 className="card-subhead">{t(`content.expect.topics.${g.topic}`)}</h3>
          {g.facts.map((f) => (
            <FactSection key={f.id} fact={inLang(f)} level={level} />
          ))}
        </section>
      ))}
      <RedFlagBox level={level} />
      <SourceList />
    </CitationScope>
  );
};
