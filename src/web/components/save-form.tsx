import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../contracts/errors';
import { isApiError } from '../api/client';
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
  /** The message for a whole-form refusal by its code (STALE_REVISION, FORBIDDEN …), if any. */
  refusal?: (code: ErrorCode, details: unknown) => FormError | undefined;
  failed: string;
}

/**
 * The one save-error mapper: field errors inline, known codes in the form's words, and a cap
 * reached (409 LIMIT_REACHED) as a sentence naming it, the same in every form.
 */
export function saveErrorsOf(error: unknown, words: SaveErrorWords, t: TFunction): FormError[] {
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
  words: SaveErrorWords;
  isBusy: boolean;
}

/** State and `save` of a form built on the scaffold; render `<SaveFormTop form={…} />` first. */
export function useSaveForm<T>(options: SaveFormOptions<T>) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const guard = usePersonalDataGuard();
  async function save(acknowledgePersonalData: boolean) {
    if (options.isBusy) return;
    const problems = options.validate();
    if (problems.length > 0) return errors.show(problems);
    errors.clear();
    try {
      const saved = await options.send(
        acknowledgePersonalData ? { acknowledgePersonalData: true } : {},
      );
      guard.clear();
      options.onSaved(saved);
    } catch (error) {
      if (guard.catch(error)) return errors.clear();
      guard.clear();
      errors.show(saveErrorsOf(error, options.words, t));
    }
  }
  return { errors, guard, save, isBusy: options.isBusy, fieldIdOf: options.words.fieldIdOf };
}

export type SaveForm = ReturnType<typeof useSaveForm>;

/** The top of the form: the error summary, then the personal-data notice when it applies. */
export function SaveFormTop({
  form,
  textOf,
  labelOf,
}: {
  form: Pick<SaveForm, 'errors' | 'guard' | 'save' | 'isBusy' | 'fieldIdOf'>;
  /** The text the API scanned in a field. */
  textOf: (field: string) => string | undefined;
  /** The label of that field as the form shows it. */
  labelOf: (field: string) => string;
}): ReactNode {
  return (
    <>
      <ErrorSummary errors={form.errors.errors} focusKey={form.errors.focusKey} />
      <PersonalDataNotice
        guard={form.guard}
        textOf={textOf}
        labelOf={labelOf}
        fieldIdOf={form.fieldIdOf}
        onAcknowledge={() => void form.save(true)}
        isBusy={form.isBusy}
      />
    </>
  );
}
