import '../../i18n/areas/review';
import type { EvaluationPlan } from '../../../contracts/review';
import { EVERY_MONTHS } from '../../../domain/vocabulary-labels';
import { useFormatDay } from '../../components/dates';
import { useLanguage, useTranslation } from '../../i18n';

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
  const lang = useLanguage();
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
        <dd>{capitalise(EVERY_MONTHS[lang](plan.frequencyMonths))}</dd>
      </div>
      <div>
        <dt>{t('review.plan.next')}</dt>
        <dd>{formatDay(plan.nextReviewDate)}</dd>
      </div>
    </dl>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
