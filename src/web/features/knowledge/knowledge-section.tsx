import '../../i18n/areas/actors';
import '../../i18n/areas/knowledge';
import '../../i18n/areas/who-does-what';
import { useState } from 'react';
import type { Actor } from '../../../contracts/actors';
import type { KnowledgeItem } from '../../../contracts/knowledge';
import { useActors, useDeleteKnowledgeItem, useKnowledge } from '../../api/who-does-what';
import { useAnnounce } from '../../components/announcer';
import { CapStatus, isAtCap } from '../../components/cap-status';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { focusWhenReady } from '../../components/focus';
import { FormDialog } from '../../components/form-dialog';
import { Icon } from '../../components/icons';
import { LoadError, Loading } from '../../components/loading';
import { useDocumentTitle } from '../../components/page-heading';
import { useConfirmSaved } from '../../components/saved-notice';
import { useLocalized, useTranslation } from '../../i18n';
import { ActorForm, type ActorFormDefaults } from '../actors/actor-form';
import { emptyPath } from '../actors/contact-path-rows';
import { useCollaborationContext } from '../collaborations/collaboration-layout';
import { itemDomId, LocalCard, NationalCard } from './knowledge-cards';
import { AnnotationForm, KnowledgeItemForm } from './knowledge-forms';

const ADD_ID = 'knowledge-add';
const CAP_ID = 'knowledge-cap';

type Dialog =
  | { kind: 'item'; item?: KnowledgeItem }
  | { kind: 'annotation'; item: KnowledgeItem }
  | { kind: 'actor'; which: 'regional' | 'socialjour' }
  | null;

/** Kunskapsbank: national and regional resources, and the collaboration's own material. */
export function KnowledgeSection() {
  const { t } = useTranslation();
  const collaboration = useCollaborationContext();
  const knowledge = useKnowledge(collaboration.id);
  const actors = useActors(collaboration.id);
  const announce = useAnnounce();
  const confirmSaved = useConfirmSaved();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [deleting, setDeleting] = useState<KnowledgeItem | null>(null);
  const [deleteFailed, setDeleteFailed] = useState(false);
  const remove = useDeleteKnowledgeItem(collaboration.id);
  const pick = useLocalized();
  const canManage = collaboration.role === 'coordinator';
  useDocumentTitle([t('collaboration.nav.knowledge'), collaboration.name]);

  const items = knowledge.data ?? [];
  const national = items.filter((i) => i.source === 'national' && !i.hidden);
  const hidden = items.filter((i) => i.source === 'national' && i.hidden);
  const local = items.filter((i) => i.source === 'local');

  const actorDefaults: Record<'regional' | 'socialjour', ActorFormDefaults> = {
    regional: {
      name: t('knowledge.prompt.regionalName'),
      kind: 'regional_coordinator',
      description: t('knowledge.prompt.regionalDescription'),
      paths: [{ ...emptyPath('phone'), label: t('knowledge.prompt.regionalLabel') }],
    },
    socialjour: {
      name: t('knowledge.prompt.socialjourName'),
      kind: 'social_services',
      description: t('knowledge.prompt.socialjourDescription'),
      paths: [{ ...emptyPath('phone'), label: t('knowledge.prompt.socialjourLabel') }],
    },
  };

  const close = () => setDialog(null);
  const dialogTitle =
    dialog?.kind === 'item'
      ? dialog.item
        ? t('knowledge.form.editTitle')
        : t('knowledge.form.addTitle')
      : dialog?.kind === 'annotation'
        ? t('knowledge.annotation.title')
        : dialog?.kind === 'actor'
          ? t(`knowledge.prompt.${dialog.which}Title`)
          : '';

  return (
    <section className="section" aria-labelledby="knowledge-title">
      <h2 id="knowledge-title" tabIndex={-1}>
        {t('collaboration.nav.knowledge')}
      </h2>
      <div className="prose">
        <p>{t('knowledge.intro')}</p>
      </div>
      {canManage && actors.data ? (
        <ActorPrompt actors={actors.data} onAdd={(which) => setDialog({ kind: 'actor', which })} />
      ) : null}

      {knowledge.isPending ? (
        <Loading />
      ) : knowledge.isError ? (
        <LoadError error={knowledge.error} onRetry={() => void knowledge.refetch()} />
      ) : (
        <>
          <h3>{t('knowledge.nationalTitle')}</h3>
          <p>{t('knowledge.nationalIntro')}</p>
          <ul className="card-list">
            {national.map((item) => (
              <NationalCard
                key={item.id}
                item={item}
                canManage={canManage}
                collaborationId={collaboration.id}
                onAnnotate={() => setDialog({ kind: 'annotation', item })}
              />
            ))}
          </ul>
          {hidden.length > 0 ? (
            <details className="details">
              <summary>{t('knowledge.hiddenTitle', { count: hidden.length })}</summary>
              <ul className="card-list">
                {hidden.map((item) => (
                  <NationalCard
                    key={item.id}
                    item={item}
                    canManage={canManage}
                    collaborationId={collaboration.id}
                    onAnnotate={() => setDialog({ kind: 'annotation', item })}
                  />
                ))}
              </ul>
            </details>
          ) : null}

          <h3>{t('knowledge.localTitle')}</h3>
          {local.length === 0 ? (
            <p className="muted">{t('knowledge.localEmpty')}</p>
          ) : (
            <ul className="card-list">
              {local.map((item) => (
                <LocalCard
                  key={item.id}
                  item={item}
                  canManage={canManage}
                  onEdit={() => setDialog({ kind: 'item', item })}
                  onDelete={() => setDeleting(item)}
                />
              ))}
            </ul>
          )}
          {canManage ? (
            <>
              {/* The cap counts the collaboration's own items, not the national ones. */}
              <CapStatus cap="knowledgeItemsPerCollaboration" count={local.length} id={CAP_ID} />
              <button
                type="button"
                id={ADD_ID}
                className="button"
                disabled={isAtCap('knowledgeItemsPerCollaboration', local.length)}
                aria-describedby={CAP_ID}
                onClick={() => setDialog({ kind: 'item' })}
              >
                {t('knowledge.add')}
              </button>
            </>
          ) : (
            <p>{t('knowledge.onlyCoordinators')}</p>
          )}
        </>
      )}

      <FormDialog isOpen={dialog !== null} onClose={close} title={dialogTitle}>
        {dialog?.kind === 'item' ? (
          <KnowledgeItemForm
            collaborationId={collaboration.id}
            item={dialog.item}
            onCancel={close}
            onSaved={(saved, isNew) => {
              close();
              confirmSaved(
                isNew ? t('knowledge.added') : t('knowledge.saved'),
                itemDomId(saved.id),
              );
            }}
          />
        ) : dialog?.kind === 'annotation' ? (
          <AnnotationForm
            collaborationId={collaboration.id}
            item={dialog.item}
            onCancel={close}
            onSaved={(saved) => {
              close();
              confirmSaved(t('knowledge.saved'), itemDomId(saved.id));
            }}
          />
        ) : dialog?.kind === 'actor' ? (
          <ActorForm
            collaborationId={collaboration.id}
            defaults={actorDefaults[dialog.which]}
            canRename
            onCancel={close}
            onSaved={(saved) => {
              close();
              announce(t('actors.added', { name: saved.name }));
              focusWhenReady('knowledge-prompt');
            }}
          />
        ) : null}
      </FormDialog>

      <ConfirmDialog
        isOpen={deleting !== null}
        title={t('knowledge.delete.title')}
        confirmLabel={t('knowledge.delete.confirm')}
        isBusy={remove.isPending}
        problem={deleteFailed ? <p>{t('knowledge.delete.failed')}</p> : null}
        cancelLabel={t('whoDoesWhat.form.cancel')}
        closeLabel={t('whoDoesWhat.close')}
        isDestructive
        onCancel={() => {
          setDeleteFailed(false);
          setDeleting(null);
        }}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove.mutateAsync(deleting.id);
            setDeleting(null);
            announce(t('knowledge.deleted'));
            focusWhenReady(ADD_ID);
          } catch {
            setDeleteFailed(true);
          }
        }}
      >
        {deleting ? <p className="dialog__question">{pick(deleting.title)}</p> : null}
      </ConfirmDialog>
    </section>
  );
}

/**
 * The regional coordinator and the local socialjour have no national number: each collaboration
 * adds its own. One click opens the actor form with name and kind filled in, asking for the number.
 */
function ActorPrompt({
  actors,
  onAdd,
}: {
  actors: Actor[];
  onAdd: (which: 'regional' | 'socialjour') => void;
}) {
  const { t } = useTranslation();
  const hasRegional = actors.some((a) => a.kind === 'regional_coordinator');
  const hasSocialjour = actors.some((a) => /socialjour/i.test(a.name));
  return (
    <div className="panel knowledge-prompt" id="knowledge-prompt" tabIndex={-1}>
      <h3>{t('knowledge.prompt.title')}</h3>
      <p>{t('knowledge.prompt.text')}</p>
      <ul className="prompt-list">
        <li>
          {hasRegional ? (
            <span className="prompt-list__done">
              <Icon name="check" />
              {t('knowledge.prompt.regionalDone')}
            </span>
          ) : (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onAdd('regional')}
            >
              {t('knowledge.prompt.regionalAdd')}
            </button>
          )}
        </li>
        <li>
          {hasSocialjour ? (
            <span className="prompt-list__done">
              <Icon name="check" />
              {t('knowledge.prompt.socialjourDone')}
            </span>
          ) : (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onAdd('socialjour')}
            >
              {t('knowledge.prompt.socialjourAdd')}
            </button>
          )}
        </li>
      </ul>
    </div>
  );
}

export { KnowledgeSection as Component };
