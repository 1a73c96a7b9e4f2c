import { type ReactNode, useState } from 'react';
import type { ErrorCode } from '../../contracts/errors';
import { isApiError } from '../api/client';
import { type TFunction, useTranslation } from '../i18n';
import { limitReachedMessage } from './cap-status';
import { ErrorSummary, type FormError, useFormErrors } from './form';
import { PersonalDataNotice, usePersonalDataGuard } from './personal-data-notice';

/**
 * The scaffold of a form that saves with an explicit button (issue 12): the checks before
 * sending, the error summary, the personal-data notice with "save anyway" (acknowledged),
 * and one mapping of the API's refusal to the form's messages.
 */

/** How a form words the API's refusals; `failed` covers anything not named. */
export interface SaveErrorWords {
  /** The DOM id of a field the API named (`contactPaths.2.value` …). */
  fieldIdOf: (field: string) => string | undefined;
  /** The message for a field the API named as invalid. */
  invalidField: (field: string) => string;
  /**
   * One message for every VALIDATION_FAILED, whatever fields the API names: for forms that
   * word the refusal once rather than per field. Without it, one message per named field.
   */
  invalidForm?: FormError;
  /** The message for a whole-form refusal by its code (STALE_REVISION, FORBIDDEN …), if any. */
  refusal?: (code: ErrorCode, details: unknown) => FormError | undefined;
  failed: string;
}

/**
 * The one save-error mapper: field errors inline, known codes in the form's words, and a cap
 * reached (409 LIMIT_REACHED) as a sentence naming it, the same in every form.
 */
export function saveErrorsOf(error: unknown, words: SaveErrorWords, t: TFunction): FormError[] {
  if (words.invalidForm && isApiError(error, 'VALIDATION_FAILED')) return [words.invalidForm];
  if (isApiError(error, 'VALIDATION_FAILED') && error.fieldErrors.length > 0) {
    return error.fieldErrors.map((f) => ({
      fieldId: words.fieldIdOf(f.field),
      message: words.invalidField(f.field),
    }));
  }
  const refused = isApiError(error)
    ? words.refusal?.(error.code as ErrorCode, error.details)
    : undefined;
  if (refused) return [refused];
  if (isApiError(error, 'LIMIT_REACHED'))
    return [{ message: limitReachedMessage(t, error.details) }];
  return [{ message: words.failed }];
}

interface SaveFormOptions<T> {
  /** The form's own checks before sending; an empty list sends. */
  validate: () => FormError[];
  /** Sends the form; `ack` is `{ acknowledgePersonalData: true }` after "save anyway". */
  send: (ack: { acknowledgePersonalData?: true }) => Promise<T>;
  onSaved: (saved: T) => void;
  /** After any refusal but the personal-data one, e.g. to offer reloading after STALE_REVISION. */
  onRefused?: (error: unknown) => void;
  words: SaveErrorWords;
  /** The form's own "sending" state (a mutation's isPending); without it the scaffold keeps one. */
  isBusy?: boolean;
  /**
   * How the form answers PERSONAL_DATA_SUSPECTED. By default the personal-data notice (the
   * flagged excerpts, "it is no personnummer"). With a message: that message in the error
   * summary and "save anyway" beside the save button (`<SaveAnywayButton>`), for the short
   * review forms whose fields the API does not name in its details.
   */
  personalData?: FormError;
}

/** State and `save` of a form built on the scaffold; render `<SaveFormTop form={…} />` first. */
export function useSaveForm<T>(options: SaveFormOptions<T>) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const guard = usePersonalDataGuard();
  const [isSending, setSending] = useState(false);
  const isBusy = options.isBusy ?? isSending;
  const { personalData } = options;
  async function save(acknowledgePersonalData: boolean) {
    if (isBusy) return;
    const problems = options.validate();
    if (problems.length > 0) return errors.show(problems);
    errors.clear();
    setSending(true);
    try {
      const saved = await options.send(
        acknowledgePersonalData ? { acknowledgePersonalData: true } : {},
      );
      guard.clear();
      options.onSaved(saved);
    } catch (error) {
      if (guard.catch(error)) return personalData ? errors.show([personalData]) : errors.clear();
      // The short forms keep "save anyway" offered until a save goes through.
      if (!personalData) guard.clear();
      options.onRefused?.(error);
      errors.show(saveErrorsOf(error, options.words, t));
    } finally {
      setSending(false);
    }
  }
  return {
    errors,
    guard,
    save,
    isBusy,
    fieldIdOf: options.words.fieldIdOf,
    /** Whether the personal-data notice answers PERSONAL_DATA_SUSPECTED (else `<SaveAnywayButton>`). */
    hasNotice: !personalData,
  };
}

export type SaveForm = ReturnType<typeof useSaveForm>;

/** The top of the form: the error summary, then the personal-data notice when it applies. */
export function SaveFormTop({
  form,
  textOf,
  labelOf,
}: {
  form: Pick<SaveForm, 'errors' | 'guard' | 'save' | 'isBusy' | 'fieldIdOf' | 'hasNotice'>;
  /** The text the API scanned in a field (not needed with the `personalData` message). */
  textOf?: (field: string) => string | undefined;
  /** The label of that field as the form shows it (not needed with the `personalData` message). */
  labelOf?: (field: string) => string;
}): ReactNode {
  return (
    <>
      <ErrorSummary errors={form.errors.errors} focusKey={form.errors.focusKey} />
      {form.hasNotice ? (
        <PersonalDataNotice
          guard={form.guard}
          textOf={textOf ?? (() => undefined)}
          labelOf={labelOf ?? ((field) => field)}
          fieldIdOf={form.fieldIdOf}
          onAcknowledge={() => void form.save(true)}
          isBusy={form.isBusy}
        />
      ) : null}
    </>
  );
}

/**
 * "Save anyway" beside the save button, offered after PERSONAL_DATA_SUSPECTED in a form with
 * the `personalData` message; it sends the form again, acknowledged.
 */
export function SaveAnywayButton({
  form,
  label,
}: {
  form: Pick<SaveForm, 'guard' | 'save' | 'isBusy' | 'hasNotice'>;
  label: string;
}): ReactNode {
  if (form.hasNotice || form.guard.spans === null) return null;
  return (
    <button
      type="button"
      className="button button--secondary"
      disabled={form.isBusy}
      onClick={() => void form.save(true)}
    >
      {label}
    </button>
  );
}
