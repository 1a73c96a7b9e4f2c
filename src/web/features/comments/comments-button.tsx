import '../../i18n/areas/comments';
import { lazy, Suspense, useState } from 'react';
import { useParams } from 'react-router';
import type { CommentTargetType } from '../../../contracts/comments';
import { countKey, useCommentCounts } from '../../api/comments';
import { useTranslation } from '../../i18n';

// The dialog (and react-aria with it) loads when someone opens it.
const CommentsDialog = lazy(() => import('./comments-dialog'));

interface CommentsButtonProps {
  targetType: CommentTargetType;
  /** A question id (`s1.q1`) or an action id. */
  targetId: string;
  /** What the comments are about, for the button's accessible name and the dialog's heading. */
  targetLabel?: string;
  /** Defaults to the routine of the current page (`/rutiner/:rid/…`). */
  routineId?: string;
}

export function CommentIcon() {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M4 5h16v11H9l-5 4z"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * The comment badge of a question or an action ("3 kommentarer, 1 olöst"); it opens the
 * threads in a dialog. The counts of a whole routine come in one request, shared by every badge.
 */
export function CommentsButton({
  targetType,
  targetId,
  targetLabel,
  routineId,
}: CommentsButtonProps) {
  const { t } = useTranslation();
  const params = useParams();
  const rid = routineId ?? params.rid ?? '';
  const counts = useCommentCounts(rid);
  const [isOpen, setOpen] = useState(false);
  const count = counts.data?.[countKey({ targetType, targetId })];
  const comments = count?.comments ?? 0;
  const open = count?.open ?? 0;
  const label =
    comments === 0
      ? t('comments.badge.none')
      : `${t('comments.badge.comments', { count: comments })}, ${
          open === 0 ? t('comments.badge.allResolved') : t('comments.badge.open', { count: open })
        }`;

  return (
    <div className="comments-badge">
      <button
        type="button"
        className={open > 0 ? 'comments-button comments-button--open' : 'comments-button'}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <CommentIcon />
        <span>{label}</span>
        {targetLabel ? <span className="visually-hidden"> ({targetLabel})</span> : null}
      </button>
      {isOpen ? (
        <Suspense fallback={null}>
          <CommentsDialog
            routineId={rid}
            target={{ targetType, targetId }}
            targetLabel={targetLabel}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
