import '../../i18n/areas/quality';
import '../../i18n/areas/step';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import type { CheckFinding, Severity } from '../../../contracts/check';
import { useCheck } from '../../api/quality';
import { Icon } from '../../components/icons';
import { LoadError, Loading } from '../../components/loading';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useWorkspace } from '../../components/workspace-context';
import { useLocalized, useTranslation } from '../../i18n';
import { FindingList, SEVERITY_ORDER, SeverityTag, useCountsText } from './findings';

/** The step a finding belongs to, or 0 for the whole routine. */
const stepOf = (f: CheckFinding, steps: readonly number[]) =>
  f.target.step !== undefined && steps.includes(f.target.step) ? f.target.step : 0;

/**
 * Kvalitetskontroll: every finding of the routine, stoppande brister first, then warnings,
 * then tips; within each, by step. Two filters (severity, step) live in the address
 * (`?niva=blocker&steg=3`), so a filtered list can be linked to.
 */
export function QualityPage() {
  const { t } = useTranslation();
  const pick = useLocalized();
  const { routine, template } = useWorkspace();
  const check = useCheck(routine.id);
  const countsText = useCountsText();
  const [params, setParams] = useSearchParams();
  const severityId = useId();
  const stepId = useId();
  useDocumentTitle([t('workspace.quality'), routine.title]);

  const steps: number[] = template.steps.map((s) => s.number);
  const severityParam = params.get('niva');
  const severityFilter = SEVERITY_ORDER.includes(severityParam as Severity)
    ? (severityParam as Severity)
    : null;
  const stepParam = params.get('steg');
  const stepFilter =
    stepParam !== null && (stepParam === '0' || steps.includes(Number(stepParam)))
      ? Number(stepParam)
      : null;
  const setFilter = (key: 'niva' | 'steg', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const findings = (check.data?.findings ?? []).filter(
    (f) =>
      (severityFilter === null || f.severity === severityFilter) &&
      (stepFilter === null || stepOf(f, steps) === stepFilter),
  );
  const stepTitle = (n: number) => {
    const step = template.steps.find((s) => s.number === n);
    return step
      ? t('step.heading', { number: step.number, title: pick(step.title) })
      : t('quality.page.wholeRoutine');
  };

  return (
    <>
      <PageHeading>{t('workspace.quality')}</PageHeading>
      <div className="prose">
        <p className="lead">{t('quality.page.intro')}</p>
        <ul className="severity-legend">
          {SEVERITY_ORDER.map((severity) => (
            <li key={severity}>
              <SeverityTag severity={severity} /> {t(`quality.page.legend.${severity}`)}
            </li>
          ))}
        </ul>
      </div>
      {check.isPending ? (
        <Loading label={t('quality.panel.checking')} />
      ) : check.isError ? (
        <LoadError error={check.error} onRetry={() => void check.refetch()} />
      ) : check.data.findings.length === 0 ? (
        <div className="notice">
          <p className="quality-panel__ok">
            <Icon name="check" />
            {t('quality.page.none')}
          </p>
        </div>
      ) : (
        <>
          <p className="quality-total" role="status">
            {t('quality.page.total', { counts: countsText(check.data.counts) })}
          </p>
          <fieldset className="quality-filter">
            <legend>{t('quality.filter.legend')}</legend>
            <div className="quality-filter__field">
              <label htmlFor={severityId}>{t('quality.filter.severity')}</label>
              <select
                id={severityId}
                className="input select"
                value={severityFilter ?? ''}
                onChange={(event) => setFilter('niva', event.target.value)}
              >
                <option value="">{t('quality.filter.allSeverities')}</option>
                {SEVERITY_ORDER.map((severity) => (
                  <option key={severity} value={severity}>
                    {t(`quality.filter.only.${severity}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="quality-filter__field">
              <label htmlFor={stepId}>{t('quality.filter.step')}</label>
              <select
                id={stepId}
                className="input select"
                value={stepFilter ?? ''}
                onChange={(event) => setFilter('steg', event.target.value)}
              >
                <option value="">{t('quality.filter.allSteps')}</option>
                {steps.map((n) => (
                  <option key={n} value={n}>
                    {stepTitle(n)}
                  </option>
                ))}
                <option value="0">{t('quality.page.wholeRoutine')}</option>
              </select>
            </div>
          </fieldset>
          {findings.length === 0 ? (
            <p className="notice" role="status">
              {t('quality.filter.none')}
            </p>
          ) : null}
          {SEVERITY_ORDER.map((severity) => {
            const list = findings.filter((f) => f.severity === severity);
            if (list.length === 0) return null;
            const inSteps = [...steps, 0].filter((n) => list.some((f) => stepOf(f, steps) === n));
            return (
              <section
                key={severity}
                className={`quality-group quality-severity quality-severity--${severity}`}
                aria-labelledby={`quality-${severity}-title`}
              >
                <h2 id={`quality-${severity}-title`} className="quality-severity__title">
                  <SeverityTag severity={severity} />{' '}
                  <span className="quality-severity__count">({list.length})</span>
                </h2>
                {inSteps.map((n) => (
                  <div key={n} className="quality-step">
                    <h3>{stepTitle(n)}</h3>
                    <FindingList
                      findings={list.filter((f) => stepOf(f, steps) === n)}
                      routine={routine}
                      template={template}
                      showSeverity={false}
                    />
                  </div>
                ))}
              </section>
            );
          })}
        </>
      )}
    </>
  );
}

export { QualityPage as Component };
