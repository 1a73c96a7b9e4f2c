import '../../i18n/areas/review';
import { type FormEvent, useState } from 'react';
import { LIMITS } from '../../../contracts/limits';
import { PHASES, type Phase } from '../../../contracts/review';
import type { Template } from '../../api/types';
import { ISO_DATE } from '../../components/dates';
import { FieldShell, type FormError, TextInput } from '../../components/form';
import { SaveAnywayButton, SaveFormTop, useSaveForm } from '../../components/save-form';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { useLocalized, useTranslation } from '../../i18n';

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
  const unsaved = useUnsavedChanges();
  const [values, setValues] = useState(initial);
  const field = {
    phase: `${idPrefix}-phase`,
    title: `${idPrefix}-title`,
    planned: `${idPrefix}-planned`,
    done: `${idPrefix}-done`,
  };
  const set = (patch: Partial<MilestoneValues>) => setValues((v) => ({ ...v, ...patch }));

  function validate(): FormError[] {
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
    return problems;
  }

  const form = useSaveForm({
    validate,
    send: (ack) =>
      onSubmit({ ...values, title: values.title.trim() }, Boolean(ack.acknowledgePersonalData)),
    onSaved: () => unsaved.markSaved(),
    personalData: { fieldId: field.title, message: t('review.personalData') },
    words: {
      fieldIdOf: () => undefined,
      invalidField: () => t('review.milestone.invalid'),
      invalidForm: { fieldId: field.planned, message: t('review.milestone.invalid') },
      refusal: (code) => {
        if (code === 'STALE_REVISION') return { message: t('review.milestone.stale') };
        if (code === 'FORBIDDEN') return { message: t('review.forbidden') };
        return undefined;
      },
      failed: t('review.failed'),
    },
  });
  const { errors, isBusy } = form;

  return (
    <form
      {...unsaved.formProps}
      className="form milestone-form"
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void form.save(false);
      }}
    >
      <SaveFormTop form={form} />
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
        <SaveAnywayButton form={form} label={t('review.saveAnyway')} />
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('review.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
