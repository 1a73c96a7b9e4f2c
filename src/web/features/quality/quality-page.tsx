import { useTranslation } from 'react-i18next';
import type { CheckFinding } from '../../../contracts/check';
import { useCheck } from '../../api/quality';
import { Icon } from '../../components/icons';
import { LoadError, Loading } from '../../components/loading';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useLocalized } from '../../i18n';
import { useWorkspace } from '../routines/workspace-context';
import { FindingList, SEVERITY_ORDER, SeverityTag, useCountsText } from './findings';

/** Kvalitetskontroll: every finding of the routine, grouped by step and severity. */
export function QualityPage() {
  const { t } = useTranslation();
  const pick = useLocalized();
  const { routine, template } = useWorkspace();
  const check = useCheck(routine.id);
  const countsText = useCountsText();
  useDocumentTitle([t('quality.page.title'), routine.title]);

  const groups: { key: string; title: string; findings: CheckFinding[] }[] = [];
  if (check.data) {
    for (const step of template.steps) {
      groups.push({
        key: `step-${step.number}`,
        title: t('step.heading', { number: step.number, title: pick(step.title) }),
        findings: check.data.findings.filter((f) => f.target.step === step.number),
      });
    }
    groups.push({
      key: 'routine',
      title: t('quality.page.wholeRoutine'),
      findings: check.data.findings.filter(
        (f) =>
          f.target.step === undefined || !template.steps.some((s) => s.number === f.target.step),
      ),
    });
  }

  return (
    <>
      <PageHeading>{t('quality.page.title')}</PageHeading>
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
          {groups
            .filter((group) => group.findings.length > 0)
            .map((group) => (
              <section
                key={group.key}
                className="quality-group"
                aria-labelledby={`${group.key}-title`}
              >
                <h2 id={`${group.key}-title`}>{group.title}</h2>
                {SEVERITY_ORDER.map((severity) => {
                  const list = group.findings.filter((f) => f.severity === severity);
                  if (list.length === 0) return null;
                  return (
                    <div
                      key={severity}
                      className={`quality-severity quality-severity--${severity}`}
                    >
                      <h3 className="quality-severity__title">
                        <SeverityTag severity={severity} />{' '}
                        <span className="quality-severity__count">({list.length})</span>
                      </h3>
                      <FindingList
                        findings={list}
                        routine={routine}
                        template={template}
                        showSeverity={false}
                      />
                    </div>
                  );
                })}
              </section>
            ))}
        </>
      )}
    </>
  );
}

export { QualityPage as Component };
