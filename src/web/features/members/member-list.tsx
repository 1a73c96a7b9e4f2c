import '../../i18n/areas/members';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Actor } from '../../../contracts/actors';
import type { Role } from '../../../contracts/common';
import type { Member } from '../../../contracts/members';
import { isApiError } from '../../api/client';
import { useRemoveMember, useUpdateMember } from '../../api/members';
import { useAnnounce } from '../../components/announcer';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useTranslation } from '../../i18n';
import { OrganisationSelect, ROLES, RoleSelect } from './member-fields';

interface MemberListProps {
  cid: string;
  members: Member[];
  actors: Actor[];
  meId: string | undefined;
  isCoordinator: boolean;
}

/** The catalogue key that explains a failed change of a member. */
function errorKey(error: unknown) {
  if (isApiError(error, 'LAST_COORDINATOR')) return 'members.lastCoordinator' as const;
  if (isApiError(error, 'FORBIDDEN')) return 'members.forbidden' as const;
  if (isApiError(error, 'NETWORK_ERROR')) return 'errors.network' as const;
  return 'members.failed' as const;
}

function EditMember({
  cid,
  member,
  actors,
  onDone,
}: {
  cid: string;
  member: Member;
  actors: Actor[];
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateMember(cid);
  const [role, setRole] = useState<Role>(member.role);
  const [actorId, setActorId] = useState(member.actorId ?? '');
  const [error, setError] = useState('');
  const id = useId();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    setError('');
    try {
      await update.mutateAsync({
        userId: member.userId,
        body: { role, actorId: actorId || null },
      });
      onDone(true);
    } catch (caught) {
      setError(t(errorKey(caught)));
    }
  }

  return (
    <form className="member-edit" noValidate onSubmit={onSubmit}>
      {error ? (
        <p className="field__error" role="alert">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
      <RoleSelect id={`${id}-role`} value={role} onChange={setRole} />
      <OrganisationSelect
        id={`${id}-actor`}
        value={actorId}
        onChange={setActorId}
        actors={actors}
        cid={cid}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={update.isPending}>
          {t('members.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          {t('members.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The members as cards (a table is too wide on a phone): name, role, organisation, actions. */
export function MemberList({ cid, members, actors, meId, isCoordinator }: MemberListProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const remove = useRemoveMember(cid);
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement | null>());
  const statusRef = useRef<HTMLParagraphElement>(null);

  const sorted = [...members].sort(
    (a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.name.localeCompare(b.name, 'sv'),
  );

  async function confirmRemove() {
    if (!removing) return;
    const member = removing;
    const isMe = member.userId === meId;
    try {
      await remove.mutateAsync(member.userId);
      setRemoving(null);
      if (isMe) {
        navigate('/');
        announce(t('members.left'));
        return;
      }
      setMessage({ text: t('members.removed', { name: member.name }), isError: false });
    } catch (error) {
      setRemoving(null);
      setMessage({ text: t(errorKey(error)), isError: true });
    }
    window.setTimeout(() => statusRef.current?.focus(), 0);
  }

  return (
    <>
      <p
        ref={statusRef}
        tabIndex={-1}
        className={message?.isError ? 'field__error' : 'save-confirmation'}
        role="status"
      >
        {message?.text}
      </p>
      <ul className="card-list member-list">
        {sorted.map((member) => {
          const isMe = member.userId === meId;
          const isEditing = editing === member.userId;
          return (
            <li key={member.userId} className="card member-card">
              <h3 className="card__title">
                {member.name}
                {isMe ? <span className="member-card__you"> ({t('members.you')})</span> : null}
              </h3>
              <dl className="meta">
                <div>
                  <dt>{t('members.role')}</dt>
                  <dd>{t(`roles.${member.role}`)}</dd>
                </div>
                <div>
                  <dt>{t('members.organisation')}</dt>
                  <dd>{member.actorName ?? t('members.noOrganisation')}</dd>
                </div>
                <div>
                  <dt>{t('members.email')}</dt>
                  <dd className="member-card__email">{member.email}</dd>
                </div>
              </dl>
              {isEditing ? (
                <EditMember
                  cid={cid}
                  member={member}
                  actors={actors}
                  onDone={(saved) => {
                    setEditing(null);
                    if (saved) {
                      setMessage({
                        text: t('members.saved', { name: member.name }),
                        isError: false,
                      });
                    }
                    window.setTimeout(() => editButtons.current.get(member.userId)?.focus(), 0);
                  }}
                />
              ) : (
                <div className="button-group member-card__actions">
                  {isCoordinator ? (
                    <button
                      type="button"
                      className="button button--secondary"
                      ref={(el) => {
                        editButtons.current.set(member.userId, el);
                      }}
                      onClick={() => {
                        setMessage(null);
                        setEditing(member.userId);
                      }}
                    >
                      {t('members.edit')}
                      <span className="visually-hidden"> ({member.name})</span>
                    </button>
                  ) : null}
                  {isMe ? (
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => setRemoving(member)}
                    >
                      {t('members.leave')}
                    </button>
                  ) : isCoordinator ? (
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => setRemoving(member)}
                    >
                      {t('members.remove')}
                      <span className="visually-hidden"> ({member.name})</span>
                    </button>
                  ) : null}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        isOpen={removing !== null}
        title={
          removing?.userId === meId
            ? t('members.leaveTitle')
            : t('members.removeTitle', { name: removing?.name ?? '' })
        }
        confirmLabel={
          removing?.userId === meId ? t('members.leaveConfirm') : t('members.removeConfirm')
        }
        cancelLabel={t('members.cancel')}
        isDestructive
        isBusy={remove.isPending}
        onConfirm={() => void confirmRemove()}
        onCancel={() => setRemoving(null)}
      >
        <p>{removing?.userId === meId ? t('members.leaveText') : t('members.removeText')}</p>
      </ConfirmDialog>
    </>
  );
}
