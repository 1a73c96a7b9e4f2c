import { type InputHTMLAttributes, type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n';

export interface FormError {
  /** id of the field the error belongs to (the summary links to it); none for a general error. */
  fieldId?: string;
  message: string;
}

interface ErrorSummaryProps {
  errors: FormError[];
  /** Bump to move focus to the summary again (each failed submit). */
  focusKey: number;
}

/**
 * GOV.UK-style error summary: takes focus after a failed submit and links to each field.
 * Links focus the field directly (a hash change would count as a navigation in the router).
 */
export function ErrorSummary({ errors, focusKey }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // A layout effect: focus lands with the summary, before the page is painted (on Preact an
  // effect runs after the paint, leaving focus on the submit button for that frame).
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again on every failed submit
  useLayoutEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [focusKey]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1}>
      <h2 className="error-summary__title">{t('form.errorSummaryTitle')}</h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={`${error.fieldId}-${error.message}`}>
            {error.fieldId === undefined ? (
              error.message
            ) : (
              <a
                href={`#${error.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  const field = document.getElementById(error.fieldId ?? '');
                  field?.focus();
                  field?.scrollIntoView({ block: 'center' });
                }}
              >
                {error.message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
  className?: string;
}

/** Label, hint and inline error around one control, wired with aria-describedby. */
export function FieldShell({ id, label, hint, error, children, className }: FieldShellProps) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={['field', error ? 'field--error' : null, className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
      {children(describedBy || undefined)}
    </div>
  );
}

type TextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  onValueChange: (value: string) => void;
};

export function TextInput({
  id,
  label,
  hint,
  error,
  value,
  onValueChange,
  ...rest
}: TextInputProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          {...rest}
          id={id}
          name={rest.name ?? id}
          className="input"
          value={value}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}

/** Errors of one form: the summary's list, the inline message per field, and refocusing. */
export function useFormErrors() {
  const [errors, setErrorList] = useState<FormError[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  return {
    errors,
    focusKey,
    /** Shows these errors and moves focus to the summary. */
    show(next: FormError[]) {
      setErrorList(next);
      setFocusKey((k) => k + 1);
    },
    clear() {
      setErrorList([]);
    },
    /** The inline message of one field, if any. */
    of(fieldId: string): string | undefined {
      return errors.find((e) => e.fieldId === fieldId)?.message;
    },
  };
}
