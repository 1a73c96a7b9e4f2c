import '../../i18n/areas/evaluation';
import { Link } from 'react-router';
import { useLifecycle } from '../../api/evaluation';
import { useFormatDay } from '../../components/dates';
import { Icon } from '../../components/icons';
import { routinePath } from '../../components/workspace-context';
import { useTranslation } from '../../i18n';

/**
 * Where an adopted routine stands (adopted → in use → evaluation due → under revision), in
 * words with an icon; nothing before the first adoption (the timeline's phases tell that).
 */
export function LifecycleSummary({
  rid,
  linkToEvaluation,
}: {
  rid: string;
  linkToEvaluation?: boolean;
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const life = useLifecycle(rid);
  if (!life.data || life.data.state === 'not_adopted') return null;
  const { state, adoptedVersion, adoptedAt, nextReviewDate, revisionStartedAt } = life.data;
  const version = adoptedVersion ?? '';
  let text: string;
  if (state === 'under_revision')
    text = t('evaluation.lifecycle.under_revision', {
      date: formatDay(revisionStartedAt ?? ''),
      version,
    });
  else if (state === 'evaluation_due')
    text = t(
      life.data.isReviewOverdue
        ? 'evaluation.lifecycle.overdue'
        : 'evaluation.lifecycle.evaluation_due',
      {
        date: formatDay(nextReviewDate ?? ''),
      },
    );
  else text = t(`evaluation.lifecycle.${state}`, { date: formatDay(adoptedAt ?? ''), version });
  const isWarning = state === 'evaluation_due';
  return (
    <p className={`lifecycle lifecycle--${state}`} data-state={state}>
      <Icon name={isWarning ? 'warning' : state === 'under_revision' ? 'pencil' : 'check'} />
      <span>
        {text}
        {linkToEvaluation ? (
          <>
            {' '}
            <Link to={routinePath(rid, 'utvardering')}>
              {t('evaluation.lifecycle.toEvaluation')}
            </Link>
          </>
        ) : null}
      </span>
    </p>
  );
}
