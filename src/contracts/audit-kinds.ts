/**
 * Every kind of audit event the server writes, defined once: the server's `insertAuditEvent`
 * accepts only these, and the web catalogue holds a Swedish and an English sentence for each
 * (`audit.sentences.<kind with _ for .>`, test/unit/audit-summary.test.ts checks it).
 */
export const AUDIT_KINDS = [
  'action.create',
  'action.delete',
  'action.update',
  'actor.create',
  'actor.delete',
  'actor.update',
  'admin.identity_provider_create',
  'admin.identity_provider_delete',
  'admin.identity_provider_update',
  'admin.password_reset_link',
  'answer.live_edit',
  'answer.save',
  'answer.workshop_agree',
  'auth.account_deleted',
  'auth.email_verified',
  'auth.password_reset',
  'auth.sessions_ended',
  'auth.sign_in_failed',
  'auth.sign_up',
  'collaboration.create',
  'collaboration.update',
  'comment.create',
  'comment.reopen',
  'comment.reply',
  'comment.resolve',
  'comment.update',
  'evaluation_plan.next_review',
  'evaluation_plan.save',
  'feedback.create',
  'feedback.triage',
  'invitation.accept',
  'invitation.create',
  'invitation.revoke',
  'knowledge.create',
  'knowledge.delete',
  'knowledge.national_update',
  'knowledge.update',
  'member.leave',
  'member.remove',
  'member.update',
  'milestone.create',
  'milestone.delete',
  'milestone.update',
  'national.list',
  'national.unlist',
  'obstacle.create',
  'obstacle.delete',
  'obstacle.update',
  'personal_data.acknowledged',
  'region.coordinator_remove',
  'region.create',
  'region.invitation_revoke',
  'region.invite',
  'region.join',
  'region.leave',
  'region.opt_in',
  'region.opt_out',
  'review_period.create',
  'review_period.delete',
  'review_period.start_revision',
  'review_period.update',
  'routine.adopt',
  'routine.create',
  'routine.import',
  'routine.live_edit',
  'routine.update',
  'sign_off.create',
  'sign_off.reauth_failed',
  'version.create',
  'workshop.create',
  'workshop.end',
  'workshop.helper_invite',
  'workshop.helper_remove',
  'workshop.proposal_accept',
  'workshop.proposal_discard',
  'workshop.wording_edit',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/**
 * The fields an update event can name (its `fields` parameter, comma-separated); the catalogue
 * names each in words (`audit.fields.<field>`), so the log never shows a code name.
 */
export const AUDIT_FIELDS = [
  // actions
  'step',
  'actorId',
  'what',
  'when',
  'audience',
  'contactPathId',
  'kind',
  'isEntryPoint',
  'handoffTo',
  'position',
  // actors
  'name',
  'description',
  'contactPaths',
  // obstacles
  'remedy',
  'ownerActorId',
  // milestones
  'phase',
  'title',
  'plannedDate',
  'doneDate',
  // routines and collaborations
  'slug',
  'visibility',
  'mainRule',
  'area',
  // members
  'role',
  'organisation',
  // feedback
  'status',
  'note',
  'changeRef',
  // review periods
  'periodStart',
  'periodEnd',
  'indicatorValues',
  'meetingDate',
  'presentActorIds',
  'decisions',
] as const;
export type AuditField = (typeof AUDIT_FIELDS)[number];

/** The `fields` parameter of an update event: the changed fields, comma-separated. */
export const auditFields = (fields: readonly AuditField[]): string => fields.join(',');

/** Keeps the field names of an update's input that the log can name, in the list's order. */
export function changedAuditFields(input: object): AuditField[] {
  const keys = new Set(Object.keys(input));
  return AUDIT_FIELDS.filter((f) => keys.has(f));
}
