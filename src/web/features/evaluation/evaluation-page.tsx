import '../../i18n/areas/evaluation';
import { type ReactNode, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ReviewPeriod } from '../../../contracts/evaluation';
import { isApiError } from '../../api/client';
import {
  useCreateReviewPeriod,
  useLifecycle,
  useReviewPeriods,
  useStartRevision,
  useUpdateReviewPeriod,
} from '../../api/evaluation';
import { useCollaborationActors } from '../../api/members';
import { useEvaluationPlan } from '../../api/review';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { todayIso } from '../../components/dates';
import { LoadError, Loading } from '../../components/loading';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useConfirmSaved } from '../../components/saved-notice';
import { stepPath, useWorkspace } from '../../components/workspace-context';
import { useTranslation } from '../../i18n';
import { PlanSummary } from '../review/plan-summary';
import { LifecycleSummary } from './lifecycle-summary';
import { NextReviewForm } from './next-review-form';
import { ReviewPeriodCard } from './review-period-card';
import { ReviewPeriodForm, type ReviewPeriodValues } from './review-period-form';

const periodDomId = (id: string) => `review-period-${id}`;

/** Utvärdering: the plan from step 6, the review periods, and "Starta revidering". */
export function EvaluationPage() {
  const { t } = useTranslation();
  const { routine, collaboration } = useWorkspace();
  const rid = routine.id;
  const isCoordinator = collaboration?.role === 'coordinator';
  const plan = useEvaluationPlan(rid);
  const actors = useCollaborationActors(routine.collaborationId);
  const periods = useReviewPeriods(rid);
  const lifecycle = useLifecycle(rid);
  const create = useCreateReviewPeriod(rid);
  const update = useUpdateReviewPeriod(rid);
  const start = useStartRevision(rid);
  const confirmSaved = useConfirmSaved();
  const [editing, setEditing] = useState<string | null>(null);
  const [starting, setStarting] = useState<ReviewPeriod | null>(null);
  const [status, setStatus] = useState('');
  const [formKey, setFormKey] = useState(0);
  const statusRef = useRef<HTMLParagraphElement>(null);
  useDocumentTitle([t('evaluation.title'), routine.title]);

  const state = lifecycle.data?.state;
  const canStartRevision =
    isCoordinator && (state === 'adopted' || state === 'in_use' || state === 'evaluation_due');
  const actorList = [...(actors.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const indicators = plan.data?.indicators ?? [];

  const save = (p: ReviewPeriod) => async (values: ReviewPeriodValues, acknowledge: boolean) => {
    await update.mutateAsync({
      id: p.id,
      body: {
        ...values,
        baseRevision: p.revision,
        ...(acknowledge ? { acknowledgePersonalData: true } : {}),
      },
    });
    setEditing(null);
    confirmSaved(t('evaluation.form.saved'), periodDomId(p.id));
  };

  let list: ReactNode;
  if (periods.isPending) list = <Loading />;
  else if (periods.isError)
    list = <LoadError error={periods.error} onRetry={() => void periods.refetch()} />;
  else if (periods.data.length === 0)
    list = <p>{isCoordinator ? t('evaluation.emptyCoordinator') : t('evaluation.empty')}</p>;
  else
    list = (
      <ol className="review-period-list">
        {periods.data.map((p) => (
          <li
            key={p.id}
            id={periodDomId(p.id)}
            tabIndex={-1}
            className="panel review-period"
            aria-labelledby={`${periodDomId(p.id)}-title`}
          >
            {editing === p.id ? (
              <>
                <h3 id={`${periodDomId(p.id)}-title`}>{t('evaluation.form.edit')}</h3>
                <ReviewPeriodForm
                  idPrefix={`period-${p.id}`}
                  indicators={indicators}
                  actors={actorList}
                  initial={p}
                  submitLabel={t('evaluation.form.save')}
                  onSubmit={save(p)}
                  onCancel={() => setEditing(null)}
                />
              </>
            ) : (
              <>
                <ReviewPeriodCard
                  period={p}
                  actors={actorList}
                  headingId={`${periodDomId(p.id)}-title`}
                />
                {isCoordinator ? (
                  <div className="button-group">
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => {
                        setStatus('');
                        setEditing(p.id);
                      }}
                    >
                      {t('evaluation.form.edit')}
                      <span className="visually-hidden">
                        {' '}
                        ({p.periodStart} – {p.periodEnd})
                      </span>
                    </button>
                    {canStartRevision ? (
                      <button type="button" className="button" onClick={() => setStarting(p)}>
                        {t('evaluation.revision.start')}
                        <span className="visually-hidden">
                          {' '}
                          ({p.periodStart} – {p.periodEnd})
                        </span>
                      </button>
                    ) : null}
                  </div>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ol>
    );

  return (
    <>
      <PageHeading>{t('evaluation.title')}</PageHeading>
      <p className="lead">{t('evaluation.intro')}</p>
      <LifecycleSummary rid={rid} />

      <section className="section" aria-labelledby="evaluation-plan-summary">
        <h2 id="evaluation-plan-summary">{t('evaluation.planTitle')}</h2>
        {plan.isPending ? (
          <Loading />
        ) : plan.isError ? (
          <LoadError error={plan.error} onRetry={() => void plan.refetch()} />
        ) : (
          <PlanSummary
            plan={plan.data}
            actorName={actorList.find((a) => a.id === plan.data?.responsibleActorId)?.name}
          />
        )}
        <p>
          <Link to={`${stepPath(rid, 6)}#evaluation-plan-title`}>{t('evaluation.planEdit')}</Link>
        </p>
      </section>

      {plan.data ? (
        <NextReviewForm
          rid={rid}
          plan={plan.data}
          canEdit={collaboration?.role === 'coordinator' || collaboration?.role === 'editor'}
        />
      ) : null}

      <section className="section" aria-labelledby="review-periods-title">
        <h2 id="review-periods-title">{t('evaluation.periodsTitle')}</h2>
        {!isCoordinator ? <p className="muted">{t('evaluation.onlyCoordinators')}</p> : null}
        {isCoordinator && state === 'not_adopted' ? (
          <p className="muted">{t('evaluation.revision.needsAdoption')}</p>
        ) : null}
        <p ref={statusRef} tabIndex={-1} className="save-confirmation" role="status">
          {status}
        </p>
        {list}
      </section>

      {isCoordinator ? (
        <section className="section" aria-labelledby="add-review-title">
          <h2 id="add-review-title">{t('evaluation.form.addTitle')}</h2>
          <ReviewPeriodForm
            key={formKey}
            idPrefix="new-period"
            indicators={indicators}
            actors={actorList}
            initial={{
              periodStart: '',
              periodEnd: todayIso(),
              indicatorValues: [],
              meetingDate: null,
              presentActorIds: [],
              decisions: '',
            }}
            submitLabel={t('evaluation.form.add')}
            onSubmit={async (values, acknowledge) => {
              const created = await create.mutateAsync({
                ...values,
                ...(acknowledge ? { acknowledgePersonalData: true } : {}),
              });
              setFormKey((k) => k + 1);
              confirmSaved(t('evaluation.form.added'), periodDomId(created.id));
            }}
          />
        </section>
      ) : null}

      <ConfirmDialog
        isOpen={starting !== null}
        title={t('evaluation.revision.confirmTitle', {
          version: lifecycle.data?.adoptedVersion ?? '',
        })}
        confirmLabel={t('evaluation.revision.start')}
        cancelLabel={t('evaluation.form.cancel')}
        isBusy={start.isPending}
        onConfirm={async () => {
          if (!starting) return;
          try {
            const result = await start.mutateAsync({
              id: starting.id,
              baseRevision: starting.revision,
            });
            setStatus(t('evaluation.revision.started', { count: result.openItems.length }));
          } catch (error) {
            setStatus(
              isApiError(error, 'CONFLICT') || isApiError(error, 'STALE_REVISION')
                ? t('evaluation.revision.conflict')
                : t('evaluation.revision.failed'),
            );
          }
          setStarting(null);
          window.setTimeout(() => statusRef.current?.focus(), 0);
        }}
        onCancel={() => setStarting(null)}
      >
        <p>
          {t('evaluation.revision.confirmText', {
            version: lifecycle.data?.adoptedVersion ?? '',
          })}
        </p>
      </ConfirmDialog>
    </>
  );
}

export { EvaluationPage as Component };
