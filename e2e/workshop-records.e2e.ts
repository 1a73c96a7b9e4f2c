import type { Browser, BrowserContext, Page } from 'playwright-core';
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
import { expectHeading, newUser, signUpViaApi } from './helpers/journey';
import { createCollaborationAndRoutine } from './helpers/routine-data';
import {
  holdWorkshopWithOpenItems,
  revealNamedDraft,
  startWorkshop,
  type WorkshopDto,
} from './helpers/workshop-records-data';

/**
 * What a routine keeps of its workshops (issue 17): the list at /rutiner/:rid/workshoppar (empty
 * state, open and ended workshops, outcome counts, the summary's downloads, the way to present),
 * the overview's section, and the step page's open items — a parked question and a block with
 * its reason and organisation. Every state is scanned with axe.
 */
const SEEN = { timeout: 10_000 };

describeInBrowser('a routine’s workshops', () => {
  let running: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let guest: BrowserContext;
  let page: Page;
  let errors: string[];
  let rid = '';
  let ended: WorkshopDto;
  let open: WorkshopDto;

  beforeAll(async () => {
    running = await startApp();
    browser = await launchBrowser();
    context = await newContext(browser, running.baseUrl);
    guest = await newContext(browser, running.baseUrl);
    page = await context.newPage();
    errors = collectPageErrors(page);
    await signUpViaApi(context, running.baseUrl, newUser('samordnare'));
    ({ routineId: rid } = await createCollaborationAndRoutine(context, running.baseUrl));
  });

  afterAll(async () => {
    await guest?.close();
    await context?.close();
    await browser?.close();
    await running?.close();
  });

  it('teaches what a workshop is while there is none, and offers to start one', async () => {
    await page.goto(`/rutiner/${rid}`);
    const section = page.getByRole('region', { name: 'Workshoppar' });
    await expect(section).toContainText('Ni har inte haft någon workshop än');
    await section.getByRole('link', { name: 'Alla workshoppar' }).click();
    await page.waitForURL(/\/workshoppar$/);
    await expectHeading(page, 'Workshoppar');
    await expect(
      page.getByRole('heading', { name: 'Ni har inte haft någon workshop än' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Starta en workshop' })).toHaveAttribute(
      'href',
      `/rutiner/${rid}/workshoppar/ny`,
    );
    // The routine's navigation leads here too.
    await expect(
      page
        .getByRole('navigation', { name: 'Rutinens delar' })
        .getByRole('link', { name: 'Workshoppar' }),
    ).toHaveAttribute('aria-current', 'page');
    await expectNoAxeViolations(page, 'workshops, empty');
    await screenshots(page, 'workshops-empty');
  });

  it('lists open and ended workshops with their outcome, code and summary', async () => {
    ended = await holdWorkshopWithOpenItems(context, guest, running.baseUrl, rid, {
      reason: 'Kontaktvägen till jouren saknas',
      organisation: 'Brottsofferjouren',
    });
    open = await startWorkshop(context, running.baseUrl, rid, ['s4.q1', 's4.q2', 's4.q3']);
    await page.reload();
    await expectHeading(page, 'Workshoppar');
    const cards = page.locator('.workshop-card');
    await expect.poll(() => cards.count(), SEEN).toBe(2);
    const openCard = cards.nth(0);
    await expect(openCard).toContainText('Pågår');
    await expect(openCard).toContainText('3 frågor');
    await expect(openCard).toContainText(open.code);
    await expect(openCard.getByRole('link', { name: /Fortsätt och presentera/ })).toHaveAttribute(
      'href',
      `/rutiner/${rid}/workshoppar/${open.id}`,
    );
    const endedCard = cards.nth(1);
    await expect(endedCard).toContainText('Avslutad');
    await expect(endedCard).toContainText('1 parkerad · 1 blockerad');
    await expect(endedCard).not.toContainText(ended.code);
    const pdf = endedCard.getByRole('link', { name: 'PDF' });
    const md = endedCard.getByRole('link', { name: 'Markdown' });
    for (const [link, type] of [
      [pdf, 'application/pdf'],
      [md, 'text/markdown'],
    ] as const) {
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toContain(`/api/workshops/${ended.id}/summary.`);
      const file = await context.request.get(`${running.baseUrl}${href}`);
      expect(file.status()).toBe(200);
      expect(file.headers()['content-type']).toContain(type);
    }
    await expectNoAxeViolations(page, 'workshops, listed');
    await screenshots(page, 'workshops-list');
  });

  it('links the latest workshop’s summary and the list from the overview', async () => {
    await page.goto(`/rutiner/${rid}`);
    const section = page.getByRole('region', { name: 'Workshoppar' });
    await expect(section).toContainText('Senaste workshoppen');
    await expect(section.getByRole('link', { name: 'Sammanfattning (PDF)' })).toHaveAttribute(
      'href',
      `/api/workshops/${open.id}/summary.pdf`,
    );
    await expect(section.getByRole('link', { name: 'Alla workshoppar (2)' })).toBeVisible();
    await expectNoAxeViolations(page, 'overview with workshops');
  });

  it('shows the parked and the blocked question on their step page, with the reason', async () => {
    await page.goto(`/rutiner/${rid}/steg/1`);
    const section = page.getByRole('region', { name: 'Öppna frågor från workshoppar' });
    await expect(section).toBeVisible();
    const items = section.locator('.open-items__item');
    await expect.poll(() => items.count(), SEEN).toBe(2);
    await expect(section).toContainText('Parkerad i workshoppen');
    await expect(section).toContainText('Blockerad i workshoppen');
    await expect(section).toContainText(
      'Blockerad: Kontaktvägen till jouren saknas (Brottsofferjouren)',
    );
    await expect(section).not.toContainText('Gästa');
    await expect(
      section.getByRole('link', { name: /Sammanfattning av workshoppen/ }).first(),
    ).toHaveAttribute('href', `/api/workshops/${ended.id}/summary.pdf`);
    await expectNoAxeViolations(page, 'step 1 with open items');
    await screenshots(page, 'workshops-open-items');
    // Another step has none: no section.
    await page.goto(`/rutiner/${rid}/steg/2`);
    await expectHeading(page, /2\./);
    await expect(page.getByRole('region', { name: 'Öppna frågor från workshoppar' })).toHaveCount(
      0,
    );
  });

  it('shows who wrote each draft when the facilitator chose named drafts', async () => {
    const named = await revealNamedDraft(context, guest, running.baseUrl, rid, {
      name: 'Nina Namngiven',
      organisation: 'Kvinnojouren',
      text: 'Ett utkast med namn.',
    });
    await page.goto(`/rutiner/${rid}/workshoppar/${named.id}`);
    await page.getByText('Ett utkast med namn.').waitFor(SEEN);
    await page.getByText('Nina Namngiven, Kvinnojouren').waitFor(SEEN);
    await expectNoAxeViolations(page, 'presenter: named drafts');
  });

  it('had no page errors', () => {
    expect(errors).toEqual([]);
  });
});
