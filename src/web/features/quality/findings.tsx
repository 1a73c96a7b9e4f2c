import '../../i18n/areas/quality';
import type { MouseEvent } from 'react';
import { Link, useLocation } from 'react-router';
import type { CheckFinding, Severity, SeverityCounts } from '../../../contracts/check';
import type { Routine } from '../../../contracts/routines';
import type { Template } from '../../api/types';
import { domIds, type FocusState } from '../../components/focus';
import { Icon, type IconName } from '../../components/icons';
import { routinePath, stepPath } from '../../components/workspace-context';
import { useTranslation } from '../../i18n';

const SEVERITY_ICON: Record<Severity, IconName> = {
  blocker: 'stop',
  warning: 'warning',
  tip: 'info',
};

export const SEVERITY_ORDER: readonly Severity[] = ['blocker', 'warning', 'tip'];

/** Stoppande brist / Varning / Tips: the severity in words with an icon, never colour alone. */
export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <span className={`severity severity--${severity}`}>
      <Icon name={SEVERITY_ICON[severity]} />
      <span>{t(`quality.severity.${severity}`)}</span>
    </span>
  );
}

/** "2 stoppande brister, 5 varningar och 1 tips" (only the non-zero ones). */
export function useCountsText(): (counts: SeverityCounts) => string {
  const { t } = useTranslation();
  return (counts) => {
    const parts: string[] = SEVERITY_ORDER.filter((s) => counts[s] > 0).map((s) =>
      String(t(`quality.count.${s}`, { count: counts[s] })),
    );
    if (parts.length <= 1) return parts[0] ?? '';
    return t('quality.count.list', {
      first: parts.slice(0, -1).join(', '),
      last: parts[parts.length - 1] ?? '',
    });
  };
}

interface Destination {
  to: string;
  focusId?: string;
  label: string;
}

/** Where a finding's target lives in the UI, and the element to focus there. */
function useDestination(): (
  finding: CheckFinding,
  routine: Routine,
  template: Template,
) => Destination {
  const { t } = useTranslation();
  return (finding, routine, template) => {
    const { target } = finding;
    const step = target.step ?? 0;
    const stepPage = step > 0 ? stepPath(routine.id, step) : routinePath(routine.id);
    const actorsPage = `/samverkan/${routine.collaborationId}/aktorer`;
    switch (target.type) {
      case 'question': {
        const question = template.steps.flatMap((s) => s.questions).find((q) => q.id === target.id);
        return {
          to: stepPage,
          focusId: target.id ? domIds.question(target.id) : undefined,
          label: question
            ? t('quality.goTo.question', { number: question.number, step })
            : t('quality.goTo.step', { step }),
        };
      }
      case 'action':
        return {
          to: stepPage,
          focusId: target.id ? domIds.action(target.id) : domIds.stepActions,
          label: t('quality.goTo.action'),
        };
      case 'obstacle':
        return {
          to: stepPage,
          focusId: target.id ? domIds.obstacle(target.id) : domIds.obstacles,
          label: t('quality.goTo.obstacle'),
        };
      case 'actor':
        return {
          to: actorsPage,
          focusId: target.id ? domIds.actor(target.id) : undefined,
          label: t('quality.goTo.actor'),
        };
      case 'contact_path':
        return {
          to: actorsPage,
          focusId: target.id ? domIds.contactPath(target.id) : undefined,
          label: t('quality.goTo.contactPath'),
        };
      case 'milestone':
        return { to: routinePath(routine.id, 'tidslinje'), label: t('quality.goTo.timeline') };
      case 'evaluation_plan':
        return {
          to: stepPath(routine.id, step || 6),
          focusId: domIds.evaluationPlan,
          label: t('quality.goTo.evaluationPlan'),
        };
      case 'routine':
        if (finding.rule === 'main-rule-missing') {
          return { to: stepPage, focusId: domIds.mainRule, label: t('quality.goTo.mainRule') };
        }
        return step >= 2 && step <= 5
          ? {
              to: stepPage,
              focusId: domIds.stepActions,
              label: t('quality.goTo.actions', { step }),
            }
          : {
              to: stepPage,
              label: step > 0 ? t('quality.goTo.step', { step }) : t('quality.goTo.overview'),
            };
      default:
        return step >= 2 && step <= 5
          ? {
              to: stepPage,
              focusId: domIds.stepActions,
              label: t('quality.goTo.actions', { step }),
            }
          : {
              to: stepPage,
              label: step > 0 ? t('quality.goTo.step', { step }) : t('quality.goTo.overview'),
            };
    }
  };
}

/** A link to what a finding concerns; it moves focus there (at once when it is on this page). */
function FindingLink({ destination }: { destination: Destination }) {
  const location = useLocation();
  const { to, focusId, label } = destination;
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (!focusId || location.pathname !== to) return;
    const element = document.getElementById(focusId);
    if (!element) return;
    event.preventDefault();
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'center' });
  }
  const state: FocusState | undefined = focusId ? { focusId } : undefined;
  return (
    <Link to={to} state={state} onClick={onClick} className="finding__link">
      {label}
    </Link>
  );
}

/** A list of findings: severity, the message, where it comes from, and a link to the place. */
export function FindingList({
  findings,
  routine,
  template,
  showSeverity = true,
}: {
  findings: CheckFinding[];
  routine: Routine;
  template: Template;
  showSeverity?: boolean;
}) {
  const { t } = useTranslation();
  const destinationOf = useDestination();
  return (
    <ul className="findings">
      {findings.map((finding) => (
        <li
          // Findings have no id; rule, target and message tell them apart.
          key={`${finding.rule}-${finding.target.type}-${finding.target.id ?? ''}-${finding.target.step ?? ''}-${finding.message}`}
          className={`finding finding--${finding.severity}`}
        >
          {showSeverity ? <SeverityTag severity={finding.severity} /> : null}
          <p className="finding__message">{finding.message}</p>
          {finding.source ? (
            <p className="finding__source">
              {t('quality.source')}: {finding.source}
            </p>
          ) : null}
          <FindingLink destination={destinationOf(finding, routine, template)} />
        </li>
      ))}
    </ul>
  );
}
