import '../../i18n/areas/evaluation';
import { type FormEvent, useState } from 'react';
import type { Actor } from '../../../contracts/actors';
import {
  type IndicatorValue,
  REVIEW_DECISIONS_MAX,
  REVIEW_VALUE_MAX,
} from '../../../contracts/evaluation';
import { ISO_DATE } from '../../components/dates';
import { FieldShell, type FormError, TextInput } from '../../components/form';
import { SaveAnywayButton, SaveFormTop, useSaveForm } from '../../components/save-form';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { useTranslation } from '../../i18n';

export interface ReviewPeriodValues {
  periodStart: string;
  periodEnd: string;
  indicatorValues: IndicatorValue[];
  meetingDate: string | null;
  presentActorIds: string[];
  decisions: string;
}

interface ReviewPeriodFormProps {
  idPrefix: string;
  /** The plan's indicators; values stored for indicators no longer in the plan stay listed. */
  indicators: string[];
  actors: Actor[];
  initial: ReviewPeriodValues;
  submitLabel: string;
  /** Rejects with ApiError; `acknowledge` after the user said a flagged number is no personnummer. */
  onSubmit: (values: ReviewPeriodValues, acknowledge: boolean) => Promise<unknown>;
  onCancel?: () => void;
}

/** A review period: its dates, a value per indicator, the review meeting and its decisions. */
export function ReviewPeriodForm({
  idPrefix,
  indicators,
  actors,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: ReviewPeriodFormProps) {
  const { t } = useTranslation();
  const unsaved = useUnsavedChanges();
  const [values, setValues] = useState(initial);
  const field = {
    start: `${idPrefix}-start`,
    end: `${idPrefix}-end`,
    meeting: `${idPrefix}-meeting`,
    decisions: `${idPrefix}-decisions`,
    value: (i: number) => `${idPrefix}-value-${i}`,
  };
  const change = (patch: Partial<ReviewPeriodValues>) => setValues((v) => ({ ...v, ...patch }));
  const stored = new Map(initial.indicatorValues.map((v) => [v.indicator, v.value]));
  const shown = [...new Set([...indicators, ...stored.keys()])];
  const indicatorValue = (indicator: string) =>
    values.indicatorValues.find((v) => v.indicator === indicator)?.value ?? '';
  const setValue = (indicator: string, value: string) =>
    change({
      indicatorValues: [
        ...values.indicatorValues.filter((v) => v.indicator !== indicator),
        { indicator, value },
      ].sort((a, b) => shown.indexOf(a.indicator) - shown.indexOf(b.indicator)),
    });

  function validate(): FormError[] {
    const problems: FormError[] = [];
    if (!ISO_DATE.test(values.periodStart))
      problems.push({ fieldId: field.start, message: t('evaluation.form.dateMissing') });
    if (!ISO_DATE.test(values.periodEnd))
      problems.push({ fieldId: field.end, message: t('evaluation.form.dateMissing') });
    else if (values.periodStart > values.periodEnd)
      problems.push({ fieldId: field.end, message: t('evaluation.form.endBeforeStart') });
    if (values.decisions.length > REVIEW_DECISIONS_MAX)
      problems.push({
        fieldId: field.decisions,
        message: t('evaluation.form.tooLong', { max: REVIEW_DECISIONS_MAX }),
      });
    return problems;
  }

  const form = useSaveForm({
    validate,
    send: (ack) =>
      onSubmit(
        {
          ...values,
          indicatorValues: values.indicatorValues
            .map((v) => ({ ...v, value: v.value.trim() }))
            .filter((v) => v.value !== ''),
          decisions: values.decisions.trim(),
        },
        Boolean(ack.acknowledgePersonalData),
      ),
    onSaved: () => unsaved.markSaved(),
    personalData: { fieldId: field.decisions, message: t('evaluation.form.personalData') },
    words: {
      fieldIdOf: () => undefined,
      invalidField: () => t('evaluation.form.invalid'),
      invalidForm: { message: t('evaluation.form.invalid') },
      refusal: (code) =>
        code === 'STALE_REVISION' ? { message: t('evaluation.form.stale') } : undefined,
      failed: t('evaluation.form.failed'),
    },
  });
  const { errors, isBusy } = form;

  return (
    <form
      {...unsaved.formProps}
      className="form review-period-form"
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void form.save(false);
      }}
    >
      <SaveFormTop form={form} />
      <div className="review-period-form__dates">
        <TextInput
          id={field.start}
          type="date"
          label={t('evaluation.form.start')}
          error={errors.of(field.start)}
          value={values.periodStart}
          onValueChange={(periodStart) => change({ periodStart })}
        />
        <TextInput
          id={field.end}
          type="date"
          label={t('evaluation.form.end')}
          error={errors.of(field.end)}
          value={values.periodEnd}
          onValueChange={(periodEnd) => change({ periodEnd })}
        />
      </div>
      <fieldset className="fieldset">
        <legend className="field__label">{t('evaluation.form.indicators')}</legend>
        {shown.length === 0 ? (
          <p className="field__hint">{t('evaluation.form.noIndicators')}</p>
        ) : (
          <>
            <p className="field__hint" id={`${idPrefix}-value-hint`}>
              {t('evaluation.form.valueHint')}
            </p>
            {shown.map((indicator, i) => (
              <TextInput
                key={indicator}
                id={field.value(i)}
                label={indicator}
                maxLength={REVIEW_VALUE_MAX}
                value={indicatorValue(indicator)}
                onValueChange={(value) => setValue(indicator, value)}
                autoComplete="off"
              />
            ))}
          </>
        )}
      </fieldset>
      <TextInput
        id={field.meeting}
        type="date"
        label={t('evaluation.form.meetingDate')}
        hint={t('evaluation.form.meetingHint')}
        value={values.meetingDate ?? ''}
        onValueChange={(meetingDate) => change({ meetingDate: meetingDate || null })}
      />
      {actors.length > 0 ? (
        <fieldset className="fieldset">
          <legend className="field__label">{t('evaluation.form.present')}</legend>
          <ul className="choices review-period-form__actors">
            {actors.map((actor) => {
              const id = `${idPrefix}-actor-${actor.id}`;
              const checked = values.presentActorIds.includes(actor.id);
              return (
                <li key={actor.id} className="checkbox">
                  <input
                    id={id}
                    className="checkbox__input"
                    type="checkbox"
                    checked={checked}
                    onChange={() =>
                      change({
                        presentActorIds: checked
                          ? values.presentActorIds.filter((a) => a !== actor.id)
                          : [...values.presentActorIds, actor.id],
                      })
                    }
                  />
                  <label className="checkbox__label" htmlFor={id}>
                    {actor.name}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ) : null}
      <FieldShell
        id={field.decisions}
        label={t('evaluation.form.decisions')}
        hint={t('evaluation.form.decisionsHint')}
        error={errors.of(field.decisions)}
      >
        {(describedBy) => (
          <textarea
            id={field.decisions}
            className="input textarea"
            rows={4}
            value={values.decisions}
            aria-describedby={describedBy}
            aria-invalid={errors.of(field.decisions) ? true : undefined}
            onChange={(event) => change({ decisions: event.target.value })}
          />
        )}
      </FieldShell>
      <div className="button-group">
        <button type="submit" className="button" disabled={isBusy}>
          {submitLabel}
        </button>
        <SaveAnywayButton form={form} label={t('evaluation.form.saveAnyway')} />
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('evaluation.form.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
