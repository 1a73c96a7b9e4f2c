import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZRoutineParams } from '../../../contracts/routines';
import {
  ZCreatedVersion,
  ZCreateSignOff,
  ZCreateVersion,
  ZDiffQuery,
  ZSignOff,
  ZSignOffOverview,
  ZVerifyResult,
  ZVersion,
  ZVersionDiff,
  ZVersionParams,
  ZVersionSummary,
} from '../../../contracts/versions';
import { serviceContext } from '../../core/context';
import { type AccountRateLimitOptions, rateLimitsOf } from '../auth/account-rate-limit';
import { getSignOffOverview, signVersion } from './sign-offs.service';
import {
  diffVersions,
  freezeVersion,
  getVersion,
  listVersions,
  verifyVersion,
} from './versions.service';

/**
 * Frozen versions and their sign-offs. Versions are immutable: there is deliberately no
 * route that changes or deletes a version or a sign-off.
 */
export const versionRoutes: FastifyPluginAsyncZod<AccountRateLimitOptions> = async (
  app,
  options,
) => {
  const limit = rateLimitsOf(options);
  const ctx = (request: FastifyRequest) => serviceContext(app, request);
  const tags = ['versions'];
  app.post(
    '/api/routines/:rid/versions',
    {
      config: limit.freeze,
      schema: {
        tags,
        summary: 'Freeze the routine as a new version (coordinators); 409 while it has blockers',
        params: ZRoutineParams,
        body: ZCreateVersion,
        response: { 201: ZCreatedVersion },
      },
    },
    async (request, reply) => {
      // A frozen version holds exactly what everyone saw: pending live edits land first.
      await app.collab.flush(request.params.rid);
      return reply
        .status(201)
        .send(await freezeVersion(ctx(request), request.params.rid, request.body));
    },
  );
  app.get(
    '/api/routines/:rid/versions',
    {
      schema: {
        tags,
        summary: 'The versions, newest first, with required organisations and sign-offs',
        params: ZRoutineParams,
        response: { 200: z.array(ZVersionSummary) },
      },
    },
    async (request) => listVersions(ctx(request), request.params.rid),
  );
  app.get(
    '/api/routines/:rid/versions/:n',
    {
      schema: {
        summary: 'One frozen version with its stored snapshot (members)',
        tags,
        params: ZVersionParams,
        response: { 200: ZVersion },
      },
    },
    async (request) => getVersion(ctx(request), request.params.rid, request.params.n),
  );
  app.get(
    '/api/routines/:rid/versions/:n/diff',
    {
      config: limit.diff,
      schema: {
        tags,
        summary: 'What changed since version `against` (default n − 1)',
        params: ZVersionParams,
        querystring: ZDiffQuery,
        response: { 200: ZVersionDiff },
      },
    },
    async (request) =>
      diffVersions(ctx(request), request.params.rid, request.params.n, request.query.against),
  );
  app.get(
    '/api/routines/:rid/versions/:n/verify',
    {
      schema: {
        tags,
        summary: 'Recompute the hash of the stored snapshot and check every sign-off against it',
        params: ZVersionParams,
        response: { 200: ZVerifyResult },
      },
    },
    async (request) => verifyVersion(ctx(request), request.params.rid, request.params.n),
  );
  app.get(
    '/api/routines/:rid/versions/:n/sign-offs',
    {
      schema: {
        summary: 'The sign-offs of a version, per required organisation (members)',
        tags,
        params: ZVersionParams,
        response: { 200: ZSignOffOverview },
      },
    },
    async (request) => getSignOffOverview(ctx(request), request.params.rid, request.params.n),
  );
  app.post(
    '/api/routines/:rid/versions/:n/sign-offs',
    {
      config: { requiresVerifiedEmail: true },
      schema: {
        tags,
        summary: "Sign a version for an organisation (re-authenticates with the signer's password)",
        params: ZVersionParams,
        body: ZCreateSignOff,
        response: { 201: ZSignOff.extend({ adopted: z.boolean() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await signVersion(ctx(request), request.params.rid, request.params.n, request.body)),
  );
};
