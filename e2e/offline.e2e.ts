import type { IncomingMessage } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningApp, startApp } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import { collectPageErrors, describeInBrowser, launchBrowser, newContext } from './helpers/browser';
import { getJson, newUser, signUpViaApi } from './helpers/journey';
import {
  adoptNextVersion,
  createActors,
  createCollaborationAndRoutine,
  fillRoutine,
  send,
} from './helpers/routine-data';

const ANSWER = 's4.q1';

async function saveAnswer(context: BrowserContext, baseUrl: string, rid: string, text: string) {
  const routine = await getJson<{ answers: Record<string, { revision: number }> }>(
    context,
    baseUrl,
    `/api/routines/${rid}`,
  );
  await send(context, baseUrl, 'PUT', `/api/routines/${rid}/answers/${ANSWER}`, {
    text,
    baseRevision: routine.answers[ANSWER]?.revision ?? 0,
  });
}

/** The names of the service worker's caches, as the page sees them. */
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/**
 * Issue 21's journey: a stranger on a phone opens a public routine once; offline, the reload
 * shows the page with its numbers from the stored copy (no request reaches the server); a new
 * adopted version replaces the stored one at the next online visit and says so; a routine made
 * members-only is dropped from the device at the next online visit.
 */
describeInBrowser('the published routine offline', () => {
  let running: RunningApp;
  let browser: Browser;
  let coordinatorContext: BrowserContext;
  let readerContext: BrowserContext;
  let page: Page;
  let errors: string[];
  const coordinator = newUser('offline');
  let rid = '';
  let slug = '';
  let onlineTels: string[] = [];
  const requests: string[] = [];
  const onRequest = (request: IncomingMessage) => requests.push(request.url ?? '');

  beforeAll(async () => {
    running = await startApp();
    const { baseUrl } = running;
    browser = await launchBrowser();
    coordinatorContext = await newContext(browser, baseUrl);
    await signUpViaApi(coordinatorContext, baseUrl, coordinator);
    const base = await createCollaborationAndRoutine(coordinatorContext, baseUrl);
    rid = base.routineId;
    const actors = await createActors(coordinatorContext, baseUrl, base.collaborationId);
    await fillRoutine(coordinatorContext, baseUrl, rid, actors, { withPlan: true });
    await saveAnswer(coordinatorContext, baseUrl, rid, 'Lyssna, dokumentera och ring.');
    await adoptNextVersion(coordinatorContext, baseUrl, rid, coordinator.password);
    const routine = await send<{ slug: string }>(
      coordinatorContext,
      baseUrl,
      'PATCH',
      `/api/routines/${rid}`,
      { visibility: 'public' },
    );
    slug = routine.slug;
    readerContext = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 375, height: 740 },
      locale: 'sv-SE',
      serviceWorkers: 'allow',
    });
    page = await readerContext.newPage();
    errors = collectPageErrors(
      page,
      [],
      [
        // Made members-only, the page answers 404 and the stored copy is dropped, so the offline
        // reload after it fails: both are what the journey checks.
        { status: 404, path: /^\/r\/[^/]+$/ },
        { status: 0, path: /^\/r\/[^/]+$/ },
      ],
    );
    running.app.server.on('request', onRequest);
  });

  afterAll(async () => {
    running?.app.server.off('request', onRequest);
    await readerContext?.close();
    await coordinatorContext?.close();
    await browser?.close();
    await running?.close();
  });

  it('stores the page at the first visit, with a valid manifest', async () => {
    const response = await page.goto(`/r/${slug}`);
    expect(response?.status()).toBe(200);
    const stamp = page.locator('#offline');
    // The worker stored the page and the script shows when: "· hämtad 1 dec. 2026 20:55".
    await stamp.locator('.fetched').waitFor();
    expect((await stamp.textContent())?.trim()).toMatch(
      /^Kontrollsumma [0-9a-f]{12} · hämtad .+\d/,
    );
    expect(await stamp.getAttribute('data-version')).toMatch(/^1\./);
    expect(await page.locator('#offline-updated').isVisible()).toBe(false);
    expect(await page.locator('#offline-stale').isVisible()).toBe(false);
    const names = await cacheNames(page);
    expect(names.filter((n) => n.startsWith(`samrutin-r-page:${slug}:`))).toEqual([
      `samrutin-r-page:${slug}:${await stamp.getAttribute('data-version')}`,
    ]);
    onlineTels = await page
      .locator('a[href^="tel:"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(onlineTels.length).toBeGreaterThan(2);

    // What Chromium reads of the manifest: no errors, the fields an installed app needs.
    const cdp = await readerContext.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as {
      url: string;
      errors: { message: string }[];
      data?: string;
    };
    expect(manifest.url).toBe(`${running.baseUrl}/r/${slug}/manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    const data = JSON.parse(manifest.data ?? '{}');
    expect(data.name).toMatch(/–/);
    expect(data.start_url).toBe(`/r/${slug}`);
    expect(data.display).toBe('standalone');
    expect(data.icons.some((i: { sizes: string }) => i.sizes === '512x512')).toBe(true);
    await cdp.detach();
  });

  it('opens offline from the stored copy, numbers and diagram included', async () => {
    await readerContext.setOffline(true);
    requests.length = 0;
    const response = await page.reload();
    expect(response?.status()).toBe(200);
    expect(requests.filter((url) => url.startsWith(`/r/${slug}`))).toEqual([]);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('#offline-saved').waitFor();
    expect(await page.locator('#offline-saved').textContent()).toContain('Du är inte uppkopplad');
    expect(await page.locator('#offline .fetched').isVisible()).toBe(true);
    const tels = await page
      .locator('a[href^="tel:"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(tels).toEqual(onlineTels);
    expect(await page.getByText('Lyssna, dokumentera och ring.').count()).toBeGreaterThan(0);
    // On a phone the flow chart is a link to the full-size picture (its text would be too small
    // inside the page): the picture is stored beside the page and opens offline too.
    const open = page.getByRole('link', { name: 'Öppna flödesschemat som bild i full storlek' });
    await expect(open).toBeVisible();
    const href = (await open.getAttribute('href')) ?? '';
    expect(href).toMatch(new RegExp(`^/r/${slug}/diagram\\.svg`));
    const picture = await page.evaluate(async (url) => {
      const res = await fetch(url);
      return { status: res.status, svg: (await res.text()).includes('<svg') };
    }, href);
    expect(picture).toEqual({ status: 200, svg: true });
    await expectNoAxeViolations(page, 'published page offline');
  });

  it('asks to check for the latest version when the stored copy is older than 30 days', async () => {
    await page.evaluate(async (s) => {
      const cache = await caches.open('samrutin-r-meta');
      const meta = await (await cache.match('/r/__offline-meta.json'))!.json();
      meta[s].fetchedAt = new Date(Date.now() - 31 * 24 * 3600 * 1000).toISOString();
      await cache.put('/r/__offline-meta.json', new Response(JSON.stringify(meta)));
    }, slug);
    await page.reload();
    const stale = page.locator('#offline-stale');
    await stale.waitFor();
    expect(await stale.textContent()).toContain('Kontrollera att du har den senaste versionen');
    await expectNoAxeViolations(page, 'published page offline, stored copy older than 30 days');
  });

  it('replaces the stored copy by a newer adopted version at the next online visit', async () => {
    await saveAnswer(
      coordinatorContext,
      running.baseUrl,
      rid,
      'Lyssna, dokumentera och ring socialjouren.',
    );
    await adoptNextVersion(coordinatorContext, running.baseUrl, rid, coordinator.password);
    await readerContext.setOffline(false);
    await page.reload();
    await page.locator('#offline-updated').waitFor();
    expect(await page.locator('#offline-updated').textContent()).toBe(
      'Rutinen har uppdaterats. Du ser nu version 2.',
    );
    expect(
      await page.getByText('Lyssna, dokumentera och ring socialjouren.').count(),
    ).toBeGreaterThan(0);
    expect(await page.locator('#offline-stale').isVisible()).toBe(false);
    const version = await page.locator('#offline').getAttribute('data-version');
    expect(version).toMatch(/^2\./);
    const names = await cacheNames(page);
    expect(names.filter((n) => n.startsWith(`samrutin-r-page:${slug}:`))).toEqual([
      `samrutin-r-page:${slug}:${version}`,
    ]);
    await expectNoAxeViolations(page, 'published page: updated');

    await readerContext.setOffline(true);
    await page.reload();
    expect(await page.locator('#offline').getAttribute('data-version')).toBe(version);
    await readerContext.setOffline(false);
  });

  it('drops the stored copy when the routine is made members-only', async () => {
    await send(coordinatorContext, running.baseUrl, 'PATCH', `/api/routines/${rid}`, {
      visibility: 'members',
    });
    const response = await page.reload();
    expect(response?.status()).toBe(404);
    const names = await cacheNames(page);
    expect(names.filter((n) => n.startsWith('samrutin-r-page:'))).toEqual([]);
    const meta = await page.evaluate(async () => {
      const cache = await caches.open('samrutin-r-meta');
      return (await cache.match('/r/__offline-meta.json'))?.json();
    });
    expect(meta).toEqual({});
    await readerContext.setOffline(true);
    await expect(page.reload()).rejects.toThrow();
    await readerContext.setOffline(false);
  });

  it('met no page errors', () => {
    expect(errors).toEqual([]);
  });
});
