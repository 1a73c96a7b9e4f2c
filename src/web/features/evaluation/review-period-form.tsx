import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../contracts/actors';
import {
  type IndicatorValue,
  REVIEW_DECISIONS_MAX,
  REVIEW_VALUE_MAX,
} from '../../../contracts/evaluation';
import { isApiError } from '../../api/client';
import { ISO_DATE } from '../../components/dates';
import {
  ErrorSummary,
  FieldShell,
  type FormError,
  TextInput,
  useFormErrors,
} from '../../components/form';
import { useUnsavedChanges } from '../../components/unsaved-changes';

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
  const errors = useFormErrors();
  const unsaved = useUnsavedChanges();
  const [values, setValues] = useState(initial);
  const [isBusy, setBusy] = useState(false);
  const [needsAck, setNeedsAck] = useState(false);
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

  async function submit(acknowledge: boolean) {
    if (isBusy) return;
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
    if (problems.length > 0) return errors.show(problems);
    errors.clear();
    setBusy(true);
    try {
      await onSubmit(
        {
          ...values,
          indicatorValues: values.indicatorValues
            .map((v) => ({ ...v, value: v.value.trim() }))
            .filter((v) => v.value !== ''),
          decisions: values.decisions.trim(),
        },
        acknowledge,
      );
      unsaved.markSaved();
      setNeedsAck(false);
    } catch (error) {
      if (isApiError(error, 'PERSONAL_DATA_SUSPECTED')) {
        setNeedsAck(true);
        errors.show([{ fieldId: field.decisions, message: t('evaluation.form.personalData') }]);
      } else if (isApiError(error, 'STALE_REVISION')) {
        errors.show([{ message: t('evaluation.form.stale') }]);
      } else if (isApiError(error, 'VALIDATION_FAILED')) {
        errors.show([{ message: t('evaluation.form.invalid') }]);
      } else {
        errors.show([{ message: t('evaluation.form.failed') }]);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      {...unsaved.formProps}
      className="form review-period-form"
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit(false);
      }}
    >
      <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
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
        {needsAck ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={isBusy}
            onClick={() => void submit(true)}
          >
            {t('evaluation.form.saveAnyway')}
          </button>
        ) : null}
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('evaluation.form.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
