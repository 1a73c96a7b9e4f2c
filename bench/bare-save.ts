import { createHmac, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../src/server/db/schema';
import { updateAnswerIfRevision } from '../src/server/modules/routines/routines.repository';

const COOKIE = 'better-auth.session_token=';

/** The session token of a signed better-auth cookie (`token.base64(HMAC-SHA256)`), or null. */
function sessionToken(header: string | undefined, secret: string): string | null {
  const raw = header
    ?.split(/;\s*/)
    .find((c) => c.startsWith(COOKIE))
    ?.slice(COOKIE.length);
  if (!raw) return null;
  const value = decodeURIComponent(raw);
  const dot = value.lastIndexOf('.');
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(createHmac('sha256', secret).update(token).digest('base64'));
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}

/**
 * The yardstick for answer saves (issue 20): a bare Fastify route doing by hand the least a
 * save must do, on the app's own database: read and verify the session cookie, look the
 * session up, one indexed UPDATE with the revision check. No membership or role check, no
 * personal-data guard, no audit, no hooks: what Samrutin adds is the ratio's other side.
 */
export async function bareSaveServer(db: Kysely<DB>, secret: string): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.put<{
    Params: { rid: string; qid: string };
    Body: { text: string; baseRevision: number };
  }>('/bare/answers/:rid/:qid', async (request, reply) => {
    const token = sessionToken(request.headers.cookie, secret);
    if (!token) return reply.status(401).send({ error: 'no session' });
    const found = await sql<{ userId: string; expiresAt: string | Date }>`
      select "userId", "expiresAt" from session where token = ${token}`.execute(db);
    const session = found.rows[0];
    if (!session || new Date(session.expiresAt).getTime() <= Date.now()) {
      return reply.status(401).send({ error: 'no session' });
    }
    const { text, baseRevision } = request.body;
    const saved = await updateAnswerIfRevision(db, {
      routineId: request.params.rid,
      questionId: request.params.qid,
      text,
      baseRevision,
      userId: session.userId,
      at: new Date().toISOString(),
    });
    if (!saved) return reply.status(409).send({ error: 'stale' });
    return { revision: baseRevision + 1 };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return app;
}
