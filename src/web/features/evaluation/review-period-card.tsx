import '../../i18n/areas/evaluation';
import { Link } from 'react-router';
import type { Actor } from '../../../contracts/actors';
import type { ReviewPeriod } from '../../../contracts/evaluation';
import { useFormatDay } from '../../components/dates';
import { routinePath } from '../../components/workspace-context';
import { useTranslation } from '../../i18n';

/** One review period as everyone reads it: values, feedback of the period, the meeting. */
export function ReviewPeriodCard({
  period,
  actors,
  headingId,
}: {
  period: ReviewPeriod;
  actors: Actor[];
  headingId: string;
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const names = period.presentActorIds.map((id) => actors.find((a) => a.id === id)?.name ?? id);
  return (
    <>
      <h3 id={headingId} className="review-period__title">
        {t('evaluation.period.heading', {
          start: formatDay(period.periodStart),
          end: formatDay(period.periodEnd),
        })}
      </h3>
      {period.revisionStartedAt ? (
        <p className="review-period__revision">
          {t('evaluation.period.revisionStarted', { date: formatDay(period.revisionStartedAt) })}
        </p>
      ) : null}
      <h4>{t('evaluation.period.indicators')}</h4>
      {period.indicatorValues.length === 0 ? (
        <p className="muted">{t('evaluation.period.noValues')}</p>
      ) : (
        <dl className="summary-list review-period__values">
          {period.indicatorValues.map((v) => (
            <div key={v.indicator}>
              <dt>{v.indicator}</dt>
              <dd>{v.value || t('evaluation.period.noValue')}</dd>
            </div>
          ))}
        </dl>
      )}
      <p>
        {t('evaluation.period.feedback', { count: period.feedbackCount })}{' '}
        {period.feedbackCount > 0 ? (
          <Link
            to={`${routinePath(period.routineId, 'aterkoppling')}?uppfoljning=${encodeURIComponent(period.id)}`}
          >
            {t('evaluation.period.feedbackLink')}
          </Link>
        ) : null}
      </p>
      <h4>{t('evaluation.period.meeting')}</h4>
      {period.meetingDate === null && names.length === 0 && !period.decisions ? (
        <p className="muted">{t('evaluation.period.noMeeting')}</p>
      ) : (
        <dl className="summary-list">
          <div>
            <dt>{t('evaluation.period.meetingDate')}</dt>
            <dd>{period.meetingDate ? formatDay(period.meetingDate) : '–'}</dd>
          </div>
          <div>
            <dt>{t('evaluation.period.present')}</dt>
            <dd>{names.length ? names.join(', ') : t('evaluation.period.nonePresent')}</dd>
          </div>
          <div>
            <dt>{t('evaluation.period.decisions')}</dt>
            <dd className="pre-line">{period.decisions || t('evaluation.period.noDecisions')}</dd>
          </div>
        </dl>
      )}
    </>
  );
}
