import { TEMPLATE_V1 } from './template-v1';
import type { StepNumber, Template, TemplateQuestion, TemplateStep } from './types';

export type {
  ConfirmationFieldKey,
  Localized,
  QuestionRole,
  StepKey,
  StepNumber,
  Template,
  TemplateConfirmation,
  TemplateConfirmationField,
  TemplateQuestion,
  TemplateStep,
  TemplateTimeline,
  TemplateTimelinePhase,
  TimelinePhaseKey,
} from './types';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The current template (v1), deeply frozen: treat it as read-only data. */
export const TEMPLATE: Template = deepFreeze(TEMPLATE_V1);

const QUESTIONS: readonly TemplateQuestion[] = TEMPLATE.steps.flatMap((step) => step.questions);
const QUESTION_BY_ID = new Map<string, TemplateQuestion>(QUESTIONS.map((q) => [q.id, q]));
const STEP_BY_QUESTION_ID = new Map<string, TemplateStep>(
  TEMPLATE.steps.flatMap((step) => step.questions.map((q) => [q.id, step] as const)),
);
const QUESTION_IDS: readonly string[] = Object.freeze(QUESTIONS.map((q) => q.id));

/** The question with this id, or undefined for an unknown id. */
export function findQuestion(id: string): TemplateQuestion | undefined {
  return QUESTION_BY_ID.get(id);
}

/** All question ids, in step order and, within a step, in printed-number order. */
export function questionIds(): string[] {
  return [...QUESTION_IDS];
}

/** The step a question belongs to, or undefined for an unknown id. */
export function stepOf(questionId: string): TemplateStep | undefined {
  return STEP_BY_QUESTION_ID.get(questionId);
}

/** The step with this number, or undefined. */
export function findStep(number: number): TemplateStep | undefined {
  return TEMPLATE.steps.find((step) => step.number === number);
}

/** Number of questions per step: {1: 3, 2: 5, 3: 5, 4: 3, 5: 3, 6: 1}. */
export const QUESTION_COUNT_BY_STEP: Readonly<Record<StepNumber, number>> = Object.freeze(
  Object.fromEntries(TEMPLATE.steps.map((step) => [step.number, step.questions.length])) as Record<
    StepNumber,
    number
  >,
);
