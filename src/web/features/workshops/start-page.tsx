import '../../i18n/areas/workshops';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { WORKSHOP_LIMITS } from '../../../contracts/limits';
import { CheckboxField, CheckboxGroupField, RadioGroupField } from '../../components/fields';
import { type FormError, TextInput } from '../../components/form';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { SaveFormTop, useSaveForm } from '../../components/save-form';
import { routinePath, useWorkspace } from '../../components/workspace-context';
import { useLocalized, useTranslation } from '../../i18n';
import { createWorkshop } from './participant-api';
import '../../styles/workshops.css';

type Scope = 'step' | 'steps' | 'pick';

const FIELD = {
  scope: 'workshop-scope',
  step: 'workshop-step',
  steps: 'workshop-steps',
  questions: 'workshop-questions',
  seconds: 'workshop-seconds',
} as const;

/** The workshop's start (issue 17): which questions, guests or not, a time box or none. */
export function StartWorkshopPage() {
  const { t } = useTranslation();
  const pick = useLocalized();
  const navigate = useNavigate();
  const { routine, template, collaboration } = useWorkspace();
  const [scope, setScope] = useState<Scope>('step');
  const [step, setStep] = useState(String(template.steps[0]?.number ?? 1));
  const [steps, setSteps] = useState<string[]>([]);
  const [picked, setPicked] = useState<string[]>([]);
  const [allowGuests, setAllowGuests] = useState(false);
  const [namedDrafts, setNamedDrafts] = useState(false);
  const [seconds, setSeconds] = useState('');
  useDocumentTitle([t('workshops.start.title'), routine.title]);

  const stepTitle = (s: (typeof template.steps)[number]) =>
    t('workshops.stepTitle', { number: s.number, title: pick(s.title) });
  const questionIds = (): string[] => {
    const chosen =
      scope === 'step'
        ? [step]
        : scope === 'steps'
          ? steps
          : template.steps.map((s) => `${s.number}`);
    return template.steps
      .filter((s) => chosen.includes(String(s.number)))
      .flatMap((s) => [...s.questions].sort((a, b) => a.number - b.number).map((q) => q.id))
      .filter((id) => scope !== 'pick' || picked.includes(id));
  };
  const secondsValue = seconds.trim() === '' ? undefined : Number(seconds.trim());

  const validate = (): FormError[] => {
    const problems: FormError[] = [];
    const ids = questionIds();
    if (ids.length === 0) {
      const fieldId = scope === 'steps' ? FIELD.steps : FIELD.questions;
      problems.push({ fieldId, message: t('workshops.start.errors.noQuestions') });
    } else if (ids.length > WORKSHOP_LIMITS.questions) {
      problems.push({
        fieldId: scope === 'steps' ? FIELD.steps : FIELD.questions,
        message: t('workshops.start.errors.tooMany', { max: WORKSHOP_LIMITS.questions }),
      });
    }
    if (
      secondsValue !== undefined &&
      !(
        Number.isInteger(secondsValue) &&
        secondsValue >= WORKSHOP_LIMITS.minSecondsPerQuestion &&
        secondsValue <= WORKSHOP_LIMITS.maxSecondsPerQuestion
      )
    ) {
      problems.push({ fieldId: FIELD.seconds, message: secondsMessage() });
    }
    return problems;
  };
  const secondsMessage = () =>
    t('workshops.start.errors.seconds', {
      min: WORKSHOP_LIMITS.minSecondsPerQuestion,
      max: WORKSHOP_LIMITS.maxSecondsPerQuestion,
    });

  const form = useSaveForm({
    validate,
    send: () =>
      createWorkshop(routine.id, {
        questionIds: questionIds(),
        allowGuests,
        namedDrafts,
        ...(secondsValue !== undefined ? { secondsPerQuestion: secondsValue } : {}),
      }),
    onSaved: (workshop) => navigate(routinePath(routine.id, `workshoppar/${workshop.id}`)),
    words: {
      fieldIdOf: (field) =>
        field.startsWith('secondsPerQuestion') ? FIELD.seconds : FIELD.questions,
      invalidField: (field) =>
        field.startsWith('secondsPerQuestion')
          ? secondsMessage()
          : t('workshops.start.errors.noQuestions'),
      refusal: (code) =>
        code === 'FORBIDDEN' ? { message: t('workshops.start.notCoordinator') } : undefined,
      failed: t('workshops.start.errors.failed'),
    },
  });

  if (collaboration && collaboration.role !== 'coordinator') {
    return (
      <>
        <PageHeading>{t('workshops.start.title')}</PageHeading>
        <div className="notice">
          <p>{t('workshops.start.notCoordinator')}</p>
          <p>
            <Link to={routinePath(routine.id)}>{t('workshops.start.backToRoutine')}</Link>
          </p>
        </div>
      </>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.save(false);
  };
  return (
    <>
      <PageHeading>{t('workshops.start.title')}</PageHeading>
      <p className="lead">{t('workshops.start.lead')}</p>
      <form className="form workshop-start" noValidate onSubmit={onSubmit}>
        <SaveFormTop form={form} />
        <RadioGroupField<Scope>
          id={FIELD.scope}
          legend={t('workshops.start.scope')}
          value={scope}
          onValueChange={setScope}
          options={[
            { value: 'step', label: t('workshops.start.scopeStep') },
            { value: 'steps', label: t('workshops.start.scopeSteps') },
            { value: 'pick', label: t('workshops.start.scopePick') },
          ]}
        />
        {scope === 'step' ? (
          <RadioGroupField
            id={FIELD.step}
            legend={t('workshops.start.whichStep')}
            value={step}
            onValueChange={setStep}
            options={template.steps.map((s) => ({
              value: String(s.number),
              label: `${stepTitle(s)} (${t('workshops.start.questionCount', { count: s.questions.length })})`,
            }))}
          />
        ) : null}
        {scope === 'steps' ? (
          <CheckboxGroupField
            id={FIELD.steps}
            legend={t('workshops.start.whichSteps')}
            error={form.errors.of(FIELD.steps)}
            values={steps}
            onValuesChange={setSteps}
            options={template.steps.map((s) => ({
              value: String(s.number),
              label: `${stepTitle(s)} (${t('workshops.start.questionCount', { count: s.questions.length })})`,
            }))}
          />
        ) : null}
        {scope === 'pick' ? (
          <CheckboxGroupField
            id={FIELD.questions}
            legend={t('workshops.start.whichQuestions')}
            error={form.errors.of(FIELD.questions)}
            values={picked}
            onValuesChange={setPicked}
            options={template.steps.flatMap((s) =>
              [...s.questions]
                .sort((a, b) => a.number - b.number)
                .map((q) => ({
                  value: q.id,
                  group: stepTitle(s),
                  label: t('workshops.questionLabel', { number: q.number, text: pick(q.text) }),
                })),
            )}
          />
        ) : null}
        {scope !== 'pick' && form.errors.of(FIELD.questions) ? (
          <p className="field__error" id={FIELD.questions} tabIndex={-1}>
            {form.errors.of(FIELD.questions)}
          </p>
        ) : null}
        <CheckboxField
          id="workshop-guests"
          label={t('workshops.start.allowGuests')}
          hint={t('workshops.start.allowGuestsHint')}
          checked={allowGuests}
          onCheckedChange={setAllowGuests}
        />
        <CheckboxField
          id="workshop-named-drafts"
          label={t('workshops.start.namedDrafts')}
          hint={t('workshops.start.namedDraftsHint')}
          checked={namedDrafts}
          onCheckedChange={setNamedDrafts}
        />
        <TextInput
          id={FIELD.seconds}
          label={t('workshops.start.seconds')}
          hint={t('workshops.start.secondsHint', {
            min: WORKSHOP_LIMITS.minSecondsPerQuestion,
            max: WORKSHOP_LIMITS.maxSecondsPerQuestion,
          })}
          error={form.errors.of(FIELD.seconds)}
          inputMode="numeric"
          value={seconds}
          onValueChange={setSeconds}
        />
        <div className="button-group">
          <button type="submit" className="button" disabled={form.isBusy}>
            {t('workshops.start.submit')}
          </button>
          <Link to={routinePath(routine.id)} className="button button--secondary">
            {t('workshops.start.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

export { StartWorkshopPage as Component };
