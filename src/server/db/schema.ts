import type { Generated } from 'kysely';

/** Tables as the app sees them (camelCase; CamelCasePlugin maps to snake_case). */
export interface CollaborationsTable {
  id: string;
  name: string;
  area: string | null;
  createdAt: string;
  updatedAt: string;
}
export interface MembershipsTable {
  collaborationId: string;
  userId: string;
  role: 'coordinator' | 'editor' | 'reader';
  actorId: string | null;
  createdAt: string;
}
export interface RoutinesTable {
  id: string;
  collaborationId: string;
  slug: string;
  title: string;
  status: 'draft' | 'in_review' | 'adopted' | 'archived';
  visibility: 'public' | 'members';
  mainRule: string | null;
  templateId: string;
  templateVersion: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}
export interface AnswersTable {
  routineId: string;
  questionId: string;
  text: string;
  revision: number;
  updatedBy: string | null;
  updatedAt: string;
}
export interface AuditEventsTable {
  id: string;
  collaborationId: string | null;
  userId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  summary: string;
  at: string;
}
export interface SignInFailuresTable {
  id: string;
  email: string;
  at: string;
}
/** better-auth's user table (read-only for the app: names for members). */
export interface UserTable {
  id: string;
  name: string;
  email: string;
  emailVerified: Generated<number | boolean>;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
}

export interface DB {
  collaborations: CollaborationsTable;
  memberships: MembershipsTable;
  routines: RoutinesTable;
  answers: AnswersTable;
  auditEvents: AuditEventsTable;
  signInFailures: SignInFailuresTable;
  user: UserTable;
}
