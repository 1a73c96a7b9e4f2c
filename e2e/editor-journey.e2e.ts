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
import { expectHeading, fillAndWaitSaved, newUser, saveStateOf } from './helpers/journey';

/**
 * The editor's journey of issue 2: sign up → create a collaboration → create a routine → answer
 * one question in every step → reload → the answers are there; every page visited is scanned
 * with axe; the language switch goes to English and back.
 */
describeInBrowser('editor journey', () => {
  let running: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const user = newUser();
  const answers = new Map<number, string>();
  let routinePath = '';

  beforeAll(async () => {
    running = await startApp();
    browser = await launchBrowser();
    context = await newContext(browser, running.baseUrl);
    page = await context.newPage();
    errors = collectPageErrors(
      page,
      [],
      [
        // The journey opens a routine that does not exist and signs in with a wrong password.
        { status: 404, path: /^\/api\/routines\/finns-inte$/ },
        { status: 401, path: /^\/api\/auth\/sign-in\/email$/ },
        // It names a collaboration with a personnummer in it (the guard answers 400).
        { status: 400, path: /^\/api\/collaborations(\/[^/]+)?$/ },
      ],
    );
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await running?.close();
  });

  it('shows what Samrutin is and signs up', async () => {
    await page.goto('/');
    await expectHeading(page, 'Gör en gemensam rutin för enskilda ärenden');
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.title()).toContain('Samrutin');
    await expectNoAxeViolations(page, 'landing');

    await page.getByRole('link', { name: 'Skapa konto' }).click();
    await expectHeading(page, 'Skapa konto');
    await expectNoAxeViolations(page, 'sign-up');

    // An empty submit: the error summary takes focus and names each field.
    await page.getByRole('button', { name: 'Skapa konto' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Skriv ditt namn');
    expect(await page.getByLabel('Namn', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await expectNoAxeViolations(page, 'sign-up with errors');

    await page.getByLabel('Namn', { exact: true }).fill(user.name);
    await page.getByLabel('E-postadress').fill(user.email);
    await page.getByLabel('Lösenord').fill(user.password);
    await page.getByRole('button', { name: 'Skapa konto' }).click();
    await expectHeading(page, 'Mina samverkansgrupper');
    await expect(page.locator('.site-header__user')).toContainText(user.name);
    await expectNoAxeViolations(page, 'my collaborations (empty)');
  });

  it('creates and renames a collaboration', async () => {
    // A personnummer in the name stops the form: the notice says why and points at the field.
    const name = page.getByLabel('Samverkansgruppens namn');
    await name.fill('Samverkan i Exempelkommun 19121212-1212');
    await page.getByLabel('Område (frivilligt)').fill('Exempelkommun och Grannby');
    await page.getByRole('button', { name: 'Skapa samverkansgrupp' }).click();
    const notice = page.locator('.personal-data');
    await notice.getByText('Texten ser ut att innehålla ett personnummer').waitFor();
    await expect(notice).toBeFocused();
    await expect(notice.locator('mark')).toHaveText('19121212-1212');
    await expectNoAxeViolations(page, 'create collaboration: suspected personnummer');
    await notice.getByRole('link', { name: 'Samverkansgruppens namn' }).click();
    await expect(name).toBeFocused();
    await name.fill('Samverkan i Exempelkommun');
    await expect(notice).toHaveCount(0);
    await page.getByRole('button', { name: 'Skapa samverkansgrupp' }).click();
    await expectHeading(page, 'Samverkan i Exempelkommun');
    expect(page.url()).toMatch(/\/samverkan\/[^/]+$/);
    await expectNoAxeViolations(page, 'collaboration: routines (empty)');

    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.waitForURL(/\/installningar$/);
    await expectNoAxeViolations(page, 'collaboration: settings');
    await page
      .getByLabel('Samverkansgruppens namn')
      .fill('Samverkan mot människohandel i Exempelkommun');
    // A number that only looks like a personnummer is saved once the user says so.
    await page
      .getByLabel('Område (frivilligt)')
      .fill('Exempelkommun och Grannby, dnr 19121212-1212');
    await page.getByRole('button', { name: 'Spara ändringar' }).click();
    const settingsNotice = page.locator('.personal-data');
    await settingsNotice.getByText('Texten ser ut att innehålla ett personnummer').waitFor();
    await expectNoAxeViolations(page, 'collaboration settings: suspected personnummer');
    await settingsNotice
      .getByRole('button', { name: 'Det är inget personnummer – spara ändå' })
      .click();
    await page.getByText('Ändringarna är sparade.').waitFor();
    await expect(settingsNotice).toHaveCount(0);
    await expectHeading(page, 'Samverkan mot människohandel i Exempelkommun');

    await page.getByRole('link', { name: 'Rutiner', exact: true }).click();
    await page.waitForURL(/\/samverkan\/[^/]+$/);
  });

  it('creates a routine and shows the way ahead', async () => {
    await page.getByLabel('Rutinens namn').fill('Rutin för enskilda ärenden');
    await page.getByRole('button', { name: 'Skapa rutin' }).click();
    await expectHeading(page, 'Översikt');
    routinePath = new URL(page.url()).pathname;
    expect(routinePath).toMatch(/^\/rutiner\/[^/]+$/);
    await page.getByRole('heading', { name: 'Så går arbetet till' }).waitFor();
    await expect(page.locator('.routine-header')).toContainText('Utkast');
    // Six steps not started; the timeline is begun (a new routine gets suggested milestones).
    await expect(page.locator('.task-list .task-status--inProgress')).toHaveCount(1);
    await expect(page.locator('.task-list .task-status--notStarted')).toHaveCount(6);
    await expectNoAxeViolations(page, 'routine overview (new)');
  });

  it('answers one question in every step, with the main rule on step 4', async () => {
    const nav = page.getByRole('navigation', { name: 'Rutinens delar' });
    for (let step = 1; step <= 6; step += 1) {
      await nav.getByRole('link', { name: new RegExp(`^${step}\\. `) }).click();
      await page.waitForURL(new RegExp(`/steg/${step}$`));
      await expectHeading(page, new RegExp(`^Steg ${step}\\. `));
      // Focus moved to the new page's heading.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      if (step === 4) {
        await fillAndWaitSaved(
          page,
          page.getByLabel('Huvudregel för den första kontakten'),
          'Ring socialjouren först, alltid.',
        );
      }
      const text = `Svar i steg ${step}: socialtjänsten tar emot och kontaktar polisen.`;
      answers.set(step, text);
      await fillAndWaitSaved(page, page.getByLabel(/^Fråga 1 /), text);
      await expect
        .poll(() => nav.getByRole('link', { name: new RegExp(`^${step}\\. `) }).textContent())
        .toMatch(/(?<!\d)1\/\d/);
      await expectNoAxeViolations(page, `step ${step}`);
    }
  });

  it('keeps an answer typed offline and sends it when connected again', async () => {
    await page.goto(`${routinePath}/steg/5`);
    await expectHeading(page, /^Steg 5\. /);
    const field = page.getByLabel(/^Fråga 2 /);
    await page.locator('.connection-state', { hasText: /Ansluten$/ }).waitFor();
    await context.setOffline(true);
    await field.fill('Samverkan sker i ett team med en kontaktperson per organisation.');
    await context.setOffline(false);
    const state = saveStateOf(page, field);
    await expect
      .poll(async () => ((await state.textContent()) ?? '').trim(), { timeout: 20_000 })
      .toMatch(/^Sparat \d{2}:\d{2}/);
  });

  it('counts characters near the 20 000 limit and refuses to send more', async () => {
    const field = page.getByLabel(/^Fråga 3 /);
    const state = saveStateOf(page, field);
    const footer = page.locator('.autosave-field', { has: field }).locator('.char-count');
    const countText = async () => ((await footer.textContent()) ?? '').replace(/\s/g, ' ');
    await fillAndWaitSaved(page, field, 'a'.repeat(19_000));
    expect(await countText()).toBe('Du har 1 000 tecken kvar av 20 000');
    await field.fill('a'.repeat(20_005));
    await state.getByText('Texten är för lång', { exact: false }).waitFor();
    expect(await countText()).toBe('Du har 5 tecken för mycket (högst 20 000)');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await fillAndWaitSaved(page, field, 'Målsägandebiträde och betänketid.');
    await expect(footer).toHaveCount(0);
  });

  it('warns about a suspected personnummer and saves when told it is not one', async () => {
    await page.goto(`${routinePath}/steg/3`);
    await expectHeading(page, /^Steg 3\. /);
    const field = page.getByLabel(/^Fråga 2 /);
    const state = saveStateOf(page, field);
    await field.fill('Ärendenummer 19811218-9876 används i journalen.');
    await state.getByText('ser ut att innehålla ett personnummer', { exact: false }).waitFor();
    await state.getByRole('button', { name: 'Det är inget personnummer – spara ändå' }).click();
    await expect
      .poll(async () => ((await state.textContent()) ?? '').trim())
      .toMatch(/^Sparat \d{2}:\d{2}/);
  });

  it('shows the timeline and the confirmation page', async () => {
    const nav = page.getByRole('navigation', { name: 'Rutinens delar' });
    await nav.getByRole('link', { name: 'Tidslinje' }).click();
    await expectHeading(page, /Tidslinje/i);
    await expectNoAxeViolations(page, 'timeline');

    await nav.getByRole('link', { name: 'Bekräftelse' }).click();
    await expectHeading(page, /Bekräftelse/i);
    await expect(page.locator('thead th')).toHaveCount(4);
    await expectNoAxeViolations(page, 'confirmation');
  });

  it('keeps every answer across a reload', async () => {
    for (let step = 1; step <= 6; step += 1) {
      await page.goto(`${routinePath}/steg/${step}`);
      await expectHeading(page, new RegExp(`^Steg ${step}\\. `));
      await expect(page.getByLabel(/^Fråga 1 /)).toHaveValue(answers.get(step) ?? '');
      if (step === 4) {
        await expect(page.getByLabel('Huvudregel för den första kontakten')).toHaveValue(
          'Ring socialjouren först, alltid.',
        );
      }
    }
    await page.goto(routinePath);
    await expectHeading(page, 'Översikt');
    // Steps 1–4 are partly answered (and the timeline has milestones to do); step 5 (all
    // three) and step 6 (its one question) are done.
    await expect(page.locator('.task-list .task-status--inProgress')).toHaveCount(5);
    await expect(page.locator('.task-list .task-status--done')).toHaveCount(2);
    await expectNoAxeViolations(page, 'routine overview (in progress)');
  });

  it('switches to English and back, remembering the choice', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expectHeading(page, 'Overview');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await expectHeading(page, 'Overview');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.goto(`${routinePath}/steg/1`);
    await expectHeading(page, /^Step 1\. /);
    await expectNoAxeViolations(page, 'step 1 in English');

    await page.getByRole('button', { name: 'Svenska' }).click();
    await expectHeading(page, /^Steg 1\. /);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
  });

  it('works on a phone: the step navigation is a disclosure', async () => {
    await page.setViewportSize(VIEWPORTS.phone);
    await page.goto(`${routinePath}/steg/3`);
    await expectHeading(page, /^Steg 3\. /);
    const toggle = page.getByRole('button', { name: 'Visa rutinens delar' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await expectNoAxeViolations(page, 'step 3 on a phone');
    await toggle.click();
    const nav = page.getByRole('navigation', { name: 'Rutinens delar' });
    await nav.getByRole('link', { name: /^Tidslinje/ }).waitFor();
    await expectNoAxeViolations(page, 'step navigation open on a phone');
    await nav.getByRole('link', { name: /^Tidslinje/ }).click();
    await expectHeading(page, /Tidslinje/i);
    expect(
      await page.getByRole('button', { name: 'Visa rutinens delar' }).getAttribute('aria-expanded'),
    ).toBe('false');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize(VIEWPORTS.desktop);
  });

  it('answers unknown addresses with a 404 page', async () => {
    await page.goto('/finns-inte');
    await expectHeading(page, 'Sidan finns inte');
    await expectNoAxeViolations(page, '404');
    await page.goto('/rutiner/finns-inte');
    await expectHeading(page, 'Sidan finns inte');
  });

  it('signs out, and sends a signed-out visitor to sign in and back', async () => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await expectHeading(page, 'Gör en gemensam rutin för enskilda ärenden');

    await page.goto(`${routinePath}/steg/2`);
    await expectHeading(page, 'Logga in');
    expect(page.url()).toContain('tillbaka=');
    await expectNoAxeViolations(page, 'sign-in');

    await page.getByLabel('E-postadress').fill(user.email);
    await page.getByLabel('Lösenord').fill('fel lösenord 000');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page
      .locator('.error-summary')
      .getByText('E-postadressen eller lösenordet stämmer inte', { exact: false })
      .waitFor();

    await page.getByLabel('Lösenord').fill(user.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expectHeading(page, /^Steg 2\. /);
    await expect(page.getByLabel(/^Fråga 1 /)).toHaveValue(answers.get(2) ?? '');
  });

  it('logged no errors in the browser', () => {
    expect(errors).toEqual([]);
  });
});
