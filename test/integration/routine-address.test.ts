import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdoptedRoutine } from '../helpers/adopted-routine';
import {
  Client,
  createCollaborationWithRoutine,
  createTestApp,
  type TestApp,
} from '../helpers/app';
import { addMember } from '../helpers/factories';

/**
 * Issue 14: a coordinator changes a routine's address (slug); the old `/r/<slug>` answers a
 * permanent redirect to the new one (query kept), so printed cards and QR codes keep working.
 */
let t: TestApp;
let adopted: Awaited<ReturnType<typeof createAdoptedRoutine>>;
beforeAll(async () => {
  t = await createTestApp({ publishStampIntervalMs: 0 });
  adopted = await createAdoptedRoutine(t.app);
});
afterAll(async () => t.close());

const stranger = () => new Client(t.app);
const routineUrl = () => `/api/routines/${adopted.routineId}`;

describe('changing a routine’s address', () => {
  it('moves the page and redirects the old address, keeping the query', async () => {
    const old = adopted.slug;
    const res = await adopted.coordinator.patch(routineUrl(), { slug: 'rutin-exempelkommun' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.slug).toBe('rutin-exempelkommun');

    expect((await stranger().get('/r/rutin-exempelkommun')).status).toBe(200);
    const moved = await stranger().get(`/r/${old}?lang=en`);
    expect(moved.status).toBe(301);
    expect(moved.headers.location).toBe('/r/rutin-exempelkommun?lang=en');

    const audit = await adopted.coordinator.get(
      `/api/collaborations/${adopted.collaborationId}/audit`,
    );
    expect(JSON.stringify(audit.body)).toContain('rutin-exempelkommun');
  });

  it('takes an earlier address back, and every earlier one leads to the current', async () => {
    await adopted.coordinator.patch(routineUrl(), { slug: 'rutin-tva' });
    expect((await stranger().get('/r/rutin-exempelkommun')).headers.location).toBe('/r/rutin-tva');
    const back = await adopted.coordinator.patch(routineUrl(), { slug: adopted.slug });
    expect(back.status).toBe(200);
    expect((await stranger().get(`/r/${adopted.slug}`)).status).toBe(200);
    expect((await stranger().get('/r/rutin-tva')).headers.location).toBe(`/r/${adopted.slug}`);
    expect((await stranger().get('/r/rutin-exempelkommun')).headers.location).toBe(
      `/r/${adopted.slug}`,
    );
  });

  it('refuses an address another routine has or had (409), a reserved or malformed one (400)', async () => {
    const other = await createCollaborationWithRoutine(t.app);
    const taken = await other.coordinator.patch(`/api/routines/${other.routineId}`, {
      slug: adopted.slug,
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('CONFLICT');
    expect(taken.body.error.details).toEqual([
      { field: 'slug', message: expect.stringContaining('taken') },
    ]);
    // An earlier address of the first routine stays its redirect.
    const earlier = await other.coordinator.patch(`/api/routines/${other.routineId}`, {
      slug: 'rutin-tva',
    });
    expect(earlier.status).toBe(409);
    for (const slug of ['assets', 'Stora-Bokstaver', 'a', 'två-ord', 'dubbel--streck', '-start']) {
      const bad = await other.coordinator.patch(`/api/routines/${other.routineId}`, { slug });
      expect(bad.status, slug).toBe(400);
      expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    }
    const unchanged = await other.coordinator.get(`/api/routines/${other.routineId}`);
    expect(unchanged.body.slug).toBe(other.routine.slug);
  });

  it('lets only coordinators change it, and hides the old address of a members-only routine', async () => {
    const editor = await addMember(t.app, adopted.coordinator, adopted.collaborationId, {
      role: 'editor',
      name: 'Ed',
    });
    const refused = await editor.patch(routineUrl(), { slug: 'redaktorens-adress' });
    expect(refused.status).toBe(403);

    await adopted.coordinator.patch(routineUrl(), { visibility: 'members' });
    await adopted.coordinator.patch(routineUrl(), { slug: 'bara-for-medlemmar' });
    // A stranger learns nothing from an old address of a members-only routine.
    expect((await stranger().get(`/r/${adopted.slug}`)).status).toBe(404);
    const member = await editor.get(`/r/${adopted.slug}`);
    expect(member.status).toBe(301);
    expect(member.headers.location).toBe('/r/bara-for-medlemmar');
  });

  it('refuses a stale change of address with 409 and leaves the address as it was', async () => {
    const now = await adopted.coordinator.get(routineUrl());
    const stale = await adopted.coordinator.patch(routineUrl(), {
      slug: 'inaktuell-adress',
      baseRevision: now.body.revision - 1,
    });
    expect(stale.status).toBe(409);
    expect((await adopted.coordinator.get(routineUrl())).body.slug).toBe('bara-for-medlemmar');
    expect((await stranger().get('/r/inaktuell-adress')).status).toBe(404);
  });
});
