import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAdminHealth,
  ZAdminResetLink,
  ZAdminResetLinkRequest,
  ZDeleteAccount,
  ZSessionInfo,
} from '../../../contracts/account';
import { requireInstanceAdmin } from '../../core/admin';
import { isoNow, requireUser, serviceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { type Auth, sendFetchResponse, toFetchHeaders } from '../../http/auth';
import { insertAuditEvent } from '../audit/audit.repository';
import { checkReadiness } from '../health/health.routes';
import { consumeFreshSsoLogin } from '../sso/sso-auth';
import { countRows, findUserIdByEmail } from './account.repository';
import { deleteOwnAccount, exportPersonalData } from './account.service';
import { createPasswordResetLink } from './password-reset.routes';

const toIso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

/**
 * The signed-in user's own account: sessions (list, end the others), their personal data
 * (download, delete the account); and the instance administrator's endpoints (ADMIN_EMAILS):
 * instance health and reset links. An administrator sees no collaboration's content here.
 */
export const accountRoutes: FastifyPluginAsyncZod<{ auth: Auth }> = async (app, { auth }) => {
  const tags = ['account'];

  app.get(
    '/api/me/sessions',
    {
      schema: {
        tags,
        summary: 'My active sessions (device, last used); the current one is marked',
        response: { 200: z.object({ sessions: z.array(ZSessionInfo) }) },
      },
    },
    async (request) => {
      requireUser(request);
      const headers = toFetchHeaders(request);
      const [current, sessions] = await Promise.all([
        auth.api.getSession({ headers }),
        auth.api.listSessions({ headers }),
      ]);
      return {
        sessions: sessions
          .map((s) => ({
            id: s.id,
            userAgent: s.userAgent ?? null,
            ipAddress: s.ipAddress ?? null,
            createdAt: toIso(s.createdAt),
            lastUsedAt: toIso(s.updatedAt),
            current: s.id === current?.session.id,
          }))
          .sort((a, b) => b.lastUsedAt.localeCompare(a.lastUsedAt)),
      };
    },
  );

  app.post(
    '/api/me/sessions/end-others',
    {
      schema: {
        tags,
        summary: 'End every session of mine except this one',
        response: { 200: z.object({ success: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const res = await auth.api.revokeOtherSessions({
        headers: toFetchHeaders(request),
        asResponse: true,
      });
      if (!res.ok) throw new AppError('INTERNAL', 'The other sessions could not be ended.');
      await sendFetchResponse(reply, res);
      await insertAuditEvent(app.database.db, {
        collaborationId: null,
        userId: user.id,
        action: 'auth.sessions_ended',
        targetType: 'user',
        targetId: user.id,
        summary: 'other sessions ended',
        params: {},
        at: isoNow(app.clock),
      });
      return reply.status(200).send({ success: true as const });
    },
  );

  app.get(
    '/api/me/export',
    {
      schema: {
        tags,
        summary:
          'Everything stored about me (account, memberships, comments, sign-offs, audit events, region roles and region invitations) as JSON',
      },
    },
    async (request, reply) => {
      const data = await exportPersonalData(serviceContext(app, request), app.database.rawDb);
      return reply
        .header('content-disposition', 'attachment; filename="samrutin-mina-uppgifter.json"')
        .header('cache-control', 'private, no-store')
        .type('application/json; charset=utf-8')
        .send(`${JSON.stringify(data, null, 2)}\n`);
    },
  );

  app.delete(
    '/api/me',
    {
      schema: {
        tags,
        summary:
          'Delete my account: memberships end, comments stay as "borttagen användare", sign-offs keep the typed name',
        body: ZDeleteAccount,
        response: { 200: z.object({ success: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      const ctx = serviceContext(app, request);
      const { reauthId, password } = request.body;
      await deleteOwnAccount(ctx, request.body, async () => {
        if (reauthId === undefined) return verifyPassword(auth, ctx.user.id, password);
        // Without a password: a login at the identity provider answered after the request.
        await consumeFreshSsoLogin(ctx.db, {
          reauthId,
          userId: ctx.user.id,
          now: ctx.clock.now(),
          to: 'delete the account',
        });
        return true;
      });
      // The sessions went with the user row (no better-auth hook saw it): forget them at once.
      app.sessionCache.forgetUser(ctx.user.id);
      // The session row is gone with the user; clear the cookie too.
      const res = await auth.api.signOut({ headers: toFetchHeaders(request), asResponse: true });
      await sendFetchResponse(reply, res).catch(() => undefined);
      return reply.status(200).send({ success: true as const });
    },
  );

  const requireAdmin = (request: Parameters<typeof requireUser>[0]) =>
    requireInstanceAdmin(request, app.config.operations.adminEmails);

  app.get(
    '/api/admin/health',
    {
      schema: {
        tags: ['admin'],
        summary: 'Instance health for administrators: database, Redis, counts, process',
        response: { 200: ZAdminHealth },
      },
    },
    async (request) => {
      requireAdmin(request);
      const readiness = await checkReadiness(app);
      const count = (table: 'user' | 'collaborations' | 'routines') =>
        countRows(app.database.db, table);
      return {
        ...readiness,
        database: app.database.dialect,
        counts: {
          users: await count('user'),
          collaborations: await count('collaborations'),
          routines: await count('routines'),
        },
        process: {
          uptimeSeconds: Math.round(process.uptime()),
          memoryRssBytes: process.memoryUsage().rss,
          nodeVersion: process.version,
        },
        mailConfigured: app.config.smtpUrl !== null,
      };
    },
  );

  app.post(
    '/api/admin/password-reset-links',
    {
      schema: {
        tags: ['admin'],
        summary:
          'Create a password-reset link for a user (administrators; for instances without SMTP)',
        body: ZAdminResetLinkRequest,
        response: { 201: ZAdminResetLink },
      },
    },
    async (request, reply) => {
      const admin = requireAdmin(request);
      const email = request.body.email.toLowerCase();
      const user = await findUserIdByEmail(app.database.db, email);
      if (!user) throw new AppError('NOT_FOUND', 'No account has this e-mail address.');
      const link = await createPasswordResetLink(auth, user.id, app.config.baseUrl);
      await insertAuditEvent(app.database.db, {
        collaborationId: null,
        userId: admin.id,
        action: 'admin.password_reset_link',
        targetType: 'user',
        targetId: user.id,
        summary: 'password-reset link created by an administrator',
        params: {},
        at: isoNow(app.clock),
      });
      return reply.status(201).send(link);
    },
  );
};

/** True when the account's password is right; an account without a password cannot pass. */
async function verifyPassword(auth: Auth, userId: string, password: string | undefined) {
  if (!password) return false;
  const ctx = await auth.$context;
  const account = (await ctx.internalAdapter.findAccounts(userId)).find(
    (a) => a.providerId === 'credential',
  );
  if (!account?.password) return false;
  return ctx.password.verify({ hash: account.password, password });
}
