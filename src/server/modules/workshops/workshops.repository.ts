import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type {
  WorkshopParticipantsTable,
  WorkshopProposalsTable,
  WorkshopQuestionsTable,
  WorkshopsTable,
} from '../../db/schema-workshops';

export async function insertWorkshop(db: Kysely<DB>, row: Insertable<WorkshopsTable>) {
  await db.insertInto('workshops').values(row).execute();
}

export async function insertWorkshopQuestions(
  db: Kysely<DB>,
  rows: Insertable<WorkshopQuestionsTable>[],
) {
  await db.insertInto('workshopQuestions').values(rows).execute();
}

export async function findWorkshopById(db: Kysely<DB>, id: string) {
  return db.selectFrom('workshops').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findWorkshopsOfRoutine(db: Kysely<DB>, routineId: string) {
  return db
    .selectFrom('workshops')
    .selectAll()
    .where('routineId', '=', routineId)
    .orderBy('createdAt', 'desc')
    .execute();
}

/** The open, unexpired workshop with this code (what a join looks up). */
export async function findOpenWorkshopByCode(db: Kysely<DB>, code: string, now: string) {
  return db
    .selectFrom('workshops')
    .selectAll()
    .where('code', '=', code)
    .where('state', '=', 'open')
    .where('endsAt', '>', now)
    .executeTakeFirst();
}

/** Is the code held by an open workshop (expired or not: the unique index counts it)? */
export async function isOpenCodeTaken(db: Kysely<DB>, code: string) {
  const row = await db
    .selectFrom('workshops')
    .select('id')
    .where('code', '=', code)
    .where('state', '=', 'open')
    .executeTakeFirst();
  return row !== undefined;
}

/** Open workshops whose twelve hours have passed (or this one, when `onlyId` is given). */
export async function findExpiredOpenWorkshops(db: Kysely<DB>, now: string) {
  return db
    .selectFrom('workshops')
    .select(['id', 'collaborationId', 'code'])
    .where('state', '=', 'open')
    .where('endsAt', '<=', now)
    .execute();
}

/** Ends an open workshop; false when it had already ended (the condition is the statement's). */
export async function markWorkshopEnded(db: Kysely<DB>, id: string, at: string) {
  const result = await db
    .updateTable('workshops')
    .set({ state: 'ended', endedAt: at })
    .where('id', '=', id)
    .where('state', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Puts a question on the big screen and starts its time box. */
export async function setCurrentQuestion(
  db: Kysely<DB>,
  w: { workshopId: string; questionId: string; at: string },
) {
  await db
    .updateTable('workshops')
    .set({ currentQuestionId: w.questionId, currentStartedAt: w.at })
    .where('id', '=', w.workshopId)
    .execute();
}

/** Guests lose their name and their cookie's key; their organisation stays for the record. */
export async function anonymiseGuests(db: Kysely<DB>, workshopId: string, at: string) {
  await db
    .updateTable('workshopParticipants')
    .set({ displayName: '', tokenHash: null, anonymisedAt: at })
    .where('workshopId', '=', workshopId)
    .where('kind', '=', 'guest')
    .where('anonymisedAt', 'is', null)
    .execute();
}

export async function insertParticipant(
  db: Kysely<DB>,
  row: Insertable<WorkshopParticipantsTable>,
) {
  // A member joins once per workshop (unique workshop + user): a second join keeps the first.
  await db
    .insertInto('workshopParticipants')
    .values(row)
    .onConflict((oc) => oc.columns(['workshopId', 'userId']).doNothing())
    .execute();
}

export async function findMemberParticipant(db: Kysely<DB>, workshopId: string, userId: string) {
  return db
    .selectFrom('workshopParticipants')
    .selectAll()
    .where('workshopId', '=', workshopId)
    .where('userId', '=', userId)
    .executeTakeFirst();
}

/** A guest by the hash of their cookie's token, while their workshop is open and unexpired. */
export async function findGuestByTokenHash(db: Kysely<DB>, tokenHash: string, now: string) {
  return db
    .selectFrom('workshopParticipants as p')
    .innerJoin('workshops as w', 'w.id', 'p.workshopId')
    .select(['p.id as participantId', 'p.workshopId', 'w.endsAt'])
    .where('p.tokenHash', '=', tokenHash)
    .where('p.kind', '=', 'guest')
    .where('w.state', '=', 'open')
    .where('w.endsAt', '>', now)
    .executeTakeFirst();
}

export async function findParticipants(db: Kysely<DB>, workshopId: string) {
  return db
    .selectFrom('workshopParticipants')
    .select([
      'id',
      'kind',
      'userId',
      'displayName',
      'organisation',
      'anonymisedAt',
      'wordingHelper',
    ])
    .where('workshopId', '=', workshopId)
    .orderBy('joinedAt')
    .execute();
}

/**
 * Invites a member participant to co-edit the wording (or takes it back); the check is in the
 * statement: only a member of this workshop, never a guest. Returns who, or undefined.
 */
export async function updateWordingHelper(
  db: Kysely<DB>,
  p: { workshopId: string; participantId: string; helper: boolean },
) {
  return db
    .updateTable('workshopParticipants')
    .set({ wordingHelper: p.helper ? 1 : 0 })
    .where('id', '=', p.participantId)
    .where('workshopId', '=', p.workshopId)
    .where('kind', '=', 'member')
    .returning(['userId', 'displayName'])
    .executeTakeFirst();
}

/** The workshop's live document as last stored (undefined before its first store). */
export async function findWorkshopDoc(db: Kysely<DB>, workshopId: string) {
  const row = await db
    .selectFrom('workshopDocs')
    .select('state')
    .where('workshopId', '=', workshopId)
    .executeTakeFirst();
  return row ? new Uint8Array(row.state) : undefined;
}

export async function upsertWorkshopDoc(
  db: Kysely<DB>,
  workshopId: string,
  state: Uint8Array,
  at: string,
) {
  await db
    .insertInto('workshopDocs')
    .values({ workshopId, state: Buffer.from(state), updatedAt: at })
    .onConflict((oc) =>
      oc.column('workshopId').doUpdateSet({ state: Buffer.from(state), updatedAt: at }),
    )
    .execute();
}

export async function findWorkshopQuestions(db: Kysely<DB>, workshopId: string) {
  return db
    .selectFrom('workshopQuestions')
    .selectAll()
    .where('workshopId', '=', workshopId)
    .orderBy('position')
    .execute();
}

export async function findWorkshopQuestion(db: Kysely<DB>, workshopId: string, questionId: string) {
  return db
    .selectFrom('workshopQuestions')
    .selectAll()
    .where('workshopId', '=', workshopId)
    .where('questionId', '=', questionId)
    .executeTakeFirst();
}

/**
 * The facilitator's move on a question. A new agreement round starts at `round`; an accepted
 * question does not move again (false then: the condition is in the statement).
 */
export async function updateQuestionPhase(
  db: Kysely<DB>,
  q: {
    workshopId: string;
    questionId: string;
    phase: WorkshopQuestionsTable['phase'];
    round: number;
    proposedText: string | null;
  },
) {
  const result = await db
    .updateTable('workshopQuestions')
    .set((eb) => ({
      phase: q.phase,
      round: q.round,
      proposedText: q.proposedText,
      revision: eb('revision', '+', 1),
    }))
    .where('workshopId', '=', q.workshopId)
    .where('questionId', '=', q.questionId)
    .where('phase', '<>', 'accepted')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records the agreement; false when the question was accepted already. */
export async function markQuestionAccepted(
  db: Kysely<DB>,
  q: {
    workshopId: string;
    questionId: string;
    agreedText: string;
    agreedAt: string;
    agreedCount: number;
    participantCount: number;
    blockCount: number;
  },
) {
  const { workshopId, questionId, ...outcome } = q;
  const result = await db
    .updateTable('workshopQuestions')
    .set((eb) => ({ ...outcome, phase: 'accepted', revision: eb('revision', '+', 1) }))
    .where('workshopId', '=', workshopId)
    .where('questionId', '=', questionId)
    .where('phase', '<>', 'accepted')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function upsertDraft(
  db: Kysely<DB>,
  d: { workshopId: string; questionId: string; participantId: string; text: string; at: string },
) {
  await db
    .insertInto('workshopDrafts')
    .values({
      workshopId: d.workshopId,
      questionId: d.questionId,
      participantId: d.participantId,
      text: d.text,
      updatedAt: d.at,
    })
    .onConflict((oc) =>
      oc
        .columns(['workshopId', 'questionId', 'participantId'])
        .doUpdateSet({ text: d.text, updatedAt: d.at }),
    )
    .execute();
}

export async function findDrafts(db: Kysely<DB>, workshopId: string) {
  return db
    .selectFrom('workshopDrafts')
    .select(['questionId', 'participantId', 'text'])
    .where('workshopId', '=', workshopId)
    .orderBy('updatedAt')
    .execute();
}

/** One vote per participant, question and round: a second one replaces the first. */
export async function upsertVote(
  db: Kysely<DB>,
  v: {
    workshopId: string;
    questionId: string;
    round: number;
    participantId: string;
    stance: 'support' | 'accept' | 'block';
    reason: string | null;
    at: string;
  },
) {
  await db
    .insertInto('workshopVotes')
    .values({
      workshopId: v.workshopId,
      questionId: v.questionId,
      round: v.round,
      participantId: v.participantId,
      stance: v.stance,
      reason: v.reason,
      updatedAt: v.at,
    })
    .onConflict((oc) =>
      oc
        .columns(['workshopId', 'questionId', 'round', 'participantId'])
        .doUpdateSet({ stance: v.stance, reason: v.reason, updatedAt: v.at }),
    )
    .execute();
}

export async function findVotes(db: Kysely<DB>, workshopId: string) {
  return db
    .selectFrom('workshopVotes')
    .select(['questionId', 'round', 'participantId', 'stance', 'reason'])
    .where('workshopId', '=', workshopId)
    .orderBy('round')
    .orderBy('updatedAt')
    .execute();
}

export async function insertProposal(db: Kysely<DB>, row: Insertable<WorkshopProposalsTable>) {
  await db.insertInto('workshopProposals').values(row).execute();
}

export async function findProposals(db: Kysely<DB>, workshopId: string) {
  return db
    .selectFrom('workshopProposals')
    .selectAll()
    .where('workshopId', '=', workshopId)
    .orderBy('createdAt')
    .execute();
}

export async function findProposal(db: Kysely<DB>, workshopId: string, id: string) {
  return db
    .selectFrom('workshopProposals')
    .selectAll()
    .where('workshopId', '=', workshopId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Accepts or discards a proposal still open; false when it was decided already. */
export async function decideProposal(
  db: Kysely<DB>,
  d: {
    id: string;
    status: 'accepted' | 'discarded';
    actionId: string | null;
    at: string;
    by: string;
  },
) {
  const result = await db
    .updateTable('workshopProposals')
    .set({ status: d.status, actionId: d.actionId, decidedAt: d.at, decidedBy: d.by })
    .where('id', '=', d.id)
    .where('status', '=', 'proposed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
