import { useTranslation } from 'react-i18next';
import type { EvaluationPlan } from '../../../contracts/review';
import { useFormatDay } from '../../components/dates';

/** The plan as text, for readers. */
export function PlanSummary({
  plan,
  actorName,
}: {
  plan: EvaluationPlan | null;
  actorName?: string;
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  if (!plan) return <p>{t('review.plan.none')}</p>;
  return (
    <dl className="summary-list">
      <div>
        <dt>{t('review.plan.method')}</dt>
        <dd className="pre-line">{plan.method}</dd>
      </div>
      <div>
        <dt>{t('review.plan.indicators')}</dt>
        <dd>
          <ul className="list-bullet">
            {plan.indicators.map((indicator) => (
              <li key={indicator}>{indicator}</li>
            ))}
          </ul>
        </dd>
      </div>
      <div>
        <dt>{t('review.plan.responsible')}</dt>
        <dd>{actorName ?? '–'}</dd>
      </div>
      <div>
        <dt>{t('review.plan.frequency')}</dt>
        <dd>
          {plan.frequencyMonths === 2
            ? t('review.plan.everyOtherMonth')
            : t('review.plan.everyMonths', { count: plan.frequencyMonths })}
        </dd>
      </div>
      <div>
        <dt>{t('review.plan.next')}</dt>
        <dd>{formatDay(plan.nextReviewDate)}</dd>
      </div>
    </dl>
  );
}
