/**
 * The audit trail's action codes and target types with a catalogue key each. Codes that the
 * server adds later and this list does not know yet are shown as they are.
 */
export const AUDIT_ACTIONS = [
  'action.create',
  'action.delete',
  'action.update',
  'actor.create',
  'actor.delete',
  'actor.update',
  'answer.save',
  'auth.sign_in_failed',
  'auth.sign_up',
  'collaboration.create',
  'collaboration.update',
  'comment.create',
  'comment.reply',
  'comment.update',
  'comment.resolve',
  'comment.reopen',
  'evaluation_plan.save',
  'evaluation_plan.next_review',
  'invitation.accept',
  'invitation.create',
  'invitation.revoke',
  'knowledge.create',
  'knowledge.delete',
  'knowledge.national_update',
  'knowledge.update',
  'member.update',
  'member.remove',
  'member.leave',
  'milestone.create',
  'milestone.delete',
  'milestone.update',
  'national.list',
  'national.unlist',
  'obstacle.create',
  'obstacle.delete',
  'obstacle.update',
  'personal_data.acknowledged',
  'region.opt_in',
  'region.opt_out',
  'routine.adopt',
  'routine.create',
  'routine.import',
  'routine.update',
  'sign_off.create',
  'sign_off.reauth_failed',
  'version.create',
] as const;

/** The target types offered in the filter, in the order a coordinator thinks of them. */
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
] as const;

/** i18next keys cannot contain dots inside a segment: `action.create` → `action_create`. */
export const actionKey = (code: string) => code.replace(/\./g, '_');

export const isKnownAction = (code: string): boolean =>
  (AUDIT_ACTIONS as readonly string[]).includes(code);
