import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSmtp } from '../test/helpers/smtp';
import { type RunningApp, startApp } from './helpers/app';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutScripts } from './helpers/axe';
import {
  collectPageErrors,
  describeInBrowser,
  launchBrowser,
  newContext,
  screenshots,
} from './helpers/browser';
import {
  confirmEmailViaApi,
  expectHeading,
  getJson,
  newUser,
  signUpViaApi,
} from './helpers/journey';
import {
  adoptNextVersion,
  createActors,
  createCollaborationAndRoutine,
  fillRoutine,
  send,
} from './helpers/routine-data';

/** A clock the journey moves across the review date. */
class MovableClock {
  offsetMs = 0;
  now() {
    return new Date(Date.now() + this.offsetMs);
  }
}

describeInBrowser('feedback from use and reminders', () => {
  let running: RunningApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const clock = new MovableClock();
  let browser: Browser;
  let coordinatorContext: BrowserContext;
  let strangerContext: BrowserContext;
  /** scripts on, for axe (see expectNoAxeViolationsWithoutScripts) */
  let scanContext: BrowserContext;
  let page: Page;
  let stranger: Page;
  let errors: string[];
  const coordinator = newUser('samordnare');
  let rid = '';
  let slug = '';
  let reviewDate = '';

  beforeAll(async () => {
    smtp = await startSmtp();
    running = await startApp({ env: { SMTP_URL: smtp.url }, clock });
    const { baseUrl } = running;
    browser = await launchBrowser();
    coordinatorContext = await newContext(browser, baseUrl);
    await signUpViaApi(coordinatorContext, baseUrl, coordinator);
    // With SMTP the address is confirmed first (issue 11); that mail is not a reminder.
    await confirmEmailViaApi(coordinatorContext, baseUrl, smtp.received, coordinator.email);
    smtp.received.length = 0;
    const base = await createCollaborationAndRoutine(coordinatorContext, baseUrl);
    rid = base.routineId;
    const actors = await createActors(coordinatorContext, baseUrl, base.collaborationId);
    await fillRoutine(coordinatorContext, baseUrl, rid, actors, { withPlan: true });
    await adoptNextVersion(coordinatorContext, baseUrl, rid, coordinator.password, {
      summary: 'Första versionen',
      section: 12,
    });
    await send(coordinatorContext, baseUrl, 'PATCH', `/api/routines/${rid}`, {
      visibility: 'public',
    });
    const routine = await getJson<{ slug: string; status: string; nextReviewDate: string | null }>(
      coordinatorContext,
      baseUrl,
      `/api/routines/${rid}`,
    );
    expect(routine.status).toBe('adopted');
    slug = routine.slug;
    const plan = await getJson<{ nextReviewDate: string }>(
      coordinatorContext,
      baseUrl,
      `/api/routines/${rid}/evaluation-plan`,
    );
    reviewDate = plan.nextReviewDate;
    page = await coordinatorContext.newPage();
    errors = collectPageErrors(page);
    strangerContext = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 375, height: 800 },
      javaScriptEnabled: false,
      locale: 'sv-SE',
    });
    stranger = await strangerContext.newPage();
    scanContext = await browser.newContext({ baseURL: baseUrl, locale: 'sv-SE' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await running?.close();
    await smtp?.close();
  });

  it('a stranger without JavaScript leaves feedback; a number is refused with the reason first', async () => {
    const published = await stranger.goto(`/r/${slug}`);
    expect(published?.status()).toBe(200);
    await stranger.getByRole('link', { name: 'Lämna återkoppling' }).click();
    await expectHeading(stranger, 'Lämna återkoppling');
    await expectNoAxeViolationsWithoutScripts(stranger, scanContext, 'feedback form');
    await stranger.getByLabel('Vilket steg gäller det?').selectOption('3');
    await stranger
      .getByLabel(/Vad fungerade/)
      .fill('Det gällde 19121212-1212. Socialjouren svarade inte.');
    await stranger.getByLabel('Din organisation (frivilligt)').fill('Vårdcentralen');
    await stranger.getByRole('button', { name: 'Skicka återkoppling' }).click();
    await expect.poll(() => stranger.getByRole('alert').textContent()).toContain('personnummer');
    await expectNoAxeViolationsWithoutScripts(stranger, scanContext, 'feedback refused');
    await screenshots(stranger, 'feedback-refused');
    await stranger.getByLabel(/Vad fungerade/).fill('Socialjourens nummer svarade inte på natten.');
    await stranger.getByRole('button', { name: 'Skicka återkoppling' }).click();
    await expectHeading(stranger, 'Tack för din återkoppling');
    await expectNoAxeViolationsWithoutScripts(stranger, scanContext, 'feedback receipt');
    await screenshots(stranger, 'feedback-receipt');
  });

  it('the coordinator triages it on the Återkoppling page', async () => {
    // a second item, posted as a browser without scripts sends the form
    const text = 'Ambulansens kontaktväg saknas i steg 3.';
    const posted = await strangerContext.request.post(`${running.baseUrl}/r/${slug}/feedback`, {
      form: { step: '3', text },
      maxRedirects: 0,
    });
    expect(posted.status()).toBe(303);
    await page.goto(`/rutiner/${rid}/aterkoppling`);
    await expectHeading(page, 'Återkoppling från användningen');
    // the stranger's item from the step before, and this one
    await expect
      .poll(() => page.getByText('Socialjourens nummer svarade inte på natten.').count())
      .toBe(1);
    const item = page.getByRole('listitem').filter({ hasText: text });
    await expect.poll(() => item.count()).toBe(1);
    await expectNoAxeViolations(page, 'feedback triage');
    await item.getByLabel('Läge').selectOption('discussing');
    await item.getByLabel('Anteckning').fill('Tas upp på uppföljningsmötet');
    await item.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => item.getByRole('status').textContent()).toBe('Sparat.');
    // the saved state shows, and the form keeps its place (the button still has the focus)
    await expect.poll(() => item.locator('.feedback-status').textContent()).toBe('Diskuteras');
    await expect(item.getByRole('button', { name: 'Spara' })).toBeFocused();
    await screenshots(page, 'feedback-triage');
    const list = await getJson<{ text: string; status: string; note: string | null }[]>(
      coordinatorContext,
      running.baseUrl,
      `/api/routines/${rid}/feedback`,
    );
    expect(list.find((f) => f.text === text)).toMatchObject({
      status: 'discussing',
      note: 'Tas upp på uppföljningsmötet',
    });
  });

  it('the review reminder arrives by mail and in the app', async () => {
    // 20 days before the review date
    clock.offsetMs = Date.parse(`${reviewDate}T08:00:00Z`) - 20 * 86_400_000 - Date.now();
    await running.app.jobs.tick();
    const mails = smtp.received.filter((m) => m.to.includes(coordinator.email));
    expect(mails.map((m) => m.subject)).toEqual([expect.stringContaining('om 30 dagar')]);
    expect(mails[0]!.text).toContain('/avregistrera/');
    await page.goto('/installningar');
    await expectHeading(page, 'Påminnelser och inställningar');
    await expect.poll(() => page.getByText(/ska följas upp senast/).count()).toBe(1);
    await expectNoAxeViolations(page, 'reminders page');
    await screenshots(page, 'reminders');
    expect(errors).toEqual([]);
  });
  it('the coordinator records the review on Utvärdering and starts a revision; version 1 stays published', async () => {
    // the clock is 20 days before the review date: the review is due
    await page.goto(`/rutiner/${rid}/utvardering`);
    await expectHeading(page, 'Utvärdering');
    await expect.poll(() => page.getByText(/^Dags för uppföljning/).count()).toBe(1);
    await page.getByLabel('Periodens första dag').fill('2026-01-01');
    await page.getByLabel('Antal ärenden').fill('7');
    await page.getByLabel('Tid till första kontakt').fill('2 h median');
    await page.getByLabel('Datum för uppföljningsmötet').fill('2026-11-30');
    await page.getByLabel('Socialtjänsten').check();
    await page.getByLabel('Polisen').check();
    await page
      .getByLabel('Beslut', { exact: true })
      .fill('Nytt nummer till socialjouren i steg 3.');
    await page.getByRole('button', { name: 'Spara uppföljningen' }).click();
    const period = page.getByRole('listitem').filter({ hasText: 'Uppföljning 1 jan' });
    await expect.poll(() => period.count()).toBe(1);
    await expect
      .poll(() => period.textContent())
      .toContain('2 återkopplingar kom in under perioden.');
    expect(await period.textContent()).toContain('Socialtjänsten, Polisen');
    await expectNoAxeViolations(page, 'evaluation page');
    await screenshots(page, 'evaluation');
    await period.getByRole('button', { name: /Starta revidering/ }).click();
    const dialog = page.getByRole('alertdialog');
    await expect.poll(() => dialog.textContent()).toContain('Version 1 gäller');
    await expectNoAxeViolations(page, 'start revision dialog');
    await dialog.getByRole('button', { name: 'Starta revidering' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Revideringen' }).textContent())
      .toBe('Revideringen har startat. 3 öppna punkter finns nu på stegen.');
    await expect.poll(() => page.getByText(/^Under revidering sedan/).count()).toBe(1);
    await screenshots(page, 'evaluation-revision');
    const threads = await getJson<{ comments: { body: string }[] }[]>(
      coordinatorContext,
      running.baseUrl,
      `/api/routines/${rid}/comments?step=3`,
    );
    expect(threads.map((x) => x.comments[0]!.body)).toContain(
      'Från utvärderingen, återkoppling (ny): Socialjourens nummer svarade inte på natten.',
    );
    // the step page lists them among its unresolved threads
    await page.goto(`/rutiner/${rid}/steg/3`);
    const open = page.getByRole('region', { name: /olösta kommentarstrådar i steget/ });
    await expect.poll(() => open.textContent()).toContain('Från utvärderingen, återkoppling');
    await page.goto(`/rutiner/${rid}/tidslinje`);
    const here = page.getByRole('region', { name: 'Här är vi nu' });
    await expect.poll(() => here.textContent()).toContain('Under revidering sedan');
    const published = await stranger.goto(`/r/${slug}`);
    expect(published?.status()).toBe(200);
    expect(await stranger.content()).toContain('version 1');
    expect(errors).toEqual([]);
  });
  it('Utvärdering links to the period’s feedback (filtered) and changes the next review date', async () => {
    await page.goto(`/rutiner/${rid}/utvardering`);
    const period = page.getByRole('listitem').filter({ hasText: 'Uppföljning 1 jan' });
    await period.getByRole('link', { name: 'Läs periodens återkoppling' }).click();
    await expectHeading(page, 'Återkoppling från användningen');
    expect(new URL(page.url()).searchParams.get('uppfoljning')).toBeTruthy();
    const shown = page
      .getByRole('status')
      .filter({ hasText: /^Visar|^Ingen återkoppling stämmer/ });
    await expect.poll(() => shown.textContent()).toBe('Visar 2 återkopplingar.');
    const filters = page.getByRole('group', { name: 'Visa återkoppling' });
    expect(await filters.getByLabel('Uppföljning').inputValue()).not.toBe('');
    // Both items are about step 3; one is under discussion, the other new.
    await filters.getByLabel('Steg').selectOption('3');
    await filters.getByLabel('Läge').selectOption('discussing');
    await expect.poll(() => shown.textContent()).toBe('Visar 1 återkoppling.');
    await filters.getByLabel('Läge').selectOption('no_action');
    await expect.poll(() => shown.textContent()).toBe('Ingen återkoppling stämmer med urvalet.');
    await expectNoAxeViolations(page, 'feedback: filtered by period, step and state');
    await screenshots(page, 'feedback-filtered');
    await page.getByRole('button', { name: 'Visa all återkoppling' }).click();
    await expect.poll(() => shown.textContent()).toBe('Visar 2 återkopplingar.');
    expect(new URL(page.url()).search).toBe('');

    await page.goto(`/rutiner/${rid}/utvardering`);
    await page.getByRole('heading', { name: 'Nästa uppföljning' }).waitFor();
    await page.getByLabel('Ändra datum för nästa uppföljning').fill('2028-01-15');
    await page.getByRole('button', { name: 'Spara datumet' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^Nästa uppföljning är nu/ })
          .count(),
      )
      .toBe(1);
    await expectNoAxeViolations(page, 'evaluation: next review date');
    await screenshots(page, 'evaluation-next-review');
    const plan = await getJson<{ nextReviewDate: string }>(
      coordinatorContext,
      running.baseUrl,
      `/api/routines/${rid}/evaluation-plan`,
    );
    expect(plan.nextReviewDate).toBe('2028-01-15');
    expect(errors).toEqual([]);
  });
});
