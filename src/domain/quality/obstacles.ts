import { excerpt } from './lookup';
import type { Finding, Rule } from './types';

/** Each obstacle (hinder) says how to overcome it (the template's remedy questions). */
export const obstacleWithoutRemedy: Rule = {
  id: 'obstacle-without-remedy',
  family: 'obstacles',
  check: ({ snapshot }) =>
    snapshot.obstacles
      .filter((o) => !o.remedy?.trim())
      .map((o): Finding => {
        const text = excerpt(o.description);
        return {
          rule: 'obstacle-without-remedy',
          severity: 'warning',
          message: {
            sv: `Hindret ”${text}” i steg ${o.step} saknar en lösning. Skriv hur ni ska överkomma det.`,
            en: `The obstacle “${text}” in step ${o.step} has no remedy. Write how you will overcome it.`,
          },
          target: { type: 'obstacle', id: o.id, step: o.step },
        };
      }),
};

export const OBSTACLE_RULES: readonly Rule[] = [obstacleWithoutRemedy];
