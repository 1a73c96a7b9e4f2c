import type { Generated } from 'kysely';

/** Workshop mode (issue 17; migration 2101, docs/adr/0020). Booleans are 0/1 integers. */
export interface WorkshopsTable {
  id: string;
  collaborationId: string;
  routineId: string;
  code: string;
  /** JSON array of template question ids, in the facilitator's order. */
  questionIds: string;
  allowGuests: number;
  /** 1: revealed drafts show their writers' names (the facilitator's choice); 0: organisation only. */
  draftsNamed: Generated<number>;
  secondsPerQuestion: number | null;
  state: 'open' | 'ended';
  createdBy: string;
  createdAt: string;
  endsAt: string;
  endedAt: string | null;
  /** The question on the big screen, and since when (its time box runs from then). */
  currentQuestionId: string | null;
  currentStartedAt: string | null;
}
export interface WorkshopParticipantsTable {
  id: string;
  workshopId: string;
  kind: 'member' | 'guest';
  userId: string | null;
  displayName: string;
  organisation: string | null;
  /** SHA-256 (hex) of a guest's cookie token; null for members and after the end. */
  tokenHash: string | null;
  joinedAt: string;
  anonymisedAt: string | null;
  /** 1 when the facilitator invited this member to co-edit the proposed wording. */
  wordingHelper: Generated<number>;
}
export interface WorkshopQuestionsTable {
  workshopId: string;
  questionId: string;
  position: number;
  phase: 'drafting' | 'revealed' | 'agreement' | 'accepted' | 'parked';
  round: number;
  proposedText: string | null;
  agreedText: string | null;
  agreedAt: string | null;
  agreedCount: number | null;
  participantCount: number | null;
  blockCount: number | null;
  revision: number;
}
export interface WorkshopDraftsTable {
  workshopId: string;
  questionId: string;
  participantId: string;
  text: string;
  updatedAt: string;
}
export interface WorkshopVotesTable {
  workshopId: string;
  questionId: string;
  round: number;
  participantId: string;
  stance: 'support' | 'accept' | 'block';
  reason: string | null;
  updatedAt: string;
}
export interface WorkshopProposalsTable {
  id: string;
  workshopId: string;
  participantId: string;
  step: number;
  organisation: string | null;
  what: string;
  status: 'proposed' | 'accepted' | 'discarded';
  actionId: string | null;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
}

/** The live document `workshop:<id>` (its co-edited wordings), stored whole (migration 2301). */
export interface WorkshopDocsTable {
  workshopId: string;
  state: Uint8Array;
  updatedAt: string;
}

/** The workshop tables, part of `DB`. */
export interface WorkshopTables {
  workshops: WorkshopsTable;
  workshopParticipants: WorkshopParticipantsTable;
  workshopQuestions: WorkshopQuestionsTable;
  workshopDrafts: WorkshopDraftsTable;
  workshopVotes: WorkshopVotesTable;
  workshopProposals: WorkshopProposalsTable;
  workshopDocs: WorkshopDocsTable;
}
