import type { Kysely } from 'kysely';
import type { Proposal, Tally, WorkshopView } from '../../../contracts/workshops';
import { stepOf } from '../../../domain/template';
import type { DB } from '../../db/schema';
import type { WorkshopRole, WorkshopRow } from './workshop-access';
import {
  findDrafts,
  findParticipants,
  findProposals,
  findVotes,
  findWorkshopById,
  findWorkshopQuestions,
} from './workshops.repository';

/** Drafts are private until the facilitator reveals them; parking hides them again. */
const DRAFTS_SHOWN = new Set(['revealed', 'agreement', 'accepted']);

type Votes = Awaited<ReturnType<typeof findVotes>>;

/** The tally of one question's round. */
export function tallyOf(votes: Votes, questionId: string, round: number): Tally {
  const tally = { support: 0, accept: 0, block: 0 };
  for (const v of votes) if (v.questionId === questionId && v.round === round) tally[v.stance] += 1;
  return tally;
}

/**
 * Runs `read` on one connection taken once (or on the caller's transaction). A room's burst of
 * writes queues for the database (SQLite has one connection; PostgreSQL a small pool); a read
 * of five queries that queued for each one waited behind the burst five times (the workshop
 * bench, bench/workshop.bench.ts), now it queues once.
 */
const onOneConnection = <T>(db: Kysely<DB>, read: (conn: Kysely<DB>) => Promise<T>) =>
  db.isTransaction ? read(db) : db.connection().execute(read);

async function readRecordOn(db: Kysely<DB>, workshopId: string) {
  const [questions, participants, drafts, votes, proposals] = await Promise.all([
    findWorkshopQuestions(db, workshopId),
    findParticipants(db, workshopId),
    findDrafts(db, workshopId),
    findVotes(db, workshopId),
    findProposals(db, workshopId),
  ]);
  const organisationOf = new Map(participants.map((p) => [p.id, p.organisation]));
  const nameOf = new Map(participants.map((p) => [p.id, p.displayName]));
  return { questions, participants, drafts, votes, proposals, organisationOf, nameOf };
}

/** Everything the workshop holds, read once (the view and the summary are built from it). */
export async function readWorkshopRecord(db: Kysely<DB>, workshopId: string) {
  return onOneConnection(db, (conn) => readRecordOn(conn, workshopId));
}
export type WorkshopRecord = Awaited<ReturnType<typeof readWorkshopRecord>>;

// One collator for every sort: `localeCompare(b, 'sv')` builds one per call, and the view is
// rebuilt after every draft and vote (the workshop bench's profile: most of the view's time).
const bySwedish = new Intl.Collator('sv').compare;

/** The organisations that took part, each once, alphabetically. */
export const organisationsOf = (r: WorkshopRecord) =>
  [
    ...new Set(r.participants.map((p) => p.organisation).filter((o): o is string => Boolean(o))),
  ].sort(bySwedish);

export function toProposal(
  p: WorkshopRecord['proposals'][number],
  participantId: string | null,
): Proposal {
  return {
    id: p.id,
    step: p.step,
    organisation: p.organisation,
    what: p.what,
    status: p.status,
    actionId: p.actionId,
    mine: participantId !== null && p.participantId === participantId,
  };
}

type You = { role: WorkshopRole; participantId: string | null };

/** What the caller sees: their own draft always, the others' only after the reveal. */
export async function buildWorkshopView(
  db: Kysely<DB>,
  workshop: WorkshopRow,
  you: You,
): Promise<WorkshopView> {
  return viewOf(workshop, await readWorkshopRecord(db, workshop.id), you);
}

function viewOf(workshop: WorkshopRow, r: WorkshopRecord, you: You): WorkshopView {
  const mine = (pid: string) => you.participantId !== null && pid === you.participantId;
  const isFacilitator = you.role === 'facilitator';
  const helper = r.participants.some((p) => mine(p.id) && p.wordingHelper === 1);
  return {
    id: workshop.id,
    code: workshop.code,
    state: workshop.state,
    endsAt: workshop.endsAt,
    allowGuests: workshop.allowGuests === 1,
    namedDrafts: workshop.draftsNamed === 1,
    secondsPerQuestion: workshop.secondsPerQuestion,
    currentQuestionId: workshop.currentQuestionId,
    currentStartedAt: workshop.currentStartedAt,
    you: { ...you, canEditWording: isFacilitator || helper },
    participantCount: r.participants.length,
    organisations: organisationsOf(r),
    questions: r.questions.map((q) => {
      const drafts = r.drafts.filter((d) => d.questionId === q.questionId);
      const votes = r.votes.filter((v) => v.questionId === q.questionId && v.round === q.round);
      const myVote = votes.find((v) => mine(v.participantId));
      return {
        questionId: q.questionId,
        step: stepOf(q.questionId)?.number ?? 0,
        phase: q.phase,
        round: q.round,
        proposedText: q.proposedText,
        agreedText: q.agreedText,
        draftCount: drafts.length,
        myDraft: drafts.find((d) => mine(d.participantId))?.text ?? null,
        drafts: DRAFTS_SHOWN.has(q.phase)
          ? // Alphabetically, not by who wrote first: the order must not give anyone away.
            [...drafts]
              .sort((a, b) => bySwedish(a.text, b.text))
              .map((d) => ({
                text: d.text,
                organisation: r.organisationOf.get(d.participantId) ?? null,
                name: workshop.draftsNamed === 1 ? r.nameOf.get(d.participantId) || null : null,
              }))
          : [],
        myVote: myVote ? { stance: myVote.stance, reason: myVote.reason } : null,
        tally: tallyOf(r.votes, q.questionId, q.round),
        blocks: votes
          .filter((v) => v.stance === 'block')
          .map((v) => ({
            reason: v.reason ?? '',
            organisation: r.organisationOf.get(v.participantId) ?? null,
          })),
      };
    }),
    proposals: r.proposals.map((p) => toProposal(p, you.participantId)),
    wordingHelpers: r.participants.filter((p) => p.wordingHelper === 1).map((p) => p.id),
    members: isFacilitator
      ? r.participants
          .filter((p) => p.kind === 'member')
          .map((p) => ({
            participantId: p.id,
            name: p.displayName,
            organisation: p.organisation,
            wordingHelper: p.wordingHelper === 1,
          }))
      : [],
  };
}

/** The public state of the live document: what every participant may see, nobody's own parts. */
export async function publicWorkshopState(db: Kysely<DB>, workshopId: string) {
  const read = await onOneConnection(db, async (conn) => {
    const workshop = await findWorkshopById(conn, workshopId);
    return workshop ? { workshop, record: await readRecordOn(conn, workshopId) } : null;
  });
  if (!read) return null;
  const { you: _you, ...state } = viewOf(read.workshop, read.record, {
    role: 'guest',
    participantId: null,
  });
  return state;
}
