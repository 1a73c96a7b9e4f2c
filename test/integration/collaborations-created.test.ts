import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZCollaborationsCreated } from '../../src/contracts/collaborations';
import { LIMITS } from '../../src/contracts/common';
import { Client, createTestApp, signUp, type TestApp } from '../helpers/app';
import { addMember, buildCollaboration } from '../helpers/factories';

/**
 * GET /api/collaborations/created: the count the "create a collaboration" form shows against
 * the cap of LIMITS.collaborationsPerAccount, the same count the server refuses by.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('collaborations created by the caller', () => {
  it('answers 401 without a session', async () => {
    const res = await new Client(t.app).get('/api/collaborations/created');
    expect(res.status).toBe(401);
  });

  it('counts the caller’s own creations only, against the cap', async () => {
    const me = await signUp(t.app, 'Skapare');
    const other = await signUp(t.app, 'Någon annan');
    const none = await me.get('/api/collaborations/created');
    expect(none.status).toBe(200);
    expect(ZCollaborationsCreated.parse(none.body)).toEqual({
      created: 0,
      max: LIMITS.collaborationsPerAccount,
    });

    await buildCollaboration(t.app, { coordinator: me, name: 'Första' });
    await buildCollaboration(t.app, { coordinator: me, name: 'Andra' });
    await buildCollaboration(t.app, { coordinator: other, name: 'Annans' });
    expect((await me.get('/api/collaborations/created')).body.created).toBe(2);
    expect((await other.get('/api/collaborations/created')).body.created).toBe(1);
  });

  it('keeps counting a collaboration the creator has left', async () => {
    const { coordinator, collaborationId } = await buildCollaboration(t.app);
    const second = await addMember(t.app, coordinator, collaborationId, { role: 'coordinator' });
    const removed = await second.delete(
      `/api/collaborations/${collaborationId}/members/${coordinator.userId}`,
    );
    expect(removed.status).toBeLessThan(300);
    expect((await coordinator.get('/api/collaborations')).body).toEqual([]);
    expect((await coordinator.get('/api/collaborations/created')).body.created).toBe(1);
  });

  it('reaches the cap exactly where the server starts refusing', async () => {
    const { coordinator } = await buildCollaboration(t.app);
    for (let i = 2; i <= LIMITS.collaborationsPerAccount; i++) {
      await buildCollaboration(t.app, { coordinator, name: `Grupp ${i}` });
    }
    expect((await coordinator.get('/api/collaborations/created')).body).toEqual({
      created: LIMITS.collaborationsPerAccount,
      max: LIMITS.collaborationsPerAccount,
    });
    const refused = await coordinator.post('/api/collaborations', { name: 'En till' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'LIMIT_REACHED',
      details: { limit: 'collaborationsPerAccount', max: LIMITS.collaborationsPerAccount },
    });
    expect((await coordinator.get('/api/collaborations/created')).body.created).toBe(
      LIMITS.collaborationsPerAccount,
    );
  }, 60_000);
});
