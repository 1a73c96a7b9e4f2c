import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { touchPublished } from '../../src/server/db/publish-stamp';
import { createAdoptedRoutine, freezeAndAdopt, saveAnswers } from '../helpers/adopted-routine';
import { createTestApp, type TestApp } from '../helpers/app';

/**
 * The published page's hot path (issue 20) keeps ready pages in memory. What it must never do
 * is show a page that changed: adoption, visibility, status and slug changes drop it at once in
 * this process, and a change by another process is seen through the shared stamp (read on
 * every request here: stampIntervalMs 0).
 */
let t: TestApp;
let adopted: Awaited<ReturnType<typeof createAdoptedRoutine>>;
beforeAll(async () => {
  t = await createTestApp({ publishStampIntervalMs: 0 });
  adopted = await createAdoptedRoutine(t.app);
});
afterAll(async () => t.close());

const visit = async (url: string) => {
  const res = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
  return { status: res.statusCode, headers: res.headers };
};
const versionOf = async (url: string) => (await visit(url)).headers['x-offline-version'];

describe('the published page’s in-memory pages', () => {
  it('shows a newly adopted version at the next request', async () => {
    const url = `/r/${adopted.slug}`;
    expect(await versionOf(url)).toMatch(/^1\./);
    expect(await versionOf(url)).toMatch(/^1\./);
    const file = `/api/routines/${adopted.routineId}/export.md`;
    const before = (await adopted.coordinator.get(file)).body as string;
    expect((await adopted.coordinator.get(file)).body).toBe(before);
    await saveAnswers(adopted.coordinator, adopted.routineId, { 's4.q1': 'Ring socialjouren.' });
    await freezeAndAdopt(adopted.coordinator, adopted.routineId);
    expect(await versionOf(url)).toMatch(/^2\./);
    // The files are kept per version hash: the new version's file is a new one.
    const after = (await adopted.coordinator.get(file)).body as string;
    expect(after).toContain('Ring socialjouren.');
    expect(before).not.toContain('Ring socialjouren.');
    const old = (await adopted.coordinator.get(`${file}?version=1`)).body as string;
    expect(old).not.toContain('Ring socialjouren.');
    expect(old).toContain('Ersatt av en senare version');
  });

  it('answers 404 at once when the routine is made members-only, and 200 when public again', async () => {
    const url = `/r/${adopted.slug}`;
    expect((await visit(url)).status).toBe(200);
    const hidden = await adopted.coordinator.patch(`/api/routines/${adopted.routineId}`, {
      visibility: 'members',
    });
    expect(hidden.status).toBe(200);
    expect((await visit(url)).status).toBe(404);
    await adopted.coordinator.patch(`/api/routines/${adopted.routineId}`, {
      visibility: 'public',
    });
    expect((await visit(url)).status).toBe(200);
  });

  it('follows a change of address: the old one redirects at once, the new one answers', async () => {
    const oldUrl = `/r/${adopted.slug}`;
    expect((await visit(oldUrl)).status).toBe(200);
    const renamed = `${adopted.slug}-ny`;
    const url = `/api/routines/${adopted.routineId}`;
    expect((await adopted.coordinator.patch(url, { slug: renamed })).status).toBe(200);
    expect((await visit(oldUrl)).status).toBe(301);
    expect((await visit(`/r/${renamed}`)).status).toBe(200);
    expect((await adopted.coordinator.patch(url, { slug: adopted.slug })).status).toBe(200);
    expect((await visit(oldUrl)).status).toBe(200);
    expect((await visit(`/r/${renamed}`)).status).toBe(301);
  });

  it('serves from memory, and sees another process’s change through the shared stamp', async () => {
    const db = t.app.database.db;
    const url = `/r/${adopted.slug}`;
    expect((await visit(url)).status).toBe(200);
    // A change that bypasses the stamp is not seen: the page comes from memory.
    await db
      .updateTable('routines')
      .set({ visibility: 'members' })
      .where('id', '=', adopted.routineId)
      .execute();
    expect((await visit(url)).status).toBe(200);
    // Another process's change moves the shared stamp (and tells only its own process).
    await db
      .updateTable('publishStamps')
      .set({ stamp: sql`stamp + 1` })
      .where('id', '=', 1)
      .execute();
    expect((await visit(url)).status).toBe(404);
    await adopted.coordinator.patch(`/api/routines/${adopted.routineId}`, {
      visibility: 'public',
    });
    expect((await visit(url)).status).toBe(200);
  });

  it('keeps the English page apart from the Swedish one', async () => {
    const sv = await t.app.inject({ method: 'GET', url: `/r/${adopted.slug}` });
    const en = await t.app.inject({ method: 'GET', url: `/r/${adopted.slug}?lang=en` });
    expect(sv.body).toContain('<html lang="sv">');
    expect(en.body).toContain('<html lang="en">');
    expect(sv.headers.etag).not.toBe(en.headers.etag);
    expect(en.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
