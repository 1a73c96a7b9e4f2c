import type { Generated } from 'kysely';
import type { ExportFilesTable } from './schema-files';
import type { SsoDomainsTable, SsoReauthTable } from './schema-sso';
import type { WorkshopTables } from './schema-workshops';

/** Tables as the app sees them (camelCase; CamelCasePlugin maps to snake_case). */
export interface CollaborationsTable {
  id: string;
  name: string;
  area: string | null;
  revision: Generated<number>;
  createdAt: string;
  updatedAt: string;
}
export interface MembershipsTable {
  collaborationId: string;
  userId: string;
  role: 'coordinator' | 'editor' | 'reader';
  actorId: string | null;
  revision: Generated<number>;
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
  adoptedVersion: number | null;
  adoptedAt: string | null;
  nextReviewDate: string | null;
  revision: Generated<number>;
}
export interface AnswersTable {
  routineId: string;
  questionId: string;
  text: string;
  revision: number;
  updatedBy: string | null;
  updatedAt: string;
}
/** The Yjs state of a routine's live document (binary; the answers table is its projection). */
export interface RoutineDocsTable {
  routineId: string;
  state: Uint8Array;
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
  /** JSON object: the parameters of the summary's sentence, rendered by the client (null for older events) */
  params: string | null;
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

export interface MilestonesTable {
  id: string;
  routineId: string;
  phase: string;
  title: string;
  plannedDate: string;
  doneDate: string | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
}
export interface EvaluationPlansTable {
  routineId: string;
  method: string;
  /** JSON array of strings */
  indicators: string;
  responsibleActorId: string | null;
  frequencyMonths: number;
  nextReviewDate: string;
  revision: number;
  updatedAt: string;
}
export interface RoutineVersionsTable {
  id: string;
  routineId: string;
  number: number;
  /** canonical JSON of a RoutineSnapshot */
  snapshot: string;
  /** SHA-256 hex of `snapshot` */
  hash: string;
  summary: string | null;
  createdBy: string | null;
  createdAt: string;
  adoptedAt: string | null;
}
export interface SignOffsTable {
  id: string;
  versionId: string;
  actorId: string;
  actorName: string;
  representativeName: string;
  representativeTitle: string;
  decisionReference: string;
  signedDate: string;
  signedBy: string;
  onBehalf: number;
  versionHash: string;
  createdAt: string;
}
export interface CommentsTable {
  id: string;
  routineId: string;
  /** 'question' | 'action' */
  targetType: string;
  targetId: string;
  /** the first comment's id; replies share it */
  threadId: string;
  authorId: string;
  body: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
}
export interface InvitationsTable {
  id: string;
  collaborationId: string;
  email: string;
  role: 'coordinator' | 'editor' | 'reader';
  actorId: string | null;
  /** SHA-256 of the token: the token itself is only in the link */
  tokenHash: string;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  acceptedBy: string | null;
  revokedAt: string | null;
}

export interface FeedbackTable {
  id: string;
  routineId: string;
  /** 0 = the routine as a whole, 1–6 = a step */
  step: number;
  text: string;
  organisation: string | null;
  role: string | null;
  versionNumber: number | null;
  status: 'new' | 'discussing' | 'changed' | 'no_action';
  note: string | null;
  changeRef: string | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
}
/** A review period (uppföljning) of a routine; see migration 1803. */
export interface ReviewPeriodsTable {
  id: string;
  routineId: string;
  periodStart: string;
  periodEnd: string;
  /** JSON: [{ indicator, value }] */
  indicatorValues: string;
  meetingDate: string | null;
  /** JSON: actor ids */
  presentActorIds: string;
  decisions: string;
  revisionStartedAt: string | null;
  revisionStartedBy: string | null;
  /** the adopted version a revision started from */
  revisionOfVersion: number | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
}
export interface JobsTable {
  id: string;
  kind: string;
  dedupeKey: string;
  /** JSON */
  payload: string;
  status: 'pending' | 'running' | 'done' | 'failed';
  runAt: string;
  attempts: number;
  maxAttempts: number;
  lockedBy: string | null;
  lockedUntil: string | null;
  lastError: string | null;
  collaborationId: string | null;
  createdAt: string;
  updatedAt: string;
}
export interface NotificationsTable {
  id: string;
  userId: string;
  kind: string;
  collaborationId: string | null;
  routineId: string | null;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}
export interface NotificationOptOutsTable {
  userId: string;
  kind: string;
  createdAt: string;
}

export interface DB extends WorkshopTables {
  collaborations: CollaborationsTable;
  memberships: MembershipsTable;
  routines: RoutinesTable;
  answers: AnswersTable;
  routineDocs: RoutineDocsTable;
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
  milestones: MilestonesTable;
  evaluationPlans: EvaluationPlansTable;
  routineVersions: RoutineVersionsTable;
  signOffs: SignOffsTable;
  comments: CommentsTable;
  invitations: InvitationsTable;
  publishStamps: PublishStampsTable;
  routineSlugHistory: RoutineSlugHistoryTable;
  feedback: FeedbackTable;
  reviewPeriods: ReviewPeriodsTable;
  jobs: JobsTable;
  notifications: NotificationsTable;
  notificationOptOuts: NotificationOptOutsTable;
  regions: RegionsTable;
  regionMembers: RegionMembersTable;
  regionCollaborations: RegionCollaborationsTable;
  regionInvitations: RegionInvitationsTable;
  nationalListings: NationalListingsTable;
  exportFiles: ExportFilesTable;
  ssoDomains: SsoDomainsTable;
  ssoReauth: SsoReauthTable;
}

/** One row (id 1): incremented whenever a published page may change (see publish-stamp.ts). */
/** A routine's earlier address: `/r/<slug>` redirects to its current one. */
export interface RoutineSlugHistoryTable {
  slug: string;
  routineId: string;
  createdAt: string;
}
export interface PublishStampsTable {
  id: number;
  stamp: number;
}

/** A region (issue 18): groups collaborations that opt in; its members are regional coordinators. */
export interface RegionsTable {
  id: string;
  name: string;
  createdBy: string | null;
  createdAt: string;
}
export interface RegionMembersTable {
  regionId: string;
  userId: string;
  createdAt: string;
}
/** A collaboration's opt-in to a region, made by one of its coordinators. */
export interface RegionCollaborationsTable {
  regionId: string;
  collaborationId: string;
  joinedBy: string | null;
  joinedAt: string;
}
export interface RegionInvitationsTable {
  id: string;
  regionId: string;
  email: string;
  /** SHA-256 of the token: the token itself is only in the link */
  tokenHash: string;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  acceptedBy: string | null;
}
/** A collaboration listed on the public national page (its coordinators opted in). */
export interface NationalListingsTable {
  collaborationId: string;
  listedBy: string | null;
  listedAt: string;
}
