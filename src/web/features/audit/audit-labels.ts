import { AUDIT_KINDS } from '../../../contracts/audit-kinds';

/**
 * The target types offered in the filter, in the order a coordinator thinks of them. The kinds
 * of event are one list, AUDIT_KINDS in src/contracts/audit-kinds.ts.
 */
export const AUDIT_TARGET_TYPES = [
  'answer',
  'routine',
  'action',
  'actor',
  'obstacle',
  'comment',
  'milestone',
  'evaluation_plan',
  'routine_version',
  'member',
  'invitation',
  'knowledge_item',
  'collaboration',
  'region',
  'review_period',
  'feedback',
] as const;

/** A key has no dot of its own (a dot is a step down): `action.create` → `action_create`. */
export const actionKey = (code: string) => code.replace(/\./g, '_');

/** A kind this client has words for; one it does not know (a newer server's) is shown as it is. */
export const isKnownAction = (code: string): boolean =>
  (AUDIT_KINDS as readonly string[]).includes(code);
