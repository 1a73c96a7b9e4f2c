import '../../i18n/areas/review';
import { type ReactNode, useRef, useState } from 'react';
import type { Milestone } from '../../../contracts/review';
import { type TimelineMilestone, timelineView } from '../../../domain/timeline';
import {
  useCreateMilestone,
  useDeleteMilestone,
  useMilestones,
  useUpdateMilestone,
} from '../../api/review';
import { CapStatus, isAtCap } from '../../components/cap-status';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { todayIso, useFormatDay } from '../../components/dates';
import { Icon } from '../../components/icons';
import { LoadError, Loading } from '../../components/loading';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useConfirmSaved } from '../../components/saved-notice';
import { useWorkspace } from '../../components/workspace-context';
import { useLocalized, useTranslation } from '../../i18n';
import { LifecycleSummary } from '../evaluation/lifecycle-summary';
import { MilestoneForm } from '../review/milestone-form';
import { milestoneNumbers, TimelineFigure } from '../review/timeline-figure';

function MilestoneStatus({ milestone }: { milestone: TimelineMilestone }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  if (milestone.isDone && milestone.doneDate) {
    return (
      <span className="milestone-status milestone-status--done">
        <Icon name="check" />
        {t('review.doneOn', { date: formatDay(milestone.doneDate) })}
      </span>
    );
  }
  if (milestone.isOverdue) {
    return (
      <span className="milestone-status milestone-status--overdue">
        <Icon name="warning" />
        {t('review.overdue', { count: milestone.daysOverdue })}
      </span>
    );
  }
  return (
    <span className="milestone-status milestone-status--planned">
      <Icon name="circle" />
      {t('review.state.planned')}
    </span>
  );
}

/** Tidslinje: the template's text and phases, the milestones along time, "Här är vi nu". */
const milestoneDomId = (id: string) => `milestone-item-${id}`;

export function TimelinePage() {
  const { t } = useTranslation();
  const pick = useLocalized();
  const formatDay = useFormatDay();
  const { routine, template, canEdit } = useWorkspace();
  const rid = routine.id;
  const milestones = useMilestones(rid);
  const create = useCreateMilestone(rid);
  const update = useUpdateMilestone(rid);
  const remove = useDeleteMilestone(rid);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Milestone | null>(null);
  const [status, setStatus] = useState('');
  const confirmSaved = useConfirmSaved();
  const [formKey, setFormKey] = useState(0);
  const items = useRef(new Map<string, HTMLLIElement | null>());
  const statusRef = useRef<HTMLParagraphElement>(null);
  const title = pick(template.timeline.title) || t('workspace.timeline');
  useDocumentTitle([title, routine.title]);

  const today = todayIso();
  const focusItem = (id: string) => window.setTimeout(() => items.current.get(id)?.focus(), 0);
  const focusStatus = () => window.setTimeout(() => statusRef.current?.focus(), 0);
  const phaseTitle = (key: string) =>
    pick(template.timeline.phases.find((p) => p.key === key)?.title);

  let body: ReactNode;
  if (milestones.isPending) body = <Loading />;
  else if (milestones.isError)
    body = <LoadError error={milestones.error} onRetry={() => void milestones.refetch()} />;
  else {
    const list = milestones.data;
    const byId = new Map(list.map((m) => [m.id, m]));
    const view = timelineView(list, today);
    const numbers = milestoneNumbers(view);
    const next = view.now.nextMilestoneId ? byId.get(view.now.nextMilestoneId) : undefined;

    const markDone = async (m: Milestone, done: boolean) => {
      try {
        await update.mutateAsync({
          id: m.id,
          body: { doneDate: done ? today : null, baseRevision: m.revision },
        });
        setStatus(
          done
            ? t('review.markedDone', { title: m.title })
            : t('review.markedOpen', { title: m.title }),
        );
      } catch {
        setStatus(t('review.failed'));
      }
      focusItem(m.id);
    };

    body = (
      <>
        <section className="panel here-we-are" aria-labelledby="here-we-are-title">
          <h2 id="here-we-are-title">{t('review.hereWeAre')}</h2>
          <LifecycleSummary rid={rid} linkToEvaluation />
          <p>
            {view.now.phase
              ? t('review.nowInPhase', {
                  date: formatDay(today),
                  phase: phaseTitle(view.now.phase),
                })
              : list.length === 0
                ? t('review.noMilestones')
                : t('review.allDoneText', { date: formatDay(today) })}
          </p>
          {next ? (
            <p>
              {t('review.nextMilestone', { title: next.title, date: formatDay(next.plannedDate) })}
            </p>
          ) : null}
          {view.overdueCount > 0 ? (
            <p className="milestone-status milestone-status--overdue">
              <Icon name="warning" />
              {t('review.overdueCount', { count: view.overdueCount })}
            </p>
          ) : null}
        </section>

        {list.length > 0 ? <TimelineFigure view={view} template={template} /> : null}

        <h2>{t('review.milestonesTitle')}</h2>
        <p
          ref={statusRef}
          tabIndex={-1}
          className="save-confirmation timeline-status"
          role="status"
        >
          {status}
        </p>
        {view.phases.map((phase, index) => (
          <section
            key={phase.phase}
            className="timeline-phase"
            aria-labelledby={`phase-${phase.phase}`}
          >
            <h3 id={`phase-${phase.phase}`} className="timeline-phase__title">
              <span className="timeline-phase__number">{index + 1}.</span> {phaseTitle(phase.phase)}
              <span className={`phase-state phase-state--${phase.state}`}>
                {t(`review.phaseState.${phase.state}`)}
              </span>
            </h3>
            {phase.milestones.length === 0 ? (
              <p className="muted">{t('review.phaseEmpty')}</p>
            ) : (
              <ol className="milestone-list">
                {phase.milestones.map((m) => {
                  const milestone = byId.get(m.id);
                  if (!milestone) return null;
                  const isEditing = editing === m.id;
                  return (
                    <li
                      key={m.id}
                      id={milestoneDomId(m.id)}
                      ref={(el) => {
                        items.current.set(m.id, el);
                      }}
                      tabIndex={-1}
                      className={m.isOverdue ? 'milestone milestone--overdue' : 'milestone'}
                    >
                      {isEditing ? (
                        <MilestoneForm
                          idPrefix={`milestone-${m.id}`}
                          template={template}
                          initial={{
                            phase: milestone.phase,
                            title: milestone.title,
                            plannedDate: milestone.plannedDate,
                            doneDate: milestone.doneDate,
                          }}
                          submitLabel={t('review.save')}
                          onSubmit={async (values, acknowledge) => {
                            await update.mutateAsync({
                              id: m.id,
                              body: {
                                ...values,
                                baseRevision: milestone.revision,
                                ...(acknowledge ? { acknowledgePersonalData: true } : {}),
                              },
                            });
                            setEditing(null);
                            setStatus('');
                            confirmSaved(
                              t('review.saved', { title: values.title }),
                              milestoneDomId(m.id),
                            );
                          }}
                          onCancel={() => {
                            setEditing(null);
                            focusItem(m.id);
                          }}
                        />
                      ) : (
                        <>
                          <div className="milestone__head">
                            <span className="milestone__number" aria-hidden="true">
                              {numbers.get(m.id)}
                            </span>
                            <div>
                              <p className="milestone__title">{m.title}</p>
                              <p className="milestone__dates">
                                {t('review.plannedOn', { date: formatDay(m.plannedDate) })}
                              </p>
                              <MilestoneStatus milestone={m} />
                            </div>
                          </div>
                          {canEdit ? (
                            <div className="button-group milestone__actions">
                              <button
                                type="button"
                                className="button button--secondary"
                                disabled={update.isPending}
                                onClick={() => void markDone(milestone, !m.isDone)}
                              >
                                {m.isDone ? t('review.markOpen') : t('review.markDone')}
                                <span className="visually-hidden"> ({m.title})</span>
                              </button>
                              <button
                                type="button"
                                className="button button--secondary"
                                onClick={() => {
                                  setStatus('');
                                  setEditing(m.id);
                                }}
                              >
                                {t('review.edit')}
                                <span className="visually-hidden"> ({m.title})</span>
                              </button>
                              <button
                                type="button"
                                className="button button--secondary"
                                onClick={() => setDeleting(milestone)}
                              >
                                {t('review.delete')}
                                <span className="visually-hidden"> ({m.title})</span>
                              </button>
                            </div>
                          ) : null}
                        </>
                      )}
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        ))}

        {canEdit ? (
          <section className="section" aria-labelledby="add-milestone-title">
            <h2 id="add-milestone-title">{t('review.addTitle')}</h2>
            <CapStatus cap="milestonesPerRoutine" count={list.length} id="milestones-cap" />
            {isAtCap('milestonesPerRoutine', list.length) ? null : (
              <MilestoneForm
                key={formKey}
                idPrefix="new-milestone"
                template={template}
                initial={{
                  phase: view.now.phase ?? 'establish',
                  title: '',
                  plannedDate: '',
                  doneDate: null,
                }}
                submitLabel={t('review.add')}
                onSubmit={async (values, acknowledge) => {
                  const created = await create.mutateAsync({
                    ...values,
                    ...(acknowledge ? { acknowledgePersonalData: true } : {}),
                  });
                  setFormKey((k) => k + 1);
                  setStatus('');
                  confirmSaved(
                    t('review.added', { title: created.title }),
                    milestoneDomId(created.id),
                  );
                }}
              />
            )}
          </section>
        ) : null}

        <ConfirmDialog
          isOpen={deleting !== null}
          title={t('review.deleteTitle', { title: deleting?.title ?? '' })}
          confirmLabel={t('review.deleteConfirm')}
          cancelLabel={t('review.cancel')}
          isDestructive
          isBusy={remove.isPending}
          onConfirm={async () => {
            if (!deleting) return;
            const { id, title: removed } = deleting;
            try {
              await remove.mutateAsync(id);
              setStatus(t('review.deleted', { title: removed }));
            } catch {
              setStatus(t('review.failed'));
            }
            setDeleting(null);
            focusStatus();
          }}
          onCancel={() => setDeleting(null)}
        >
          <p>{t('review.deleteText')}</p>
        </ConfirmDialog>
      </>
    );
  }

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <div className="prose">
        <p className="lead">{pick(template.timeline.text)}</p>
      </div>
      {body}
    </>
  );
}

export { TimelinePage as Component };
