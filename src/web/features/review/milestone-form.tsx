import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../contracts/limits';
import { PHASES, type Phase } from '../../../contracts/review';
import { isApiError } from '../../api/client';
import type { Template } from '../../api/types';
import { limitReachedMessage } from '../../components/cap-status';
import { ISO_DATE } from '../../components/dates';
import {
  ErrorSummary,
  FieldShell,
  type FormError,
  TextInput,
  useFormErrors,
} from '../../components/form';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { useLocalized } from '../../i18n';

export interface MilestoneValues {
  phase: Phase;
  title: string;
  plannedDate: string;
  doneDate: string | null;
}

interface MilestoneFormProps {
  idPrefix: string;
  template: Template;
  initial: MilestoneValues;
  submitLabel: string;
  /** Rejects with ApiError; `acknowledge` after the user said a flagged number is no personnummer. */
  onSubmit: (values: MilestoneValues, acknowledge: boolean) => Promise<unknown>;
  onCancel?: () => void;
}

/** Add or change a milestone: phase, title, planned date and (when done) the done date. */
export function MilestoneForm({
  idPrefix,
  template,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: MilestoneFormProps) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const errors = useFormErrors();
  const unsaved = useUnsavedChanges();
  const [values, setValues] = useState(initial);
  const [isBusy, setBusy] = useState(false);
  const [needsAck, setNeedsAck] = useState(false);
  const field = {
    phase: `${idPrefix}-phase`,
    title: `${idPrefix}-title`,
    planned: `${idPrefix}-planned`,
    done: `${idPrefix}-done`,
  };
  const set = (patch: Partial<MilestoneValues>) => setValues((v) => ({ ...v, ...patch }));

  async function submit(acknowledge: boolean) {
    if (isBusy) return;
    const problems: FormError[] = [];
    if (!values.title.trim())
      problems.push({ fieldId: field.title, message: t('review.milestone.titleMissing') });
    else if (values.title.trim().length > LIMITS.itemTitle)
      problems.push({
        fieldId: field.title,
        message: t('form.tooLong', { max: LIMITS.itemTitle }),
      });
    if (!ISO_DATE.test(values.plannedDate))
      problems.push({ fieldId: field.planned, message: t('review.milestone.plannedMissing') });
    if (values.doneDate && !ISO_DATE.test(values.doneDate))
      problems.push({ fieldId: field.done, message: t('review.milestone.doneInvalid') });
    if (problems.length > 0) return errors.show(problems);
    errors.clear();
    setBusy(true);
    try {
      await onSubmit({ ...values, title: values.title.trim() }, acknowledge);
      unsaved.markSaved();
      setNeedsAck(false);
    } catch (error) {
      if (isApiError(error, 'PERSONAL_DATA_SUSPECTED')) {
        setNeedsAck(true);
        errors.show([{ fieldId: field.title, message: t('review.personalData') }]);
      } else if (isApiError(error, 'STALE_REVISION')) {
        errors.show([{ message: t('review.milestone.stale') }]);
      } else if (isApiError(error, 'FORBIDDEN')) {
        errors.show([{ message: t('review.forbidden') }]);
      } else if (isApiError(error, 'LIMIT_REACHED')) {
        errors.show([{ message: limitReachedMessage(t, error.details) }]);
      } else if (isApiError(error, 'VALIDATION_FAILED')) {
        errors.show([{ fieldId: field.planned, message: t('review.milestone.invalid') }]);
      } else {
        errors.show([{ message: t('review.failed') }]);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      {...unsaved.formProps}
      className="form milestone-form"
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit(false);
      }}
    >
      <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
      <FieldShell id={field.phase} label={t('review.milestone.phase')}>
        {(describedBy) => (
          <select
            id={field.phase}
            className="input select"
            value={values.phase}
            aria-describedby={describedBy}
            onChange={(event) => set({ phase: event.target.value as Phase })}
          >
            {PHASES.map((phase, index) => {
              const title = template.timeline.phases.find((p) => p.key === phase)?.title;
              return (
                <option key={phase} value={phase}>
                  {index + 1}. {pick(title)}
                </option>
              );
            })}
          </select>
        )}
      </FieldShell>
      <TextInput
        id={field.title}
        label={t('review.milestone.title')}
        hint={t('review.milestone.titleHint')}
        error={errors.of(field.title)}
        value={values.title}
        onValueChange={(title) => set({ title })}
        autoComplete="off"
      />
      <TextInput
        id={field.planned}
        type="date"
        label={t('review.milestone.planned')}
        error={errors.of(field.planned)}
        value={values.plannedDate}
        onValueChange={(plannedDate) => set({ plannedDate })}
      />
      <TextInput
        id={field.done}
        type="date"
        label={t('review.milestone.done')}
        hint={t('review.milestone.doneHint')}
        error={errors.of(field.done)}
        value={values.doneDate ?? ''}
        onValueChange={(doneDate) => set({ doneDate: doneDate || null })}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={isBusy}>
          {submitLabel}
        </button>
        {needsAck ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={isBusy}
            onClick={() => void submit(true)}
          >
            {t('review.saveAnyway')}
          </button>
        ) : null}
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('review.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
