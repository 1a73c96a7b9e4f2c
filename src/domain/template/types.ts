import type { Localized } from '../../contracts/common';

export type { Localized };

export type StepNumber = 1 | 2 | 3 | 4 | 5 | 6;

export type StepKey = 'goal' | 'detect' | 'entry' | 'first_contact' | 'protection' | 'follow_up';

export type QuestionRole = 'obstacles' | 'remedies';

export type TimelinePhaseKey = 'establish' | 'implement' | 'test' | 'evaluate';

export type ConfirmationFieldKey = 'date' | 'organisation' | 'representative' | 'signature';

export interface TemplateQuestion {
  /** Stable id: 's1.q1' … 's6.q1'. */
  id: string;
  /** As printed in the template (1-based). */
  number: number;
  /** Sentence case, not the template's ALL CAPS; faithful wording. */
  text: Localized;
  /** Obstacle questions ('obstacles') and their remedy questions ('remedies') get the obstacle list beside them. */
  role?: QuestionRole;
  /** Short help under the question, plain Swedish (du-form) and English. */
  hint?: Localized;
}

export interface TemplateStep {
  number: StepNumber;
  key: StepKey;
  /** E.g. {sv: 'Formulera målet', en: 'Set the goal'}. */
  title: Localized;
  /** The template's intro paragraph. */
  intro: Localized;
  /** The template's "Tips!" box (steps 1, 3, 4, 5). */
  tip?: Localized;
  /** Ordered by number. */
  questions: TemplateQuestion[];
  /** Steps 2–5 record "who does what" actions. */
  hasActions: boolean;
}

export interface TemplateTimelinePhase {
  key: TimelinePhaseKey;
  title: Localized;
}

export interface TemplateTimeline {
  title: Localized;
  text: Localized;
  phases: TemplateTimelinePhase[];
}

export interface TemplateConfirmationField {
  key: ConfirmationFieldKey;
  label: Localized;
}

export interface TemplateConfirmation {
  title: Localized;
  intro: Localized;
  fields: TemplateConfirmationField[];
}

export interface Template {
  id: 'samrutin-mall-enskilda-arenden';
  version: '1';
  /** 'Mall – rutin för enskilda ärenden'. */
  title: Localized;
  /** The template's opening sentence ("Använd mallen för att arbeta tillsammans …"). */
  purpose: Localized;
  /** The standing rule: which actor does what in each step, and how that organisation is contacted. */
  instruction: Localized;
  steps: TemplateStep[];
  timeline: TemplateTimeline;
  confirmation: TemplateConfirmation;
}
