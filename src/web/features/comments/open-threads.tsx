import '../../i18n/areas/comments';
import { useRef } from 'react';
import type { CommentThread } from '../../../contracts/comments';
import { useOpenThreadsOfStep } from '../../api/comments';
import type { TemplateStep } from '../../api/types';
import { useLocalized, useTranslation } from '../../i18n';
import { CommentsButton } from './comments-button';

/** What a thread is about, in words: "Fråga 2. …" or "Vem gör vad". */
function useTargetLabel(step: TemplateStep) {
  const { t } = useTranslation();
  const pick = useLocalized();
  return (thread: CommentThread) => {
    if (thread.targetType === 'question') {
      const question = step.questions.find((q) => q.id === thread.targetId);
      return question
        ? t('comments.questionLabel', { number: question.number, text: pick(question.text) })
        : t('comments.aQuestion');
    }
    return t('comments.anAction');
  };
}

/**
 * "Olösta kommentarer i steget": the step's unresolved threads, each with a button that opens
 * them. Nothing is shown while there are none.
 */
export function OpenThreads({ routineId, step }: { routineId: string; step: TemplateStep }) {
  const { t } = useTranslation();
  const threads = useOpenThreadsOfStep(routineId, step.number);
  const labelOf = useTargetLabel(step);
  // Targets shown stay while the page is open: resolving a thread in its dialog must not remove
  // the badge (and the dialog with it) from under the user. Its badge then reads "alla lösta".
  const shown = useRef(new Map<string, CommentThread>());
  const list = threads.data ?? [];
  for (const thread of list) {
    const key = `${thread.targetType}:${thread.targetId}`;
    if (!shown.current.has(key)) shown.current.set(key, thread);
  }
  if (shown.current.size === 0) return null;
  return (
    <section className="open-threads" aria-labelledby="open-threads-title">
      <h2 id="open-threads-title">{t('comments.openInStep', { count: list.length })}</h2>
      <ul className="open-threads__list">
        {[...shown.current.values()].map((thread) => {
          const label = labelOf(thread);
          const first = thread.comments[0];
          return (
            <li key={`${thread.targetType}:${thread.targetId}`} className="open-threads__item">
              <p className="open-threads__target">{label}</p>
              {first ? (
                <p className="open-threads__excerpt">
                  <strong>{first.authorName ?? t('comments.unknownAuthor')}:</strong>{' '}
                  {first.body.length > 140 ? `${first.body.slice(0, 137)}…` : first.body}
                </p>
              ) : null}
              <CommentsButton
                routineId={routineId}
                targetType={thread.targetType}
                targetId={thread.targetId}
                targetLabel={label}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
