import '../../i18n/areas/home';
import { Link, Outlet, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useCollaboration, useRoutine, useTemplate } from '../../api/queries';
import { LoadError, Loading } from '../../components/loading';
import { RoutineStatusBadge } from '../../components/status-badge';
import type { WorkspaceContext } from '../../components/workspace-context';
import { useTranslation } from '../../i18n';
import { NotFound } from '../errors/not-found';
import { LiveRoutine, useLive } from '../live/live-context';
import { PresenceBar } from '../live/presence';
import { PublishedLink } from '../publish/published-link';
import { RoutineBlockerCount } from '../quality/counts';
import { StepNav } from './step-nav';

/** The routine workspace: its header (title, status), the step navigation and the page. */
export function WorkspaceLayout() {
  const { t } = useTranslation();
  const { rid = '' } = useParams();
  const routine = useRoutine(rid);
  const template = useTemplate();
  const collaboration = useCollaboration(routine.data?.collaborationId ?? '');

  if (routine.isError) {
    if (isApiError(routine.error) && routine.error.status === 404) return <NotFound />;
    return <LoadError error={routine.error} onRetry={() => void routine.refetch()} />;
  }
  if (template.isError)
    return <LoadError error={template.error} onRetry={() => void template.refetch()} />;
  if (routine.isPending || template.isPending) return <Loading />;

  const context: WorkspaceContext = {
    routine: routine.data,
    template: template.data,
    collaboration: collaboration.data,
    canEdit: collaboration.data?.role !== 'reader',
  };
  return (
    <LiveRoutine routineId={routine.data.id} collaborationId={routine.data.collaborationId}>
      <div className="container workspace">
        <div className="routine-header">
          <nav className="breadcrumbs" aria-label={t('layout.breadcrumbs')}>
            <ol>
              <li>
                <Link to="/">{t('home.title')}</Link>
              </li>
              {collaboration.data ? (
                <li>
                  <Link to={`/samverkan/${collaboration.data.id}`}>{collaboration.data.name}</Link>
                </li>
              ) : null}
            </ol>
          </nav>
          <div className="routine-header__main">
            <p className="routine-header__title">
              <span className="visually-hidden">{t('workspace.routine')}: </span>
              {routine.data.title}
            </p>
            <p className="routine-header__status">
              <span className="visually-hidden">{t('workspace.status')}: </span>
              <RoutineStatusBadge status={routine.data.status} />
            </p>
            <p className="routine-header__blockers">
              <RoutineBlockerCount routineId={routine.data.id} />
            </p>
            <PublishedLink routine={routine.data} />
          </div>
          <LivePresence />
        </div>
        <div className="workspace__body">
          <StepNav routine={routine.data} template={template.data} />
          <div className="workspace__page">
            <Outlet context={context} />
          </div>
        </div>
      </div>
    </LiveRoutine>
  );
}

function LivePresence() {
  const live = useLive();
  return live ? <PresenceBar live={live} /> : null;
}

export { WorkspaceLayout as Component };
