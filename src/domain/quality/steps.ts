import { TEMPLATE } from '../template';
import { stepName } from './lookup';
import type { Finding, Rule } from './types';

/** Steps 2–5 each say who does what: at least one action (every action has an actor). */
export const stepWithoutAction: Rule = {
  id: 'step-without-action',
  family: 'steps',
  check: ({ snapshot }) =>
    TEMPLATE.steps
      .filter((step) => step.hasActions)
      .filter((step) => !snapshot.actions.some((a) => a.step === step.number))
      .map((step): Finding => {
        const name = stepName(step.number);
        return {
          rule: 'step-without-action',
          severity: 'blocker',
          message: {
            sv: `Det finns inga åtgärder i ${name.sv}. Lägg till vilken aktör som gör vad i steget och hur aktören nås.`,
            en: `There are no actions in ${name.en}. Add which actor does what in this step and how to reach them.`,
          },
          target: { type: 'step', step: step.number },
        };
      }),
};

/** Step 4 states the main rule (huvudregel) for the first contact. */
export const mainRuleMissing: Rule = {
  id: 'main-rule-missing',
  family: 'steps',
  check: ({ snapshot }) =>
    snapshot.routine.mainRule?.trim()
      ? []
      : [
          {
            rule: 'main-rule-missing',
            severity: 'blocker',
            message: {
              sv: 'Huvudregeln för den första kontakten saknas i steg 4. Skriv kort vad den som möter en person alltid ska göra.',
              en: 'The main rule for the first contact is missing in step 4. Write briefly what whoever meets a person is always to do.',
            },
            target: { type: 'routine', step: 4 },
          },
        ],
};

export const STEP_RULES: readonly Rule[] = [stepWithoutAction, mainRuleMissing];
