import '../../i18n/areas/who-does-what';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import type { Action } from '../../../contracts/actions';
import type { Actor } from '../../../contracts/actors';
import type { Routine } from '../../../contracts/routines';
import { isApiError } from '../../api/client';
import { useActions, useActors, useDeleteAction, useUpdateAction } from '../../api/who-does-what';
import { useAnnounce } from '../../components/announcer';
import { CapStatus, isAtCap } from '../../components/cap-status';
import { ConfirmDialog } from '../../components/confirm-dialog-on-demand';
import { domIds, focusWhenReady } from '../../components/focus';
import { actionsOfStep } from '../../components/labels';
import { LoadError, Loading } from '../../components/loading';
import type { WhoDoesWhatPermissions } from '../../components/permissions';
import { useConfirmSaved } from '../../components/saved-notice';
import { routinePath } from '../../components/workspace-context';
import { useTranslation } from '../../i18n';
import { CommentsButton } from '../comments/comments-button';
import { ActionRow, useActionName } from './action-row';

const ADD_BUTTON_ID = 'who-does-what-add';
const CAP_ID = 'actions-cap';

// The form (with react-aria's combobox) loads when it is first opened.
const ActionDialog = lazy(() =>
  import('./action-dialog').then((m) => ({ default: m.ActionDialog })),
);

interface StepActionsProps {
  routine: Routine;
  step: number;
  permissions: WhoDoesWhatPermissions;
}

type Editing = { mode: 'add' } | { mode: 'edit'; action: Action } | null;

/**
 * "Vem gör vad i detta steg" (steps 2–5): the step's actions in order with edit, move up / down
 * and remove; step 3 lists its entry points first, grouped Barn and Vuxna.
 */
export function StepActions({ routine, step, permissions }: StepActionsProps) {
  const { t } = useTranslation();
  const actions = useActions(routine.id);
  const actors = useActors(routine.collaborationId);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Action | null>(null);
  const announce = useAnnounce();
  const confirmSaved = useConfirmSaved();

  if (actions.isPending || actors.isPending) return <Loading />;
  if (actions.isError)
    return <LoadError error={actions.error} onRetry={() => void actions.refetch()} />;
  if (actors.isError)
    return <LoadError error={actors.error} onRetry={() => void actors.refetch()} />;

  const all = actions.data;
  const stepActions = actionsOfStep(all, step);

  return (
    <section
      className="who-panel"
      id={domIds.stepActions}
      tabIndex={-1}
      aria-labelledby="who-does-what-title"
    >
      <h2 id="who-does-what-title">{t('whoDoesWhat.panel.title')}</h2>
      {stepActions.length === 0 ? (
        <p>{t(`whoDoesWhat.panel.purpose.${step as 2 | 3 | 4 | 5}`)}</p>
      ) : (
        <StepActionLists
          routineId={routine.id}
          step={step}
          stepActions={stepActions}
          allActions={all}
          actors={actors.data}
          permissions={permissions}
          onEdit={(action) => setEditing({ mode: 'edit', action })}
          onDelete={setDeleting}
        />
      )}

      {permissions.canAddActions && actors.data.length > 0 ? (
        <>
          <CapStatus cap="actionsPerRoutine" count={all.length} id={CAP_ID} />
          <button
            type="button"
            id={ADD_BUTTON_ID}
            className="button"
            disabled={isAtCap('actionsPerRoutine', all.length)}
            aria-describedby={CAP_ID}
            onClick={() => setEditing({ mode: 'add' })}
          >
            {t('whoDoesWhat.panel.add')}
          </button>
        </>
      ) : null}
      {permissions.canAddActions && actors.data.length === 0 ? (
        <p>
          {t('whoDoesWhat.panel.noActors')}{' '}
          <Link to={`/samverkan/${routine.collaborationId}/aktorer`}>
            {t('whoDoesWhat.panel.toActors')}
          </Link>
        </p>
      ) : null}
      <p>
        <Link to={routinePath(routine.id, 'vem-gor-vad')}>{t('whoDoesWhat.panel.toMatrix')}</Link>
      </p>

      {editing ? (
        <Suspense fallback={null}>
          <ActionDialog
            routineId={routine.id}
            step={step}
            action={editing?.mode === 'edit' ? editing.action : undefined}
            actors={actors.data}
            allActions={all}
            permissions={permissions}
            isOpen={editing !== null}
            onClose={() => setEditing(null)}
            onSaved={(saved, isNew) => {
              setEditing(null);
              confirmSaved(
                isNew ? t('whoDoesWhat.panel.added') : t('whoDoesWhat.panel.saved'),
                domIds.action(saved.id),
              );
            }}
          />
        </Suspense>
      ) : null}
      <DeleteActionDialog
        routineId={routine.id}
        action={deleting}
        actors={actors.data}
        onClose={() => setDeleting(null)}
        onDeleted={() => {
          setDeleting(null);
          announce(t('whoDoesWhat.panel.deleted'));
          focusWhenReady(permissions.canAddActions ? ADD_BUTTON_ID : domIds.stepActions);
        }}
      />
    </section>
  );
}

interface ListsProps {
  routineId: string;
  step: number;
  stepActions: Action[];
  allActions: Action[];
  actors: Actor[];
  permissions: WhoDoesWhatPermissions;
  onEdit: (action: Action) => void;
  onDelete: (action: Action) => void;
}

/** The rows; on step 3 the entry points first (Barn, Vuxna), then the other actions. */
function StepActionLists(props: ListsProps) {
  const { t } = useTranslation();
  const { step, stepActions } = props;
  const rendered = new Set<string>();
  /** The first row of an action gets its plain id (findings link to it); repeats get a suffix. */
  const rowIdOf = (action: Action, group: string) => {
    if (rendered.has(action.id)) return `${domIds.action(action.id)}-${group}`;
    rendered.add(action.id);
    return domIds.action(action.id);
  };

  if (step !== 3) {
    return <ActionList {...props} list={stepActions} rowIdOf={(a) => rowIdOf(a, 'main')} />;
  }
  const entries = stepActions.filter((a) => a.isEntryPoint);
  const others = stepActions.filter((a) => !a.isEntryPoint);
  const forChildren = entries.filter((a) => a.audience !== 'adults');
  const forAdults = entries.filter((a) => a.audience !== 'children');
  return (
    <>
      <h3>{t('whoDoesWhat.entry.title')}</h3>
      <p>{t('whoDoesWhat.entry.intro')}</p>
      <div className="entry-groups">
        <section className="entry-group" aria-labelledby="entry-children-title">
          <h4 id="entry-children-title">{t('whoDoesWhat.entry.children')}</h4>
          {forChildren.length === 0 ? (
            <p className="muted">{t('whoDoesWhat.entry.noneChildren')}</p>
          ) : (
            <ActionList {...props} list={forChildren} rowIdOf={(a) => rowIdOf(a, 'children')} />
          )}
        </section>
        <section className="entry-group" aria-labelledby="entry-adults-title">
          <h4 id="entry-adults-title">{t('whoDoesWhat.entry.adults')}</h4>
          {forAdults.length === 0 ? (
            <p className="muted">{t('whoDoesWhat.entry.noneAdults')}</p>
          ) : (
            <ActionList {...props} list={forAdults} rowIdOf={(a) => rowIdOf(a, 'adults')} />
          )}
        </section>
      </div>
      <h3>{t('whoDoesWhat.entry.others')}</h3>
      {others.length === 0 ? (
        <p className="muted">{t('whoDoesWhat.entry.noOthers')}</p>
      ) : (
        <ActionList {...props} list={others} rowIdOf={(a) => rowIdOf(a, 'others')} />
      )}
    </>
  );
}

/** An ordered list of rows; moving swaps a row with its neighbour in this list. */
function ActionList({
  routineId,
  stepActions,
  allActions,
  actors,
  permissions,
  onEdit,
  onDelete,
  list,
  rowIdOf,
}: ListsProps & { list: Action[]; rowIdOf: (action: Action) => string }) {
  const { t } = useTranslation();
  const update = useUpdateAction(routineId);
  const announce = useAnnounce();
  const rows = list.map((action) => ({ action, rowId: rowIdOf(action) }));
  const actionName = useActionName(actors);

  async function move(action: Action, rowId: string, direction: 'up' | 'down') {
    const index = list.findIndex((a) => a.id === action.id);
    const neighbour = list[index + (direction === 'up' ? -1 : 1)];
    if (!neighbour || update.isPending) return;
    // `position` is the 0-based place among all the step's actions: take the neighbour's place.
    const position = stepActions.findIndex((a) => a.id === neighbour.id);
    try {
      await update.mutateAsync({ id: action.id, body: { position } });
      const place = index + (direction === 'up' ? 0 : 2);
      announce(t('whoDoesWhat.row.moved', { place, count: list.length }));
      // Keep focus on the button the user pressed, on the row's new place.
      focusWhenReady(`${rowId}-${direction}`);
    } catch (error) {
      announce(
        isApiError(error, 'FORBIDDEN')
          ? t('whoDoesWhat.form.forbidden')
          : t('whoDoesWhat.row.moveFailed'),
      );
    }
  }

  return (
    <ol className="action-list">
      {rows.map(({ action, rowId }, index) => (
        <ActionRow
          key={rowId}
          action={action}
          rowId={rowId}
          actors={actors}
          allActions={allActions}
          canMove={list.length > 1}
          isFirst={index === 0}
          isLast={index === list.length - 1}
          canEdit={permissions.canEditActionsOf(action.actorId)}
          onEdit={() => onEdit(action)}
          onDelete={() => onDelete(action)}
          onMove={(direction) => void move(action, rowId, direction)}
        >
          <CommentsButton
            routineId={routineId}
            targetType="action"
            targetId={action.id}
            targetLabel={actionName(action)}
          />
        </ActionRow>
      ))}
    </ol>
  );
}

function DeleteActionDialog({
  routineId,
  action,
  actors,
  onClose,
  onDeleted,
}: {
  routineId: string;
  action: Action | null;
  actors: Actor[];
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const remove = useDeleteAction(routineId);
  const actionName = useActionName(actors);
  const [failed, setFailed] = useState(false);
  return (
    <ConfirmDialog
      isOpen={action !== null}
      title={t('whoDoesWhat.delete.title')}
      confirmLabel={t('whoDoesWhat.delete.confirm')}
      isBusy={remove.isPending}
      cancelLabel={t('whoDoesWhat.form.cancel')}
      closeLabel={t('whoDoesWhat.close')}
      isDestructive
      onCancel={() => {
        setFailed(false);
        onClose();
      }}
      problem={failed ? <p>{t('whoDoesWhat.delete.failed')}</p> : null}
      onConfirm={async () => {
        if (!action) return;
        try {
          await remove.mutateAsync(action.id);
          onDeleted();
        } catch {
          setFailed(true);
        }
      }}
    >
      {action ? (
        <>
          <p className="dialog__question">{actionName(action)}</p>
          <p>{t('whoDoesWhat.delete.text')}</p>
        </>
      ) : null}
    </ConfirmDialog>
  );
}
