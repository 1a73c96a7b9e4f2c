import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdoptedRoutine } from '../helpers/adopted-routine';
import { createTestApp, signUp, type TestApp } from '../helpers/app';
import { addMember } from '../helpers/factories';

let t: TestApp;
let r: Awaited<ReturnType<typeof createAdoptedRoutine>>;
beforeAll(async () => {
  t = await createTestApp({ limits: { feedbackPerIpPerHour: 6 } });
  r = await createAdoptedRoutine(t.app);
}, 60_000);
afterAll(async () => t.close());

const PERSONNUMMER = '19121212-1212';

/** A stranger's form post (no session, no JavaScript), from its own IP. */
function postForm(slug: string, fields: Record<string, string>, ip = '10.0.0.1', query = '') {
  return t.app.inject({
    method: 'POST',
    url: `/r/${slug}/feedback${query}`,
    remoteAddress: ip,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });
}

describe('feedback from use on the published page', () => {
  it('links to the form from the published page; the form works without script', async () => {
    const page = await t.app.inject({ url: `/r/${r.slug}` });
    expect(page.body).toContain(`href="/r/${r.slug}/feedback"`);
    const form = await t.app.inject({ url: `/r/${r.slug}/feedback` });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(`<form class="fb" method="post" action="/r/${r.slug}/feedback">`);
    expect(form.body).not.toContain('<script');
    // The stylesheet it names is the one the published page serves.
    const css = /href="(\/r\/assets\/[^"]+)"/.exec(form.body)?.[1];
    expect((await t.app.inject({ url: css! })).statusCode).toBe(200);
  });

  it('stores a form post and answers 303 to a receipt page', async () => {
    const res = await postForm(r.slug, {
      step: '3',
      text: 'Socialjourens nummer gick inte fram på natten.',
      organisation: 'Vårdcentralen',
      role: 'Sjuksköterska',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/r/${r.slug}/feedback/thanks`);
    const receipt = await t.app.inject({ url: res.headers.location as string });
    expect(receipt.statusCode).toBe(200);
    expect(receipt.body).toContain('Tack för din återkoppling');
    const list = await r.coordinator.get(`/api/routines/${r.routineId}/feedback`);
    expect(list.body).toEqual([
      expect.objectContaining({
        step: 3,
        text: 'Socialjourens nummer gick inte fram på natten.',
        organisation: 'Vårdcentralen',
        role: 'Sjuksköterska',
        status: 'new',
        revision: 1,
        versionNumber: r.version,
      }),
    ]);
  });

  it('refuses a personal identity number with 400, the form again and the reason; nothing stored', async () => {
    const before = (await r.coordinator.get(`/api/routines/${r.routineId}/feedback`)).body.length;
    const res = await postForm(r.slug, {
      step: '2',
      text: `Gällde ${PERSONNUMMER}, tolk saknades`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('role="alert"');
    expect(res.body).toContain('personnummer');
    expect(res.body).toContain('<option value="2" selected>');
    const json = await new (await import('../helpers/app')).Client(t.app).post(
      `/api/published/${r.slug}/feedback`,
      { step: 2, text: `Ärende ${PERSONNUMMER}` },
    );
    expect(json.status).toBe(400);
    expect(json.body.error.code).toBe('PERSONAL_DATA_SUSPECTED');
    const after = (await r.coordinator.get(`/api/routines/${r.routineId}/feedback`)).body;
    expect(after).toHaveLength(before);
    expect(JSON.stringify(after)).not.toContain('1212-1212');
  });

  it('answers 400 with the form to an empty text, and thanks but drops a filled honeypot', async () => {
    const empty = await postForm(r.slug, { step: '1', text: '  ' }, '10.0.0.2');
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('<form class="fb"');
    const before = (await r.coordinator.get(`/api/routines/${r.routineId}/feedback`)).body.length;
    const bot = await postForm(
      r.slug,
      { step: '1', text: 'Köp billiga klockor', website: 'http://spam.example' },
      '10.0.0.2',
    );
    expect(bot.statusCode).toBe(303);
    const after = (await r.coordinator.get(`/api/routines/${r.routineId}/feedback`)).body.length;
    expect(after).toBe(before);
  });

  it('limits posts per IP (429), other addresses still get through', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (await postForm(r.slug, { step: '4', text: `Försök ${i}` }, '10.9.9.9')).statusCode,
      );
    }
    expect(statuses.every((s) => s === 303)).toBe(true);
    // A person at a browser gets a readable page: the form again, the reason first, the text kept.
    const limited = await postForm(r.slug, { step: '4', text: 'Försök 6' }, '10.9.9.9');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body).toContain('role="alert"');
    expect(limited.body).toContain('Försök igen om');
    expect(limited.body).toContain('>Försök 6</textarea>');
    expect(limited.body).toContain('<option value="4" selected>');
    // other errors still reach the app's error handler
    const huge = await postForm(r.slug, { step: '4', text: 'x'.repeat(40_000) }, '10.9.9.7');
    expect(huge.statusCode).toBe(413);
    const english = await postForm(r.slug, { step: '4', text: 'x' }, '10.9.9.9', '?lang=en');
    expect(english.statusCode).toBe(429);
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('Try again in');
    expect(
      (await postForm(r.slug, { step: '4', text: 'Annan adress' }, '10.9.9.8')).statusCode,
    ).toBe(303);
  });

  it('takes JSON (201), and 404s for a draft or members-only routine to strangers', async () => {
    const anon = new (await import('../helpers/app')).Client(t.app);
    const ok = await anon.post(`/api/published/${r.slug}/feedback`, {
      step: 0,
      text: 'Bra överblick.',
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toEqual({ received: true });
    const missing = await anon.post('/api/published/finns-inte/feedback', { step: 0, text: 'x' });
    expect(missing.status).toBe(404);
    await r.coordinator.patch(`/api/routines/${r.routineId}`, { visibility: 'members' });
    expect(
      (await anon.post(`/api/published/${r.slug}/feedback`, { step: 0, text: 'x' })).status,
    ).toBe(404);
    expect((await t.app.inject({ url: `/r/${r.slug}/feedback` })).statusCode).toBe(404);
    // a member still may
    expect(
      (await r.coordinator.post(`/api/published/${r.slug}/feedback`, { step: 1, text: 'Intern' }))
        .status,
    ).toBe(201);
    await r.coordinator.patch(`/api/routines/${r.routineId}`, { visibility: 'public' });
  });
});

describe('triage by coordinators', () => {
  it('moves feedback through the states with note and change, revision-checked and audited', async () => {
    const c = r.coordinator;
    const [item] = (await c.get(`/api/routines/${r.routineId}/feedback?step=3`)).body;
    const discussing = await c.patch(`/api/routines/${r.routineId}/feedback/${item.id}`, {
      status: 'discussing',
      note: 'Tas upp på nästa möte',
      baseRevision: item.revision,
    });
    expect(discussing.status).toBe(200);
    expect(discussing.body).toMatchObject({ status: 'discussing', revision: 2 });
    const stale = await c.patch(`/api/routines/${r.routineId}/feedback/${item.id}`, {
      status: 'no_action',
      baseRevision: item.revision,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_REVISION');
    expect(stale.body.error.details).toMatchObject({ status: 'discussing', revision: 2 });
    const changed = await c.patch(`/api/routines/${r.routineId}/feedback/${item.id}`, {
      status: 'changed',
      changeRef: 'Version 2: nytt nummer till socialjouren',
      baseRevision: 2,
    });
    expect(changed.body).toMatchObject({
      status: 'changed',
      note: 'Tas upp på nästa möte',
      changeRef: 'Version 2: nytt nummer till socialjouren',
      revision: 3,
    });
    const audit = await c.get(`/api/collaborations/${r.collaborationId}/audit?limit=200`);
    const actions = audit.body.events.map((e: { action: string }) => e.action);
    expect(actions).toContain('feedback.create');
    expect(actions.filter((a: string) => a === 'feedback.triage')).toHaveLength(2);
  });

  it('only two concurrent triages from one revision: exactly one wins', async () => {
    const c = r.coordinator;
    const [item] = (await c.get(`/api/routines/${r.routineId}/feedback?status=new`)).body;
    const results = await Promise.all(
      ['discussing', 'no_action'].map((status) =>
        c.patch(`/api/routines/${r.routineId}/feedback/${item.id}`, {
          status,
          baseRevision: item.revision,
        }),
      ),
    );
    expect(results.map((x) => x.status).sort()).toEqual([200, 409]);
  });

  it('counts per step for any member; the list and triage are for coordinators', async () => {
    const reader = await addMember(t.app, r.coordinator, r.collaborationId, {
      role: 'reader',
      name: 'Läsare',
    });
    const counts = await reader.get(`/api/routines/${r.routineId}/feedback-counts`);
    expect(counts.status).toBe(200);
    expect(counts.body['3']).toEqual({ total: 1, open: 0 });
    expect(counts.body['4'].total).toBeGreaterThanOrEqual(6);
    expect((await reader.get(`/api/routines/${r.routineId}/feedback`)).status).toBe(403);
    const outsider = await signUp(t.app);
    expect((await outsider.get(`/api/routines/${r.routineId}/feedback`)).status).toBe(404);
  });
});

describe('the feedback of a review period', () => {
  it('lists what came in within the period, as its count; with step and status too', async () => {
    const c = r.coordinator;
    const base = `/api/routines/${r.routineId}/feedback`;
    const at = async (iso: string, step: string, text: string, ip: string) => {
      t.clock.set(iso);
      expect((await postForm(r.slug, { step, text }, ip)).statusCode).toBe(303);
    };
    // The period's first moment and the last second of its last day are in; the next day not.
    await at('2027-02-01T00:00:00.000Z', '2', 'Tolken kom inte i tid.', '10.7.0.1');
    await at('2027-02-28T23:59:59.000Z', '5', 'Stödlinjen svarade direkt.', '10.7.0.2');
    await at('2027-03-01T00:00:00.000Z', '2', 'Efter perioden.', '10.7.0.3');
    const period = await c.post(`/api/routines/${r.routineId}/reviews`, {
      periodStart: '2027-02-01',
      periodEnd: '2027-02-28',
    });
    expect(period.status).toBe(201);
    expect(period.body.feedbackCount).toBe(2);
    const inPeriod = await c.get(`${base}?reviewId=${period.body.id}`);
    expect(inPeriod.status).toBe(200);
    expect(inPeriod.body.map((f: { text: string }) => f.text)).toEqual([
      'Stödlinjen svarade direkt.',
      'Tolken kom inte i tid.',
    ]);
    const step2 = await c.get(`${base}?reviewId=${period.body.id}&step=2&status=new`);
    expect(step2.body.map((f: { text: string }) => f.text)).toEqual(['Tolken kom inte i tid.']);
    const none = await c.get(`${base}?reviewId=${period.body.id}&status=changed`);
    expect(none.body).toEqual([]);
  });

  it('answers 404 for another routine’s period, 400 for an over-long id, 403 for a reader', async () => {
    const other = await createAdoptedRoutine(t.app);
    const foreign = await other.coordinator.post(`/api/routines/${other.routineId}/reviews`, {
      periodStart: '2027-02-01',
      periodEnd: '2027-02-28',
    });
    expect(foreign.status).toBe(201);
    const base = `/api/routines/${r.routineId}/feedback`;
    const res = await r.coordinator.get(`${base}?reviewId=${foreign.body.id}`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
    const bad = await r.coordinator.get(`${base}?reviewId=${'x'.repeat(65)}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    const reader = await addMember(t.app, r.coordinator, r.collaborationId, {
      role: 'reader',
      name: 'Läsare 2',
    });
    expect((await reader.get(`${base}?reviewId=${foreign.body.id}`)).status).toBe(403);
  });
});
