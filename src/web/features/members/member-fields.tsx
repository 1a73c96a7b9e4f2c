import '../../i18n/areas/members';
import { Link } from 'react-router';
import type { Actor } from '../../../contracts/actors';
import type { Role } from '../../../contracts/common';
import { FieldShell } from '../../components/form';
import { useTranslation } from '../../i18n';

export const ROLES: readonly Role[] = ['coordinator', 'editor', 'reader'];

/** Role select with each role's rights as the hint. */
export function RoleSelect({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: Role;
  onChange: (role: Role) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <FieldShell
      id={id}
      label={t('members.role')}
      hint={t(`members.roleHint.${value}`)}
      error={error}
    >
      {(describedBy) => (
        <select
          id={id}
          className="input select"
          value={value}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value as Role)}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** The organisation (actor) a member represents; "" for none. */
export function OrganisationSelect({
  id,
  value,
  onChange,
  actors,
  cid,
  error,
}: {
  id: string;
  value: string;
  onChange: (actorId: string) => void;
  actors: Actor[];
  cid: string;
  error?: string;
}) {
  const { t } = useTranslation();
  const sorted = [...actors].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return (
    <FieldShell
      id={id}
      label={t('members.organisation')}
      hint={
        actors.length === 0 ? (
          <>
            {t('members.noActorsYet')}{' '}
            <Link to={`/samverkan/${cid}/aktorer`}>{t('members.addActors')}</Link>
          </>
        ) : (
          t('members.organisationHint')
        )
      }
      error={error}
    >
      {(describedBy) => (
        <select
          id={id}
          className="input select"
          value={value}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">{t('members.noOrganisation')}</option>
          {sorted.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
