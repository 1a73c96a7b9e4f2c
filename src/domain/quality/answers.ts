import { TEMPLATE } from '../template';
import type { Finding, Rule } from './types';

/**
 * Every template question has an answer. The snapshot leaves blank answers out; the rule
 * reads the current template (v1 is the only one so far).
 */
export const questionUnanswered: Rule = {
  id: 'question-unanswered',
  family: 'answers',
  check: ({ snapshot }) =>
    TEMPLATE.steps.flatMap((step) =>
      step.questions
        .filter((q) => !snapshot.answers[q.id]?.trim())
        .map(
          (q): Finding => ({
            rule: 'question-unanswered',
            severity: 'warning',
            message: {
              sv: `Du har inte svarat på fråga ${q.number} i steg ${step.number}: ”${q.text.sv}”`,
              en: `Question ${q.number} in step ${step.number} has no answer yet: “${q.text.en}”`,
            },
            target: { type: 'question', id: q.id, step: step.number },
          }),
        ),
    ),
};

export const ANSWER_RULES: readonly Rule[] = [questionUnanswered];
