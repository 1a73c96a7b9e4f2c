import type { RoutineStatus } from '../../contracts/routines';
import { useTranslation } from '../i18n';
import { Icon, type IconName } from './icons';

const ROUTINE_ICONS: Record<RoutineStatus, IconName> = {
  draft: 'pencil',
  in_review: 'clock',
  adopted: 'check',
  archived: 'archive',
};

/** A routine's status in words with an icon: never colour alone. */
export function RoutineStatusBadge({ status }: { status: RoutineStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status status--${status}`}>
      <Icon name={ROUTINE_ICONS[status]} />
      <span>{t(`routineStatus.${status}`)}</span>
    </span>
  );
}

export type TaskStatus = 'notStarted' | 'inProgress' | 'done' | 'cannotStart';

const TASK_ICONS: Record<TaskStatus, IconName> = {
  notStarted: 'circle',
  inProgress: 'half',
  done: 'check',
  cannotStart: 'lock',
};

/** A task-list row's status in words (Ej påbörjad / Påbörjad / Klar). */
export function TaskStatusTag({ status, id }: { status: TaskStatus; id?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`task-status task-status--${status}`} id={id}>
      <Icon name={TASK_ICONS[status]} />
      <span>{t(`taskStatus.${status}`)}</span>
    </span>
  );
}

export function taskStatusOf(
  progress: { answered: number; total: number } | undefined,
): TaskStatus {
  if (!progress || progress.answered <= 0) return 'notStarted';
  return progress.answered >= progress.total ? 'done' : 'inProgress';
}
