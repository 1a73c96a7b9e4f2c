import '../../i18n/areas/quality';
import { Link } from 'react-router';
import type { Routine } from '../../../contracts/routines';
import { useCheck } from '../../api/quality';
import type { Template } from '../../api/types';
import { useFocusFromLocation } from '../../components/focus';
import { Icon } from '../../components/icons';
import { LoadError } from '../../components/loading';
import { routinePath } from '../../components/workspace-context';
import { useTranslation } from '../../i18n';
import { StepFeedbackInfo } from '../feedback/feedback-counts';
import { FindingList, useCountsText } from './findings';

/**
 * "Kvalitetskontroll" at the bottom of a step page: what the template and the victims' rights
 * still require of this step, each finding linking to its place. It also moves focus to the
 * element a finding link on another page pointed at.
 */
export function QualityPanel({
  routine,
  template,
  step,
}: {
  routine: Routine;
  template: Template;
  step: number;
}) {
  const { t } = useTranslation();
  const check = useCheck(routine.id);
  const countsText = useCountsText();
  useFocusFromLocation();

  const findings = check.data?.findings.filter((f) => f.target.step === step) ?? [];
  const counts = check.data?.counts.byStep[String(step)];
  return (
    <section className="quality-panel" aria-labelledby="quality-title">
      <h2 id="quality-title">{t('quality.panel.title')}</h2>
      {check.isPending ? (
        <p className="loading">{t('quality.panel.checking')}</p>
      ) : check.isError ? (
        <LoadError error={check.error} onRetry={() => void check.refetch()} />
      ) : findings.length === 0 ? (
        <p className="quality-panel__ok">
          <Icon name="check" />
          {t('quality.panel.none')}
        </p>
      ) : (
        <>
          <p>{t('quality.panel.summary', { counts: counts ? countsText(counts) : '' })}</p>
          <FindingList findings={findings} routine={routine} template={template} />
        </>
      )}
      <StepFeedbackInfo rid={routine.id} step={step} />
      <p>
        <Link to={routinePath(routine.id, 'kvalitetskontroll')}>{t('quality.panel.toPage')}</Link>
      </p>
    </section>
  );
}
