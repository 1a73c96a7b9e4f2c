import '../i18n/areas/who-does-what';
import type { Action } from '../../contracts/actions';
import type { Actor, ContactPath } from '../../contracts/actors';
import type {
  ActionKind,
  ActorKind,
  Audience,
  Channel,
  KnowledgeKind,
} from '../../contracts/vocabularies';
import { useTranslation } from '../i18n';

/*
 * The vocabularies of DESIGN.md, listed here rather than imported from contracts/vocabularies.ts:
 * that module builds Zod schemas, and Zod stays out of the page chunks (see api/client.ts). The
 * Record types make the compiler fail when a value is added to the contract and missing here.
 */
const keysOf = <K extends string>(record: Record<K, true>) => Object.keys(record) as K[];

export const ACTOR_KIND_LIST = keysOf<ActorKind>({
  social_services: true,
  police: true,
  prosecutor: true,
  health_care: true,
  migration_agency: true,
  school: true,
  civil_society: true,
  regional_coordinator: true,
  national_resource: true,
  other: true,
});

export const ACTION_KIND_LIST = keysOf<ActionKind>({
  report_to_police: true,
  report_of_concern: true,
  protection_assessment: true,
  protective_placement: true,
  emergency_assistance: true,
  reflection_period: true,
  counsel_for_injured_party: true,
  interpreter: true,
  rights_information: true,
  health_care: true,
  consult_regional_coordinator: true,
  return_programme: true,
  other: true,
});

export const AUDIENCE_LIST = keysOf<Audience>({ children: true, adults: true, all: true });

export const CHANNEL_LIST = keysOf<Channel>({
  phone: true,
  email: true,
  web: true,
  address: true,
  other: true,
});

export const KNOWLEDGE_KIND_LIST = keysOf<KnowledgeKind>({
  tool: true,
  document: true,
  training: true,
  contact: true,
  other: true,
});

/** When a path answers: "dygnet runt", its own hours ("vardagar 8–17"), or null. */
export function useContactPathHours(): (path: ContactPath) => string | null {
  const { t } = useTranslation();
  return (path) => (path.always ? t('whoDoesWhat.path.always') : path.hours) || null;
}

/** "114 14 (dygnet runt)" / "08-123 456 78 (vardagar 8–17)": a path as it is dialled, with hours. */
export function useContactPathText(): (path: ContactPath) => string {
  const hoursOf = useContactPathHours();
  return (path) => {
    const hours = hoursOf(path);
    return hours ? `${path.display} (${hours})` : path.display;
  };
}

/** The actor and contact path of an action, looked up in the collaboration's actors. */
export function actorOf(actors: Actor[] | undefined, actorId: string): Actor | undefined {
  return actors?.find((a) => a.id === actorId);
}

export function contactPathOf(
  actors: Actor[] | undefined,
  action: Pick<Action, 'actorId' | 'contactPathId'>,
): ContactPath | undefined {
  if (!action.contactPathId) return undefined;
  return actorOf(actors, action.actorId)?.contactPaths.find((p) => p.id === action.contactPathId);
}

/** Actions of one step in their order (position), as the step page and the matrix show them. */
export function actionsOfStep(actions: Action[], step: number): Action[] {
  return actions.filter((a) => a.step === step).sort((a, b) => a.position - b.position);
}
