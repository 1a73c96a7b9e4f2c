import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningApp, startApp } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import { collectPageErrors, describeInBrowser, launchBrowser, newContext } from './helpers/browser';
import { expectHeading, newUser, signUpViaApi } from './helpers/journey';
import { createCollaboration } from './helpers/routine-data';

/**
 * Issue 20 moved the "leave without saving?" dialog out of the first load: its code is fetched
 * once a form holds unsaved changes. Leaving a page with typed text still asks (the dialog, with
 * axe), and when the dialog's code cannot be fetched the browser's own confirm asks instead.
 */
describeInBrowser('unsaved changes: the guard loads its dialog on demand', () => {
  let running: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let settingsPath: string;
  const user = newUser('osparad');

  beforeAll(async () => {
    running = await startApp();
    browser = await launchBrowser();
    context = await newContext(browser, running.baseUrl);
    await signUpViaApi(context, running.baseUrl, user);
    const cid = await createCollaboration(context, running.baseUrl, { name: 'Samverkan Osparad' });
    settingsPath = `/samverkan/${cid}/installningar`;
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  it('asks before leaving a form with typed text, and stays when told to', async () => {
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(settingsPath);
    const name = page.getByLabel('Samverkansgruppens namn');
    await name.fill('Samverkan Osparad, nytt namn');
    await page.getByRole('link', { name: 'Samrutin' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Lämna sidan utan att spara?' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page, 'leave without saving');
    await dialog.getByRole('button', { name: 'Stanna kvar' }).click();
    await expect(dialog).not.toBeVisible();
    await expect(name).toHaveValue('Samverkan Osparad, nytt namn');
    expect(page.url()).toContain(settingsPath);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("asks with the browser's own confirm when the dialog's code cannot be fetched", async () => {
    const page = await context.newPage();
    await page.route(/\/assets\/confirm-dialog-[^/]+\.js$/, (route) => route.abort());
    await page.goto(settingsPath);
    await page.getByLabel('Samverkansgruppens namn').fill('Ett namn som inte sparas');
    const asked = new Promise<string>((resolve) => {
      page.once('dialog', (native) => {
        resolve(native.message());
        void native.accept();
      });
    });
    await page.getByRole('link', { name: 'Samrutin' }).click();
    expect(await asked).toMatch(/^Lämna sidan utan att spara\?/);
    // Accepted: the navigation goes on.
    await page.waitForURL((url) => url.pathname === '/');
    await expectHeading(page, /.+/);
    await page.close();
  });
});
