import '../../i18n/areas/versions';
import type { VersionDiff } from '../../../contracts/versions';
import type { RoutineSnapshot } from '../../../domain/snapshot';
import type { Template } from '../../api/types';
import { useFormatDay } from '../../components/dates';
import { useLocalized, useTranslation } from '../../i18n';

type WordOps = VersionDiff['answers'][number]['words'];
type EntityChange = VersionDiff['actions'][number];
type FieldChange = EntityChange['fields'][number];
type Change = EntityChange['change'];

/** Names behind the ids a diff mentions, from both versions' snapshots. */
export interface NameLookup {
  actors: Map<string, string>;
  contactPaths: Map<string, string>;
  actions: Map<string, string>;
}

export function lookupOf(...snapshots: (Partial<RoutineSnapshot> | undefined)[]): NameLookup {
  const lookup: NameLookup = { actors: new Map(), contactPaths: new Map(), actions: new Map() };
  for (const snapshot of snapshots) {
    for (const actor of snapshot?.actors ?? []) {
      lookup.actors.set(actor.id, actor.name);
      for (const path of actor.contactPaths ?? []) {
        lookup.contactPaths.set(
          path.id,
          [path.label, path.display || path.value].filter(Boolean).join(': '),
        );
      }
    }
    for (const action of snapshot?.actions ?? []) lookup.actions.set(action.id, action.what);
  }
  return lookup;
}

/** A word-level diff: inserted words in <ins>, deleted in <del>, each with a text marker. */
export function WordDiff({ words }: { words: WordOps }) {
  const { t } = useTranslation();
  return (
    <p className="word-diff">
      {words.map((word, index) => {
        const key = `${index}-${word.op}`;
        if (word.op === 'insert') {
          return (
            <ins key={key} className="diff-ins">
              <span className="visually-hidden">[{t('versions.diff.insertedStart')}] </span>
              <span className="diff-mark" aria-hidden="true">
                +
              </span>
              {word.text}
              <span className="visually-hidden"> [{t('versions.diff.insertedEnd')}]</span>
            </ins>
          );
        }
        if (word.op === 'delete') {
          return (
            <del key={key} className="diff-del">
              <span className="visually-hidden">[{t('versions.diff.deletedStart')}] </span>
              <span className="diff-mark" aria-hidden="true">
                −
              </span>
              {word.text}
              <span className="visually-hidden"> [{t('versions.diff.deletedEnd')}]</span>
            </del>
          );
        }
        return <span key={key}>{word.text}</span>;
      })}
    </p>
  );
}

export function ChangeTag({ change }: { change: Change }) {
  const { t } = useTranslation();
  const symbol = change === 'added' ? '+' : change === 'removed' ? '−' : '~';
  return (
    <span className={`change-tag change-tag--${change}`}>
      <span aria-hidden="true">{symbol}</span> {t(`versions.diff.change.${change}`)}
    </span>
  );
}

const FIELD_KEYS = new Set([
  'name',
  'kind',
  'description',
  'channel',
  'value',
  'display',
  'href',
  'label',
  'hours',
  'always',
  'audience',
  'notes',
  'step',
  'actorId',
  'what',
  'when',
  'contactPathId',
  'isEntryPoint',
  'handoffTo',
  'position',
  'remedy',
  'ownerActorId',
  'phase',
  'title',
  'plannedDate',
  'doneDate',
  'method',
  'indicators',
  'responsibleActorId',
  'frequencyMonths',
  'nextReviewDate',
  'url',
  'steps',
  'contact',
  'source',
  'slug',
  'mainRule',
  'contactPaths',
]);

function useValueText(lookup: NameLookup) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const pick = useLocalized();
  const text = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '–';
    if (typeof value === 'boolean') return value ? t('versions.diff.yes') : t('versions.diff.no');
    if (Array.isArray(value)) {
      if (value.length === 0) return '–';
      return value.map((v) => text(field === 'handoffTo' ? 'actionId' : field, v)).join('; ');
    }
    if (typeof value === 'object') {
      const localized = value as { sv?: unknown; en?: unknown };
      if (typeof localized.sv === 'string') return pick(localized as { sv: string; en: string });
      return JSON.stringify(value);
    }
    const s = String(value);
    if (field === 'actorId' || field === 'ownerActorId' || field === 'responsibleActorId')
      return lookup.actors.get(s) ?? s;
    if (field === 'contactPathId') return lookup.contactPaths.get(s) ?? s;
    if (field === 'actionId') return lookup.actions.get(s) ?? s;
    if (field === 'audience' && ['children', 'adults', 'all'].includes(s))
      return t(`versions.diff.audience.${s as 'children' | 'adults' | 'all'}`);
    if (field === 'phase' && ['establish', 'implement', 'test', 'evaluate'].includes(s))
      return t(`versions.diff.phase.${s as 'establish' | 'implement' | 'test' | 'evaluate'}`);
    if (/Date$/.test(field) && /^\d{4}-\d{2}-\d{2}$/.test(s)) return formatDay(s);
    return s;
  };
  return text;
}

export function FieldTable({
  fields,
  caption,
  lookup,
}: {
  fields: FieldChange[];
  caption: string;
  lookup: NameLookup;
}) {
  const { t } = useTranslation();
  const valueText = useValueText(lookup);
  const fieldName = (field: string) =>
    FIELD_KEYS.has(field)
      ? t(`versions.diff.fields.${field}` as 'versions.diff.fields.name')
      : field;
  return (
    <table className="table field-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('versions.diff.field')}</th>
          <th scope="col">{t('versions.diff.before')}</th>
          <th scope="col">{t('versions.diff.after')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f.field}>
            <th scope="row">{fieldName(f.field)}</th>
            <td className="field-table__before">
              {f.before === null || f.before === undefined ? (
                '–'
              ) : (
                <del className="diff-del">
                  <span className="visually-hidden">[{t('versions.diff.deletedStart')}] </span>
                  {valueText(f.field, f.before)}
                </del>
              )}
            </td>
            <td className="field-table__after">
              {f.after === null || f.after === undefined ? (
                '–'
              ) : (
                <ins className="diff-ins">
                  <span className="visually-hidden">[{t('versions.diff.insertedStart')}] </span>
                  {valueText(f.field, f.after)}
                </ins>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FieldTableRegion({ change, lookup }: { change: EntityChange; lookup: NameLookup }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable (WCAG 2.1.1)
    <section className="table-wrap" tabIndex={0} aria-label={change.label}>
      <FieldTable fields={change.fields} caption={change.label} lookup={lookup} />
    </section>
  );
}

function EntitySection({
  id,
  title,
  changes,
  lookup,
}: {
  id: string;
  title: string;
  changes: EntityChange[];
  lookup: NameLookup;
}) {
  const { t } = useTranslation();
  if (changes.length === 0) return null;
  return (
    <section className="diff-section" aria-labelledby={`diff-${id}`}>
      <h2 id={`diff-${id}`}>
        {title} <span className="diff-section__count">({changes.length})</span>
      </h2>
      {changes.map((change) => (
        <div key={change.id} className={`diff-entity diff-entity--${change.change}`}>
          <h3 className="diff-entity__title">
            <ChangeTag change={change.change} /> {change.label || t('versions.diff.unnamed')}
            {change.step ? (
              <span className="diff-entity__step">
                {' '}
                · {t('versions.diff.step', { step: change.step })}
              </span>
            ) : null}
          </h3>
          {change.change === 'changed' ? (
            <FieldTableRegion change={change} lookup={lookup} />
          ) : (
            // Added and removed items list every field: folded, so the page stays scannable.
            <details className="details diff-entity__details">
              <summary>{t('versions.diff.showFields')}</summary>
              <FieldTableRegion change={change} lookup={lookup} />
            </details>
          )}
        </div>
      ))}
    </section>
  );
}

/** Everything that differs between two versions, part by part. */
export function DiffView({
  diff,
  template,
  lookup,
}: {
  diff: VersionDiff;
  template: Template;
  lookup: NameLookup;
}) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const questionOf = (id: string) => {
    for (const step of template.steps) {
      const question = step.questions.find((q) => q.id === id);
      if (question) return { step, question };
    }
    return null;
  };
  const isEmpty =
    diff.routine.length === 0 &&
    diff.answers.length === 0 &&
    diff.mainRule === null &&
    diff.actors.length +
      diff.contactPaths.length +
      diff.actions.length +
      diff.obstacles.length +
      diff.milestones.length +
      diff.knowledge.length ===
      0 &&
    diff.evaluationPlan === null;
  if (isEmpty) return <p className="notice">{t('versions.diff.noChanges')}</p>;

  return (
    <div className="diff">
      {diff.routine.length > 0 ? (
        <section className="diff-section" aria-labelledby="diff-routine">
          <h2 id="diff-routine">{t('versions.diff.parts.routine')}</h2>
          <FieldTable
            fields={diff.routine}
            caption={t('versions.diff.parts.routine')}
            lookup={lookup}
          />
        </section>
      ) : null}
      {diff.answers.length > 0 || diff.mainRule ? (
        <section className="diff-section" aria-labelledby="diff-answers">
          <h2 id="diff-answers">
            {t('versions.diff.parts.answers')}{' '}
            <span className="diff-section__count">
              ({diff.answers.length + (diff.mainRule ? 1 : 0)})
            </span>
          </h2>
          {diff.mainRule ? (
            <div className="diff-answer">
              <h3 className="diff-entity__title">
                <ChangeTag change={diff.mainRule.change} /> {t('versions.diff.mainRule')}
              </h3>
              <WordDiff words={diff.mainRule.words} />
            </div>
          ) : null}
          {diff.answers.map((answer) => {
            const found = questionOf(answer.questionId);
            return (
              <div key={answer.questionId} className="diff-answer">
                <h3 className="diff-entity__title">
                  <ChangeTag change={answer.change} />{' '}
                  {found
                    ? t('versions.diff.question', {
                        step: found.step.number,
                        number: found.question.number,
                        text: pick(found.question.text),
                      })
                    : answer.questionId}
                </h3>
                <WordDiff words={answer.words} />
              </div>
            );
          })}
        </section>
      ) : null}
      <EntitySection
        id="actions"
        title={t('versions.diff.parts.actions')}
        changes={diff.actions}
        lookup={lookup}
      />
      <EntitySection
        id="actors"
        title={t('versions.diff.parts.actors')}
        changes={diff.actors}
        lookup={lookup}
      />
      <EntitySection
        id="contact-paths"
        title={t('versions.diff.parts.contactPaths')}
        changes={diff.contactPaths}
        lookup={lookup}
      />
      <EntitySection
        id="obstacles"
        title={t('versions.diff.parts.obstacles')}
        changes={diff.obstacles}
        lookup={lookup}
      />
      <EntitySection
        id="milestones"
        title={t('versions.diff.parts.milestones')}
        changes={diff.milestones}
        lookup={lookup}
      />
      <EntitySection
        id="knowledge"
        title={t('versions.diff.parts.knowledge')}
        changes={diff.knowledge}
        lookup={lookup}
      />
      {diff.evaluationPlan ? (
        <section className="diff-section" aria-labelledby="diff-plan">
          <h2 id="diff-plan">
            {t('versions.diff.parts.evaluationPlan')}{' '}
            <ChangeTag change={diff.evaluationPlan.change} />
          </h2>
          <FieldTable
            fields={diff.evaluationPlan.fields}
            caption={t('versions.diff.parts.evaluationPlan')}
            lookup={lookup}
          />
        </section>
      ) : null}
    </div>
  );
}
