import type { Action } from '../../../contracts/actions';
import type {
  AcceptAgreed,
  AcceptProposal,
  CastVote,
  CreateProposal,
  Proposal,
  SaveDraft,
  SetPhase,
  WorkshopView,
} from '../../../contracts/workshops';
import { swedishTimeOf } from '../../../domain/workshop';
import { isoNow, type ServiceContext } from '../../core/context';
import { AppError, notFound, validationFailed } from '../../core/errors';
import { guardPersonalData } from '../../core/personal-data';
import { insertActionIn, readActions } from '../actions/actions.service';
import { insertAuditEvent } from '../audit/audit.repository';
import { writeAnswer } from '../routines/routines.service';
import {
  loadWorkshopForCoordinator,
  type ParticipantContext,
  requireOpen,
  requireWorkshopQuestion,
  resolveParticipant,
} from './workshop-access';
import { buildWorkshopView, tallyOf, toProposal } from './workshop-view';
import {
  decideProposal,
  findParticipants,
  findProposal,
  findVotes,
  insertProposal,
  markQuestionAccepted,
  setCurrentQuestion,
  updateQuestionPhase,
  upsertDraft,
  upsertVote,
} from './workshops.repository';

/** A participant (member or guest) of an open workshop; `ensure` joins a member in the write. */
async function openParticipant(ctx: ParticipantContext, workshopId: string) {
  const p = await resolveParticipant(ctx, workshopId, { join: false });
  requireOpen(p.workshop, ctx.clock);
  return p;
}

/** The view after a participant's write, as that participant sees it. */
const viewFor = (
  ctx: ParticipantContext,
  p: Awaited<ReturnType<typeof openParticipant>>,
  participantId: string,
) => buildWorkshopView(ctx.db, p.workshop, { role: p.role, participantId });

const guardAudit = (ctx: ParticipantContext, collaborationId: string, workshopId: string) => ({
  collaborationId,
  userId: ctx.user?.id ?? null,
  targetType: 'workshop',
  targetId: workshopId,
  at: isoNow(ctx.clock),
});

/** A participant's private draft for a question, while the question is being drafted. */
export async function saveDraft(
  ctx: ParticipantContext,
  workshopId: string,
  questionId: string,
  input: SaveDraft,
): Promise<WorkshopView> {
  const p = await openParticipant(ctx, workshopId);
  const q = await requireWorkshopQuestion(ctx.db, workshopId, questionId);
  if (q.phase !== 'drafting') {
    throw new AppError('CONFLICT', 'The drafts of this question have been revealed.', {
      phase: q.phase,
    });
  }
  const participantId = await ctx.db.transaction().execute(async (trx) => {
    await guardPersonalData(
      trx,
      { text: input.text },
      input.acknowledgePersonalData,
      guardAudit(ctx, p.workshop.collaborationId, workshopId),
    );
    const id = await p.ensure(trx);
    await upsertDraft(trx, {
      workshopId,
      questionId,
      participantId: id,
      text: input.text,
      at: isoNow(ctx.clock),
    });
    return id;
  });
  return viewFor(ctx, p, participantId);
}

/** A participant's stance in the current agreement round; a block needs its reason. */
export async function castVote(
  ctx: ParticipantContext,
  workshopId: string,
  questionId: string,
  input: CastVote,
): Promise<WorkshopView> {
  const p = await openParticipant(ctx, workshopId);
  const q = await requireWorkshopQuestion(ctx.db, workshopId, questionId);
  if (q.phase !== 'agreement') {
    throw new AppError('CONFLICT', 'No agreement round is open for this question.', {
      phase: q.phase,
    });
  }
  const reason = input.reason?.trim() || null;
  if (input.stance === 'block' && !reason) {
    throw validationFailed('reason', 'a block needs its reason (Jag blockerar – därför att …)');
  }
  const participantId = await ctx.db.transaction().execute(async (trx) => {
    await guardPersonalData(
      trx,
      { reason },
      input.acknowledgePersonalData,
      guardAudit(ctx, p.workshop.collaborationId, workshopId),
    );
    const id = await p.ensure(trx);
    await upsertVote(trx, {
      workshopId,
      questionId,
      round: q.round,
      participantId: id,
      stance: input.stance,
      reason: input.stance === 'block' ? reason : null,
      at: isoNow(ctx.clock),
    });
    return id;
  });
  return viewFor(ctx, p, participantId);
}

/** The facilitator puts a question on the big screen (next / previous); its time box starts. */
export async function presentQuestion(
  ctx: ServiceContext,
  workshopId: string,
  questionId: string,
): Promise<WorkshopView> {
  const { workshop } = await loadWorkshopForCoordinator(ctx, workshopId);
  requireOpen(workshop, ctx.clock);
  await requireWorkshopQuestion(ctx.db, workshopId, questionId);
  await setCurrentQuestion(ctx.db, { workshopId, questionId, at: isoNow(ctx.clock) });
  const { workshop: after } = await loadWorkshopForCoordinator(ctx, workshopId);
  return buildWorkshopView(ctx.db, after, { role: 'facilitator', participantId: null });
}

/**
 * The facilitator's move: back to drafting, reveal the drafts, open an agreement round on a
 * proposed wording (each opening is a new round), or park the question for later.
 */
export async function setPhase(
  ctx: ServiceContext,
  workshopId: string,
  questionId: string,
  input: SetPhase,
): Promise<WorkshopView> {
  const { workshop } = await loadWorkshopForCoordinator(ctx, workshopId);
  requireOpen(workshop, ctx.clock);
  const q = await requireWorkshopQuestion(ctx.db, workshopId, questionId);
  const proposedText = input.proposedText ?? q.proposedText;
  if (input.phase === 'agreement' && !proposedText) {
    throw validationFailed('proposedText', 'an agreement round needs the wording put to it');
  }
  await ctx.db.transaction().execute(async (trx) => {
    await guardPersonalData(
      trx,
      { proposedText: input.proposedText },
      input.acknowledgePersonalData,
      {
        collaborationId: workshop.collaborationId,
        userId: ctx.user.id,
        targetType: 'workshop',
        targetId: workshopId,
        at: isoNow(ctx.clock),
      },
    );
    const moved = await updateQuestionPhase(trx, {
      workshopId,
      questionId,
      phase: input.phase,
      proposedText,
      round: input.phase === 'agreement' ? q.round + 1 : q.round,
    });
    if (!moved)
      throw new AppError('CONFLICT', 'This question has been agreed already.', {
        phase: 'accepted',
      });
  });
  return buildWorkshopView(ctx.db, workshop, { role: 'facilitator', participantId: null });
}

/**
 * Accepts the agreed wording (the facilitator): it becomes the routine's answer through the
 * answers' own write (revision check, personal-data guard), audited as "agreed in workshop W,
 * 14:20, n of m agreed, k blocks", and the question's outcome is kept for the summary.
 */
export async function acceptAgreed(
  ctx: ServiceContext,
  workshopId: string,
  questionId: string,
  input: AcceptAgreed,
) {
  const { workshop } = await loadWorkshopForCoordinator(ctx, workshopId);
  requireOpen(workshop, ctx.clock);
  const q = await requireWorkshopQuestion(ctx.db, workshopId, questionId);
  const at = isoNow(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    const tally = tallyOf(await findVotes(trx, workshopId), questionId, q.round);
    const agreedCount = tally.support + tally.accept;
    const participantCount = (await findParticipants(trx, workshopId)).length;
    const blockCount = tally.block;
    const time = swedishTimeOf(at);
    const { revision } = await writeAnswer(trx, {
      collaborationId: workshop.collaborationId,
      routineId: workshop.routineId,
      questionId,
      input,
      userId: ctx.user.id,
      at,
      audit: {
        action: 'answer.workshop_agree',
        summary: `${questionId}: agreed in workshop ${workshop.code}, ${time}, ${agreedCount} of ${participantCount} agreed, ${blockCount} blocks`,
        params: {
          question: questionId,
          code: workshop.code,
          time,
          agreed: agreedCount,
          participants: participantCount,
          blocks: blockCount,
          revision: input.baseRevision + 1,
        },
      },
    });
    const marked = await markQuestionAccepted(trx, {
      workshopId,
      questionId,
      agreedText: input.text,
      agreedAt: at,
      agreedCount,
      participantCount,
      blockCount,
    });
    if (!marked)
      throw new AppError('CONFLICT', 'This question has been agreed already.', {
        phase: 'accepted',
      });
    return { revision, agreedCount, participantCount, blockCount };
  });
}

/** A participant proposes who does what for their own organisation in a step. */
export async function proposeAction(
  ctx: ParticipantContext,
  workshopId: string,
  input: CreateProposal,
): Promise<WorkshopView> {
  const p = await openParticipant(ctx, workshopId);
  const at = isoNow(ctx.clock);
  const participantId = await ctx.db.transaction().execute(async (trx) => {
    await guardPersonalData(
      trx,
      { what: input.what },
      input.acknowledgePersonalData,
      guardAudit(ctx, p.workshop.collaborationId, workshopId),
    );
    const id = await p.ensure(trx);
    const organisation =
      (await findParticipants(trx, workshopId)).find((x) => x.id === id)?.organisation ?? null;
    await insertProposal(trx, {
      id: crypto.randomUUID(),
      workshopId,
      participantId: id,
      step: input.step,
      organisation,
      what: input.what,
      status: 'proposed',
      actionId: null,
      createdAt: at,
      decidedAt: null,
      decidedBy: null,
    });
    return id;
  });
  return viewFor(ctx, p, participantId);
}

async function loadProposal(ctx: ServiceContext, workshopId: string, proposalId: string) {
  const { workshop } = await loadWorkshopForCoordinator(ctx, workshopId);
  const proposal = await findProposal(ctx.db, workshopId, proposalId);
  if (!proposal) throw notFound('The proposal');
  return { workshop, proposal };
}

const decided = () => new AppError('CONFLICT', 'This proposal has been decided already.');

/**
 * Accepts a proposal (the facilitator): it becomes a real action of the routine with its actor
 * and contact path, through the actions' own write, in the same transaction as the decision.
 */
export async function acceptProposal(
  ctx: ServiceContext,
  workshopId: string,
  proposalId: string,
  input: AcceptProposal,
): Promise<{ proposal: Proposal; action: Action }> {
  const { workshop, proposal } = await loadProposal(ctx, workshopId, proposalId);
  const at = isoNow(ctx.clock);
  const actionId = crypto.randomUUID();
  const { acknowledgePersonalData, what, ...rest } = input;
  const step = proposal.step as 2 | 3 | 4 | 5;
  await ctx.db.transaction().execute(async (trx) => {
    if (
      !(await decideProposal(trx, {
        id: proposalId,
        status: 'accepted',
        actionId,
        at,
        by: ctx.user.id,
      }))
    )
      throw decided();
    await insertActionIn(trx, {
      id: actionId,
      collaborationId: workshop.collaborationId,
      routineId: workshop.routineId,
      input: { ...rest, step, what: what ?? proposal.what, acknowledgePersonalData },
      userId: ctx.user.id,
      at,
    });
    await insertAuditEvent(trx, {
      collaborationId: workshop.collaborationId,
      userId: ctx.user.id,
      action: 'workshop.proposal_accept',
      targetType: 'workshop',
      targetId: workshopId,
      summary: `workshop ${workshop.code}: proposal "${proposal.what.slice(0, 80)}" became an action in step ${step}`,
      params: { code: workshop.code, what: proposal.what, step },
      at,
    });
  });
  const action = (await readActions(ctx.db, workshop.routineId)).find((a) => a.id === actionId);
  if (!action) throw notFound('The action');
  const after = await findProposal(ctx.db, workshopId, proposalId);
  return { proposal: toProposal(after ?? proposal, null), action };
}

/** Discards a proposal (the facilitator); it stays in the summary as discarded. */
export async function discardProposal(
  ctx: ServiceContext,
  workshopId: string,
  proposalId: string,
): Promise<Proposal> {
  const { workshop, proposal } = await loadProposal(ctx, workshopId, proposalId);
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    if (
      !(await decideProposal(trx, {
        id: proposalId,
        status: 'discarded',
        actionId: null,
        at,
        by: ctx.user.id,
      }))
    )
      throw decided();
    await insertAuditEvent(trx, {
      collaborationId: workshop.collaborationId,
      userId: ctx.user.id,
      action: 'workshop.proposal_discard',
      targetType: 'workshop',
      targetId: workshopId,
      summary: `workshop ${workshop.code}: proposal "${proposal.what.slice(0, 80)}" discarded`,
      params: { code: workshop.code, what: proposal.what },
      at,
    });
  });
  return toProposal(
    { ...proposal, status: 'discarded', decidedAt: at, decidedBy: ctx.user.id },
    null,
  );
}
