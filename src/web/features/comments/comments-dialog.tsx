import '../../i18n/areas/comments';
import { useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { CommentThread } from '../../../contracts/comments';
import {
  type CommentTarget,
  useCommentTotal,
  useCreateComment,
  useSetThreadResolved,
  useThreads,
  useUpdateComment,
} from '../../api/comments';
import { useCollaboration, useMe, useRoutine } from '../../api/queries';
import { Icon } from '../../components/icons';
import { useReturnFocus } from '../../components/return-focus';
import { useLanguage, useTranslation } from '../../i18n';
import { CommentForm } from './comment-form';

const LOCALES = { sv: 'sv-SE', en: 'en-GB' } as const;

function useFormatDateTime() {
  const language = useLanguage();
  const format = new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (iso: string) => format.format(new Date(iso));
}

interface ThreadProps {
  routineId: string;
  thread: CommentThread;
  index: number;
  meId: string | undefined;
  canModerate: boolean;
  onStatus: (message: string) => void;
}

function Thread({ routineId, thread, index, meId, canModerate, onStatus }: ThreadProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const create = useCreateComment(routineId);
  const update = useUpdateComment(routineId);
  const setResolved = useSetThreadResolved(routineId);
  const commentCount = useCommentTotal(routineId);
  const [isReplying, setReplying] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const first = thread.comments[0];
  const canResolve = canModerate || first?.authorId === meId;
  const titleId = `thread-${thread.threadId}-title`;

  return (
    <article
      className={thread.resolved ? 'thread thread--resolved' : 'thread'}
      aria-labelledby={titleId}
    >
      <h3 className="thread__title" id={titleId}>
        <span className="visually-hidden">
          {t('comments.threadNumber', { number: index + 1 })}:{' '}
        </span>
        {thread.resolved ? (
          <span className="thread__status thread__status--resolved">
            <Icon name="check" />
            {thread.resolvedByName && thread.resolvedAt
              ? t('comments.resolvedBy', {
                  name: thread.resolvedByName,
                  date: formatDateTime(thread.resolvedAt),
                })
              : t('comments.resolved')}
          </span>
        ) : (
          <span className="thread__status thread__status--open">
            <Icon name="circle" />
            {t('comments.unresolved')}
          </span>
        )}
      </h3>
      <ol className="thread__comments">
        {thread.comments.map((comment) => {
          const isMine = comment.authorId === meId;
          return (
            <li key={comment.id} className="comment">
              <p className="comment__meta">
                <strong>{comment.authorName ?? t('comments.unknownAuthor')}</strong>{' '}
                <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
                {comment.revision > 1 || comment.updatedAt !== comment.createdAt ? (
                  <span className="muted"> ({t('comments.edited')})</span>
                ) : null}
              </p>
              {editing === comment.id ? (
                <CommentForm
                  id={`comment-edit-${comment.id}`}
                  label={t('comments.editLabel')}
                  submitLabel={t('comments.saveEdit')}
                  initialText={comment.body}
                  autoFocus
                  onSubmit={async (body, acknowledge) => {
                    await update.mutateAsync({
                      id: comment.id,
                      body: {
                        body,
                        baseRevision: comment.revision,
                        ...(acknowledge ? { acknowledgePersonalData: true } : {}),
                      },
                    });
                    setEditing(null);
                    onStatus(t('comments.editSaved'));
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <>
                  <p className="comment__body">{comment.body}</p>
                  {isMine ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setEditing(comment.id)}
                    >
                      {t('comments.edit')}
                      <span className="visually-hidden"> {t('comments.yourComment')}</span>
                    </button>
                  ) : null}
                </>
              )}
            </li>
          );
        })}
      </ol>
      {isReplying ? (
        <CommentForm
          id={`reply-${thread.threadId}`}
          label={t('comments.replyLabel')}
          submitLabel={t('comments.sendReply')}
          autoFocus
          commentCount={commentCount}
          onSubmit={async (body, acknowledge) => {
            await create.mutateAsync({
              targetType: thread.targetType,
              targetId: thread.targetId,
              threadId: thread.threadId,
              body,
              ...(acknowledge ? { acknowledgePersonalData: true } : {}),
            });
            setReplying(false);
            onStatus(t('comments.replySent'));
          }}
          onCancel={() => setReplying(false)}
        />
      ) : (
        <div className="button-group thread__actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setReplying(true)}
          >
            {t('comments.reply')}
          </button>
          {canResolve ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={setResolved.isPending}
              onClick={async () => {
                try {
                  await setResolved.mutateAsync({
                    threadId: thread.threadId,
                    resolved: !thread.resolved,
                  });
                  onStatus(thread.resolved ? t('comments.reopened') : t('comments.resolvedNow'));
                } catch {
                  onStatus(t('comments.problem.failed'));
                }
              }}
            >
              {thread.resolved ? t('comments.reopen') : t('comments.resolve')}
            </button>
          ) : null}
        </div>
      )}
    </article>
  );
}

interface CommentsDialogProps {
  routineId: string;
  target: CommentTarget;
  targetLabel?: string;
  onClose: () => void;
}

/** The threads of one question or action: read, add, reply, edit your own, resolve / reopen. */
export function CommentsDialog({ routineId, target, targetLabel, onClose }: CommentsDialogProps) {
  const { t } = useTranslation();
  const me = useMe();
  const routine = useRoutine(routineId);
  const collaboration = useCollaboration(routine.data?.collaborationId ?? '');
  const threads = useThreads(routineId, target);
  const create = useCreateComment(routineId);
  const commentCount = useCommentTotal(routineId);
  const [status, setStatus] = useState('');
  const role = collaboration.data?.role;
  const canModerate = role === 'coordinator' || role === 'editor';
  const list = threads.data ?? [];
  const openCount = list.filter((thread) => !thread.resolved).length;
  useReturnFocus(true);

  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen
      isDismissable
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Modal className="modal comments-modal">
        <Dialog className="dialog comments-dialog">
          <div className="comments-dialog__header">
            <Heading slot="title" className="dialog__title">
              {t('comments.title')}
            </Heading>
            <button type="button" className="button button--secondary" onClick={onClose}>
              <Icon name="close" />
              {t('comments.close')}
            </button>
          </div>
          {targetLabel ? <p className="dialog__question">{targetLabel}</p> : null}
          <p className="comments-dialog__status" role="status">
            {status}
          </p>
          {threads.isPending ? (
            <p className="loading">{t('common.loading')}</p>
          ) : threads.isError ? (
            <div className="notice notice--error" role="alert">
              <p>{t('errors.loadFailed')}</p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void threads.refetch()}
              >
                {t('common.tryAgain')}
              </button>
            </div>
          ) : list.length === 0 ? (
            <p>{t('comments.noneYet')}</p>
          ) : (
            <>
              <p className="muted">
                {t('comments.threadCount', { count: list.length })},{' '}
                {openCount === 0
                  ? t('comments.badge.allResolved')
                  : t('comments.badge.open', { count: openCount })}
              </p>
              {list.map((thread, index) => (
                <Thread
                  key={thread.threadId}
                  routineId={routineId}
                  thread={thread}
                  index={index}
                  meId={me.data?.id}
                  canModerate={canModerate}
                  onStatus={setStatus}
                />
              ))}
            </>
          )}
          <section className="comments-dialog__new" aria-labelledby="new-comment-title">
            <h3 id="new-comment-title">{t('comments.newTitle')}</h3>
            <p className="muted">{t('comments.noPersonalData')}</p>
            <CommentForm
              id="new-comment"
              label={t('comments.newLabel')}
              submitLabel={t('comments.send')}
              commentCount={commentCount}
              onSubmit={async (body, acknowledge) => {
                await create.mutateAsync({
                  ...target,
                  body,
                  ...(acknowledge ? { acknowledgePersonalData: true } : {}),
                });
                setStatus(t('comments.sent'));
              }}
            />
          </section>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

export default CommentsDialog;
