import '../../i18n/areas/step';
import { Fragment } from 'react';
import { Link, useParams } from 'react-router';
import { Icon } from '../../components/icons';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { routinePath, stepPath, useWorkspace } from '../../components/workspace-context';
import { useLocalized, useTranslation } from '../../i18n';
import { OpenThreads } from '../comments/open-threads';
import { NotFound } from '../errors/not-found';
import { QualityPanel } from '../quality/quality-panel';
import { EvaluationPlanSection } from '../review/evaluation-plan-form';
import {
  obstacleAnchorOf,
  StepObstaclesBeside,
  StepWhoDoesWhat,
} from '../who-does-what/step-sections';
import { WorkshopOpenItems } from '../workshops/open-items-section';
import { AnswerField } from './answer-field';
import { MainRuleField } from './main-rule-field';

/** The step whose page shows the routine's main rule (huvudregel) first. */
const MAIN_RULE_STEP = 4;
/** The step whose page holds the evaluation plan (utvärderingsplan). */
const EVALUATION_PLAN_STEP = 6;

/** A step page: heading, intro, standing instruction, the tip, then the numbered questions. */
export function StepPage() {
  const { t } = useTranslation();
  const pick = useLocalized();
  const { n } = useParams();
  const { routine, template, canEdit } = useWorkspace();
  const index = template.steps.findIndex((s) => String(s.number) === n);
  const step = template.steps[index];
  const title = step ? t('step.heading', { number: step.number, title: pick(step.title) }) : '';
  useDocumentTitle(step ? [title, routine.title] : []);
  if (!step) return <NotFound />;

  const previous = template.steps[index - 1];
  const next = template.steps[index + 1];
  const questions = [...step.questions].sort((a, b) => a.number - b.number);
  const obstacleAnchor = obstacleAnchorOf(step);

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <div className="prose">
        <p className="lead">{pick(step.intro)}</p>
        <div className="inset">
          <p>{pick(template.instruction)}</p>
        </div>
        {step.tip ? (
          <details className="tip" open>
            <summary>{t('step.tip')}</summary>
            <p>{pick(step.tip)}</p>
          </details>
        ) : null}
      </div>

      {step.number === MAIN_RULE_STEP ? (
        <MainRuleField routine={routine} readOnly={!canEdit} />
      ) : null}

      <section className="questions" aria-labelledby="questions-title">
        <h2 id="questions-title">{t('step.questions')}</h2>
        <p className="muted">{canEdit ? t('step.autosaveNote') : t('step.readOnlyNote')}</p>
        {questions.map((question) => (
          <Fragment key={question.id}>
            <AnswerField
              routineId={routine.id}
              question={question}
              answer={routine.answers[question.id]}
              readOnly={!canEdit}
            />
            {question.id === obstacleAnchor ? <StepObstaclesBeside step={step} /> : null}
          </Fragment>
        ))}
      </section>

      <StepWhoDoesWhat step={step} />

      {step.number === EVALUATION_PLAN_STEP ? (
        <EvaluationPlanSection routine={routine} canEdit={canEdit} />
      ) : null}

      <OpenThreads routineId={routine.id} step={step} />

      <WorkshopOpenItems routineId={routine.id} step={step} />

      <QualityPanel routine={routine} template={template} step={step.number} />

      <nav className="pagination" aria-label={t('step.pagination')}>
        {previous ? (
          <Link
            className="pagination__link pagination__link--prev"
            to={stepPath(routine.id, previous.number)}
          >
            <Icon name="arrowLeft" />
            <span>
              <span className="pagination__label">{t('step.previous')}</span>
              {t('step.heading', { number: previous.number, title: pick(previous.title) })}
            </span>
          </Link>
        ) : (
          <Link className="pagination__link pagination__link--prev" to={routinePath(routine.id)}>
            <Icon name="arrowLeft" />
            <span>
              <span className="pagination__label">{t('step.previous')}</span>
              {t('workspace.overview')}
            </span>
          </Link>
        )}
        {next ? (
          <Link
            className="pagination__link pagination__link--next"
            to={stepPath(routine.id, next.number)}
          >
            <span>
              <span className="pagination__label">{t('step.next')}</span>
              {t('step.heading', { number: next.number, title: pick(next.title) })}
            </span>
            <Icon name="arrowRight" />
          </Link>
        ) : (
          <Link
            className="pagination__link pagination__link--next"
            to={routinePath(routine.id, 'tidslinje')}
          >
            <span>
              <span className="pagination__label">{t('step.next')}</span>
              {t('workspace.timeline')}
            </span>
            <Icon name="arrowRight" />
          </Link>
        )}
      </nav>
    </>
  );
}

export { StepPage as Component };
