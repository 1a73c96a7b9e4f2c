import '../../i18n/areas/members';
import { useState } from 'react';
import type { Invitation } from '../../../contracts/members';
import {
  useCollaborationActors,
  useInvitations,
  useMembers,
  useRevokeInvitation,
} from '../../api/members';
import { useMe } from '../../api/queries';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { LoadError, Loading } from '../../components/loading';
import { useDocumentTitle } from '../../components/page-heading';
import { useFormatDate } from '../../components/use-format';
import { useTranslation } from '../../i18n';
import { useCollaborationContext } from '../collaborations/collaboration-layout';
import { InviteForm } from './invite-form';
import { MemberList } from './member-list';

function PendingInvitations({ cid }: { cid: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const invitations = useInvitations(cid);
  const revoke = useRevokeInvitation(cid);
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const [message, setMessage] = useState('');

  if (invitations.isPending) return <Loading />;
  if (invitations.isError)
    return <LoadError error={invitations.error} onRetry={() => void invitations.refetch()} />;

  return (
    <>
      <p className="save-confirmation" role="status">
        {message}
      </p>
      {invitations.data.length === 0 ? (
        <p>{t('members.pending.none')}</p>
      ) : (
        <ul className="routine-list invitation-list">
          {invitations.data.map((invitation) => (
            <li key={invitation.id} className="routine-list__item">
              <div>
                <p className="invitation-list__email">{invitation.email}</p>
                <p className="muted">
                  {t(`roles.${invitation.role}`)}
                  {invitation.actorName ? ` · ${invitation.actorName}` : ''} ·{' '}
                  {t('members.pending.expires', { date: formatDate(invitation.expiresAt) })}
                  {invitation.invitedByName
                    ? ` · ${t('members.pending.invitedBy', { name: invitation.invitedByName })}`
                    : ''}
                </p>
              </div>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setMessage('');
                  setRevoking(invitation);
                }}
              >
                {t('members.pending.revoke')}
                <span className="visually-hidden"> ({invitation.email})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        isOpen={revoking !== null}
        title={t('members.pending.revokeTitle', { email: revoking?.email ?? '' })}
        confirmLabel={t('members.pending.revokeConfirm')}
        cancelLabel={t('members.cancel')}
        isDestructive
        isBusy={revoke.isPending}
        onConfirm={async () => {
          if (!revoking) return;
          const email = revoking.email;
          try {
            await revoke.mutateAsync(revoking.id);
            setMessage(t('members.pending.revoked', { email }));
          } catch {
            setMessage(t('members.failed'));
          }
          setRevoking(null);
        }}
        onCancel={() => setRevoking(null)}
      >
        <p>{t('members.pending.revokeText')}</p>
      </ConfirmDialog>
    </>
  );
}

/** Medlemmar: who is in the collaboration, with role and organisation; invitations. */
export function MembersSection() {
  const { t } = useTranslation();
  const collaboration = useCollaborationContext();
  const cid = collaboration.id;
  const me = useMe();
  const members = useMembers(cid);
  const actors = useCollaborationActors(cid);
  const isCoordinator = collaboration.role === 'coordinator';
  useDocumentTitle([t('collaboration.nav.members'), collaboration.name]);

  return (
    <>
      <section className="section" aria-labelledby="members-title">
        <h2 id="members-title">{t('collaboration.nav.members')}</h2>
        <details className="details prose">
          <summary>{t('members.rolesTitle')}</summary>
          <dl className="role-list">
            {(['coordinator', 'editor', 'reader'] as const).map((role) => (
              <div key={role}>
                <dt>{t(`roles.${role}`)}</dt>
                <dd>{t(`members.roleHint.${role}`)}</dd>
              </div>
            ))}
          </dl>
        </details>
        {members.isPending ? (
          <Loading />
        ) : members.isError ? (
          <LoadError error={members.error} onRetry={() => void members.refetch()} />
        ) : (
          <MemberList
            cid={cid}
            members={members.data}
            actors={actors.data ?? []}
            meId={me.data?.id}
            isCoordinator={isCoordinator}
          />
        )}
      </section>
      {isCoordinator ? (
        <>
          <section className="section" aria-labelledby="invite-title">
            <h2 id="invite-title">{t('members.invite.title')}</h2>
            <p className="prose">{t('members.invite.intro')}</p>
            <InviteForm cid={cid} actors={actors.data ?? []} memberCount={members.data?.length} />
          </section>
          <section className="section" aria-labelledby="pending-title">
            <h2 id="pending-title">{t('members.pending.title')}</h2>
            <PendingInvitations cid={cid} />
          </section>
        </>
      ) : (
        <p className="prose">{t('members.onlyCoordinatorsInvite')}</p>
      )}
    </>
  );
}

export { MembersSection as Component };
