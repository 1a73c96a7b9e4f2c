import { LEGAL_SOURCES } from '../legal-sources';
import type { SnapshotActor } from '../snapshot';
import {
  anyMatches,
  compact,
  REGIONAL_COORDINATOR,
  routineTexts,
  SUPPORT_LINE,
} from './text-match';
import type { Finding, Rule } from './types';

const reachable = (actor: SnapshotActor) => actor.contactPaths.length > 0;

/**
 * The national support line for professionals (Jämställdhetsmyndighetens stödtelefon,
 * the template's "rådgivningstelefon") is named somewhere: an actor of kind
 * `national_resource`, its number, or a text mentioning it, in any common spelling. The
 * knowledge bank's default entry does not count: the tip asks the group to write it into the
 * routine.
 */
export const nationalSupportLineMissing: Rule = {
  id: 'national-support-line-missing',
  family: 'resources',
  check: ({ snapshot }) => {
    const named =
      snapshot.actors.some((a) => a.kind === 'national_resource' && reachable(a)) ||
      anyMatches(routineTexts(snapshot), SUPPORT_LINE);
    if (named) return [];
    const finding: Finding = {
      rule: 'national-support-line-missing',
      severity: 'tip',
      message: {
        // Source: LEGAL_SOURCES.supportLine (number, for professionals, weekdays office hours).
        sv: 'Rutinen nämner inte Jämställdhetsmyndighetens nationella stödtelefon (020-390 000). Där får yrkesverksamma råd i ärenden om människohandel och prostitution, vardagar under kontorstid. Skriv i steg 3 när och av vem den ska användas, eller lägg till den som aktör.',
        en: 'The routine does not mention the Gender Equality Agency’s national support line (020-390 000), where professionals get advice in cases of trafficking and prostitution on weekdays, office hours. Write in step 3 when and by whom it is to be used, or add it as an actor.',
      },
      target: { type: 'routine', step: 3 },
      source: LEGAL_SOURCES.supportLine.cite,
    };
    return [finding];
  },
};

/**
 * The regional coordinator against prostitution and trafficking is named somewhere: an
 * actor of kind `regional_coordinator` (or named as one) with a contact path, an action
 * consulting them, or a text mentioning them in any common spelling.
 */
export const regionalCoordinatorMissing: Rule = {
  id: 'regional-coordinator-missing',
  family: 'resources',
  check: ({ snapshot }) => {
    const named =
      snapshot.actors.some(
        (a) =>
          (a.kind === 'regional_coordinator' || REGIONAL_COORDINATOR.test(compact(a.name))) &&
          reachable(a),
      ) ||
      snapshot.actions.some((a) => a.kind === 'consult_regional_coordinator') ||
      anyMatches(routineTexts(snapshot), REGIONAL_COORDINATOR);
    if (named) return [];
    const finding: Finding = {
      rule: 'regional-coordinator-missing',
      severity: 'tip',
      message: {
        // Source: LEGAL_SOURCES.regionalCoordinators (consent for individual cases, general advice without).
        sv: 'Rutinen nämner inte regionkoordinatorn mot prostitution och människohandel. Regionkoordinatorn stöttar polis och socialtjänst i enskilda ärenden, med den utsattas samtycke, och ger allmänna råd utan samtycke. Lägg till regionkoordinatorn som aktör med kontaktväg och nämn när ni kontaktar hen i steg 3 eller 5.',
        en: 'The routine does not mention the regional coordinator against prostitution and trafficking, who supports the police and social services in individual cases with the victim’s consent, and gives general advice without it. Add the regional coordinator as an actor with a contact path and say in step 3 or 5 when you contact them.',
      },
      target: { type: 'routine', step: 3 },
      source: LEGAL_SOURCES.regionalCoordinators.cite,
    };
    return [finding];
  },
};

export const RESOURCE_RULES: readonly Rule[] = [
  nationalSupportLineMissing,
  regionalCoordinatorMissing,
];
