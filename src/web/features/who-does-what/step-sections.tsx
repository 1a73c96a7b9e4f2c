import '../../i18n/areas/who-does-what';
import type { TemplateStep } from '../../api/types';
import { useWhoDoesWhatPermissions } from '../../components/permissions';
import { useFormatList } from '../../components/use-format';
import { useWorkspace } from '../../components/workspace-context';
import { useTranslation } from '../../i18n';
import { ObstacleList } from './obstacle-list';
import { StepActions } from './step-actions';

/**
 * The question the obstacle → remedy list goes under: the last one asking about obstacles or
 * remedies (steps 3 and 4 of the template). None on the other steps.
 */
export function obstacleAnchorOf(step: TemplateStep): string | undefined {
  const marked = [...step.questions]
    .sort((a, b) => a.number - b.number)
    .filter((q) => q.role === 'obstacles' || q.role === 'remedies');
  return marked[marked.length - 1]?.id;
}

/** The step's obstacles beside the questions that ask for them (steps 3 and 4). */
export function StepObstaclesBeside({ step }: { step: TemplateStep }) {
  const { t } = useTranslation();
  const formatList = useFormatList();
  const { routine, collaboration } = useWorkspace();
  const permissions = useWhoDoesWhatPermissions(routine.collaborationId, collaboration?.role);
  const asking = [...step.questions]
    .filter((q) => q.role === 'obstacles' || q.role === 'remedies')
    .sort((a, b) => a.number - b.number)
    .map((q) => String(q.number));
  return (
    <ObstacleList
      intro={t('whoDoesWhat.obstacles.beside', {
        count: asking.length,
        questions: formatList(asking),
      })}
      routineId={routine.id}
      collaborationId={routine.collaborationId}
      step={step.number}
      canEdit={permissions.canEditObstacles}
      headingLevel={3}
    />
  );
}

/**
 * Under a step's questions: its obstacles (on steps that do not ask for them, as a section of
 * their own: any step may have obstacles), then "Vem gör vad i detta steg" on steps 2–5.
 */
export function StepWhoDoesWhat({ step }: { step: TemplateStep }) {
  const { routine, collaboration } = useWorkspace();
  const permissions = useWhoDoesWhatPermissions(routine.collaborationId, collaboration?.role);
  return (
    <>
      {step.hasActions ? (
        <StepActions routine={routine} step={step.number} permissions={permissions} />
      ) : null}
      {obstacleAnchorOf(step) ? null : (
        <ObstacleList
          routineId={routine.id}
          collaborationId={routine.collaborationId}
          step={step.number}
          canEdit={permissions.canEditObstacles}
          headingLevel={2}
        />
      )}
    </>
  );
}
