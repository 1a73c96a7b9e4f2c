import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningApp, startApp } from './helpers/app';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutScripts } from './helpers/axe';
import {
  collectPageErrors,
  describeInBrowser,
  launchBrowser,
  newContext,
  screenshots,
} from './helpers/browser';
import { expectHeading, newUser, signUpViaApi } from './helpers/journey';
import {
  adoptNextVersion,
  createActors,
  createCollaborationAndRoutine,
  fillRoutine,
  send,
} from './helpers/routine-data';

const REGION = 'Region Exempellän';

/**
 * Issue 18's regional overview: a regional coordinator creates a region and invites a
 * colleague; a collaboration's coordinator opts its adopted routine in under Inställningar;
 * the regional coordinator sees it in the overview (chart, figures, a card) and downloads the
 * CSV; after opting out it is gone. Every new page is scanned with axe.
 */
describeInBrowser('regional overview', () => {
  let running: RunningApp;
  let browser: Browser;
  let coordinatorContext: BrowserContext;
  let regionalContext: BrowserContext;
  let coordinatorPage: Page;
  let regionalPage: Page;
  let errors: string[];
  const coordinator = newUser('samordnare');
  const regional = newUser('region');
  const colleague = newUser('kollega');
  const admin = newUser('admin');
  let cid = '';
  let regionUrl = '';

  beforeAll(async () => {
    running = await startApp({ env: { ADMIN_EMAILS: admin.email } });
    const { baseUrl } = running;
    browser = await launchBrowser();
    coordinatorContext = await newContext(browser, baseUrl);
    await signUpViaApi(coordinatorContext, baseUrl, coordinator);
    const base = await createCollaborationAndRoutine(coordinatorContext, baseUrl);
    cid = base.collaborationId;
    const actors = await createActors(coordinatorContext, baseUrl, cid);
    await fillRoutine(coordinatorContext, baseUrl, base.routineId, actors, { withPlan: true });
    await adoptNextVersion(coordinatorContext, baseUrl, base.routineId, coordinator.password);
    await send(coordinatorContext, baseUrl, 'PATCH', `/api/routines/${base.routineId}`, {
      visibility: 'public',
    });
    regionalContext = await newContext(browser, baseUrl);
    await signUpViaApi(regionalContext, baseUrl, regional);
    coordinatorPage = await coordinatorContext.newPage();
    regionalPage = await regionalContext.newPage();
    errors = [];
    collectPageErrors(coordinatorPage, errors);
    collectPageErrors(regionalPage, errors);
  }, 120_000);

  afterAll(async () => {
    await coordinatorContext?.close();
    await regionalContext?.close();
    await browser?.close();
    await running?.close();
  });

  it('a regional coordinator creates a region and invites a colleague', async () => {
    const page = regionalPage;
    await page.goto('/');
    await page.getByRole('link', { name: 'Regioner', exact: true }).click();
    await expectHeading(page, 'Regioner');
    await page.getByText('Du är inte regional samordnare i någon region än.').waitFor();
    await expectNoAxeViolations(page, 'regions');
    await page.getByRole('button', { name: 'Skapa regionen' }).click();
    await page.getByRole('link', { name: 'Skriv regionens namn.' }).waitFor();
    await expectNoAxeViolations(page, 'regions: name missing');
    await page.getByLabel('Regionens namn').fill(REGION);
    await page.getByRole('button', { name: 'Skapa regionen' }).click();
    await expectHeading(page, REGION);
    regionUrl = new URL(page.url()).pathname;
    await page.getByText('Ingen samverkansgrupp är med i regionen än.', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'overview: empty');

    await page.getByLabel('E-postadress').fill(colleague.email);
    await page.getByRole('button', { name: 'Skapa inbjudan' }).click();
    const link = await page.getByLabel('Länk till inbjudan').inputValue();
    expect(link).toMatch(/\/regioninbjudan\/[A-Za-z0-9_-]{20,}$/);
    await expectNoAxeViolations(page, 'overview: invitation created');

    const colleagueContext = await newContext(browser, running.baseUrl);
    await signUpViaApi(colleagueContext, running.baseUrl, colleague);
    const colleaguePage = await colleagueContext.newPage();
    await colleaguePage.goto(new URL(link).pathname);
    await expectHeading(colleaguePage, 'Inbjudan att bli regional samordnare');
    await expectNoAxeViolations(colleaguePage, 'region invitation');
    await colleaguePage.getByRole('button', { name: 'Tacka ja' }).click();
    await colleaguePage.getByText(`Du är nu regional samordnare i ${REGION}.`).waitFor();
    await colleaguePage.getByRole('link', { name: 'Gå till regionens översikt' }).click();
    await expectHeading(colleaguePage, REGION);
    await colleagueContext.close();
  });

  it('a collaboration’s coordinator opts in under Inställningar', async () => {
    const page = coordinatorPage;
    await page.goto(`/samverkan/${cid}/installningar`);
    await page.getByRole('heading', { name: 'Regional översikt' }).waitFor();
    await expectNoAxeViolations(page, 'settings: regions');
    await page.getByRole('button', { name: `Var med i ${REGION}` }).click();
    await page.getByRole('button', { name: `Lämna ${REGION}` }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `Ni är nu med i ${REGION}.` })
      .waitFor();
    await page.getByText('Ni är med', { exact: true }).waitFor();
    await screenshots(page, 'region-opt-in');
  });

  it('the regional coordinator sees the collaboration, its coverage and the CSV', async () => {
    const page = regionalPage;
    await page.goto(regionUrl);
    await expectHeading(page, REGION);
    const card = page.locator('.region-card');
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    await expect(card).toContainText('Samverkan mot människohandel i Exempelkommun');
    await expect(card).toContainText(coordinator.email);
    await expect(card).toContainText('Ingång för barn: Ja');
    await page
      .getByText('1 samverkansgrupp är med. 1 har en antagen rutin', { exact: false })
      .waitFor();
    // The chart is an image with a text alternative; the figures are in the table beside it.
    const chart = page.getByRole('img', { name: /Stapeldiagram/ });
    await expect
      .poll(() => chart.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    const table = page.getByRole('table', { name: 'Täckning i siffror' });
    await expect(table.getByRole('row')).toHaveCount(7);
    await expectNoAxeViolations(page, 'overview: one collaboration');
    await screenshots(page, 'region-overview');

    const csv = await regionalContext.request.get(
      `${running.baseUrl}/api/regions/${regionUrl.split('/').pop()}/overview.csv`,
    );
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Samverkan,Område,Samordnare,/);
    expect(lines).toHaveLength(2);
  });

  it('lists the adopted public routine on the national page once the coordinator says so', async () => {
    const page = coordinatorPage;
    await page.goto(`/samverkan/${cid}/installningar`);
    const box = page.getByLabel('Visa våra antagna, publika rutiner på den nationella sidan');
    await box.check();
    await page
      .getByRole('status')
      .filter({ hasText: 'Era antagna, publika rutiner visas nu på den nationella sidan.' })
      .waitFor();
    await expectNoAxeViolations(page, 'settings: national page');

    const publicContext = await newContext(browser, running.baseUrl);
    const visitor = await publicContext.newPage();
    collectPageErrors(visitor, errors);
    await visitor.goto('/');
    await visitor.getByRole('link', { name: 'Visa landets rutiner' }).click();
    await expectHeading(visitor, 'Rutiner i landet');
    const link = visitor.getByRole('link', { name: 'Rutin för enskilda ärenden' });
    expect(await link.getAttribute('href')).toMatch(/\/r\/[a-z0-9-]+$/);
    await expectNoAxeViolations(visitor, 'national page');
    await screenshots(visitor, 'national-page');
    await publicContext.close();

    // The same page with JavaScript off: server-rendered, in Swedish and English.
    const noScript = await browser.newContext({
      baseURL: running.baseUrl,
      javaScriptEnabled: false,
      locale: 'sv-SE',
      viewport: { width: 375, height: 800 },
    });
    const plain = await noScript.newPage();
    const res = await plain.goto('/rutiner-i-landet');
    expect(res?.status()).toBe(200);
    await expectHeading(plain, 'Rutiner i landet');
    expect(await plain.getByRole('link', { name: 'Rutin för enskilda ärenden' }).count()).toBe(1);
    await expectNoAxeViolationsWithoutScripts(plain, regionalContext, 'national page, no script');
    await screenshots(plain, 'national-page-noscript');
    await plain.getByRole('link', { name: 'In English' }).click();
    await expectHeading(plain, 'Routines across the country');
    expect(await plain.locator('html').getAttribute('lang')).toBe('en');
    await expectNoAxeViolationsWithoutScripts(plain, regionalContext, 'national page, English');
    await noScript.close();
  });

  it('forgets the collaboration once it opts out', async () => {
    await coordinatorPage.getByRole('button', { name: `Lämna ${REGION}` }).click();
    await coordinatorPage.getByRole('button', { name: `Var med i ${REGION}` }).waitFor();
    await regionalPage.reload();
    await expectHeading(regionalPage, REGION);
    await regionalPage
      .getByText('Ingen samverkansgrupp är med i regionen än.', { exact: false })
      .waitFor();
    await expect(regionalPage.locator('.region-card')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
  it('a regional coordinator withdraws an invitation and removes a colleague, never the last', async () => {
    const page = regionalPage;
    await page.goto(regionUrl);
    await expectHeading(page, REGION);
    await page.getByLabel('E-postadress').fill('ingen-annan@example.org');
    await page.getByRole('button', { name: 'Skapa inbjudan' }).click();
    await page.getByLabel('Länk till inbjudan').waitFor();
    const withdraw = page.getByRole('button', {
      name: 'Dra tillbaka inbjudan till ingen-annan@example.org',
    });
    await withdraw.click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'region: withdraw dialog');
    await dialog.getByRole('button', { name: 'Dra tillbaka' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Inbjudan till ingen-annan@example.org är tillbakadragen.' })
      .waitFor();
    await expect(withdraw).toHaveCount(0);
    await page.getByRole('button', { name: `Ta bort ${colleague.name}` }).click();
    await expectNoAxeViolations(page, 'region: remove dialog');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ta bort' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'är inte längre regional samordnare.' })
      .waitFor();
    // Now the only one: no way to remove or leave, and the reason is said.
    await page.getByText('Du är den enda regionala samordnaren.', { exact: false }).waitFor();
    await expect(page.getByRole('button', { name: 'Lämna regionen' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'region: one coordinator left');
    await screenshots(page, 'region-coordinators');
  });

  it('an instance administrator creates a region and invites its first coordinator', async () => {
    const adminContext = await newContext(browser, running.baseUrl);
    await signUpViaApi(adminContext, running.baseUrl, admin);
    const page = await adminContext.newPage();
    collectPageErrors(page, errors);
    await page.goto('/regioner');
    await expectHeading(page, 'Regioner');
    await page.getByRole('heading', { name: 'Skapa en region åt någon annan' }).waitFor();
    const form = page.getByRole('region', { name: 'Skapa en region åt någon annan' });
    await form.getByRole('button', { name: 'Skapa regionen och bjud in' }).click();
    await form.getByRole('link', { name: 'Skriv regionens namn.' }).waitFor();
    await expectNoAxeViolations(page, 'regions: admin form errors');
    await form.getByLabel('Regionens namn').fill('Region Adminland');
    await form.getByLabel('E-postadress till den regionala samordnaren').fill('ny@example.org');
    await form.getByRole('button', { name: 'Skapa regionen och bjud in' }).click();
    await form
      .getByText('Regionen Region Adminland är skapad och ny@example.org är inbjuden.')
      .waitFor();
    const link = await form.getByLabel('Ingen e-post skickades. Skicka länken själv:').inputValue();
    expect(link).toMatch(/\/regioninbjudan\/[A-Za-z0-9_-]{20,}$/);
    await expectNoAxeViolations(page, 'regions: admin created a region');
    await screenshots(page, 'regions-admin');
    // The administrator coordinates nothing.
    await expect(page.getByText('Du är inte regional samordnare i någon region än.')).toHaveCount(
      1,
    );
    await adminContext.close();
    expect(errors).toEqual([]);
  });
});
