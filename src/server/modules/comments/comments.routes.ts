import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZComment,
  ZCommentCounts,
  ZCommentParams,
  ZCommentQuery,
  ZCommentThread,
  ZCreateComment,
  ZThreadParams,
  ZUpdateComment,
} from '../../../contracts/comments';
import { ZRoutineParams } from '../../../contracts/routines';
import { serviceContext } from '../../core/context';
import {
  countComments,
  createComment,
  listThreads,
  patchComment,
  setThreadResolved,
} from './comments.service';

export const commentRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: FastifyRequest) => serviceContext(app, request);
  const tags = ['comments'];

  app.get(
    '/api/routines/:rid/comments',
    {
      schema: {
        tags,
        summary: 'Comment threads on questions and actions; `unresolved=1` for open ones only',
        params: ZRoutineParams,
        querystring: ZCommentQuery,
        response: { 200: z.array(ZCommentThread) },
      },
    },
    async (request) => listThreads(ctx(request), request.params.rid, request.query),
  );
  app.post(
    '/api/routines/:rid/comments',
    {
      schema: {
        tags,
        summary:
          'Comment (any member): a new thread, or a reply with `threadId`; returns the thread',
        params: ZRoutineParams,
        body: ZCreateComment,
        response: { 201: ZCommentThread },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createComment(ctx(request), request.params.rid, request.body)),
  );
  app.patch(
    '/api/routines/:rid/comments/:id',
    {
      schema: {
        tags,
        summary: 'Edit your own comment',
        params: ZCommentParams,
        body: ZUpdateComment,
        response: { 200: ZComment },
      },
    },
    async (request) =>
      patchComment(ctx(request), request.params.rid, request.params.id, request.body),
  );
  for (const [verb, resolved] of [
    ['resolve', true],
    ['reopen', false],
  ] as const) {
    app.post(
      `/api/routines/:rid/comments/threads/:threadId/${verb}`,
      {
        schema: {
          tags,
          summary: `${verb === 'resolve' ? 'Resolve' : 'Reopen'} a thread (editors, coordinators, its author)`,
          params: ZThreadParams,
          response: { 200: ZCommentThread },
        },
      },
      async (request) =>
        setThreadResolved(ctx(request), request.params.rid, request.params.threadId, resolved),
    );
  }
  app.get(
    '/api/routines/:rid/comment-counts',
    {
      schema: {
        tags,
        summary: 'Badges: `question:<id>` / `action:<id>` → {open, total, comments}',
        params: ZRoutineParams,
        response: { 200: ZCommentCounts },
      },
    },
    async (request) => countComments(ctx(request), request.params.rid),
  );
};
