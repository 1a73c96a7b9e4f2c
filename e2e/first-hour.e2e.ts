import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
import { createActors, createCollaborationAndRoutine, fillRoutine } from './helpers/routine-data';

/**
 * Issue 14, the first hour as a coordinator: nothing lost (a dialog with typed text asks before
 * closing), nothing misleading (the adult action gets the adult line, the draft card says it is
 * a draft, BASE_URL unset is warned about), nothing hidden (matrix without sideways scrolling,
 * the whole step menu in a 1280×900 window, 112 first on a phone), and the skip link.
 */
describeInBrowser('the first hour as a coordinator', () => {
  let running: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let rid = '';
  let slug = '';

  beforeAll(async () => {
    running = await startApp();
    browser = await launchBrowser();
    context = await newContext(browser, running.baseUrl);
    await signUpViaApi(context, running.baseUrl, newUser('forsta'));
    const ids = await createCollaborationAndRoutine(context, running.baseUrl);
    rid = ids.routineId;
    const actors = await createActors(context, running.baseUrl, ids.collaborationId);
    await fillRoutine(context, running.baseUrl, rid, actors, { withPlan: false });
    slug = (await getJson<{ slug: string }>(context, running.baseUrl, `/api/routines/${rid}`)).slug;
    page = await context.newPage();
    errors = collectPageErrors(page);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await running?.close();
  });

  const dialog = () => page.getByRole('dialog');

  it('skips to the page heading, and shows the whole step menu at 1280×900', async () => {
    await page.goto(`/rutiner/${rid}/steg/3`);
    await expectHeading(page, /^Steg 3\. /);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toBeFocused();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const nav = page.getByRole('navigation', { name: 'Rutinens delar' });
    const last = nav.getByRole('link', { name: 'Publicera' });
    await expect(last).toBeVisible();
    const box = await last.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(VIEWPORTS.desktop.height);
    expect(await nav.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
    await expectNoAxeViolations(page, 'step 3');
  });

  it('asks "Släng ändringarna?" before closing a dialog with typed text', async () => {
    await page.goto(`/rutiner/${rid}/steg/2`);
    await expectHeading(page, /^Steg 2\. /);
    const add = page.getByRole('button', { name: 'Lägg till vem som gör vad' });
    // Untouched: Escape closes at once (the actor list does not open by itself and take the
    // Escape), focus starts on the first field and goes back to the button.
    await add.click();
    await expect(dialog().getByRole('combobox', { name: 'Aktör', exact: true })).toBeFocused();
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(dialog()).toHaveCount(0);
    await expect(add).toBeFocused();
    // Typed: Escape asks; "Fortsätt skriva" keeps the text; Avbryt asks again; discard closes.
    await add.click();
    await dialog().getByLabel('Vad gör aktören?').fill('Något jag inte vill förlora');
    await page.keyboard.press('Escape');
    const ask = page.getByRole('alertdialog', { name: 'Släng ändringarna?' });
    await expect(ask).toBeVisible();
    await expectNoAxeViolations(page, 'discard changes?');
    await ask.getByRole('button', { name: 'Fortsätt skriva' }).click();
    await expect(dialog().getByLabel('Vad gör aktören?')).toHaveValue(
      'Något jag inte vill förlora',
    );
    await dialog().getByRole('button', { name: 'Avbryt' }).click();
    await ask.getByRole('button', { name: 'Släng ändringarna' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(add).toBeFocused();
  });

  it('gives an action for adults the adult line, says so, and confirms the save', async () => {
    await page.goto(`/rutiner/${rid}/steg/3`);
    await expectHeading(page, /^Steg 3\. /);
    await page.getByRole('button', { name: 'Lägg till vem som gör vad' }).click();
    const combobox = dialog().getByRole('combobox', { name: 'Aktör', exact: true });
    await combobox.fill('Socia');
    await page.getByRole('option', { name: 'Socialtjänsten', exact: true }).click();
    await dialog().getByLabel('Vad gör aktören?').fill('Tar emot samtal om vuxna på dagtid');
    await dialog().getByRole('radio', { name: 'Vuxna', exact: true }).check();
    const picker = dialog().getByLabel('Så nås aktören', { exact: true });
    await expect(picker.locator('option:checked')).toContainText('Mottagningen vuxna');
    await expect(dialog()).toContainText('eftersom åtgärden gäller vuxna');
    await dialog().getByRole('radio', { name: 'Barn', exact: true }).check();
    await expect(picker.locator('option:checked')).toContainText('Mottagningen barn och unga');
    await dialog().getByRole('radio', { name: 'Vuxna', exact: true }).check();
    await expectNoAxeViolations(page, 'action dialog with the adult line');
    await dialog().getByRole('button', { name: 'Lägg till', exact: true }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.locator('.saved-notice__box')).toBeVisible();
    const row = page.locator('.is-just-saved');
    await expect(row).toContainText('Tar emot samtal om vuxna på dagtid');
    await expect(row).toContainText('08-123 456 79');
  });

  it('shows the matrix without sideways scrolling at 1280 px, with tel: links', async () => {
    await page.goto(`/rutiner/${rid}/vem-gor-vad`);
    await expectHeading(page, 'Vem gör vad');
    const wrap = page.locator('.matrix-wrap--table');
    await expect(wrap).toBeVisible();
    await expect(wrap.locator('a[href^="tel:"]').first()).toBeVisible();
    expect(await wrap.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // Nothing runs into the next column (a phone number with its hours used to).
    const overflowing = await wrap.evaluate((el) =>
      [...el.querySelectorAll('th, td')]
        .filter((cell) => cell.scrollWidth > cell.clientWidth)
        .map((cell) => cell.textContent),
    );
    expect(overflowing).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await expectNoAxeViolations(page, 'matrix at 1280 px');
  });

  it('warns on Publicera that BASE_URL is not set', async () => {
    await page.goto(`/rutiner/${rid}/publicera`);
    await expectHeading(page, 'Publicera');
    await expect(page.locator('.origin-warning')).toContainText('BASE_URL');
    await expect(page.getByLabel('Adress till den publicerade sidan')).toHaveValue(
      `${running.baseUrl}/r/${slug}`,
    );
    await expectNoAxeViolations(page, 'Publicera with the BASE_URL warning');
  });

  it('prints the draft card with the draft mark', async () => {
    const response = await context.request.get(`${running.baseUrl}/api/routines/${rid}/card.pdf`);
    expect(response.status()).toBe(200);
    const file = path.join(os.tmpdir(), `card-${Date.now()}.pdf`);
    fs.writeFileSync(file, await response.body());
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    fs.rmSync(file);
    expect(text).toContain('UTKAST – inte antagen');
  });

  it('puts 112 before the first entry point on a phone', async () => {
    await page.setViewportSize(VIEWPORTS.phone);
    await page.goto(`/r/${slug}?version=draft`);
    const urgent = page.locator('.urgent');
    await expect(urgent).toBeVisible();
    const first = page.locator('.box a[href^="tel:"]').first();
    const [a, b] = [await urgent.boundingBox(), await first.boundingBox()];
    expect(a && b && a.y < b.y).toBe(true);
    await page.setViewportSize(VIEWPORTS.desktop);
  });

  it('met no unexpected failures', () => {
    expect(errors).toEqual([]);
  });
});
