import { Fragment, type ReactNode } from 'react';
import { useTranslation } from '../i18n';
import { FieldShell } from './form';

/*
 * Form controls the who-does-what forms need beyond components/form.tsx's TextInput, built on
 * its FieldShell so labels, hints and inline errors look and behave the same.
 */

interface SelectFieldProps<V extends string> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onValueChange: (value: V) => void;
  disabled?: boolean;
}

export function SelectField<V extends string>({
  id,
  label,
  hint,
  error,
  value,
  options,
  onValueChange,
  disabled,
}: SelectFieldProps<V>) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          id={id}
          name={id}
          className="input select"
          value={value}
          disabled={disabled}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onValueChange(event.target.value as V)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

interface TextAreaFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  onValueChange: (value: string) => void;
  rows?: number;
  maxLength?: number;
}

export function TextAreaField({
  id,
  label,
  hint,
  error,
  value,
  onValueChange,
  rows = 3,
}: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          id={id}
          name={id}
          className="textarea textarea--short"
          rows={rows}
          value={value}
          spellCheck
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}

interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  disabled?: boolean;
}

export function CheckboxField({
  id,
  label,
  hint,
  checked,
  onCheckedChange,
  disabled,
}: CheckboxFieldProps) {
  const hintId = `${id}-hint`;
  return (
    <div className="checkbox">
      <input
        type="checkbox"
        id={id}
        name={id}
        className="checkbox__input"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onCheckedChange(event.target.checked)}
      />
      <label className="checkbox__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="checkbox__hint field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}

interface ChoiceGroupProps<V extends string> {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** `group`: a caption shown above the first option of each run of the same group. */
  options: readonly { value: V; label: ReactNode; hint?: ReactNode; group?: string }[];
}

/** One of several (radio buttons in a fieldset with a legend). */
export function RadioGroupField<V extends string>({
  id,
  legend,
  hint,
  error,
  options,
  value,
  onValueChange,
}: ChoiceGroupProps<V> & { value: V; onValueChange: (value: V) => void }) {
  return (
    <ChoiceFieldset id={id} legend={legend} hint={hint} error={error}>
      <div className="choices choices--inline">
        {options.map((option) => (
          <div key={option.value} className="checkbox checkbox--radio">
            <input
              type="radio"
              id={`${id}-${option.value}`}
              name={id}
              className="checkbox__input"
              value={option.value}
              checked={value === option.value}
              onChange={() => onValueChange(option.value)}
            />
            <label className="checkbox__label" htmlFor={`${id}-${option.value}`}>
              {option.label}
            </label>
          </div>
        ))}
      </div>
    </ChoiceFieldset>
  );
}

/** Any of several (checkboxes in a fieldset with a legend): a keyboard-friendly multi-select. */
export function CheckboxGroupField<V extends string>({
  id,
  legend,
  hint,
  error,
  options,
  values,
  onValuesChange,
  empty,
}: ChoiceGroupProps<V> & {
  values: readonly V[];
  onValuesChange: (values: V[]) => void;
  /** Shown instead of the list when there is nothing to choose from. */
  empty?: ReactNode;
}) {
  return (
    <ChoiceFieldset id={id} legend={legend} hint={hint} error={error}>
      {options.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="choices">
          {options.map((option, index) => {
            const optionId = `${id}-${option.value}`;
            const caption =
              option.group && option.group !== options[index - 1]?.group ? option.group : null;
            return (
              <Fragment key={option.value}>
                {caption ? <p className="choices__group">{caption}</p> : null}
                <div className="checkbox">
                  <input
                    type="checkbox"
                    id={optionId}
                    className="checkbox__input"
                    checked={values.includes(option.value)}
                    aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                    onChange={(event) =>
                      onValuesChange(
                        event.target.checked
                          ? [...values, option.value]
                          : values.filter((v) => v !== option.value),
                      )
                    }
                  />
                  <label className="checkbox__label" htmlFor={optionId}>
                    {option.label}
                  </label>
                  {option.hint ? (
                    <div className="checkbox__hint field__hint" id={`${optionId}-hint`}>
                      {option.hint}
                    </div>
                  ) : null}
                </div>
              </Fragment>
            );
          })}
        </div>
      )}
    </ChoiceFieldset>
  );
}

function ChoiceFieldset({
  id,
  legend,
  hint,
  error,
  children,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={['choice-fieldset', 'field', error ? 'field--error' : null]
        .filter(Boolean)
        .join(' ')}
      aria-describedby={describedBy || undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <div className="field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}
