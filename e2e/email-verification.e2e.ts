import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSmtp } from '../test/helpers/smtp';
import { type RunningApp, startApp } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import {
  collectPageErrors,
  describeInBrowser,
  launchBrowser,
  newContext,
  VIEWPORTS,
} from './helpers/browser';
import { confirmationLinkFrom, expectHeading, newUser, signUpViaApi } from './helpers/journey';

const SHOTS = process.env.E2E_SCREENSHOTS;

/**
 * Issue 11's e-mail ownership: with SMTP_URL a new account sees "Bekräfta din e-postadress"
 * with its address, the blocked action (creating a collaboration) says why, "Skicka länken
 * igen" mails a new link, the link's page confirms the address and continues, and the same
 * link a second time says it was used.
 */
describeInBrowser('e-mail confirmation: banner, link, confirmed', () => {
  let running: RunningApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const person = newUser('bekrafta');

  beforeAll(async () => {
    smtp = await startSmtp();
    running = await startApp({ env: { SMTP_URL: smtp.url } });
    browser = await launchBrowser();
    context = await newContext(browser, running.baseUrl);
    await signUpViaApi(context, running.baseUrl, person);
    page = await context.newPage();
    // The used link is refused with 410 (the page says so, last step).
    errors = collectPageErrors(
      page,
      [],
      [{ status: 410, path: /^\/api\/auth\/email-verification\/confirm$/ }],
    );
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
    await smtp?.close();
  });

  const shoot = async (name: string) => {
    if (!SHOTS) return;
    for (const [label, size] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
    }
    await page.setViewportSize(VIEWPORTS.desktop);
  };

  it('shows the banner with the address, explains the blocked action and mails a new link', async () => {
    expect(smtp.received.filter((m) => m.to.includes(person.email))).toHaveLength(1);
    await page.goto('/');
    const banner = page.getByRole('region', { name: 'Bekräfta din e-postadress' });
    await expect.poll(() => banner.textContent()).toContain(person.email);
    // The create form says why it waits and points to the banner's one button for a new link.
    await expect
      .poll(() => page.getByText('Bekräfta din e-postadress först').count())
      .toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Skicka länken igen' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'home, address not confirmed');
    await shoot('verify-banner');

    // Keyboard: reach the banner's button and press it.
    const resend = banner.getByRole('button', { name: 'Skicka länken igen' });
    await resend.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => banner.getByRole('status').textContent()).toContain('En ny länk');
    await expect
      .poll(() => smtp.received.filter((m) => m.to.includes(person.email)).length)
      .toBe(2);
  });

  it('the link confirms the address, the banner goes, and the page continues', async () => {
    const link = confirmationLinkFrom(smtp.received, person.email);
    await page.goto(link);
    await expectHeading(page, 'Bekräfta e-postadressen');
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('Din e-postadress är bekräftad');
    expect(await page.getByRole('region', { name: 'Bekräfta din e-postadress' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'address confirmed');
    await shoot('verify-done');

    await page.getByRole('link', { name: 'Fortsätt' }).click();
    await page.getByRole('heading', { name: 'Skapa en samverkansgrupp' }).waitFor();
    expect(await page.getByRole('region', { name: 'Bekräfta din e-postadress' }).count()).toBe(0);
    expect(await page.getByText('Bekräfta din e-postadress först').count()).toBe(0);
  });

  it('the same link again says it was used', async () => {
    await page.goto(confirmationLinkFrom(smtp.received, person.email));
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('Länken är redan använd');
    await expectNoAxeViolations(page, 'link used');
    await shoot('verify-used');
    expect(errors).toEqual([]);
  });
});
