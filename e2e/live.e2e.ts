import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningApp, startApp } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import {
  collectPageErrors,
  describeInBrowser,
  launchBrowser,
  newContext,
  VIEWPORTS,
} from './helpers/browser';
import { expectHeading, getJson, newUser, signUpViaApi } from './helpers/journey';
import {
  createActor,
  createCollaboration,
  createRoutine,
  joinByInvitation,
} from './helpers/routine-data';

/**
 * Issue 16: two people in two browsers on the same answer. Each sees the other's text as it is
 * typed, the other's caret with their name, and who is here; a remote edit neither takes focus nor moves the caret; no conflict
 * dialog. Axe on the live page; screenshots at 1280 and 375 px (written to /tmp, not asserted).
 */
describeInBrowser('live co-editing', () => {
  let running: RunningApp;
  let browser: Browser;
  let anna: BrowserContext;
  let erik: BrowserContext;
  let pageA: Page;
  let pageE: Page;
  let errors: string[];
  let routineId = '';
  const coordinator = newUser('anna');
  const editor = newUser('erik');

  beforeAll(async () => {
    running = await startApp();
    browser = await launchBrowser();
    anna = await newContext(browser, running.baseUrl);
    erik = await newContext(browser, running.baseUrl);
    await signUpViaApi(anna, running.baseUrl, coordinator);
    await signUpViaApi(erik, running.baseUrl, editor);
    const collaboration = await createCollaboration(anna, running.baseUrl, {
      name: 'Samverkan i Grannby',
    });
    const police = await createActor(anna, running.baseUrl, collaboration);
    routineId = await createRoutine(anna, running.baseUrl, collaboration);
    await joinByInvitation(anna, erik, running.baseUrl, collaboration, {
      email: editor.email,
      role: 'editor',
      actorId: police.id,
    });
    pageA = await anna.newPage();
    pageE = await erik.newPage();
    errors = [];
    collectPageErrors(pageA, errors);
    collectPageErrors(pageE, errors);
  });

  afterAll(async () => {
    await anna?.close();
    await erik?.close();
    await browser?.close();
    await running?.close();
  });

  it('shows each the other’s text, presence and who writes, without moving the caret', async () => {
    for (const page of [pageA, pageE]) {
      await page.goto(`/rutiner/${routineId}/steg/3`);
      await expectHeading(page, /^Steg 3\. /);
      await page.locator('.connection-state', { hasText: /Ansluten$/ }).waitFor();
    }
    await pageA.getByText('2 här nu').waitFor();
    const header = pageA.getByRole('region', { name: 'Här just nu' });
    expect(await header.textContent()).toContain(`${editor.name} (Polisen)`);

    const fieldA = pageA.getByLabel(/^Fråga 2 /);
    const fieldE = pageE.getByLabel(/^Fråga 2 /);
    await fieldA.click();
    await pageA.keyboard.type('Polisen ringer socialjouren.');
    await expect.poll(() => fieldE.inputValue()).toBe('Polisen ringer socialjouren.');
    // Anna's caret sits after "Polisen"; Erik writes at the start; Anna keeps focus and place.
    await fieldA.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(7, 7));
    await fieldE.click();
    await fieldE.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, 0));
    await pageE.keyboard.type('Först: ');
    await expect.poll(() => fieldA.inputValue()).toBe('Först: Polisen ringer socialjouren.');
    const caret = await fieldA.evaluate((el: HTMLTextAreaElement) => ({
      focused: document.activeElement === el,
      start: el.selectionStart,
    }));
    expect(caret).toEqual({ focused: true, start: 7 + 'Först: '.length });
    // Anna sees who writes in this answer.
    await pageA.getByText(`${editor.name} (Polisen) skriver här`).waitFor();
    // …and where: Erik's caret with his name, inside Anna's field, after "Först: ".
    const erikCaret = pageA.locator('.remote-caret', { hasText: editor.name });
    await erikCaret.waitFor();
    const fieldBox = (await fieldA.boundingBox())!;
    const startBox = (await erikCaret.boundingBox())!;
    expect(startBox.x).toBeGreaterThan(fieldBox.x);
    expect(startBox.y).toBeGreaterThanOrEqual(fieldBox.y);
    expect(startBox.y + startBox.height).toBeLessThanOrEqual(fieldBox.y + fieldBox.height);
    // Erik moves to the end of the line: Anna sees his caret move right, hers stays put.
    await pageE.keyboard.press('End');
    await expect
      .poll(async () => (await erikCaret.boundingBox())?.x ?? 0)
      .toBeGreaterThan(startBox.x + 100);
    expect(await fieldA.evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe(14);
    // Erik's own screen shows no caret of his own, and Anna's while she is in the field.
    await pageE.locator('.remote-caret', { hasText: coordinator.name }).waitFor();
    expect(await pageE.locator('.remote-caret', { hasText: editor.name }).count()).toBe(0);
    await pageA.keyboard.type(' X');
    await expect.poll(() => fieldE.inputValue()).toBe('Först: Polisen X ringer socialjouren.');
    expect(await pageA.getByRole('dialog').count()).toBe(0);
    await expectNoAxeViolations(pageA, 'live step page');
    await pageA.screenshot({ path: '/tmp/i16-live-1280-field.png', fullPage: false });
    await pageA.evaluate(() => window.scrollTo(0, 0));
    await pageA.screenshot({ path: '/tmp/i16-live-1280.png', fullPage: false });
    await pageE.setViewportSize(VIEWPORTS.phone);
    await pageE.evaluate(() => window.scrollTo(0, 0));
    await pageE.screenshot({ path: '/tmp/i16-live-375.png', fullPage: false });
    await expectNoAxeViolations(pageE, 'live step page, phone');
  });

  it('stores the live text for REST readers', async () => {
    await expect
      .poll(
        async () =>
          (
            await getJson<{ answers: Record<string, { text: string }> }>(
              anna,
              running.baseUrl,
              `/api/routines/${routineId}`,
            )
          ).answers['s3.q2']?.text,
      )
      .toBe('Först: Polisen X ringer socialjouren.');
    expect(errors).toEqual([]);
  });
});
