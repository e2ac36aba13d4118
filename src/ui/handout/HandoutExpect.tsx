import { useTranslation } from 'react-i18next';
import { type Cited, procedureFacts, redFlags } from '../../state/clinical';
import { useStore } from '../../state/store';
import { CitationScope } from '../Citation';
import { FactSection, factGroups } from '../expect/ExpectBody';
import { RedFlagBox } from '../expect/RedFlagBox';
import { SourceList } from '../SourceList';

/**
 * The points of "What to expect" a take-home sheet needs: how a course runs, the days after a
 * session, pain relief and safety. The same cited facts as the dialog, word for word.
 */
export const HANDOUT_FACTS = [
  'course-of-sessions',
  'gradual-results',
  'soreness-aftercare',
  'pain-relievers',
  'safety',
] as const;

const groups = factGroups(procedureFacts.filter((f) => (HANDOUT_FACTS as readonly string[]).includes(f.id)));

/**
 * "What to expect" and "When to get help" (review M6), with their own numbered sources. A site card
 * already carries the red flags, so then they are not printed twice.
 */
export const HandoutExpect = () => {
  const { t } = useTranslation();
  const level = useStore((s) => s.readingLevel);
  const withFlags = useStore((s) => s.site === null);
  const statements: Cited[] = [
    ...groups.flatMap((g) => g.facts.map((f) => f.body[level])),
    ...(withFlags ? [redFlags.body[level]] : []),
  ];
  return (
    <section className="handout-expect" aria-labelledby="handout-expect">
      <h2 id="handout-expect">{t('handout.expect')}</h2>
      <p className="handout-note">{t('content.expect.intro')}</p>
      <CitationScope statements={statements} prefix="handout-expect">
        {groups.map((g) => (
          <div key={g.topic} className="expect-topic">
            <h3 className="card-subhead">{t(`content.expect.topics.${g.topic}`)}</h3>
            {g.facts.map((f) => (
              <FactSection key={f.id} fact={f} level={level} />
            ))}
          </div>
        ))}
        {withFlags && <RedFlagBox level={level} />}
        <SourceList title={t('handout.expectSources')} />
      </CitationScope>
    </section>
  );
};
