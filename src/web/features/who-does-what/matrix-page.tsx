import '../../i18n/areas/step';
import '../../i18n/areas/who-does-what';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import type { Action } from '../../../contracts/actions';
import { useActions, useActors, useMatrix } from '../../api/who-does-what';
import { LoadError, Loading } from '../../components/loading';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useWhoDoesWhatPermissions } from '../../components/permissions';
import { useConfirmSaved } from '../../components/saved-notice';
import { useWorkspace } from '../../components/workspace-context';
import { useLocalized, useTranslation } from '../../i18n';
import { MatrixCards, MatrixTable } from './matrix-views';

// The form (with react-aria's combobox) loads when an action is first opened.
const ActionDialog = lazy(() =>
  import('./action-dialog').then((m) => ({ default: m.ActionDialog })),
);

/**
 * Vem gör vad: actors (rows) × steps 2–5 (columns), each cell with that actor's actions in the
 * step. An action opens for editing where the user may change it, or else on its step page.
 */
export function MatrixPage() {
  const { t } = useTranslation();
  const pick = useLocalized();
  const { routine, template, collaboration } = useWorkspace();
  const matrix = useMatrix(routine.id);
  const actions = useActions(routine.id);
  const actors = useActors(routine.collaborationId);
  const permissions = useWhoDoesWhatPermissions(routine.collaborationId, collaboration?.role);
  const [editing, setEditing] = useState<Action | null>(null);
  const confirmSaved = useConfirmSaved();
  useDocumentTitle([t('workspace.matrix'), routine.title]);

  const stepTitle = (n: number) => {
    const step = template.steps.find((s) => s.number === n);
    return step ? t('step.heading', { number: n, title: pick(step.title) }) : String(n);
  };

  let body: React.ReactNode;
  if (matrix.isPending || actions.isPending || actors.isPending) body = <Loading />;
  else if (matrix.isError)
    body = <LoadError error={matrix.error} onRetry={() => void matrix.refetch()} />;
  else if (actions.isError)
    body = <LoadError error={actions.error} onRetry={() => void actions.refetch()} />;
  else if (actors.isError)
    body = <LoadError error={actors.error} onRetry={() => void actors.refetch()} />;
  else if (matrix.data.actors.length === 0)
    body = (
      <p>
        {t('whoDoesWhat.matrix.noActors')}{' '}
        <Link to={`/samverkan/${routine.collaborationId}/aktorer`}>
          {t('whoDoesWhat.panel.toActors')}
        </Link>
      </p>
    );
  else {
    const viewProps = {
      matrix: matrix.data,
      actors: actors.data,
      routineId: routine.id,
      stepTitle,
      canEdit: (action: Action) => permissions.canEditActionsOf(action.actorId),
      onEdit: setEditing,
    };
    body = (
      <>
        <MatrixTable {...viewProps} />
        <MatrixCards {...viewProps} />
      </>
    );
  }

  return (
    <>
      <PageHeading>{t('workspace.matrix')}</PageHeading>
      <div className="prose">
        <p className="lead">{t('whoDoesWhat.matrix.intro')}</p>
      </div>
      <p className="no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('whoDoesWhat.matrix.print')}
        </button>
      </p>
      {body}
      {actions.data && actors.data && editing ? (
        <Suspense fallback={null}>
          <ActionDialog
            routineId={routine.id}
            step={editing?.step ?? 2}
            action={editing ?? undefined}
            actors={actors.data}
            allActions={actions.data}
            permissions={permissions}
            isOpen={editing !== null}
            onClose={() => setEditing(null)}
            onSaved={(saved) => {
              setEditing(null);
              confirmSaved(t('whoDoesWhat.panel.saved'), `matrix-action-${saved.id}`);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}

export { MatrixPage as Component };
