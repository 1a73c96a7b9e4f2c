import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZAcceptAgreed,
  ZAcceptAgreedResult,
  ZAcceptProposal,
  ZAcceptProposalResult,
  ZCastVote,
  ZCreateProposal,
  ZProposal,
  ZSaveDraft,
  ZSetPhase,
  ZWorkshopParams,
  ZWorkshopProposalParams,
  ZWorkshopQuestionParams,
  ZWorkshopView,
} from '../../../contracts/workshops';
import { answerField } from '../../../domain/collab';
import { serviceContext } from '../../core/context';
import { type ParticipantContext, routineOfWorkshop } from './workshop-access';
import {
  acceptAgreed,
  acceptProposal,
  castVote,
  discardProposal,
  presentQuestion,
  proposeAction,
  saveDraft,
  setPhase,
} from './workshop-rounds.service';

/** A workshop's rounds: drafts, votes, the facilitator's moves, acceptance, proposals. */
export const workshopRoundRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: FastifyRequest) => serviceContext(app, request);
  const participant = (request: FastifyRequest): ParticipantContext => ({
    db: app.database.db,
    clock: app.clock,
    user: request.user,
    guest: request.workshopGuest,
  });
  const tags = ['workshops'];

  app.put(
    '/api/workshops/:wid/questions/:questionId/draft',
    {
      schema: {
        tags,
        summary:
          'Save my private draft for a question (participants; nobody else sees it before the reveal)',
        params: ZWorkshopQuestionParams,
        body: ZSaveDraft,
        response: { 200: ZWorkshopView },
      },
    },
    async (request) =>
      saveDraft(participant(request), request.params.wid, request.params.questionId, request.body),
  );

  app.put(
    '/api/workshops/:wid/questions/:questionId/vote',
    {
      schema: {
        tags,
        summary:
          'My stance in the agreement round: support, accept ("kan leva med det") or block with a reason (participants)',
        params: ZWorkshopQuestionParams,
        body: ZCastVote,
        response: { 200: ZWorkshopView },
      },
    },
    async (request) =>
      castVote(participant(request), request.params.wid, request.params.questionId, request.body),
  );

  app.post(
    '/api/workshops/:wid/questions/:questionId/phase',
    {
      schema: {
        tags,
        summary:
          'Move a question: drafting, reveal, open an agreement round on a wording, park (the facilitator)',
        params: ZWorkshopQuestionParams,
        body: ZSetPhase,
        response: { 200: ZWorkshopView },
      },
    },
    async (request) => {
      const { wid, questionId } = request.params;
      const view = await setPhase(ctx(request), wid, questionId, request.body);
      // The wording put to the round becomes the live working copy too (ADR 0020).
      const { proposedText } = request.body;
      if (proposedText) await app.collab.setWording(wid, questionId, proposedText);
      return view;
    },
  );

  app.post(
    '/api/workshops/:wid/questions/:questionId/present',
    {
      schema: {
        tags,
        summary: 'Put a question on the big screen and start its time box (the facilitator)',
        params: ZWorkshopQuestionParams,
        response: { 200: ZWorkshopView },
      },
    },
    async (request) => presentQuestion(ctx(request), request.params.wid, request.params.questionId),
  );

  app.post(
    '/api/workshops/:wid/questions/:questionId/accept',
    {
      schema: {
        tags,
        summary:
          'Accept the agreed text as the routine’s answer (the facilitator; baseRevision, 409 STALE_REVISION)',
        params: ZWorkshopQuestionParams,
        body: ZAcceptAgreed,
        response: { 200: ZAcceptAgreedResult },
      },
    },
    async (request) => {
      const { wid, questionId } = request.params;
      // As PUT …/answers: pending live edits land first, then the text reaches open copies.
      const routineId = await routineOfWorkshop(ctx(request), wid);
      await app.collab.flush(routineId);
      const result = await acceptAgreed(ctx(request), wid, questionId, request.body);
      await app.collab.applyText(routineId, answerField(questionId), request.body.text);
      return result;
    },
  );

  app.post(
    '/api/workshops/:wid/proposals',
    {
      schema: {
        tags,
        summary: 'Propose who does what for my organisation in a step (participants)',
        params: ZWorkshopParams,
        body: ZCreateProposal,
        response: { 200: ZWorkshopView },
      },
    },
    async (request) => proposeAction(participant(request), request.params.wid, request.body),
  );

  app.post(
    '/api/workshops/:wid/proposals/:pid/accept',
    {
      schema: {
        tags,
        summary:
          'Accept a proposal: it becomes an action of the routine with actor and contact path (the facilitator)',
        params: ZWorkshopProposalParams,
        body: ZAcceptProposal,
        response: { 200: ZAcceptProposalResult },
      },
    },
    async (request) =>
      acceptProposal(ctx(request), request.params.wid, request.params.pid, request.body),
  );

  app.post(
    '/api/workshops/:wid/proposals/:pid/discard',
    {
      schema: {
        tags,
        summary: 'Discard a proposal (the facilitator)',
        params: ZWorkshopProposalParams,
        response: { 200: ZProposal },
      },
    },
    async (request) => discardProposal(ctx(request), request.params.wid, request.params.pid),
  );
};
