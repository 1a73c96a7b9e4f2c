import type { FastifyInstance } from 'fastify';
import { findRoutineIdsOfCollaboration } from './collab.repository';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Structured records stay REST; after each successful write the routine's open copies get a
 * change message (the client refetches what changed), and a member removed or given another
 * role is re-checked on every open connection at once.
 */
export function registerChangeMessages(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    if (!UNSAFE.has(request.method) || reply.statusCode >= 300) return;
    const route = request.routeOptions.url ?? '';
    const params = (request.params ?? {}) as Record<string, string | undefined>;
    const by = request.user?.id ?? null;
    const path = request.url.split('?')[0] ?? '';
    try {
      if (route === '/api/collaborations/:cid/members/:uid' && params.cid && params.uid) {
        app.collab.membershipChanged(params.cid, params.uid);
      }
      if (route.startsWith('/api/routines/:rid') && params.rid) {
        app.collab.notifyChanged([params.rid], path, by);
      } else if (route.startsWith('/api/collaborations/:cid/') && params.cid) {
        const rows = await findRoutineIdsOfCollaboration(app.database.db, params.cid);
        app.collab.notifyChanged(
          rows.map((r) => r.id),
          path,
          by,
        );
      }
    } catch (err) {
      request.log.warn({ err }, 'change message not sent');
    }
  });
}
