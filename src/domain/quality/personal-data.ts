import { findSoftPersonalNumbers } from '../personnummer';
import { findQuestion, stepOf } from '../template';
import { excerpt } from './lookup';
import type { Finding, FindingTarget, Rule } from './types';

const MESSAGE = {
  sv: 'kan vara ett personnummer med fel kontrollsiffra – ta bort det om det gäller en person. Rutinen får inte innehålla uppgifter om enskilda.',
  en: 'may be a personal identity number with a wrong check digit – remove it if it concerns a person. The routine must not hold data about individuals.',
};

/**
 * The personal-data guard's soft tier (domain/personnummer.ts): a date-shaped number with a
 * wrong check digit next to what looks like a person's name was saved, but may still be
 * personal data. One warning per text, naming the place and quoting the number.
 */
export const possiblePersonalNumber: Rule = {
  id: 'possible-personal-number',
  family: 'personal-data',
  check: ({ snapshot }) => {
    const places: { text: string; where: { sv: string; en: string }; target: FindingTarget }[] = [
      ...Object.entries(snapshot.answers).map(([id, text]) => {
        const step = stepOf(id)?.number;
        const number = findQuestion(id)?.number;
        return {
          text,
          where: {
            sv: `Svaret på fråga ${number ?? id} i steg ${step ?? '?'}`,
            en: `The answer to question ${number ?? id} in step ${step ?? '?'}`,
          },
          target: { type: 'question' as const, id, step },
        };
      }),
      ...snapshot.actions.map((a) => ({
        text: `${a.what}\n${a.when ?? ''}`,
        where: {
          sv: `Åtgärden ”${excerpt(a.what, 40)}” i steg ${a.step}`,
          en: `The action “${excerpt(a.what, 40)}” in step ${a.step}`,
        },
        target: { type: 'action' as const, id: a.id, step: a.step },
      })),
      ...snapshot.obstacles.map((o) => ({
        text: `${o.description}\n${o.remedy ?? ''}`,
        where: {
          sv: `Hindret ”${excerpt(o.description, 40)}” i steg ${o.step}`,
          en: `The obstacle “${excerpt(o.description, 40)}” in step ${o.step}`,
        },
        target: { type: 'obstacle' as const, id: o.id, step: o.step },
      })),
    ];
    return places.flatMap(({ text, where, target }): Finding[] => {
      const [first] = findSoftPersonalNumbers(text);
      if (!first) return [];
      const number = text.slice(first.start, first.end);
      return [
        {
          rule: 'possible-personal-number',
          severity: 'warning',
          message: {
            sv: `${where.sv} innehåller ${number}, som ${MESSAGE.sv}`,
            en: `${where.en} contains ${number}, which ${MESSAGE.en}`,
          },
          target,
        },
      ];
    });
  },
};

export const PERSONAL_DATA_RULES: readonly Rule[] = [possiblePersonalNumber];
