import '../../i18n/areas/quality';
import { Link } from 'react-router';
import { useCheck } from '../../api/quality';
import { Icon } from '../../components/icons';
import { routinePath } from '../../components/workspace-context';
import { useTranslation } from '../../i18n';

/**
 * A step's blockers and warnings in the step navigation ("2 stoppande brister", "3 varningar"), in words
 * with an icon. Nothing while the check loads, and nothing for a step without findings.
 */
export function StepFindingCounts({ routineId, step }: { routineId: string; step: number }) {
  const { t } = useTranslation();
  const check = useCheck(routineId);
  const counts = check.data?.counts.byStep[String(step)];
  if (!counts || (counts.blocker === 0 && counts.warning === 0)) return null;
  return (
    <span className="step-nav__findings">
      {counts.blocker > 0 ? (
        <span className="nav-count nav-count--blocker">
          <Icon name="stop" />
          {t('quality.count.blocker', { count: counts.blocker })}
        </span>
      ) : null}
      {counts.warning > 0 ? (
        <span className="nav-count nav-count--warning">
          <Icon name="warning" />
          {t('quality.count.warning', { count: counts.warning })}
        </span>
      ) : null}
    </span>
  );
}

/** The routine's blocker count for the workspace header, linking to Kvalitetskontroll. */
export function RoutineBlockerCount({ routineId }: { routineId: string }) {
  const { t } = useTranslation();
  const check = useCheck(routineId);
  if (!check.data) return null;
  const blockers = check.data.counts.blocker;
  return (
    <Link
      to={routinePath(routineId, 'kvalitetskontroll')}
      className={blockers > 0 ? 'blocker-count blocker-count--some' : 'blocker-count'}
    >
      <Icon name={blockers > 0 ? 'stop' : 'check'} />
      <span className="visually-hidden">{t('quality.header.label')}: </span>
      {blockers > 0
        ? t('quality.count.blocker', { count: blockers })
        : t('quality.header.noBlockers')}
    </Link>
  );
}
