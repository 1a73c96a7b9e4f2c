import '../../i18n/areas/auth';
import '../../i18n/areas/members';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Actor } from '../../../contracts/actors';
import type { Role } from '../../../contracts/common';
import type { CreatedInvitation } from '../../../contracts/members';
import { isApiError } from '../../api/client';
import { useCreateInvitation } from '../../api/members';
import { CapStatus, isAtCap, limitReachedMessage } from '../../components/cap-status';
import { CopyField } from '../../components/copy-field';
import { ErrorSummary, type FormError, TextInput, useFormErrors } from '../../components/form';
import { useFormatDate } from '../../components/use-format';
import { useTranslation } from '../../i18n';
import { EMAIL_PATTERN } from '../auth/auth-errors';
import { OrganisationSelect, RoleSelect } from './member-fields';

const FIELD = { email: 'invite-email', role: 'invite-role', actor: 'invite-actor' } as const;
const CAP_ID = 'members-cap';

/** The link of an invitation that was not e-mailed, with a copy button. */
function InvitationLink({ created, email }: { created: CreatedInvitation; email: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const expires = formatDate(created.expiresAt);
  return (
    <div className="notice invite-result" ref={ref} tabIndex={-1}>
      <h3 className="notice__title">
        {created.emailed ? t('members.invite.emailedTitle') : t('members.invite.createdTitle')}
      </h3>
      {created.emailed ? (
        <p>{t('members.invite.emailedText', { email, date: expires })}</p>
      ) : (
        <>
          <p>{t('members.invite.linkText', { email, date: expires })}</p>
          <CopyField
            id="invite-link"
            label={t('members.invite.linkLabel')}
            value={created.url}
            copyLabel={t('members.invite.copy')}
            copiedLabel={t('members.invite.copied')}
          />
        </>
      )}
    </div>
  );
}

/** Invite someone by e-mail with a role and the organisation they will represent (coordinators). */
export function InviteForm({
  cid,
  actors,
  memberCount,
}: {
  cid: string;
  actors: Actor[];
  /** How many members there are (the cap counts them); unknown while the list loads. */
  memberCount?: number;
}) {
  const { t } = useTranslation();
  const create = useCreateInvitation(cid);
  const errors = useFormErrors();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [actorId, setActorId] = useState('');
  const [created, setCreated] = useState<{ invitation: CreatedInvitation; email: string } | null>(
    null,
  );
  const atCap = memberCount !== undefined && isAtCap('membersPerCollaboration', memberCount);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (atCap) return;
    if (create.isPending) return;
    const problems: FormError[] = [];
    const address = email.trim();
    if (!address) problems.push({ fieldId: FIELD.email, message: t('auth.emailMissing') });
    else if (!EMAIL_PATTERN.test(address)) {
      problems.push({ fieldId: FIELD.email, message: t('auth.emailInvalid') });
    }
    if (problems.length > 0) return errors.show(problems);
    errors.clear();
    setCreated(null);
    try {
      const invitation = await create.mutateAsync({
        email: address,
        role,
        ...(actorId ? { actorId } : {}),
      });
      setCreated({ invitation, email: address });
      setEmail('');
    } catch (error) {
      if (isApiError(error, 'VALIDATION_FAILED')) {
        errors.show(
          error.fieldErrors.length > 0
            ? error.fieldErrors.map((f) =>
                f.field === 'actorId'
                  ? { fieldId: FIELD.actor, message: t('members.invite.actorInvalid') }
                  : { fieldId: FIELD.email, message: t('auth.emailInvalid') },
              )
            : [{ fieldId: FIELD.email, message: t('auth.emailInvalid') }],
        );
      } else if (isApiError(error, 'ALREADY_MEMBER')) {
        errors.show([{ fieldId: FIELD.email, message: t('members.invite.alreadyMember') }]);
      } else if (isApiError(error, 'RATE_LIMITED')) {
        errors.show([{ message: t('members.invite.rateLimited') }]);
      } else if (isApiError(error, 'FORBIDDEN')) {
        errors.show([{ message: t('members.forbidden') }]);
      } else if (isApiError(error, 'LIMIT_REACHED')) {
        errors.show([{ message: limitReachedMessage(t, error.details) }]);
      } else {
        errors.show([{ message: t('members.invite.failed') }]);
      }
    }
  }

  return (
    <>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
        <TextInput
          id={FIELD.email}
          type="email"
          label={t('auth.email')}
          hint={t('members.invite.emailHint')}
          error={errors.of(FIELD.email)}
          value={email}
          onValueChange={setEmail}
          autoComplete="off"
          spellCheck={false}
        />
        <RoleSelect id={FIELD.role} value={role} onChange={setRole} />
        <OrganisationSelect
          id={FIELD.actor}
          value={actorId}
          onChange={setActorId}
          actors={actors}
          cid={cid}
          error={errors.of(FIELD.actor)}
        />
        {memberCount === undefined ? null : (
          <CapStatus cap="membersPerCollaboration" count={memberCount} id={CAP_ID} />
        )}
        <button
          type="submit"
          className="button"
          disabled={create.isPending || atCap}
          aria-describedby={memberCount === undefined ? undefined : CAP_ID}
        >
          {t('members.invite.submit')}
        </button>
      </form>
      {created ? (
        <InvitationLink
          key={created.invitation.id}
          created={created.invitation}
          email={created.email}
        />
      ) : null}
    </>
  );
}
