import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningApp, startApp } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import { collectPageErrors, describeInBrowser, launchBrowser, newContext } from './helpers/browser';
import {
  expectHeading,
  fillAndWaitSaved,
  getJson,
  newUser,
  postJson,
  saveStateOf,
  signUpViaApi,
} from './helpers/journey';

interface RoutineDto {
  id: string;
  answers: Record<string, { text: string; revision: number }>;
}

/**
 * Two browser contexts (two tabs of the same user) edit the same answer. The one that saves
 * second gets the conflict dialog (409 STALE_REVISION), sees both texts, and merges or keeps.
 */
describeInBrowser('conflicting edits', () => {
  let running: RunningApp;
  let browser: Browser;
  let first: BrowserContext;
  let second: BrowserContext;
  let pageA: Page;
  let pageB: Page;
  let errors: string[];
  let routineId = '';

  beforeAll(async () => {
    running = await startApp();
    browser = await launchBrowser();
    first = await newContext(browser, running.baseUrl);
    await signUpViaApi(first, running.baseUrl, newUser('konflikt'));
    const collaboration = await postJson<{ id: string }>(
      first,
      running.baseUrl,
      '/api/collaborations',
      {
        name: 'Samverkan i Grannby',
      },
    );
    const routine = await postJson<{ id: string }>(
      first,
      running.baseUrl,
      `/api/collaborations/${collaboration.id}/routines`,
      { title: 'Rutin för enskilda ärenden' },
    );
    routineId = routine.id;
    // The same user in a second context: its own tab, same session cookie.
    second = await browser.newContext({
      baseURL: running.baseUrl,
      viewport: { width: 1280, height: 900 },
      storageState: await first.storageState(),
    });
    pageA = await first.newPage();
    pageB = await second.newPage();
    errors = [];
    // The stale save answers 409 STALE_REVISION: that is what this journey is about.
    const stale = [{ status: 409, path: /^\/api\/routines\/[^/]+\/answers\// }];
    collectPageErrors(pageA, errors, stale);
    collectPageErrors(pageB, errors, stale);
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await browser?.close();
    await running?.close();
  });

  it('lets the second writer merge both texts', async () => {
    for (const page of [pageA, pageB]) {
      await page.goto(`/rutiner/${routineId}/steg/1`);
      await expectHeading(page, /^Steg 1\. /);
    }
    const fieldA = pageA.getByLabel(/^Fråga 1 /);
    const fieldB = pageB.getByLabel(/^Fråga 1 /);
    await fillAndWaitSaved(pageA, fieldA, 'Polisen och socialtjänsten träffas varje månad.');

    // B still builds on revision 0: its save is refused and the dialog opens.
    await fieldB.fill('Alla aktörer vet vem de ska ringa.');
    const dialog = pageB.getByRole('alertdialog', { name: 'Någon annan har sparat ett nytt svar' });
    await dialog.waitFor();
    await expect(dialog.getByText('Polisen och socialtjänsten träffas varje månad.')).toHaveCount(
      1,
    );
    await expect(dialog.getByText('Alla aktörer vet vem de ska ringa.')).toHaveCount(1);
    await expect(dialog.getByRole('heading', { name: 'Din text' })).toHaveCount(1);
    await expect(dialog.getByRole('heading', { name: 'Sparad av någon annan' })).toHaveCount(1);
    // Focus is inside the dialog (trapped there by the modal).
    expect(
      await pageB.evaluate(() => Boolean(document.activeElement?.closest('[role="alertdialog"]'))),
    ).toBe(true);
    await expectNoAxeViolations(pageB, 'conflict dialog');

    await dialog.getByRole('button', { name: 'Slå ihop texterna' }).click();
    const merged = dialog.getByLabel('Sammanslagen text');
    await expect(merged).toHaveValue(
      'Polisen och socialtjänsten träffas varje månad.\n\nAlla aktörer vet vem de ska ringa.',
    );
    expect(await merged.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(pageB, 'conflict dialog, merging');
    const mergedText =
      'Polisen och socialtjänsten träffas varje månad. Alla aktörer vet vem de ska ringa.';
    await merged.fill(mergedText);
    await dialog.getByRole('button', { name: 'Spara den sammanslagna texten' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(async () => ((await saveStateOf(pageB, fieldB).textContent()) ?? '').trim())
      .toMatch(/^Sparat \d{2}:\d{2}/);
    await expect(fieldB).toHaveValue(mergedText);

    const routine = await getJson<RoutineDto>(first, running.baseUrl, `/api/routines/${routineId}`);
    expect(routine.answers['s1.q1']).toEqual({ text: mergedText, revision: 2 });

    await pageA.reload();
    await expect(pageA.getByLabel(/^Fråga 1 /)).toHaveValue(mergedText);
  });

  it('lets the second writer keep their own text, with the keyboard', async () => {
    const fieldA = pageA.getByLabel(/^Fråga 2 /);
    const fieldB = pageB.getByLabel(/^Fråga 2 /);
    await fillAndWaitSaved(pageA, fieldA, 'Ett beslut i varje organisation.');

    await fieldB.fill('Tid att delta i arbetet.');
    const dialog = pageB.getByRole('alertdialog');
    await dialog.waitFor();
    // Escape closes without choosing: the answer stays unsaved and says so.
    await pageB.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect(saveStateOf(pageB, fieldB)).toContainText('någon annan har ändrat svaret');
    await saveStateOf(pageB, fieldB)
      .getByRole('button', { name: 'Välj vilken text som ska gälla' })
      .click();
    await dialog.waitFor();

    const keepMine = dialog.getByRole('button', { name: 'Behåll min text' });
    await keepMine.focus();
    await pageB.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(async () => ((await saveStateOf(pageB, fieldB).textContent()) ?? '').trim())
      .toMatch(/^Sparat \d{2}:\d{2}/);
    const routine = await getJson<RoutineDto>(first, running.baseUrl, `/api/routines/${routineId}`);
    expect(routine.answers['s1.q2']).toEqual({ text: 'Tid att delta i arbetet.', revision: 2 });
  });

  it('logged no errors in either browser', () => {
    expect(errors).toEqual([]);
  });
});
