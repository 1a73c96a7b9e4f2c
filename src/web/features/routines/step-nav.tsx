import { useEffect, useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import type { Routine } from '../../../contracts/routines';
import type { Template } from '../../api/types';
import { Icon } from '../../components/icons';
import { routinePath, stepPath } from '../../components/workspace-context';
import { useLocalized, useTranslation } from '../../i18n';
import { useLive, useLiveProgress } from '../live/live-context';
import { StepPresence } from '../live/presence';
import { StepFindingCounts } from '../quality/counts';

interface StepNavProps {
  routine: Routine;
  template: Template;
}

/**
 * The routine's parts: Översikt, steps 1–6 with their progress, Tidslinje, Bekräftelse.
 * Always visible beside the page on wide screens; on a phone it is a disclosure (a button that
 * shows and hides the list), which suits navigation links better than an ARIA menu.
 */
export function StepNav({ routine, template }: StepNavProps) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const location = useLocation();
  const [isOpen, setOpen] = useState(false);
  const live = useLive();
  const liveProgress = useLiveProgress(live, template.steps);

  // Close the phone menu after choosing a page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each navigation
  useEffect(() => setOpen(false), [location.pathname]);

  const rid = routine.id;
  return (
    <nav className="step-nav" aria-label={t('workspace.navLabel')}>
      <button
        type="button"
        className="step-nav__toggle"
        aria-expanded={isOpen}
        aria-controls="step-nav-list"
        onClick={() => setOpen((open) => !open)}
      >
        <Icon name={isOpen ? 'close' : 'menu'} />
        {isOpen ? t('workspace.hideParts') : t('workspace.showParts')}
      </button>
      <ol id="step-nav-list" className={isOpen ? 'step-nav__list is-open' : 'step-nav__list'}>
        <li>
          <NavLink to={routinePath(rid)} end className="step-nav__link">
            <span className="step-nav__name">{t('workspace.overview')}</span>
          </NavLink>
        </li>
        {template.steps.map((step) => {
          const progress = routine.progress[String(step.number)];
          const total = progress?.total ?? step.questions.length;
          const answered = liveProgress?.[step.number] ?? progress?.answered ?? 0;
          return (
            <li key={step.number}>
              <NavLink to={stepPath(rid, step.number)} className="step-nav__link">
                <span className="step-nav__name">
                  <span className="step-nav__number">{step.number}.</span> {pick(step.title)}
                  <StepFindingCounts routineId={rid} step={step.number} />
                  <StepPresence live={live} step={step.number} />
                </span>
                <span className="step-nav__progress">
                  <span aria-hidden="true">
                    {answered}/{total}
                  </span>
                  <span className="visually-hidden">
                    {t('workspace.progress', { answered, count: total })}
                  </span>
                </span>
              </NavLink>
            </li>
          );
        })}
        <li>
          <NavLink to={routinePath(rid, 'tidslinje')} className="step-nav__link">
            <span className="step-nav__name">{t('workspace.timeline')}</span>
          </NavLink>
        </li>
        <li>
          <NavLink to={routinePath(rid, 'utvardering')} className="step-nav__link">
            <span className="step-nav__name">{t('workspace.evaluation')}</span>
          </NavLink>
        </li>
        <li>
          <NavLink to={routinePath(rid, 'bekraftelse')} className="step-nav__link">
            <span className="step-nav__name">{t('workspace.confirmation')}</span>
          </NavLink>
        </li>
        <li>
          <NavLink to={routinePath(rid, 'vem-gor-vad')} className="step-nav__link">
            <span className="step-nav__name">{t('workspace.matrix')}</span>
          </NavLink>
        </li>
        <li>
          <NavLink to={routinePath(rid, 'kvalitetskontroll')} className="step-nav__link">
            <span className="step-nav__name">{t('workspace.quality')}</span>
          </NavLink>
        </li>
        <li>
          <NavLink to={routinePath(rid, 'versioner')} className="step-nav__link">
            <span className="step-nav__name">{t('workspace.versions')}</span>
          </NavLink>
        </li>
        <li>
          <NavLink to={routinePath(rid, 'workshoppar')} className="step-nav__link">
            <span className="step-nav__name">{t('workspace.workshops')}</span>
          </NavLink>
        </li>
        <li>
          <NavLink to={routinePath(rid, 'publicera')} className="step-nav__link">
            <span className="step-nav__name">{t('workspace.publish')}</span>
          </NavLink>
        </li>
        <li>
          <NavLink to={routinePath(rid, 'aterkoppling')} className="step-nav__link">
            <span className="step-nav__name">{t('workspace.feedback')}</span>
          </NavLink>
        </li>
      </ol>
    </nav>
  );
}
