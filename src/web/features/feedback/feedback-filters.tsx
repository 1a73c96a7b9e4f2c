import '../../i18n/areas/feedback';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import type { ReviewPeriod } from '../../../contracts/evaluation';
import { FEEDBACK_STATUSES, type FeedbackQuery } from '../../../contracts/feedback';
import { useFormatDay } from '../../components/dates';
import { useTranslation } from '../../i18n';

type Key = 'uppfoljning' | 'steg' | 'lage';

/**
 * The Återkoppling page's filters live in the address (`?uppfoljning=<id>&steg=3&lage=new`),
 * so Utvärdering can link to one review period's feedback and a filtered list can be shared.
 */
export function useFeedbackFilter(steps: number[], periods: ReviewPeriod[] | undefined) {
  const [params, setParams] = useSearchParams();
  const stepParam = params.get('steg');
  const step =
    stepParam !== null && (stepParam === '0' || steps.includes(Number(stepParam)))
      ? Number(stepParam)
      : undefined;
  const statusParam = params.get('lage');
  const status = FEEDBACK_STATUSES.find((s) => s === statusParam);
  const reviewParam = params.get('uppfoljning');
  // Until the periods are loaded the id is taken as given; the API answers 404 for a stranger.
  const review =
    reviewParam && (periods === undefined || periods.some((p) => p.id === reviewParam))
      ? reviewParam
      : undefined;
  const filter: FeedbackQuery = {
    ...(step === undefined ? {} : { step }),
    ...(status ? { status } : {}),
    ...(review ? { reviewId: review } : {}),
  };
  const setFilter = (key: Key, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const clear = () => setParams(new URLSearchParams(), { replace: true });
  return { filter, setFilter, clear, isFiltered: Object.keys(filter).length > 0 };
}

export function FeedbackFilters({
  filter,
  setFilter,
  steps,
  stepTitle,
  periods,
}: {
  filter: FeedbackQuery;
  setFilter: (key: Key, value: string) => void;
  steps: number[];
  stepTitle: (step: number) => string;
  periods: ReviewPeriod[];
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const periodId = useId();
  const stepId = useId();
  const statusId = useId();
  return (
    <fieldset className="quality-filter">
      <legend>{t('feedback.filterLegend')}</legend>
      <div className="quality-filter__field">
        <label htmlFor={periodId}>{t('feedback.filterPeriod')}</label>
        <select
          id={periodId}
          className="input select"
          value={filter.reviewId ?? ''}
          onChange={(event) => setFilter('uppfoljning', event.target.value)}
        >
          <option value="">{t('feedback.allPeriods')}</option>
          {periods.map((p) => (
            <option key={p.id} value={p.id}>
              {t('feedback.periodOption', {
                start: formatDay(p.periodStart),
                end: formatDay(p.periodEnd),
              })}
            </option>
          ))}
        </select>
      </div>
      <div className="quality-filter__field">
        <label htmlFor={stepId}>{t('feedback.filterStep')}</label>
        <select
          id={stepId}
          className="input select"
          value={filter.step ?? ''}
          onChange={(event) => setFilter('steg', event.target.value)}
        >
          <option value="">{t('feedback.allSteps')}</option>
          {[0, ...steps].map((n) => (
            <option key={n} value={n}>
              {stepTitle(n)}
            </option>
          ))}
        </select>
      </div>
      <div className="quality-filter__field">
        <label htmlFor={statusId}>{t('feedback.statusLabel')}</label>
        <select
          id={statusId}
          className="input select"
          value={filter.status ?? ''}
          onChange={(event) => setFilter('lage', event.target.value)}
        >
          <option value="">{t('feedback.allStatuses')}</option>
          {FEEDBACK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`feedback.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
