import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDraftSnapshot } from '../../src/server/modules/snapshots/snapshot.service';
import { ANSWERS, createAdoptedRoutine, saveAnswers } from '../helpers/adopted-routine';
import {
  type Client,
  createCollaborationWithRoutine,
  createTestApp,
  signUp,
  type TestApp,
} from '../helpers/app';

let t: TestApp;
let adopted: Awaited<ReturnType<typeof createAdoptedRoutine>>;
beforeAll(async () => {
  t = await createTestApp();
  adopted = await createAdoptedRoutine(t.app);
});
afterAll(async () => t.close());

/** GET as a visitor without a session, or with a client's session. */
async function visit(url: string, as?: Client, headers: Record<string, string> = {}) {
  const res = await t.app.inject({
    method: 'GET',
    url,
    headers: { ...(as?.cookie ? { cookie: as.cookie } : {}), ...headers },
  });
  return { status: res.statusCode, body: res.body, headers: res.headers };
}

const headingLevels = (html: string) =>
  [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));

describe('the published routine /r/:slug', () => {
  it('shows the adopted version: entry points, every organisation’s responsibilities, sign-offs, version line', async () => {
    const res = await visit(`/r/${adopted.slug}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = res.body;
    expect(html).toContain('<html lang="sv">');
    expect(html).not.toContain('noindex');
    // One script only: the deferred registration of the offline layer (issue 21), same origin.
    expect([...html.matchAll(/<script[^>]*>/gi)].map((m) => m[0])).toEqual([
      expect.stringMatching(/^<script src="\/r\/assets\/offline\.[0-9a-f]{12}\.js" defer>$/),
    ]);
    expect(html).toContain('<a class="skip" href="#main">Hoppa till innehållet</a>');
    expect(html).toContain('Misstänker du människohandel eller prostitution?');
    expect(html).toContain('Gäller det ett barn (under 18 år)?');
    expect(html).toContain('Gäller det en vuxen?');
    expect(html).toContain('Antagen 2026-11-28 · version 1 · nästa översyn november 2027');
    expect(html).toContain('<a href="tel:112">ring 112</a>');
    expect(html).toContain('Jämställdhetsmyndighetens nationella stödtelefon');

    const snapshot = await loadDraftSnapshot(t.app.database.db, adopted.routineId);
    // Each entry point, as a labelled tel: link.
    const entries = snapshot.actions.filter((a) => a.isEntryPoint);
    expect(entries).toHaveLength(6);
    const paths = new Map(snapshot.actors.flatMap((a) => a.contactPaths.map((p) => [p.id, p])));
    for (const e of entries) {
      const p = paths.get(e.contactPathId!)!;
      expect(html).toContain(`href="${p.href}"`);
      expect(html).toContain(p.display);
    }
    expect(html).toContain('aria-label="Ring Socialtjänsten, barn: 08-123 456 78"');
    // Every organisation's responsibilities, and handoffs with the receiver's contact path.
    for (const a of snapshot.actions) expect(html).toContain(a.what);
    for (const actor of snapshot.actors) expect(html).toContain(`<h4>${actor.name}</h4>`);
    expect(html).toContain(
      '→ lämnar över till Socialtjänsten, <a href="tel:+46812345678">08-123 456 78</a>',
    );
    expect(html).toContain('Olika aktörers ansvar i detta steg');
    expect(html).toContain('Ring alltid socialjouren först.');
    // Sign-offs: organisation, representative, date, decision reference, and who registered
    // it: the coordinator (a member named "Samordnare") signed for each organisation.
    for (const name of ['Socialtjänsten', 'Polisen', 'Hälso- och sjukvården']) {
      expect(html).toContain(
        `Företrädare för ${name}, Förvaltningschef<br><span class="meta">Registrerad av Samordnare (samordnare) för ${name}</span>`,
      );
      expect(html).toContain(`Beslut ${name} § 1`);
    }
    expect(html).not.toContain('på uppdrag av');
    // Rights, goal, footer with version and short hash.
    expect(html).toContain('Målsägandebiträde');
    expect(html).toContain(ANSWERS['s1.q1']);
    const version = await adopted.coordinator.get(`/api/routines/${adopted.routineId}/versions/1`);
    expect(html).toContain(
      `Version 1 · kontrollsumma ${version.body.hash.slice(0, 12)} · antagen 2026-11-28`,
    );
    // The diagram, an image of its own, with the matrix as its text alternative.
    expect(html).toMatch(
      new RegExp(
        `<img src="/r/${adopted.slug}/diagram.svg" alt="Flödesschema: vem gör vad i steg 2–5" width="\\d+" height="\\d+" loading="lazy" decoding="async">`,
      ),
    );
    expect(html).toContain('<caption id="matrix-caption">Vem gör vad i steg 2–5</caption>');
  });

  it('serves the diagram image under the same rules, and gzip to those who take it', async () => {
    const svg = await visit(`/r/${adopted.slug}/diagram.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(svg.headers['cache-control']).toBe('public, max-age=60');
    expect(svg.body).toContain('role="img"');
    const etag = svg.headers.etag as string;
    expect(
      (await visit(`/r/${adopted.slug}/diagram.svg`, undefined, { 'if-none-match': etag })).status,
    ).toBe(304);
    expect((await visit(`/r/${adopted.slug}/diagram.svg?version=draft`)).status).toBe(404);

    const plain = await visit(`/r/${adopted.slug}`);
    const zipped = await t.app.inject({
      method: 'GET',
      url: `/r/${adopted.slug}`,
      headers: { 'accept-encoding': 'gzip, deflate' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('accept-encoding');
    expect(zipped.headers.etag).toBe(plain.headers.etag);
    expect(zipped.rawPayload.length).toBeLessThan(plain.body.length / 3);
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    // Brotli where it is taken: smaller still, the same bytes once decoded.
    const brotli = await t.app.inject({
      method: 'GET',
      url: `/r/${adopted.slug}`,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.etag).toBe(plain.headers.etag);
    expect(brotli.rawPayload.length).toBeLessThan(zipped.rawPayload.length);
    expect(brotliDecompressSync(brotli.rawPayload).toString('utf8')).toBe(plain.body);
  });

  it('is accessible in structure: one h1, headings in order, landmarks, a labelled region per scroller', async () => {
    const { body: html } = await visit(`/r/${adopted.slug}`);
    const levels = headingLevels(html);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });
    for (const landmark of ['<header', '<main id="main"', '<footer'])
      expect(html).toContain(landmark);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  });

  it('never shows draft-only text: changes after adoption appear only in a member’s draft preview', async () => {
    const c = adopted.coordinator;
    const draftOnly = 'UTKAST: ny text som ännu inte är antagen';
    await saveAnswers(c, adopted.routineId, { 's1.q1': draftOnly });
    await c.post(`/api/routines/${adopted.routineId}/actions`, {
      step: 2,
      actorId: adopted.actors.police.id,
      what: 'UTKAST: en ny uppgift för polisen',
      audience: 'all',
    });
    const page = await visit(`/r/${adopted.slug}`);
    expect(page.body).toContain(ANSWERS['s1.q1']);
    expect(page.body).not.toContain('UTKAST');

    const preview = await visit(`/r/${adopted.slug}?version=draft`, c);
    expect(preview.status).toBe(200);
    expect(preview.body).toContain(draftOnly);
    expect(preview.body).toContain('UTKAST: en ny uppgift för polisen');
    expect(preview.body).toContain('Utkast – inte antagen');
    expect(preview.body).toContain('<meta name="robots" content="noindex">');
    expect(preview.headers['cache-control']).toBe('private, no-cache');

    const v1 = await visit(`/r/${adopted.slug}?version=1`, c);
    expect(v1.status).toBe(200);
    expect(v1.body).not.toContain('UTKAST');
    expect(v1.body).toContain('noindex');
  });

  it('answers every hidden case with the same 404 page, byte for byte', async () => {
    const stranger = await signUp(t.app, 'Främling');
    const fresh = await createCollaborationWithRoutine(t.app);
    await fresh.coordinator.patch(`/api/routines/${fresh.routineId}`, { visibility: 'public' });
    const membersOnly = await createAdoptedRoutine(t.app, { visibility: 'members' });

    const cases = [
      await visit('/r/finns-inte-alls'),
      await visit(`/r/${fresh.routine.slug}`), // public, but nothing adopted
      await visit(`/r/${membersOnly.slug}`), // members only, no session
      await visit(`/r/${membersOnly.slug}`, stranger), // members only, signed in elsewhere
      await visit(`/r/${adopted.slug}?version=draft`), // preview: members only
      await visit(`/r/${adopted.slug}?version=1`, stranger),
      await visit(`/r/${adopted.slug}?version=x`),
    ];
    for (const res of cases) {
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers.etag).toBeUndefined();
      expect(res.body).toBe(cases[0]!.body);
    }
    expect(cases[0]!.body).toContain('<meta name="robots" content="noindex">');
    expect(cases[0]!.body).toContain('Sidan finns inte');

    // A member sees the members-only routine, not indexed and not publicly cached.
    const member = await visit(`/r/${membersOnly.slug}`, membersOnly.coordinator);
    expect(member.status).toBe(200);
    expect(member.body).toContain('<meta name="robots" content="noindex">');
    expect(member.headers['cache-control']).toBe('private, no-cache');
  });

  it('tells a member that the routine is not adopted yet and links to the draft preview', async () => {
    const fresh = await createCollaborationWithRoutine(t.app);
    await fresh.coordinator.patch(`/api/routines/${fresh.routineId}`, { visibility: 'public' });
    const member = await visit(`/r/${fresh.routine.slug}`, fresh.coordinator);
    expect(member.status).toBe(200);
    expect(member.headers['cache-control']).toBe('private, no-store');
    expect(member.body).toContain('Rutinen är inte antagen ännu');
    expect(member.body).toContain(`href="/r/${fresh.routine.slug}?version=draft"`);
    expect(member.body).toContain('<meta name="robots" content="noindex">');
    const english = await visit(`/r/${fresh.routine.slug}?lang=en`, fresh.coordinator);
    expect(english.body).toContain('The routine is not adopted yet');
    expect(english.body).toContain(`href="/r/${fresh.routine.slug}?version=draft&amp;lang=en"`);
    // The preview it links to works for the member; strangers still get the 404.
    expect((await visit(`/r/${fresh.routine.slug}?version=draft`, fresh.coordinator)).status).toBe(
      200,
    );
    const stranger = await signUp(t.app, 'Annan främling');
    expect((await visit(`/r/${fresh.routine.slug}`, stranger)).status).toBe(404);
    expect((await visit(`/r/${fresh.routine.slug}`)).status).toBe(404);
  });

  it('is cacheable: ETag and Cache-Control, 304 on If-None-Match, a separate ETag per language', async () => {
    const first = await visit(`/r/${adopted.slug}`);
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await visit(`/r/${adopted.slug}`, undefined, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    const weak = await visit(`/r/${adopted.slug}`, undefined, { 'if-none-match': `W/${etag}` });
    expect(weak.status).toBe(304);

    const en = await visit(`/r/${adopted.slug}?lang=en`);
    expect(en.status).toBe(200);
    expect(en.headers.etag).not.toBe(etag);
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('Do you suspect human trafficking or prostitution?');
    expect(en.body).toContain('Adopted 2026-11-28 · version 1 · next review November 2027');
    expect(en.body).toContain('aria-label="Call Socialtjänsten, children: 08-123 456 78"');
    expect(en.body).toContain('lang="sv"');
    expect((await visit(`/r/${adopted.slug}?lang=en`)).body).toBe(en.body);
  });

  it('inlines its small stylesheet (one round trip), with a print stylesheet, and has a description', async () => {
    const { body: html } = await visit(`/r/${adopted.slug}`);
    expect(html).not.toContain('rel="stylesheet"');
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(css).toContain('@media print');
    expect(css).toContain(':focus-visible');
    expect(html).toMatch(/<meta name="description" content="[^"]*Vem du kontaktar först/);
    const missing = await visit('/r/finns-inte');
    expect(missing.body).toContain('<style>');
    expect(missing.body).not.toContain('name="description"');
    expect((await visit('/r/assets/published.000000000000.css')).status).toBe(404);
  });
});
