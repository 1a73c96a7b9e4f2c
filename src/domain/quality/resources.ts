import type { RoutineSnapshot } from '../snapshot';
import type { Finding, Rule } from './types';

/** All the routine's own free text: answers, main rule, actions, obstacles, actors. */
function routineTexts(snapshot: RoutineSnapshot): string[] {
  return [
    ...Object.values(snapshot.answers),
    snapshot.routine.mainRule ?? '',
    ...snapshot.actions.flatMap((a) => [a.what, a.when ?? '']),
    ...snapshot.obstacles.flatMap((o) => [o.description, o.remedy ?? '']),
    ...snapshot.actors.flatMap((a) => [
      a.name,
      a.description ?? '',
      ...a.contactPaths.flatMap((p) => [p.label ?? '', p.notes ?? '']),
    ]),
  ];
}

const mentions = (snapshot: RoutineSnapshot, pattern: RegExp) =>
  routineTexts(snapshot).some((t) => pattern.test(t));

/** 020-390 000, however it is written or stored (+4620390000). */
const SUPPORT_LINE_DIGITS = /(?:^|46|0)20390000$/;

/**
 * The national support line for professionals (Jämställdhetsmyndighetens stödtelefon,
 * the template's "rådgivningstelefon") is named somewhere: an actor of kind
 * `national_resource`, its number, or a text mentioning it. The knowledge bank's default
 * entry does not count: the tip asks the group to write it into the routine.
 */
export const nationalSupportLineMissing: Rule = {
  id: 'national-support-line-missing',
  family: 'resources',
  check: ({ snapshot }) => {
    const named =
      snapshot.actors.some(
        (a) =>
          a.kind === 'national_resource' ||
          a.contactPaths.some((p) => SUPPORT_LINE_DIGITS.test(p.value.replace(/\D/g, ''))),
      ) || mentions(snapshot, /stödtelefon|rådgivningstelefon|020[-\s]?390\s?000/i);
    if (named) return [];
    const finding: Finding = {
      rule: 'national-support-line-missing',
      severity: 'tip',
      message: {
        sv: 'Rutinen nämner inte Jämställdhetsmyndighetens nationella stödtelefon (020-390 000). Där får yrkesverksamma råd i ärenden om människohandel och prostitution. Skriv in när och av vem den ska användas.',
        en: 'The routine does not mention the Gender Equality Agency’s national support line (020-390 000), where professionals get advice in cases of trafficking and prostitution. Write in when and by whom it is to be used.',
      },
      target: { type: 'routine', step: 3 },
      source: {
        sv: 'jamstalldhetsmyndigheten.se, ”Stödtelefon och nationellt metodstödsteam (NMT)”',
        en: 'jamstalldhetsmyndigheten.se, “Stödtelefon och nationellt metodstödsteam (NMT)”',
      },
    };
    return [finding];
  },
};

/**
 * The regional coordinator against prostitution and trafficking is named somewhere: an
 * actor of kind `regional_coordinator`, an action consulting them, or a text mentioning them.
 */
export const regionalCoordinatorMissing: Rule = {
  id: 'regional-coordinator-missing',
  family: 'resources',
  check: ({ snapshot }) => {
    const named =
      snapshot.actors.some((a) => a.kind === 'regional_coordinator') ||
      snapshot.actions.some((a) => a.kind === 'consult_regional_coordinator') ||
      mentions(snapshot, /region(al)?\s?koordinator/i);
    if (named) return [];
    const finding: Finding = {
      rule: 'regional-coordinator-missing',
      severity: 'tip',
      message: {
        sv: 'Rutinen nämner inte regionkoordinatorn mot prostitution och människohandel. Regionkoordinatorn stöttar polis och socialtjänst i enskilda ärenden, med den utsattas samtycke, och ger allmänna råd utan samtycke. Lägg till regionkoordinatorn som aktör med kontaktväg.',
        en: 'The routine does not mention the regional coordinator against prostitution and trafficking, who supports the police and social services in individual cases with the victim’s consent, and gives general advice without it. Add the regional coordinator as an actor with a contact path.',
      },
      target: { type: 'routine', step: 3 },
      source: {
        sv: 'nspm.jamstalldhetsmyndigheten.se, regionkoordinatorer',
        en: 'nspm.jamstalldhetsmyndigheten.se, regional coordinators',
      },
    };
    return [finding];
  },
};

export const RESOURCE_RULES: readonly Rule[] = [
  nationalSupportLineMissing,
  regionalCoordinatorMissing,
];
