import '../../i18n/areas/actors';
import '../../i18n/areas/who-does-what';
import { useState } from 'react';
import type { Actor } from '../../../contracts/actors';
import { isApiError } from '../../api/client';
import { useActors, useDeleteActor } from '../../api/who-does-what';
import { useAnnounce } from '../../components/announcer';
import { CapStatus, isAtCap } from '../../components/cap-status';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { domIds, focusWhenReady, useFocusFromLocation } from '../../components/focus';
import { FormDialog } from '../../components/form-dialog';
import { Icon } from '../../components/icons';
import { LoadError, Loading } from '../../components/loading';
import { useDocumentTitle } from '../../components/page-heading';
import { useWhoDoesWhatPermissions } from '../../components/permissions';
import { useConfirmSaved } from '../../components/saved-notice';
import { useTranslation } from '../../i18n';
import { useCollaborationContext } from '../collaborations/collaboration-layout';
import { ContactPathLink } from '../who-does-what/action-row';
import { ActorForm } from './actor-form';
import { SuggestionsDialog } from './suggestions-dialog';
import { type Uses, UsesList } from './uses';

const ADD_ID = 'actors-add';
const SUGGEST_ID = 'actors-suggest';
const CAP_ID = 'actors-cap';

/** Aktörer: the organisations of the collaboration with their contact paths. */
export function ActorsSection() {
  const { t } = useTranslation();
  const collaboration = useCollaborationContext();
  const actors = useActors(collaboration.id);
  const permissions = useWhoDoesWhatPermissions(collaboration.id, collaboration.role);
  const announce = useAnnounce();
  const confirmSaved = useConfirmSaved();
  const [editing, setEditing] = useState<Actor | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Actor | null>(null);
  const [isSuggesting, setSuggesting] = useState(false);
  useDocumentTitle([t('collaboration.nav.actors'), collaboration.name]);
  useFocusFromLocation();

  const canManage = permissions.canManageActors;
  const list = actors.data ?? [];
  const atCap = isAtCap('actorsPerCollaboration', list.length);

  return (
    <section className="section" aria-labelledby="actors-title">
      <h2 id="actors-title">{t('collaboration.nav.actors')}</h2>
      <div className="prose">
        <p>{t('actors.intro')}</p>
      </div>
      <div className="notice actor-tip">
        <p>{t('actors.tip')}</p>
      </div>

      {actors.isPending ? (
        <Loading />
      ) : actors.isError ? (
        <LoadError error={actors.error} onRetry={() => void actors.refetch()} />
      ) : list.length === 0 ? (
        <div className="panel empty-state">
          <h3>{t('actors.empty.title')}</h3>
          <p>{t('actors.empty.text')}</p>
          {canManage ? (
            <div className="button-group">
              <button
                type="button"
                id={SUGGEST_ID}
                className="button"
                onClick={() => setSuggesting(true)}
              >
                {t('actors.empty.suggest')}
              </button>
              <button
                type="button"
                id={ADD_ID}
                className="button button--secondary"
                onClick={() => setEditing('new')}
              >
                {t('actors.add')}
              </button>
            </div>
          ) : (
            <p>{t('actors.onlyCoordinators')}</p>
          )}
        </div>
      ) : (
        <>
          <ul className="card-list actor-list">
            {list.map((actor) => (
              <ActorCard
                key={actor.id}
                actor={actor}
                canEdit={permissions.canEditActor(actor.id)}
                canDelete={canManage}
                onEdit={() => setEditing(actor)}
                onDelete={() => setDeleting(actor)}
              />
            ))}
          </ul>
          {canManage ? (
            <>
              <CapStatus cap="actorsPerCollaboration" count={list.length} id={CAP_ID} />
              <div className="button-group">
                <button
                  type="button"
                  id={ADD_ID}
                  className="button"
                  disabled={atCap}
                  aria-describedby={CAP_ID}
                  onClick={() => setEditing('new')}
                >
                  {t('actors.add')}
                </button>
                <button
                  type="button"
                  id={SUGGEST_ID}
                  className="button button--secondary"
                  disabled={atCap}
                  aria-describedby={CAP_ID}
                  onClick={() => setSuggesting(true)}
                >
                  {t('actors.suggestMore')}
                </button>
              </div>
            </>
          ) : null}
        </>
      )}

      <FormDialog
        isOpen={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing === 'new' || editing === null
            ? t('actors.form.addTitle')
            : t('actors.form.editTitle', { name: editing.name })
        }
      >
        {editing ? (
          <ActorForm
            key={editing === 'new' ? 'new' : `${editing.id}-${editing.revision}`}
            collaborationId={collaboration.id}
            actor={editing === 'new' ? undefined : editing}
            canRename={canManage}
            onCancel={() => setEditing(null)}
            onSaved={(saved, isNew) => {
              setEditing(null);
              confirmSaved(
                isNew
                  ? t('actors.added', { name: saved.name })
                  : t('actors.saved', { name: saved.name }),
                domIds.actor(saved.id),
              );
            }}
          />
        ) : null}
      </FormDialog>

      <SuggestionsDialog
        collaborationId={collaboration.id}
        existing={list}
        isOpen={isSuggesting}
        onClose={() => setSuggesting(false)}
        onAdded={(added) => {
          setSuggesting(false);
          announce(t('actors.suggest.added', { count: added.length }));
          const first = added[0];
          if (first) focusWhenReady(domIds.actor(first.id));
        }}
      />

      <DeleteActorDialog
        collaborationId={collaboration.id}
        actor={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(name) => {
          setDeleting(null);
          announce(t('actors.deleted', { name }));
          focusWhenReady(ADD_ID);
        }}
      />
    </section>
  );
}

function ActorCard({
  actor,
  canEdit,
  canDelete,
  onEdit,
  onDelete,
}: {
  actor: Actor;
  canEdit: boolean;
  canDelete: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const titleId = `${domIds.actor(actor.id)}-title`;
  return (
    <li
      id={domIds.actor(actor.id)}
      tabIndex={-1}
      className="card actor-card"
      aria-labelledby={titleId}
    >
      <h3 className="card__title" id={titleId}>
        {actor.name}
      </h3>
      <p className="muted actor-card__kind">{t(`whoDoesWhat.actorKind.${actor.kind}`)}</p>
      {actor.description ? <p>{actor.description}</p> : null}
      {actor.contactPaths.length === 0 ? (
        <p className="obstacle__missing">
          <Icon name="warning" />
          {t('actors.noPaths')}
        </p>
      ) : (
        <ul className="contact-paths">
          {actor.contactPaths.map((path) => (
            <li
              key={path.id}
              id={domIds.contactPath(path.id)}
              tabIndex={-1}
              className="contact-path"
            >
              <span className="contact-path__main">
                <span className="contact-path__channel">
                  {t(`whoDoesWhat.channel.${path.channel}`)}:
                </span>{' '}
                <ContactPathLink path={path} />
                {path.label ? ` – ${path.label}` : ''}
              </span>
              <span className="contact-path__audience">
                {t('actors.pathAudience', { audience: t(`whoDoesWhat.audience.${path.audience}`) })}
              </span>
              {path.notes ? <span className="contact-path__notes">{path.notes}</span> : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit || canDelete ? (
        <div className="action-row__tools">
          {canEdit ? (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={onEdit}
            >
              <Icon name="pencil" />
              {t('whoDoesWhat.row.edit')}
              <span className="visually-hidden"> {actor.name}</span>
            </button>
          ) : null}
          {canDelete ? (
            <button
              type="button"
              className="button button--secondary button--small button--danger"
              onClick={onDelete}
            >
              <Icon name="close" />
              {t('whoDoesWhat.row.delete')}
              <span className="visually-hidden"> {actor.name}</span>
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

function DeleteActorDialog({
  collaborationId,
  actor,
  onClose,
  onDeleted,
}: {
  collaborationId: string;
  actor: Actor | null;
  onClose: () => void;
  onDeleted: (name: string) => void;
}) {
  const { t } = useTranslation();
  const remove = useDeleteActor(collaborationId);
  const [problem, setProblem] = useState<{ uses?: Uses } | null>(null);
  const close = () => {
    setProblem(null);
    onClose();
  };
  return (
    <ConfirmDialog
      isOpen={actor !== null}
      title={t('actors.delete.title', { name: actor?.name ?? '' })}
      confirmLabel={t('actors.delete.confirm')}
      isBusy={remove.isPending}
      cancelLabel={t('whoDoesWhat.form.cancel')}
      closeLabel={t('whoDoesWhat.close')}
      isDestructive
      onCancel={close}
      problem={
        problem ? (
          problem.uses ? (
            <>
              <p className="notice__title">
                {t('actors.delete.inUse', { name: actor?.name ?? '' })}
              </p>
              <UsesList uses={problem.uses} />
              <p>{t('actors.delete.inUseWhat')}</p>
            </>
          ) : (
            <p>{t('actors.delete.failed')}</p>
          )
        ) : null
      }
      onConfirm={async () => {
        if (!actor) return;
        try {
          await remove.mutateAsync(actor.id);
          setProblem(null);
          onDeleted(actor.name);
        } catch (error) {
          setProblem(isApiError(error, 'IN_USE') ? { uses: error.details as Uses } : {});
        }
      }}
    >
      {actor ? <p>{t('actors.delete.text')}</p> : null}
    </ConfirmDialog>
  );
}

export { ActorsSection as Component };
