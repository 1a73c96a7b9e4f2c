import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationPlan } from '../../../contracts/review';
import type { Routine } from '../../../contracts/routines';
import { addMonths } from '../../../domain/timeline';
import { isApiError } from '../../api/client';
import { useCollaborationActors } from '../../api/members';
import { useEvaluationPlan, usePutEvaluationPlan } from '../../api/review';
import { ISO_DATE, todayIso, useFormatDay } from '../../components/dates';
import {
  ErrorSummary,
  FieldShell,
  type FormError,
  TextInput,
  useFormErrors,
} from '../../components/form';
import { Icon } from '../../components/icons';
import { LoadError, Loading } from '../../components/loading';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { PlanSummary } from './plan-summary';

const FIELD = {
  method: 'plan-method',
  indicators: 'plan-indicator-0',
  actor: 'plan-actor',
  frequency: 'plan-frequency',
  next: 'plan-next',
} as const;

interface Draft {
  method: string;
  indicators: string[];
  responsibleActorId: string;
  frequencyMonths: string;
  nextReviewDate: string;
}

const draftOf = (plan: EvaluationPlan | null): Draft => ({
  method: plan?.method ?? '',
  indicators: plan && plan.indicators.length > 0 ? [...plan.indicators] : [''],
  responsibleActorId: plan?.responsibleActorId ?? '',
  frequencyMonths: plan ? String(plan.frequencyMonths) : '12',
  nextReviewDate: plan?.nextReviewDate ?? '',
});

function PlanForm({
  routine,
  plan,
  cid,
  onReload,
}: {
  routine: Routine;
  plan: EvaluationPlan | null;
  cid: string;
  /** Fetches the plan as it is saved now. */
  onReload: () => Promise<EvaluationPlan | null | undefined>;
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const actors = useCollaborationActors(cid);
  const put = usePutEvaluationPlan(routine.id);
  const errors = useFormErrors();
  // An explicit save: leaving with unsaved changes asks first (components/unsaved-changes.tsx).
  const unsaved = useUnsavedChanges();
  const [draft, setDraft] = useState(() => draftOf(plan));
  const [baseRevision, setBaseRevision] = useState(plan?.revision ?? 0);
  const [saved, setSaved] = useState('');
  const [needsAck, setNeedsAck] = useState(false);
  const [isStale, setStale] = useState(false);
  const [focusIndicator, setFocusIndicator] = useState<number | null>(null);
  const indicatorRefs = useRef<(HTMLInputElement | null)[]>([]);

  useEffect(() => {
    if (focusIndicator === null) return;
    indicatorRefs.current[focusIndicator]?.focus();
    setFocusIndicator(null);
  }, [focusIndicator]);

  const change = (patch: Partial<Draft>) => {
    setSaved('');
    setDraft((d) => ({ ...d, ...patch }));
  };
  const setIndicator = (index: number, value: string) =>
    change({ indicators: draft.indicators.map((v, i) => (i === index ? value : v)) });
  const moveIndicator = (index: number, by: -1 | 1) => {
    const next = [...draft.indicators];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item ?? '');
    change({ indicators: next });
    setFocusIndicator(index + by);
  };

  const frequency = Number(draft.frequencyMonths);
  const suggestion =
    Number.isInteger(frequency) && frequency >= 1 && frequency <= 60
      ? addMonths(todayIso(), frequency)
      : null;

  async function submit(acknowledge: boolean) {
    if (put.isPending) return;
    const indicators = draft.indicators.map((s) => s.trim()).filter(Boolean);
    const problems: FormError[] = [];
    if (!draft.method.trim())
      problems.push({ fieldId: FIELD.method, message: t('review.plan.methodMissing') });
    if (indicators.length === 0)
      problems.push({ fieldId: FIELD.indicators, message: t('review.plan.indicatorsMissing') });
    if (!draft.responsibleActorId)
      problems.push({ fieldId: FIELD.actor, message: t('review.plan.responsibleMissing') });
    if (!Number.isInteger(frequency) || frequency < 1 || frequency > 60)
      problems.push({ fieldId: FIELD.frequency, message: t('review.plan.frequencyInvalid') });
    if (!ISO_DATE.test(draft.nextReviewDate))
      problems.push({ fieldId: FIELD.next, message: t('review.plan.nextMissing') });
    if (problems.length > 0) return errors.show(problems);
    errors.clear();
    try {
      const result = await put.mutateAsync({
        method: draft.method.trim(),
        indicators,
        responsibleActorId: draft.responsibleActorId,
        frequencyMonths: frequency,
        nextReviewDate: draft.nextReviewDate,
        baseRevision,
        ...(acknowledge ? { acknowledgePersonalData: true } : {}),
      });
      setBaseRevision(result.revision);
      setDraft(draftOf(result));
      setNeedsAck(false);
      setStale(false);
      setSaved(t('review.plan.saved'));
      unsaved.markSaved();
    } catch (error) {
      if (isApiError(error, 'PERSONAL_DATA_SUSPECTED')) {
        setNeedsAck(true);
        errors.show([{ fieldId: FIELD.method, message: t('review.personalData') }]);
      } else if (isApiError(error, 'STALE_REVISION')) {
        setStale(true);
        errors.show([{ message: t('review.plan.stale') }]);
      } else if (isApiError(error, 'FORBIDDEN')) {
        errors.show([{ message: t('review.forbidden') }]);
      } else if (isApiError(error, 'VALIDATION_FAILED')) {
        errors.show(
          error.fieldErrors.length > 0
            ? error.fieldErrors.map((f) => ({
                fieldId: f.field.includes('indicators')
                  ? FIELD.indicators
                  : f.field.includes('responsibleActorId')
                    ? FIELD.actor
                    : f.field.includes('frequency')
                      ? FIELD.frequency
                      : f.field.includes('nextReviewDate')
                        ? FIELD.next
                        : FIELD.method,
                message: t('review.plan.invalidField'),
              }))
            : [{ message: t('review.failed') }],
        );
      } else {
        errors.show([{ message: t('review.failed') }]);
      }
    }
  }

  const sortedActors = [...(actors.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'sv'));

  return (
    <form
      className="form evaluation-plan__form"
      noValidate
      {...unsaved.formProps}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit(false);
      }}
    >
      <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
      {isStale ? (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={async () => {
              // The saved plan replaces the draft: the user saw the warning first.
              const latest = await onReload();
              errors.clear();
              setStale(false);
              setDraft(draftOf(latest ?? null));
              setBaseRevision(latest?.revision ?? 0);
              document.getElementById(FIELD.method)?.focus();
            }}
          >
            {t('review.plan.reload')}
          </button>
        </p>
      ) : null}
      <FieldShell
        id={FIELD.method}
        label={t('review.plan.method')}
        hint={t('review.plan.methodHint')}
        error={errors.of(FIELD.method)}
      >
        {(describedBy) => (
          <textarea
            id={FIELD.method}
            className="textarea"
            rows={4}
            value={draft.method}
            aria-describedby={describedBy}
            aria-invalid={errors.of(FIELD.method) ? true : undefined}
            onChange={(event) => change({ method: event.target.value })}
          />
        )}
      </FieldShell>

      <fieldset className="fieldset indicator-list">
        <legend className="field__label">{t('review.plan.indicators')}</legend>
        <p className="field__hint">{t('review.plan.indicatorsHint')}</p>
        {errors.of(FIELD.indicators) ? (
          <p className="field__error">
            <span className="visually-hidden">{t('form.errorPrefix')} </span>
            {errors.of(FIELD.indicators)}
          </p>
        ) : null}
        <ol className="indicator-list__items">
          {draft.indicators.map((indicator, index) => {
            const id = `plan-indicator-${index}`;
            const label = t('review.plan.indicatorN', { number: index + 1 });
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the position is the identity of a row
              <li key={index} className="indicator-list__item">
                <label className="visually-hidden" htmlFor={id}>
                  {label}
                </label>
                <input
                  ref={(el) => {
                    indicatorRefs.current[index] = el;
                  }}
                  id={id}
                  className="input"
                  value={indicator}
                  autoComplete="off"
                  onChange={(event) => setIndicator(index, event.target.value)}
                />
                <div className="indicator-list__buttons">
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={index === 0}
                    onClick={() => moveIndicator(index, -1)}
                  >
                    {t('review.plan.moveUp')}
                    <span className="visually-hidden"> ({label})</span>
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={index === draft.indicators.length - 1}
                    onClick={() => moveIndicator(index, 1)}
                  >
                    {t('review.plan.moveDown')}
                    <span className="visually-hidden"> ({label})</span>
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={draft.indicators.length === 1}
                    onClick={() => {
                      change({ indicators: draft.indicators.filter((_, i) => i !== index) });
                      setFocusIndicator(Math.max(0, index - 1));
                    }}
                  >
                    {t('review.plan.remove')}
                    <span className="visually-hidden"> ({label})</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className="button button--secondary"
          disabled={draft.indicators.length >= 30}
          onClick={() => {
            change({ indicators: [...draft.indicators, ''] });
            setFocusIndicator(draft.indicators.length);
          }}
        >
          {t('review.plan.addIndicator')}
        </button>
      </fieldset>

      <FieldShell
        id={FIELD.actor}
        label={t('review.plan.responsible')}
        hint={
          sortedActors.length === 0 ? t('review.plan.noActors') : t('review.plan.responsibleHint')
        }
        error={errors.of(FIELD.actor)}
      >
        {(describedBy) => (
          <select
            id={FIELD.actor}
            className="input select"
            value={draft.responsibleActorId}
            aria-describedby={describedBy}
            aria-invalid={errors.of(FIELD.actor) ? true : undefined}
            onChange={(event) => change({ responsibleActorId: event.target.value })}
          >
            <option value="">{t('review.plan.chooseActor')}</option>
            {sortedActors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      <TextInput
        id={FIELD.frequency}
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        label={t('review.plan.frequency')}
        hint={t('review.plan.frequencyHint')}
        error={errors.of(FIELD.frequency)}
        value={draft.frequencyMonths}
        onValueChange={(frequencyMonths) => change({ frequencyMonths })}
      />
      <TextInput
        id={FIELD.next}
        type="date"
        label={t('review.plan.next')}
        hint={
          suggestion
            ? t('review.plan.nextHint', { date: formatDay(suggestion) })
            : t('review.plan.nextHintPlain')
        }
        error={errors.of(FIELD.next)}
        value={draft.nextReviewDate}
        onValueChange={(nextReviewDate) => change({ nextReviewDate })}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={put.isPending}>
          {t('review.plan.save')}
        </button>
        {needsAck ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void submit(true)}
          >
            {t('review.saveAnyway')}
          </button>
        ) : null}
        <p className="save-confirmation" role="status">
          {saved ? (
            <>
              <Icon name="check" /> {saved}
            </>
          ) : null}
        </p>
      </div>
    </form>
  );
}

/**
 * Step 6's evaluation plan (utvärderingsplan): how, by which indicators, who, how often and
 * when next. A form for editors and coordinators, a summary for readers.
 */
export function EvaluationPlanSection({
  routine,
  canEdit,
}: {
  routine: Routine;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const plan = useEvaluationPlan(routine.id);
  const actors = useCollaborationActors(routine.collaborationId);
  let content: ReactNode;
  if (plan.isPending) content = <Loading />;
  else if (plan.isError)
    content = <LoadError error={plan.error} onRetry={() => void plan.refetch()} />;
  else if (canEdit)
    content = (
      <PlanForm
        routine={routine}
        plan={plan.data}
        cid={routine.collaborationId}
        onReload={async () => (await plan.refetch()).data}
      />
    );
  else {
    const actorName = actors.data?.find((a) => a.id === plan.data?.responsibleActorId)?.name;
    content = <PlanSummary plan={plan.data} actorName={actorName} />;
  }
  return (
    <section className="evaluation-plan" aria-labelledby="evaluation-plan-title">
      <h2 id="evaluation-plan-title">{t('review.plan.title')}</h2>
      <p className="prose">{t('review.plan.intro')}</p>
      {content}
    </section>
  );
}
