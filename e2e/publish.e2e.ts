import fs from 'node:fs/promises';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningApp, startApp } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import {
  collectPageErrors,
  describeInBrowser,
  launchBrowser,
  newContext,
  screenshots,
} from './helpers/browser';
import { expectHeading, getJson, newUser, signUpViaApi } from './helpers/journey';
import {
  adoptNextVersion,
  createActors,
  createCollaborationAndRoutine,
  fillRoutine,
  send,
} from './helpers/routine-data';

/** Answers with å ä ö that every form of the routine carries. */
const ANSWERS = {
  's1.q1':
    'Brottsoffer får tillgång till sina rättigheter och förövare lagförs – målet är gemensamt.',
  's2.q1': 'Skolkuratorer, sjuksköterskor och poliser möter ofta de utsatta först på gatan.',
  's4.q1': 'Lyssna, dokumentera och ring – vänta inte på bevis. Övergå aldrig till förhör.',
};

async function downloadFrom(page: Page, linkName: string): Promise<{ name: string; body: Buffer }> {
  const link = page.getByRole('link', { name: linkName, exact: true });
  const [download] = await Promise.all([
    page.waitForEvent('download') as Promise<Download>,
    link.click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), body: await fs.readFile(path) };
}

/**
 * Issue 7's journey: a routine built and adopted through the API; on Publicera the coordinator
 * makes it public, copies its address and downloads every file; a stranger opens the published
 * page on a 320 px phone with JavaScript off (and cannot see it while it is members-only); the
 * downloaded export.json is imported into the collaboration as a new routine.
 */
describeInBrowser('publishing a routine', () => {
  let running: RunningApp;
  let browser: Browser;
  let coordinatorContext: BrowserContext;
  let strangerContext: BrowserContext;
  let axeContext: BrowserContext;
  let page: Page;
  let stranger: Page;
  let errors: string[];
  const coordinator = newUser('samordnare');
  let cid = '';
  let rid = '';
  let slug = '';
  let exportJson: Buffer = Buffer.alloc(0);

  beforeAll(async () => {
    running = await startApp();
    const { baseUrl } = running;
    browser = await launchBrowser();
    coordinatorContext = await newContext(browser, baseUrl);
    await coordinatorContext.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: baseUrl,
    });
    await signUpViaApi(coordinatorContext, baseUrl, coordinator);
    const base = await createCollaborationAndRoutine(coordinatorContext, baseUrl);
    cid = base.collaborationId;
    rid = base.routineId;
    const actors = await createActors(coordinatorContext, baseUrl, cid);
    await fillRoutine(coordinatorContext, baseUrl, rid, actors, { withPlan: true });
    for (const [questionId, text] of Object.entries(ANSWERS)) {
      await send(coordinatorContext, baseUrl, 'PUT', `/api/routines/${rid}/answers/${questionId}`, {
        text,
        baseRevision: 0,
      });
    }
    const check = await getJson<{ findings: { severity: string; message: string }[] }>(
      coordinatorContext,
      baseUrl,
      `/api/routines/${rid}/check`,
    );
    expect(check.findings.filter((f) => f.severity === 'blocker')).toEqual([]);

    await adoptNextVersion(coordinatorContext, baseUrl, rid, coordinator.password, {
      summary: 'Första versionen',
      section: 12,
    });
    const routine = await getJson<{ slug: string; status: string; visibility: string }>(
      coordinatorContext,
      baseUrl,
      `/api/routines/${rid}`,
    );
    expect(routine.status).toBe('adopted');
    expect(routine.visibility).toBe('members');
    slug = routine.slug;

    page = await coordinatorContext.newPage();
    // The broken export.json is refused with 400: the import journey expects that one.
    errors = collectPageErrors(
      page,
      [],
      [{ status: 400, path: /^\/api\/collaborations\/[^/]+\/routines\/import$/ }],
    );
    // A stranger on a small phone, without JavaScript: the published page must work anyway.
    strangerContext = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 320, height: 640 },
      javaScriptEnabled: false,
      locale: 'sv-SE',
    });
    stranger = await strangerContext.newPage();
    // axe is a script and cannot run where scripts are off. The published page has no script
    // (checked below), so the same page with scripts on is the same document to scan.
    axeContext = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 320, height: 640 },
      locale: 'sv-SE',
    });
  });

  /** Scans a server-rendered page as a stranger at 320 px (see axeContext). */
  async function expectServerPageAccessible(
    path: string,
    label: string,
    viewport?: { width: number; height: number },
  ): Promise<void> {
    const scanned = await axeContext.newPage();
    try {
      if (viewport) await scanned.setViewportSize(viewport);
      await scanned.goto(path);
      await expectNoAxeViolations(scanned, label);
    } finally {
      await scanned.close();
    }
  }

  afterAll(async () => {
    await strangerContext?.close();
    await axeContext?.close();
    await coordinatorContext?.close();
    await browser?.close();
    await running?.close();
  });

  it('shows the state in words on Publicera, linked from the routine', async () => {
    await page.goto(`/rutiner/${rid}`);
    await expectHeading(page, 'Översikt');
    const headerLink = page.getByRole('link', { name: 'Den publicerade rutinen' });
    expect(await headerLink.getAttribute('href')).toBe(`/r/${slug}`);
    await expectNoAxeViolations(page, 'overview of an adopted routine');

    await page
      .getByRole('navigation', { name: 'Rutinens delar' })
      .getByRole('link', { name: 'Publicera' })
      .click();
    await expectHeading(page, 'Publicera');
    await page.getByText(/Version 1 är antagen sedan \d/).waitFor();
    expect(await page.getByRole('radio', { name: 'Bara för medlemmar' }).isChecked()).toBe(true);
    const qr = page.getByRole('img', { name: `QR-kod med adressen ${running.baseUrl}/r/${slug}` });
    await qr.waitFor();
    await expect
      .poll(() => qr.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'Publicera');
    await screenshots(page, 'publish');
  });

  it('answers a stranger with the not-found page while the routine is for members only', async () => {
    const response = await stranger.goto(`/r/${slug}`);
    expect(response?.status()).toBe(404);
    await stranger.getByRole('heading', { level: 1 }).waitFor();
    await expect(stranger.getByRole('link', { name: /Gäller det/ })).toHaveCount(0);
    await expectServerPageAccessible(`/r/${slug}`, 'published page 404 (members only, stranger)');
  });

  it('makes the routine public', async () => {
    await page.getByRole('radio', { name: 'Öppen för alla' }).check();
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Sparat. Den publicerade sidan är nu öppen för alla.' })
      .waitFor();
    await expectNoAxeViolations(page, 'Publicera: made public');
    const routine = await getJson<{ visibility: string }>(
      coordinatorContext,
      running.baseUrl,
      `/api/routines/${rid}`,
    );
    expect(routine.visibility).toBe('public');
  });

  it('copies the public address', async () => {
    const url = `${running.baseUrl}/r/${slug}`;
    await expect(page.getByLabel('Adress till den publicerade sidan')).toHaveValue(url);
    await page.getByRole('button', { name: 'Kopiera adressen' }).click();
    await page.getByRole('status').filter({ hasText: 'Kopierad' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await expectNoAxeViolations(page, 'Publicera: address copied');
  });

  it('downloads every file', async () => {
    const pdf = await downloadFrom(page, 'Ladda ner PDF');
    expect(pdf.name).toBe(`${slug}-v1.pdf`);
    expect(pdf.body.subarray(0, 4).toString('latin1')).toBe('%PDF');

    const card = await downloadFrom(page, 'Ladda ner kontaktkortet (PDF)');
    expect(card.name).toBe(`${slug}-v1-kort.pdf`);
    expect(card.body.subarray(0, 4).toString('latin1')).toBe('%PDF');

    const docx = await downloadFrom(page, 'Ladda ner Word-fil');
    expect(docx.name).toBe(`${slug}-v1.docx`);
    // A .docx is a zip file.
    expect(docx.body.subarray(0, 2).toString('latin1')).toBe('PK');

    const md = await downloadFrom(page, 'Ladda ner Markdown');
    expect(md.name).toBe(`${slug}-v1.md`);
    expect(md.body.toString('utf8')).toContain('Lyssna, dokumentera och ring');

    const diagram = await downloadFrom(page, 'Ladda ner flödesschemat (SVG)');
    expect(diagram.name).toBe(`${slug}-v1-diagram.svg`);
    expect(diagram.body.toString('utf8')).toContain('<svg');

    const json = await downloadFrom(page, 'Ladda ner JSON');
    expect(json.name).toBe(`${slug}-v1.json`);
    const document = JSON.parse(json.body.toString('utf8'));
    expect(document.format).toBe('samrutin.routine-export/1');
    expect(document.version.number).toBe(1);
    exportJson = json.body;

    // In English: the same files, English names where the name has words.
    await page.getByRole('radio', { name: 'Engelska' }).check();
    const englishCard = await downloadFrom(page, 'Ladda ner kontaktkortet (PDF)');
    expect(englishCard.name).toBe(`${slug}-v1-card.pdf`);
    expect(englishCard.body.length).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'Publicera: after downloads');
  });

  it('previews the draft as a member', async () => {
    await page.getByRole('link', { name: 'Förhandsgranska utkastet' }).click();
    await page.waitForURL(`**/r/${slug}?version=draft`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'published page: draft preview');
    await page.goto(`/rutiner/${rid}/publicera`);
    await expectHeading(page, 'Publicera');
  });

  it('shows the published page to a stranger on a 320 px phone without JavaScript', async () => {
    const response = await stranger.goto(`/r/${slug}`);
    expect(response?.status()).toBe(200);
    expect(await stranger.evaluate(() => document.documentElement.lang)).toBe('sv');
    for (const name of ['Gäller det ett barn (under 18 år)?', 'Gäller det en vuxen?']) {
      const box = stranger.getByRole('group', { name });
      await box.waitFor();
      const tel = box.locator('a[href^="tel:"]').first();
      await expect(tel).toBeVisible();
    }
    await expect(stranger.getByText('Lyssna, dokumentera och ring').first()).toBeVisible();
    // One script: the deferred registration of the offline layer (it does nothing without JS).
    await expect(stranger.locator('script')).toHaveCount(1);
    expect(await stranger.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await expectServerPageAccessible(`/r/${slug}`, 'published page (sv, 320 px)');
    if (process.env.SCREENSHOT_DIR) {
      await stranger.screenshot({
        path: `${process.env.SCREENSHOT_DIR}/published-320.png`,
        fullPage: true,
      });
    }

    const english = await stranger.goto(`/r/${slug}?lang=en`);
    expect(english?.status()).toBe(200);
    expect(await stranger.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await stranger.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await expectServerPageAccessible(`/r/${slug}?lang=en`, 'published page (en, 320 px)');

    // On a desktop: the flow chart at its own size (its text 11 px, not scaled down) and the
    // vem gör vad table whole, each cell with its contact (issue 14).
    await stranger.setViewportSize({ width: 1280, height: 900 });
    await stranger.goto(`/r/${slug}`);
    const layout = await stranger.evaluate(() => {
      const img = document.querySelector<HTMLImageElement>('.flow-picture img');
      const table = document.querySelector<HTMLElement>('table.matrix');
      const wrap = document.querySelector<HTMLElement>('.matrix-wrap');
      return {
        scale: img ? img.getBoundingClientRect().width / Number(img.getAttribute('width')) : 0,
        tableFits: table && wrap ? table.scrollWidth <= wrap.clientWidth : false,
        tels: table ? table.querySelectorAll('a[href^="tel:"]').length : 0,
        page: document.documentElement.scrollWidth <= window.innerWidth,
      };
    });
    expect(layout).toEqual({ scale: 1, tableFits: true, tels: expect.any(Number), page: true });
    expect(layout.tels).toBeGreaterThan(0);
    await expectServerPageAccessible(`/r/${slug}`, 'published page (sv, 1280 px)', {
      width: 1280,
      height: 900,
    });
    await stranger.setViewportSize({ width: 320, height: 640 });
  });

  it('changes the address; the old one leads to the new', async () => {
    await page.goto(`/rutiner/${rid}/publicera`);
    await expectHeading(page, 'Publicera');
    await page.getByText('Ändra adressen').click();
    const field = page.getByLabel('Sista delen av adressen');
    await expect(field).toHaveValue(slug);
    await field.fill('Rutin Exempelkommun');
    await page.getByRole('button', { name: 'Spara adressen' }).click();
    await expect(page.locator('.error-summary')).toContainText('Använd bara små bokstäver a–z');
    await expectNoAxeViolations(page, 'Publicera: a malformed address');

    await field.fill('rutin-exempelkommun');
    await page.getByRole('button', { name: 'Spara adressen' }).click();
    await page.getByRole('status').filter({ hasText: 'Adressen är ändrad.' }).waitFor();
    await expect(page.getByLabel('Adress till den publicerade sidan')).toHaveValue(
      `${running.baseUrl}/r/rutin-exempelkommun`,
    );
    await expectNoAxeViolations(page, 'Publicera: address changed');

    // Someone scanning an old printed QR code (a browser that never saw the page: the page
    // itself may be kept for a minute by browsers that did).
    const scanner = await browser.newContext({ baseURL: running.baseUrl, locale: 'sv-SE' });
    const phone = await scanner.newPage();
    const response = await phone.goto(`/r/${slug}?lang=en`);
    expect(response?.status()).toBe(200);
    const landed = new URL(phone.url());
    expect(landed.pathname + landed.search).toBe('/r/rutin-exempelkommun?lang=en');
    await scanner.close();
    slug = 'rutin-exempelkommun';
  });

  it('lists every problem of a broken export.json, in Swedish, and imports nothing', async () => {
    await page.goto(`/samverkan/${cid}`);
    await page.getByRole('heading', { name: 'Importera en rutin' }).waitFor();
    await expectNoAxeViolations(page, 'Rutiner with import');
    await screenshots(page, 'routines-import');

    // No file chosen.
    await page.getByRole('button', { name: 'Importera rutinen' }).click();
    await page.locator('.error-summary').getByText('Välj en JSON-fil att importera').waitFor();
    await expectNoAxeViolations(page, 'import: no file');

    // Not JSON at all.
    const fileInput = page.getByLabel('Välj JSON-filen');
    await fileInput.setInputFiles({
      name: 'rutin.json',
      mimeType: 'application/json',
      buffer: Buffer.from('det här är ingen json'),
    });
    await page.getByRole('button', { name: 'Importera rutinen' }).click();
    await page
      .locator('.error-summary')
      .getByText(/Filen går inte att läsa som JSON/)
      .waitFor();

    // JSON with three problems: an unknown actor kind, an action of a missing actor, a bad date.
    const broken = JSON.parse(exportJson.toString('utf8'));
    broken.snapshot.actors[0].kind = 'ministry';
    broken.snapshot.actions[0].actorId = 'no-such-actor';
    broken.snapshot.actions[0].contactPathId = null;
    if (broken.snapshot.evaluationPlan) broken.snapshot.evaluationPlan.nextReviewDate = 'snart';
    await fileInput.setInputFiles({
      name: 'trasig.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await page.getByRole('button', { name: 'Importera rutinen' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Rutinen kunde inte importeras' });
    await alert.waitFor();
    await expect
      .poll(() => alert.evaluate((el) => el.parentElement === document.activeElement))
      .toBe(true);
    const problems = await alert.locator('li').allTextContents();
    expect(problems).toHaveLength(3);
    await expect(alert).toContainText('Filen har 3 problem. Inget har importerats.');
    expect(problems.join('\n')).toContain(
      'Aktör 1 › typ: Värdet är inte ett av dem som går att välja.',
    );
    expect(problems.join('\n')).toContain('Åtgärd 1 › aktör: Aktören finns inte i filen.');
    expect(problems.join('\n')).toContain(
      'Utvärderingsplanen › nästa översyn: Datumet ska skrivas ÅÅÅÅ-MM-DD.',
    );
    expect(problems.join('\n')).toContain('snapshot.actors.0.kind');
    await expectNoAxeViolations(page, 'import: problems listed');
    await screenshots(page, 'import-problems');
    const routines = await getJson<unknown[]>(
      coordinatorContext,
      running.baseUrl,
      `/api/collaborations/${cid}/routines`,
    );
    expect(routines).toHaveLength(1);
  });

  it('imports the downloaded export.json as a new routine', async () => {
    await page.getByLabel('Välj JSON-filen').setInputFiles({
      name: `${slug}-v1.json`,
      mimeType: 'application/json',
      buffer: exportJson,
    });
    await page.getByRole('button', { name: 'Importera rutinen' }).click();
    await expectHeading(page, 'Översikt');
    const newRid = new URL(page.url()).pathname.split('/')[2];
    expect(newRid).toBeTruthy();
    expect(newRid).not.toBe(rid);
    await expect(page.locator('.routine-header__title')).toContainText(
      'Rutin för enskilda ärenden',
    );
    await expectNoAxeViolations(page, 'imported routine');

    await page.goto(`/samverkan/${cid}`);
    await page.getByRole('heading', { name: 'Importera en rutin' }).waitFor();
    const links = page
      .locator('.card-list')
      .getByRole('link', { name: 'Rutin för enskilda ärenden' });
    await expect(links).toHaveCount(2);
    await expect(page.locator(`a[href="/rutiner/${newRid}"]`)).toHaveCount(1);
    await expectNoAxeViolations(page, 'Rutiner after import');
  });

  it('met no page errors', () => {
    expect(errors).toEqual([]);
  });
});
