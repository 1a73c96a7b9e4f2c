import '../../i18n/areas/review';
import { type FormEvent, type ReactNode, useState } from 'react';
import type { EvaluationPlan } from '../../../contracts/review';
import type { Routine } from '../../../contracts/routines';
import { addMonths } from '../../../domain/timeline';
import { isApiError } from '../../api/client';
import { useCollaborationActors } from '../../api/members';
import { useEvaluationPlan, usePutEvaluationPlan } from '../../api/review';
import { ISO_DATE, todayIso, useFormatDay } from '../../components/dates';
import { FieldShell, type FormError, TextInput } from '../../components/form';
import { Icon } from '../../components/icons';
import { LoadError, Loading } from '../../components/loading';
import { SaveAnywayButton, SaveFormTop, useSaveForm } from '../../components/save-form';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { useTranslation } from '../../i18n';
import { IndicatorList } from './indicator-list';
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

/** The API's field names (contract) → the form's field ids; the method for anything else. */
function fieldIdOf(field: string): string {
  if (field.includes('indicators')) return FIELD.indicators;
  if (field.includes('responsibleActorId')) return FIELD.actor;
  if (field.includes('frequency')) return FIELD.frequency;
  if (field.includes('nextReviewDate')) return FIELD.next;
  return FIELD.method;
}

/** The indicators as sent: trimmed, empty rows left out. */
const indicatorsOf = (draft: Draft) => draft.indicators.map((s) => s.trim()).filter(Boolean);

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
  // An explicit save: leaving with unsaved changes asks first (components/unsaved-changes.tsx).
  const unsaved = useUnsavedChanges();
  const [draft, setDraft] = useState(() => draftOf(plan));
  const [baseRevision, setBaseRevision] = useState(plan?.revision ?? 0);
  const [saved, setSaved] = useState('');
  const [isStale, setStale] = useState(false);

  const change = (patch: Partial<Draft>) => {
    setSaved('');
    setDraft((d) => ({ ...d, ...patch }));
  };

  const frequency = Number(draft.frequencyMonths);
  const suggestion =
    Number.isInteger(frequency) && frequency >= 1 && frequency <= 60
      ? addMonths(todayIso(), frequency)
      : null;

  function validate(): FormError[] {
    const problems: FormError[] = [];
    if (!draft.method.trim())
      problems.push({ fieldId: FIELD.method, message: t('review.plan.methodMissing') });
    if (indicatorsOf(draft).length === 0)
      problems.push({ fieldId: FIELD.indicators, message: t('review.plan.indicatorsMissing') });
    if (!draft.responsibleActorId)
      problems.push({ fieldId: FIELD.actor, message: t('review.plan.responsibleMissing') });
    if (!Number.isInteger(frequency) || frequency < 1 || frequency > 60)
      problems.push({ fieldId: FIELD.frequency, message: t('review.plan.frequencyInvalid') });
    if (!ISO_DATE.test(draft.nextReviewDate))
      problems.push({ fieldId: FIELD.next, message: t('review.plan.nextMissing') });
    return problems;
  }

  const form = useSaveForm({
    validate,
    isBusy: put.isPending,
    send: (ack) =>
      put.mutateAsync({
        method: draft.method.trim(),
        indicators: indicatorsOf(draft),
        responsibleActorId: draft.responsibleActorId,
        frequencyMonths: frequency,
        nextReviewDate: draft.nextReviewDate,
        baseRevision,
        ...ack,
      }),
    onSaved: (result) => {
      setBaseRevision(result.revision);
      setDraft(draftOf(result));
      setStale(false);
      setSaved(t('review.plan.saved'));
      unsaved.markSaved();
    },
    onRefused: (error) => {
      if (isApiError(error, 'STALE_REVISION')) setStale(true);
    },
    personalData: { fieldId: FIELD.method, message: t('review.personalData') },
    words: {
      fieldIdOf,
      invalidField: () => t('review.plan.invalidField'),
      refusal: (code) => {
        if (code === 'STALE_REVISION') return { message: t('review.plan.stale') };
        if (code === 'FORBIDDEN') return { message: t('review.forbidden') };
        return undefined;
      },
      failed: t('review.failed'),
    },
  });
  const { errors } = form;

  const sortedActors = [...(actors.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'sv'));

  return (
    <form
      className="form evaluation-plan__form"
      noValidate
      {...unsaved.formProps}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void form.save(false);
      }}
    >
      <SaveFormTop form={form} />
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

      <IndicatorList
        indicators={draft.indicators}
        error={errors.of(FIELD.indicators)}
        onChange={(indicators) => change({ indicators })}
      />

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
        <SaveAnywayButton form={form} label={t('review.saveAnyway')} />
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
