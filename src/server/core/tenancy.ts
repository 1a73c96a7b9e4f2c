import type { Kysely } from 'kysely';
import type { Role } from '../../contracts/common';
import type { DB, MembershipsTable } from '../db/schema';
import { findMembership } from '../modules/members/members.repository';
import { AppError, notFound } from './errors';

export type Membership = Pick<MembershipsTable, 'collaborationId' | 'userId' | 'role' | 'actorId'>;

/**
 * The tenancy boundary: the caller's membership of a collaboration, or 404 — another
 * collaboration's resources never reveal that they exist.
 */
export async function requireMembership(
  db: Kysely<DB>,
  collaborationId: string,
  userId: string,
  what = 'The collaboration',
): Promise<Membership> {
  const m = await findMembership(db, collaborationId, userId);
  if (!m) throw notFound(what);
  return m;
}

const ROLE_LABEL: Record<Role, string> = {
  coordinator: 'coordinators',
  editor: 'editors and coordinators',
  reader: 'members',
};

const RANK: Record<Role, number> = { reader: 0, editor: 1, coordinator: 2 };

/** The roles that qualify for `minimum` (for a check inside a statement: see requireRole). */
export function rolesAtLeast(minimum: Role): Role[] {
  return (Object.keys(RANK) as Role[]).filter((role) => RANK[role] >= RANK[minimum]);
}

/** 403 unless the membership has one of the roles (coordinator always qualifies). */
export function requireRole(m: Membership, minimum: Role): void {
  if (RANK[m.role] < RANK[minimum]) {
    throw new AppError('FORBIDDEN', `Only ${ROLE_LABEL[minimum]} may do this.`, {
      requiredRole: minimum,
      yourRole: m.role,
    });
  }
}
