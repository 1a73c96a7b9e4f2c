import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdoptedRoutine } from '../helpers/adopted-routine';
import {
  type Client,
  createCollaborationWithRoutine,
  createTestApp,
  signUp,
  type TestApp,
} from '../helpers/app';
import { addMember, buildRegion } from '../helpers/factories';

/** Regions and the regional overview (issue 18): roles, opting in and out, isolation. */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 60_000);
afterAll(async () => t.close());

const emailOf = (c: Client) => (c as Client & { email: string }).email;

describe('regions', () => {
  it('makes the creator a regional coordinator who invites another by an e-mail-bound link', async () => {
    const { coordinator: rc, regionId } = await buildRegion(t.app, {
      coordinator: await signUp(t.app, 'Regional Samordnare'),
      name: 'Region Väst',
    });
    expect((await rc.get('/api/regions')).body).toEqual([{ id: regionId, name: 'Region Väst' }]);
    const other = await signUp(t.app, 'Kollega');
    const stranger = await signUp(t.app, 'Främling');
    const inv = await rc.post(`/api/regions/${regionId}/invitations`, { email: emailOf(other) });
    expect(inv.status).toBe(201);
    expect(inv.body.url).toContain(`/regioninbjudan/${inv.body.token}`);
    // Bound to the address: a stranger with the link is refused.
    const wrong = await stranger.post(`/api/region-invitations/${inv.body.token}/accept`);
    expect(wrong.status).toBe(403);
    const ok = await other.post(`/api/region-invitations/${inv.body.token}/accept`);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ regionId, name: 'Region Väst' });
    const again = await other.post(`/api/region-invitations/${inv.body.token}/accept`);
    expect(again.status).toBe(409);
    const detail = await other.get(`/api/regions/${regionId}`);
    expect(detail.body.coordinators.map((c: { name: string }) => c.name).sort()).toEqual([
      'Kollega',
      'Regional Samordnare',
    ]);
    // Someone who is not a regional coordinator cannot invite or see the region.
    expect(
      (await stranger.post(`/api/regions/${regionId}/invitations`, { email: 'x@example.org' }))
        .status,
    ).toBe(404);
    expect((await stranger.get(`/api/regions/${regionId}`)).status).toBe(404);
  });

  it('lets only a collaboration’s coordinators opt in and out', async () => {
    const { regionId } = await buildRegion(t.app, { name: 'Region Öst' });
    const base = await createCollaborationWithRoutine(t.app);
    const c = base.coordinator;
    const cid = base.collaborationId;
    const editor = await addMember(t.app, c, cid, { role: 'editor', name: 'Redaktör' });
    const reader = await addMember(t.app, c, cid, { role: 'reader', name: 'Läsare' });
    expect((await editor.put(`/api/collaborations/${cid}/region-opt-ins/${regionId}`)).status).toBe(
      403,
    );
    expect((await reader.put(`/api/collaborations/${cid}/region-opt-ins/${regionId}`)).status).toBe(
      403,
    );
    const list = await reader.get(`/api/collaborations/${cid}/region-opt-ins`);
    expect(list.body).toContainEqual({ id: regionId, name: 'Region Öst', joined: false });
    expect((await c.put(`/api/collaborations/${cid}/region-opt-ins/${regionId}`)).status).toBe(204);
    expect((await c.put(`/api/collaborations/${cid}/region-opt-ins/${regionId}`)).status).toBe(204);
    expect((await reader.get(`/api/collaborations/${cid}/region-opt-ins`)).body).toContainEqual({
      id: regionId,
      name: 'Region Öst',
      joined: true,
    });
    const audit = await c.get(`/api/collaborations/${cid}/audit?limit=200`);
    const optIns = audit.body.events.filter(
      (e: { action: string }) => e.action === 'region.opt_in',
    );
    expect(optIns).toHaveLength(1);
    expect((await c.put(`/api/collaborations/${cid}/region-opt-ins/no-such-region`)).status).toBe(
      404,
    );
  });
});

describe('regional overview', () => {
  it('shows aggregates of opted-in collaborations only, and forgets one that opts out', async () => {
    const { coordinator: rc, regionId } = await buildRegion(t.app, { name: 'Region Syd' });
    const adopted = await createAdoptedRoutine(t.app);
    const draftOnly = await createCollaborationWithRoutine(t.app);
    const notIn = await createCollaborationWithRoutine(t.app);
    await adopted.coordinator.patch(`/api/collaborations/${adopted.collaborationId}`, {
      area: 'Malmö',
    });
    for (const x of [adopted, draftOnly]) {
      const res = await x.coordinator.put(
        `/api/collaborations/${x.collaborationId}/region-opt-ins/${regionId}`,
      );
      expect(res.status).toBe(204);
    }
    const res = await rc.get(`/api/regions/${regionId}/overview`);
    expect(res.status).toBe(200);
    const ids = res.body.collaborations.map((c: { collaborationId: string }) => c.collaborationId);
    expect(ids.sort()).toEqual([adopted.collaborationId, draftOnly.collaborationId].sort());
    expect(ids).not.toContain(notIn.collaborationId);
    const row = res.body.collaborations.find(
      (c: { collaborationId: string }) => c.collaborationId === adopted.collaborationId,
    );
    expect(row.area).toBe('Malmö');
    expect(row.coordinators).toEqual([{ name: 'Samordnare', email: emailOf(adopted.coordinator) }]);
    expect(row.routine.status).toBe('adopted');
    expect(row.routine.adoptedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(row.routine.feedbackCount).toBe(0);
    expect(row.coverage).toMatchObject({ childrenEntry: true, adultsEntry: true });
    const draftRow = res.body.collaborations.find(
      (c: { collaborationId: string }) => c.collaborationId === draftOnly.collaborationId,
    );
    expect(draftRow.coverage).toBeNull();
    expect(draftRow.routine.adoptedAt).toBeNull();
    expect(draftRow.routine.openBlockers).toBeGreaterThan(0);
    expect(res.body.totals).toMatchObject({ collaborations: 2, adopted: 1 });
    // Aggregates only: no answer text of any routine appears anywhere in the answer.
    const text = JSON.stringify(res.body);
    const routine = await adopted.coordinator.get(`/api/routines/${adopted.routineId}`);
    for (const answer of Object.values(routine.body.answers) as { text: string }[]) {
      if (answer.text.trim()) expect(text).not.toContain(answer.text);
    }
    // CSV and chart.
    const csv = await rc.get(`/api/regions/${regionId}/overview.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = String(csv.body)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Samverkan,Område,/);
    expect(lines).toHaveLength(3);
    const svg = await rc.get(`/api/regions/${regionId}/coverage.svg?lang=en`);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(String(svg.body)).toContain('role="img"');
    expect(String(svg.body)).toContain(
      '<title id="chart-title">Coverage in adopted routines, Region Syd</title>',
    );
    const pdf = await rc.request('GET', `/api/regions/${regionId}/overview.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(String(pdf.body).startsWith('%PDF-')).toBe(true);
    // Opting out removes the collaboration.
    await adopted.coordinator.delete(
      `/api/collaborations/${adopted.collaborationId}/region-opt-ins/${regionId}`,
    );
    const after = await rc.get(`/api/regions/${regionId}/overview`);
    expect(
      after.body.collaborations.map((c: { collaborationId: string }) => c.collaborationId),
    ).toEqual([draftOnly.collaborationId]);
  }, 60_000);

  it('answers 404 for another region, and gives no way into a collaboration’s routine', async () => {
    const a = await buildRegion(t.app, { name: 'Region A' });
    const b = await buildRegion(t.app, { name: 'Region B' });
    const base = await createCollaborationWithRoutine(t.app);
    await base.coordinator.put(
      `/api/collaborations/${base.collaborationId}/region-opt-ins/${b.regionId}`,
    );
    for (const url of [
      `/api/regions/${b.regionId}`,
      `/api/regions/${b.regionId}/overview`,
      `/api/regions/${b.regionId}/overview.csv`,
      `/api/regions/${b.regionId}/overview.pdf`,
      `/api/regions/${b.regionId}/coverage.svg`,
    ]) {
      const res = await a.coordinator.get(url);
      expect(res.status, url).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
    expect(
      (
        await a.coordinator.post(`/api/regions/${b.regionId}/invitations`, {
          email: 'x@example.org',
        })
      ).status,
    ).toBe(404);
    // B's own regional coordinator sees the collaboration but never its content.
    for (const who of [a.coordinator, b.coordinator]) {
      expect((await who.get(`/api/routines/${base.routineId}`)).status).toBe(404);
      expect((await who.get(`/api/collaborations/${base.collaborationId}`)).status).toBe(404);
      expect((await who.get(`/api/routines/${base.routineId}/export.pdf`)).status).toBe(404);
      // … nor edit anything of it, not even its opt-in.
      const cid = base.collaborationId;
      expect((await who.patch(`/api/collaborations/${cid}`, { name: 'X' })).status).toBe(404);
      expect(
        (await who.delete(`/api/collaborations/${cid}/region-opt-ins/${b.regionId}`)).status,
      ).toBe(404);
    }
    // Signed out: 401.
    const { Client: Anonymous } = await import('../helpers/app');
    expect((await new Anonymous(t.app).get(`/api/regions/${b.regionId}/overview`)).status).toBe(
      401,
    );
  });
});
