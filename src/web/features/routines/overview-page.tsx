import '../../i18n/areas/first-hour';
import '../../i18n/areas/overview';
import { Link } from 'react-router';
import { useMilestones } from '../../api/review';
import { useActions } from '../../api/who-does-what';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { type TaskStatus, TaskStatusTag, taskStatusOf } from '../../components/status-badge';
import { routinePath, stepPath, useWorkspace } from '../../components/workspace-context';
import { useLocalized, useTranslation } from '../../i18n';
import { FeedbackOverview } from '../feedback/feedback-counts';
import { RoutineWorkshopsOverview } from '../workshops/routine-workshops-overview';

interface Task {
  key: string;
  name: string;
  to?: string;
  hint?: string;
  status: TaskStatus;
}

function TaskList({ tasks }: { tasks: Task[] }) {
  return (
    <ul className="task-list">
      {tasks.map((task) => {
        const statusId = `task-${task.key}-status`;
        const hintId = `task-${task.key}-hint`;
        return (
          <li
            key={task.key}
            className={task.to ? 'task-list__item task-list__item--link' : 'task-list__item'}
          >
            <div className="task-list__name">
              {task.to ? (
                <Link
                  to={task.to}
                  aria-describedby={[task.hint ? hintId : null, statusId].filter(Boolean).join(' ')}
                >
                  {task.name}
                </Link>
              ) : (
                <span>{task.name}</span>
              )}
              {task.hint ? (
                <div className="task-list__hint" id={hintId}>
                  {task.hint}
                </div>
              ) : null}
            </div>
            <TaskStatusTag status={task.status} id={statusId} />
          </li>
        );
      })}
    </ul>
  );
}

/** Översikt: the task list of the routine, and for a new routine the way ahead. */
export function OverviewPage() {
  const { t } = useTranslation();
  const pick = useLocalized();
  const { routine, template } = useWorkspace();
  useDocumentTitle([t('workspace.overview'), routine.title]);
  // A step is for its answers and (steps 2–5) for who does what: actions count as a start.
  const actions = useActions(routine.id).data ?? [];
  const actionsIn = (step: number) => actions.filter((a) => a.step === step).length;

  const stepTasks: Task[] = template.steps.map((step) => {
    const progress = routine.progress[String(step.number)] ?? {
      answered: 0,
      total: step.questions.length,
    };
    return {
      key: `step-${step.number}`,
      name: t('overview.stepName', { number: step.number, title: pick(step.title) }),
      to: stepPath(routine.id, step.number),
      hint: [
        t('overview.answered', { answered: progress.answered, count: progress.total }),
        actionsIn(step.number) > 0
          ? t('firstHour.overview.actions', { count: actionsIn(step.number) })
          : null,
      ]
        .filter(Boolean)
        .join(' · '),
      status:
        progress.answered === 0 && actionsIn(step.number) > 0
          ? 'inProgress'
          : taskStatusOf(progress),
    };
  });
  const answered = template.steps.reduce(
    (sum, step) => sum + (routine.progress[String(step.number)]?.answered ?? 0),
    0,
  );
  const total = template.steps.reduce((sum, step) => sum + step.questions.length, 0);
  const isNew = answered === 0;

  const milestones = useMilestones(routine.id).data ?? [];
  const timelineStatus: TaskStatus =
    milestones.length === 0
      ? 'notStarted'
      : milestones.every((m) => m.doneDate)
        ? 'done'
        : 'inProgress';
  const confirmationStatus: TaskStatus =
    routine.status === 'adopted'
      ? 'done'
      : routine.status === 'in_review'
        ? 'inProgress'
        : 'cannotStart';

  const laterTasks: Task[] = [
    {
      key: 'timeline',
      name: t('workspace.timeline'),
      to: routinePath(routine.id, 'tidslinje'),
      status: timelineStatus,
    },
    {
      key: 'confirmation',
      name: t('workspace.confirmation'),
      to: routinePath(routine.id, 'bekraftelse'),
      hint: confirmationStatus === 'cannotStart' ? t('overview.confirmationHint') : undefined,
      status: confirmationStatus,
    },
    {
      key: 'publish',
      name: t('overview.publish'),
      to: routinePath(routine.id, 'publicera'),
      hint: routine.status === 'adopted' ? undefined : t('overview.publishHint'),
      status: routine.status === 'adopted' ? 'done' : 'cannotStart',
    },
  ];

  const wayAhead = (
    <ol className="list-number">
      <li>{t('overview.way.answer')}</li>
      <li>{t('overview.way.assign')}</li>
      <li>{t('overview.way.blockers')}</li>
      <li>{t('overview.way.freeze')}</li>
      <li>{t('overview.way.sign')}</li>
      <li>{t('overview.way.publish')}</li>
    </ol>
  );

  return (
    <>
      <PageHeading>{t('workspace.overview')}</PageHeading>
      <p className="lead">{pick(template.instruction)}</p>
      {isNew ? (
        <section className="panel" aria-labelledby="way-ahead-title">
          <h2 id="way-ahead-title">{t('overview.wayTitle')}</h2>
          <p>{t('overview.wayIntro')}</p>
          {wayAhead}
        </section>
      ) : (
        <details className="details">
          <summary>{t('overview.wayTitle')}</summary>
          {wayAhead}
        </details>
      )}
      <h2>{t('overview.answerTitle')}</h2>
      <p>{t('overview.answeredTotal', { answered, count: total })}</p>
      <TaskList tasks={stepTasks} />
      <h2>{t('overview.laterTitle')}</h2>
      <TaskList tasks={laterTasks} />
      <RoutineWorkshopsOverview rid={routine.id} />
      <FeedbackOverview rid={routine.id} template={template} />
    </>
  );
}

export { OverviewPage as Component };
