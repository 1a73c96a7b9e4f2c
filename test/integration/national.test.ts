import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdoptedRoutine } from '../helpers/adopted-routine';
import {
  Client,
  createCollaborationWithRoutine,
  createTestApp,
  type TestApp,
} from '../helpers/app';
import { addMember } from '../helpers/factories';

/** The public national page (issue 18): opt-in per collaboration, adopted public routines only. */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 60_000);
afterAll(async () => t.close());

const listing = (cid: string) => `/api/collaborations/${cid}/national-listing`;

describe('national page', () => {
  it('lists adopted public routines of collaborations that opted in, and nothing else', async () => {
    const anonymous = new Client(t.app);
    const listed = await createAdoptedRoutine(t.app);
    const membersOnly = await createAdoptedRoutine(t.app, { visibility: 'members' });
    const draft = await createCollaborationWithRoutine(t.app);
    const notListed = await createAdoptedRoutine(t.app);
    await listed.coordinator.patch(`/api/collaborations/${listed.collaborationId}`, {
      area: 'Umeå kommun',
    });
    for (const x of [listed, membersOnly, draft]) {
      const res = await x.coordinator.put(listing(x.collaborationId));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ listed: true });
    }
    const res = await anonymous.get('/api/national-routines');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0]).toMatchObject({
      collaborationName: 'Testkommun',
      area: 'Umeå kommun',
      url: expect.stringMatching(new RegExp(`/r/${listed.slug}$`)),
    });
    expect(JSON.stringify(res.body)).not.toContain(notListed.slug);
    // Unlisting removes it; the audit trail says who did it, once.
    await listed.coordinator.delete(listing(listed.collaborationId));
    await listed.coordinator.delete(listing(listed.collaborationId));
    expect((await anonymous.get('/api/national-routines')).body).toEqual([]);
    const audit = await listed.coordinator.get(
      `/api/collaborations/${listed.collaborationId}/audit?limit=200`,
    );
    const actions = audit.body.events.map((e: { action: string }) => e.action);
    // The test clock stands still: compare as a set, not by order.
    expect(actions.filter((a: string) => a.startsWith('national.')).sort()).toEqual([
      'national.list',
      'national.unlist',
    ]);
  }, 60_000);

  it('lets only coordinators list the collaboration; members see the choice', async () => {
    const base = await createCollaborationWithRoutine(t.app);
    const cid = base.collaborationId;
    const reader = await addMember(t.app, base.coordinator, cid, {
      role: 'reader',
      name: 'Läsare',
    });
    const editor = await addMember(t.app, base.coordinator, cid, {
      role: 'editor',
      name: 'Redaktör',
    });
    expect((await reader.put(listing(cid))).status).toBe(403);
    expect((await editor.put(listing(cid))).status).toBe(403);
    expect((await reader.get(listing(cid))).body).toEqual({ listed: false });
    const outsider = (await createCollaborationWithRoutine(t.app)).coordinator;
    expect((await outsider.get(listing(cid))).status).toBe(404);
    expect((await outsider.put(listing(cid))).status).toBe(404);
  });
});

describe('the national page without JavaScript', () => {
  it('is server-rendered HTML in Swedish and English, with the listed routines and no script', async () => {
    const listed = await createAdoptedRoutine(t.app);
    await listed.coordinator.patch(`/api/collaborations/${listed.collaborationId}`, {
      area: 'Luleå & <Boden>',
    });
    expect((await listed.coordinator.put(listing(listed.collaborationId))).status).toBe(200);
    const sv = await t.app.inject({ url: '/rutiner-i-landet' });
    expect(sv.statusCode).toBe(200);
    expect(sv.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(sv.body).toMatch(/^<!doctype html>\n<html lang="sv">/);
    expect(sv.body).toContain('<h1>Rutiner i landet</h1>');
    expect(sv.body).toContain(`<a href="/r/${listed.slug}">`);
    expect(sv.body).toContain('Luleå &amp; &lt;Boden&gt;');
    expect(sv.body).not.toContain('<script');
    expect(sv.body).toContain('<a class="skip" href="#main">');
    expect(sv.body).toContain('hreflang="en" href="/rutiner-i-landet?lang=en"');
    // The stylesheet it names is served.
    const css = /<link rel="stylesheet" href="([^"]+)"/.exec(sv.body)?.[1];
    expect((await t.app.inject({ url: css! })).statusCode).toBe(200);
    const en = await t.app.inject({ url: '/rutiner-i-landet?lang=en' });
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('<h1>Routines across the country</h1>');
    expect(en.body).toContain(`<a href="/r/${listed.slug}?lang=en">`);
    expect(en.body).toContain('lang="sv" hreflang="sv">På svenska</a>');
    // Unlisted: gone from the page.
    await listed.coordinator.delete(listing(listed.collaborationId));
    const after = await t.app.inject({ url: '/rutiner-i-landet' });
    expect(after.body).not.toContain(listed.slug);
  }, 60_000);
});
