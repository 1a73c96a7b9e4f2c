import '../../i18n/areas/comments';
import '../../i18n/areas/limits';
import { type FormEvent, useState } from 'react';
import { COMMENT_BODY_MAX, LIMITS } from '../../../contracts/limits';
import { isApiError } from '../../api/client';
import { CapStatus, isAtCap } from '../../components/cap-status';
import { Icon } from '../../components/icons';
import { useTranslation } from '../../i18n';

interface CommentFormProps {
  id: string;
  label: string;
  submitLabel: string;
  initialText?: string;
  /** Sends the text; rejects with ApiError. `acknowledge` after the user said it is no personnummer. */
  onSubmit: (body: string, acknowledge: boolean) => Promise<unknown>;
  onCancel?: () => void;
  autoFocus?: boolean;
  /** How many comments the routine has (the cap counts them): shown, and sending stops at the cap. */
  commentCount?: number;
}

type Problem = 'empty' | 'tooLong' | 'personalData' | 'forbidden' | 'stale' | 'limit' | 'failed';

/** A comment text area with send (and cancel); explains the personal-data guard's refusal. */
export function CommentForm({
  id,
  label,
  submitLabel,
  initialText = '',
  onSubmit,
  onCancel,
  autoFocus,
  commentCount,
}: CommentFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(initialText);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [isBusy, setBusy] = useState(false);
  const errorId = `${id}-error`;
  const capId = `${id}-cap`;
  const atCap = commentCount !== undefined && isAtCap('commentsPerRoutine', commentCount);

  async function send(acknowledge: boolean) {
    const body = text.trim();
    if (!body) return setProblem('empty');
    if (body.length > COMMENT_BODY_MAX) return setProblem('tooLong');
    setBusy(true);
    setProblem(null);
    try {
      await onSubmit(body, acknowledge);
      setText('');
    } catch (error) {
      setProblem(
        isApiError(error, 'PERSONAL_DATA_SUSPECTED')
          ? 'personalData'
          : isApiError(error, 'FORBIDDEN')
            ? 'forbidden'
            : isApiError(error, 'STALE_REVISION')
              ? 'stale'
              : isApiError(error, 'LIMIT_REACHED')
                ? 'limit'
                : 'failed',
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className={problem ? 'comment-form field--error' : 'comment-form'}
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        if (!isBusy && !atCap) void send(false);
      }}
    >
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {problem ? (
        <p className="field__error" id={errorId} role="alert">
          <Icon name="warning" />{' '}
          {problem === 'limit'
            ? t('limits.refused.commentsPerRoutine', { max: LIMITS.commentsPerRoutine })
            : t(`comments.problem.${problem}`, { max: COMMENT_BODY_MAX })}
        </p>
      ) : null}
      <textarea
        id={id}
        className="textarea comment-form__text"
        rows={3}
        value={text}
        autoFocus={autoFocus}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(event) => {
          setText(event.target.value);
          if (problem === 'personalData') setProblem(null);
        }}
      />
      {commentCount === undefined ? null : (
        <CapStatus cap="commentsPerRoutine" count={commentCount} id={capId} />
      )}
      <div className="button-group comment-form__buttons">
        <button
          type="submit"
          className="button"
          disabled={isBusy || atCap}
          aria-describedby={commentCount === undefined ? undefined : capId}
        >
          {submitLabel}
        </button>
        {problem === 'personalData' ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={isBusy}
            onClick={() => void send(true)}
          >
            {t('comments.sendAnyway')}
          </button>
        ) : null}
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('comments.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
