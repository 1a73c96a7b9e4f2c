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

export interface ActorsTable {
  id: string;
  collaborationId: string;
  name: string;
  kind: string;
  description: string | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
}
export interface ContactPathsTable {
  id: string;
  actorId: string;
  channel: string;
  value: string;
  label: string | null;
  hours: string | null;
  always: number;
  audience: string;
  notes: string | null;
  position: number;
}
export interface ActionsTable {
  id: string;
  routineId: string;
  step: number;
  actorId: string;
  what: string;
  whenText: string | null;
  audience: string;
  contactPathId: string | null;
  kind: string;
  isEntryPoint: number;
  position: number;
  revision: number;
  createdAt: string;
  updatedAt: string;
}
export interface ActionHandoffsTable {
  fromActionId: string;
  toActionId: string;
  position: number;
}
export interface ObstaclesTable {
  id: string;
  routineId: string;
  step: number;
  description: string;
  remedy: string | null;
  ownerActorId: string | null;
  position: number;
  revision: number;
  createdAt: string;
  updatedAt: string;
}
export interface KnowledgeItemsTable {
  id: string;
  collaborationId: string;
  title: string;
  kind: string;
  url: string | null;
  notes: string | null;
  /** JSON array of step numbers */
  steps: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
}
export interface KnowledgeOverridesTable {
  collaborationId: string;
  resourceKey: string;
  hidden: number;
  annotation: string | null;
  revision: number;
}

export interface DB {
  collaborations: CollaborationsTable;
  memberships: MembershipsTable;
  routines: RoutinesTable;
  answers: AnswersTable;
  auditEvents: AuditEventsTable;
  signInFailures: SignInFailuresTable;
  user: UserTable;
  actors: ActorsTable;
  contactPaths: ContactPathsTable;
  actions: ActionsTable;
  actionHandoffs: ActionHandoffsTable;
  obstacles: ObstaclesTable;
  knowledgeItems: KnowledgeItemsTable;
  knowledgeOverrides: KnowledgeOverridesTable;
}
