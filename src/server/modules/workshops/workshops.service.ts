import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { FieldError } from '../../../contracts/errors';
import type { WorkshopListItem } from '../../../contracts/workshop-records';
import type {
  CreateWorkshop,
  JoinResult,
  JoinWorkshop,
  SetWordingHelper,
  Workshop,
  WorkshopView,
} from '../../../contracts/workshops';
import { WORKSHOP_LIMITS } from '../../../contracts/workshops';
import type { WorkshopSummaryModel } from '../../../domain/render/workshop-summary';
import { findQuestion, stepOf } from '../../../domain/template';
import { JOIN_CODE_PATTERN, newJoinCode, normaliseJoinCode } from '../../../domain/workshop';
import { loadRoutineForMember } from '../../core/access';
import { type Clock, isoNow, type ServiceContext } from '../../core/context';
import { AppError, notFound, validationFailed } from '../../core/errors';
import { guardPersonalData } from '../../core/personal-data';
import { requireRole } from '../../core/tenancy';
import type { DB } from '../../db/schema';
import { newGuestToken } from '../../http/workshop-guest';
import { insertAuditEvent } from '../audit/audit.repository';
import { findRoutineById } from '../routines/routines.repository';
import {
  loadWorkshopForCoordinator,
  loadWorkshopForMember,
  type ParticipantContext,
  requireOpen,
  resolveParticipant,
  type WorkshopRow,
} from './workshop-access';
import { outcomesOfRoutineWorkshops } from './workshop-records.service';
import { buildWorkshopView, organisationsOf, readWorkshopRecord, tallyOf } from './workshop-view';
import {
  anonymiseGuests,
  findExpiredOpenWorkshops,
  findOpenWorkshopByCode,
  findWorkshopsOfRoutine,
  insertParticipant,
  insertWorkshop,
  insertWorkshopQuestions,
  isOpenCodeTaken,
  markWorkshopEnded,
  updateWordingHelper,
} from './workshops.repository';

const OPEN_MS = WORKSHOP_LIMITS.openHours * 60 * 60 * 1000;

/** The page a participant opens with the code (the web client's route; also the QR code's). */
export const joinUrlOf = (origin: string, code: string) => `${origin}/delta/${code}`;

function toWorkshop(row: WorkshopRow, origin: string): Workshop {
  return {
    id: row.id,
    routineId: row.routineId,
    code: row.code,
    joinUrl: joinUrlOf(origin, row.code),
    questionIds: JSON.parse(row.questionIds) as string[],
    allowGuests: row.allowGuests === 1,
    namedDrafts: row.draftsNamed === 1,
    secondsPerQuestion: row.secondsPerQuestion,
    state: row.state,
    createdAt: row.createdAt,
    endsAt: row.endsAt,
    endedAt: row.endedAt,
  };
}

/** Ends one workshop in the caller's transaction: guests anonymised, audited. False if ended. */
async function endIn(
  trx: Kysely<DB>,
  w: { id: string; collaborationId: string; code: string },
  userId: string | null,
  at: string,
): Promise<boolean> {
  if (!(await markWorkshopEnded(trx, w.id, at))) return false;
  await anonymiseGuests(trx, w.id, at);
  await insertAuditEvent(trx, {
    collaborationId: w.collaborationId,
    userId,
    action: 'workshop.end',
    targetType: 'workshop',
    targetId: w.id,
    summary: `workshop ${w.code} ended${userId ? '' : ' after 12 hours'}; guests anonymised`,
    params: { code: w.code },
    at,
  });
  return true;
}

/** Closes every open workshop whose twelve hours have passed (a timer, and before create/join). */
export async function endExpiredWorkshops(db: Kysely<DB>, clock: Clock): Promise<number> {
  const at = isoNow(clock);
  let ended = 0;
  for (const w of await findExpiredOpenWorkshops(db, at)) {
    if (await db.transaction().execute((trx) => endIn(trx, w, null, at))) ended += 1;
  }
  return ended;
}

function checkQuestionIds(ids: string[]): void {
  const errors: FieldError[] = [];
  ids.forEach((id, i) => {
    if (!findQuestion(id))
      errors.push({ field: `questionIds.${i}`, message: 'is not a question of the template' });
    else if (ids.indexOf(id) !== i)
      errors.push({ field: `questionIds.${i}`, message: 'is listed twice' });
  });
  if (errors.length > 0) throw validationFailed(errors);
}

/**
 * Starts a workshop on some of the routine's questions (coordinators). Its code is six signs
 * without look-alikes, unique among open workshops (the partial unique index backs the check).
 */
export async function createWorkshop(
  ctx: ServiceContext,
  routineId: string,
  input: CreateWorkshop,
  origin: string,
): Promise<Workshop> {
  const { routine, membership } = await loadRoutineForMember(ctx, routineId);
  requireRole(membership, 'coordinator');
  checkQuestionIds(input.questionIds);
  await endExpiredWorkshops(ctx.db, ctx.clock);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const id = crypto.randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    let code = newJoinCode(randomInt);
    for (let tries = 0; await isOpenCodeTaken(trx, code); tries++) {
      if (tries > 20) throw new AppError('CONFLICT', 'No free join code was found; try again.');
      code = newJoinCode(randomInt);
    }
    await insertWorkshop(trx, {
      id,
      collaborationId: routine.collaborationId,
      routineId,
      code,
      questionIds: JSON.stringify(input.questionIds),
      allowGuests: input.allowGuests ? 1 : 0,
      draftsNamed: input.namedDrafts ? 1 : 0,
      secondsPerQuestion: input.secondsPerQuestion ?? null,
      state: 'open',
      createdBy: ctx.user.id,
      createdAt: at,
      endsAt: new Date(now.getTime() + OPEN_MS).toISOString(),
      endedAt: null,
    });
    await insertWorkshopQuestions(
      trx,
      input.questionIds.map((questionId, position) => ({
        workshopId: id,
        questionId,
        position,
        phase: 'drafting' as const,
        round: 0,
        revision: 1,
      })),
    );
    await insertAuditEvent(trx, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      action: 'workshop.create',
      targetType: 'workshop',
      targetId: id,
      summary: `workshop ${code} started with ${input.questionIds.length} questions`,
      params: { code, questions: input.questionIds.length },
      at,
    });
  });
  const { workshop } = await loadWorkshopForMember(ctx, id);
  return toWorkshop(workshop, origin);
}

/** The routine's workshops, newest first, each with how its questions ended up (members). */
export async function listWorkshops(
  ctx: ServiceContext,
  routineId: string,
  origin: string,
): Promise<WorkshopListItem[]> {
  await loadRoutineForMember(ctx, routineId);
  const outcomes = await outcomesOfRoutineWorkshops(ctx.db, routineId);
  const none = { accepted: 0, parked: 0, blocked: 0, undecided: 0 };
  return (await findWorkshopsOfRoutine(ctx.db, routineId)).map((w) => ({
    ...toWorkshop(w, origin),
    outcomes: outcomes.get(w.id) ?? none,
  }));
}

/**
 * Joins by code. A member of the workshop's collaboration takes part with their own session; a
 * guest (when the facilitator allows them) gives a name and an organisation and gets a token
 * for a cookie valid for this workshop only. Unknown, ended and expired codes are all 404.
 */
export async function joinWorkshop(
  ctx: ParticipantContext,
  input: JoinWorkshop,
): Promise<{ result: JoinResult; guestToken?: { token: string; expiresAt: Date } }> {
  const code = normaliseJoinCode(input.code);
  const now = isoNow(ctx.clock);
  const workshop = JOIN_CODE_PATTERN.test(code)
    ? await findOpenWorkshopByCode(ctx.db, code, now)
    : undefined;
  if (!workshop) throw notFound('A workshop with this code');
  const asParticipant = await resolveParticipant(ctx, workshop.id, { join: true }).catch(
    (err: unknown) => {
      if (err instanceof AppError && (err.code === 'NOT_FOUND' || err.code === 'UNAUTHENTICATED'))
        return null;
      throw err;
    },
  );
  if (asParticipant?.participantId) {
    const kind = asParticipant.role === 'guest' ? 'guest' : 'member';
    return {
      result: { workshopId: workshop.id, participantId: asParticipant.participantId, kind },
    };
  }
  if (workshop.allowGuests !== 1) {
    throw ctx.user
      ? notFound('A workshop with this code')
      : new AppError('UNAUTHENTICATED', 'Sign in to join this workshop.');
  }
  const missing: FieldError[] = [];
  if (!input.name) missing.push({ field: 'name', message: 'a guest gives a display name' });
  if (!input.organisation)
    missing.push({ field: 'organisation', message: 'a guest gives an organisation' });
  if (missing.length > 0) throw validationFailed(missing);
  const participantId = crypto.randomUUID();
  const { token, hash } = newGuestToken();
  await ctx.db.transaction().execute(async (trx) => {
    await guardPersonalData(
      trx,
      { name: input.name, organisation: input.organisation },
      input.acknowledgePersonalData,
      {
        collaborationId: workshop.collaborationId,
        userId: ctx.user?.id ?? null,
        targetType: 'workshop',
        targetId: workshop.id,
        at: now,
      },
    );
    await insertParticipant(trx, {
      id: participantId,
      workshopId: workshop.id,
      kind: 'guest',
      userId: null,
      displayName: input.name ?? '',
      organisation: input.organisation ?? null,
      tokenHash: hash,
      joinedAt: now,
      anonymisedAt: null,
    });
  });
  return {
    result: { workshopId: workshop.id, participantId, kind: 'guest' },
    guestToken: { token, expiresAt: new Date(workshop.endsAt) },
  };
}

/** The workshop as the caller sees it (members of the collaboration and its guests). */
export async function getWorkshopView(
  ctx: ParticipantContext,
  workshopId: string,
): Promise<WorkshopView> {
  const { workshop, role, participantId } = await resolveParticipant(ctx, workshopId, {
    join: false,
  });
  return buildWorkshopView(ctx.db, workshop, { role, participantId });
}

/** Ends the workshop (coordinators): guests are anonymised and their cookies stop working. */
export async function endWorkshop(
  ctx: ServiceContext,
  workshopId: string,
  origin: string,
): Promise<Workshop> {
  const { workshop } = await loadWorkshopForCoordinator(ctx, workshopId);
  const at = isoNow(ctx.clock);
  const ended = await ctx.db.transaction().execute((trx) => endIn(trx, workshop, ctx.user.id, at));
  if (!ended) throw new AppError('CONFLICT', 'The workshop has ended already.', { state: 'ended' });
  return toWorkshop((await loadWorkshopForMember(ctx, workshopId)).workshop, origin);
}

/**
 * Invites a member taking part to co-edit the proposed wording live, or takes it back
 * (coordinators; coordinators themselves always may). Guests cannot be invited: the wording's
 * live edits are audited by account. Returns the facilitator's view and whose rights changed
 * (the route closes their live connection so that it reconnects with the new rights).
 */
export async function setWordingHelper(
  ctx: ServiceContext,
  workshopId: string,
  participantId: string,
  input: SetWordingHelper,
): Promise<{ view: WorkshopView; userId: string; collaborationId: string }> {
  const { workshop } = await loadWorkshopForCoordinator(ctx, workshopId);
  requireOpen(workshop, ctx.clock);
  const at = isoNow(ctx.clock);
  const userId = await ctx.db.transaction().execute(async (trx) => {
    const row = await updateWordingHelper(trx, { workshopId, participantId, ...input });
    if (!row?.userId) throw notFound('The participant');
    await insertAuditEvent(trx, {
      collaborationId: workshop.collaborationId,
      userId: ctx.user.id,
      action: input.helper ? 'workshop.helper_invite' : 'workshop.helper_remove',
      targetType: 'workshop',
      targetId: workshopId,
      summary: `workshop ${workshop.code}: ${row.displayName} ${input.helper ? 'invited to co-edit' : 'no longer co-edits'} the wording`,
      params: { code: workshop.code, name: row.displayName, participant: participantId },
      at,
    });
    return row.userId;
  });
  const view = await buildWorkshopView(ctx.db, workshop, {
    role: 'facilitator',
    participantId: null,
  });
  return { view, userId, collaborationId: workshop.collaborationId };
}

/** The summary's model (members of the collaboration): what was agreed, and by whom. */
export async function workshopSummary(
  ctx: ServiceContext,
  workshopId: string,
  lang: 'sv' | 'en',
): Promise<WorkshopSummaryModel> {
  const { workshop } = await loadWorkshopForMember(ctx, workshopId);
  const routine = await findRoutineById(ctx.db, workshop.routineId);
  const r = await readWorkshopRecord(ctx.db, workshop.id);
  return {
    lang,
    routineTitle: routine?.title ?? '',
    code: workshop.code,
    createdAt: workshop.createdAt,
    endedAt: workshop.endedAt,
    questions: r.questions.map((q) => ({
      questionId: q.questionId,
      step: stepOf(q.questionId)?.number ?? 0,
      text: findQuestion(q.questionId)?.text[lang] ?? q.questionId,
      phase: q.phase,
      agreedText: q.agreedText,
      agreedAt: q.agreedAt,
      tally: tallyOf(r.votes, q.questionId, q.round),
      participantCount: q.participantCount,
      blocks: r.votes
        .filter((v) => v.questionId === q.questionId && v.stance === 'block')
        .map((v) => ({
          round: v.round,
          reason: v.reason ?? '',
          organisation: r.organisationOf.get(v.participantId) ?? null,
        })),
    })),
    proposals: r.proposals,
    organisations: organisationsOf(r),
    guestCount: r.participants.filter((p) => p.kind === 'guest').length,
  };
}
