import '../../i18n/areas/evaluation';
import { type FormEvent, useId, useState } from 'react';
import type { EvaluationPlan } from '../../../contracts/review';
import { isApiError } from '../../api/client';
import { usePutEvaluationPlan } from '../../api/review';
import { useFormatDay } from '../../components/dates';
import { TextInput } from '../../components/form';
import { useTranslation } from '../../i18n';

/**
 * Nästa uppföljning on Utvärdering: the date the reminders follow, and a way to change it
 * without opening the whole plan. An adoption moves a past or left-over date to the adoption
 * day plus the plan's interval (the hint says so); this form sets any other date.
 */
export function NextReviewForm({
  rid,
  plan,
  canEdit,
}: {
  rid: string;
  plan: EvaluationPlan;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const put = usePutEvaluationPlan(rid);
  const id = useId();
  const [date, setDate] = useState(plan.nextReviewDate);
  const [shown, setShown] = useState(plan.revision);
  const [message, setMessage] = useState('');
  const [invalid, setInvalid] = useState(false);
  if (plan.revision !== shown) {
    setShown(plan.revision);
    setDate(plan.nextReviewDate);
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (put.isPending || plan.responsibleActorId === null) return;
    if (!date) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setMessage('');
    try {
      await put.mutateAsync({
        method: plan.method,
        indicators: plan.indicators,
        responsibleActorId: plan.responsibleActorId,
        frequencyMonths: plan.frequencyMonths,
        nextReviewDate: date,
        baseRevision: plan.revision,
      });
      setMessage(t('evaluation.next.saved', { date: formatDay(date) }));
    } catch (error) {
      setMessage(
        isApiError(error, 'STALE_REVISION')
          ? t('evaluation.next.stale')
          : t('evaluation.next.failed'),
      );
    }
  };
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('evaluation.next.title')}</h2>
      <p>
        {t('evaluation.next.current', { date: formatDay(plan.nextReviewDate) })}{' '}
        {t('evaluation.next.rule', { count: plan.frequencyMonths })}
      </p>
      {canEdit && plan.responsibleActorId !== null ? (
        <form className="next-review-form" onSubmit={submit} noValidate>
          <TextInput
            id={`${id}-date`}
            type="date"
            label={t('evaluation.next.label')}
            error={invalid ? t('evaluation.next.missing') : undefined}
            value={date}
            onValueChange={setDate}
          />
          <div className="button-group">
            <button type="submit" className="button" aria-disabled={put.isPending || undefined}>
              {t('evaluation.next.save')}
            </button>
          </div>
          <p className="save-confirmation" role="status">
            {message}
          </p>
        </form>
      ) : null}
    </section>
  );
}
