import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestIdentityProvider, type TestIdentityProvider } from '../test/helpers/oidc';
import { type RunningApp, startApp } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import {
  collectPageErrors,
  describeInBrowser,
  type ExpectedFailure,
  launchBrowser,
  newContext,
  VIEWPORTS,
} from './helpers/browser';
import { expectHeading, getJson, newUser, signUpViaApi } from './helpers/journey';
import {
  createActors,
  createCollaboration,
  createCollaborationAndRoutine,
  fillRoutine,
  freezeVersion,
} from './helpers/routine-data';

const SHOTS = process.env.E2E_SCREENSHOTS;
const DOMAIN = 'kommun-a.se';

/** The provider's own pages load a web font from the internet and ask for a favicon. */
const PROVIDER_PAGES: ExpectedFailure[] = [
  { status: 0, path: /^\/css\?family=/ },
  { status: 404, path: /^\/favicon\.ico$/ },
];

/**
 * Issue 19's single sign-on, in the browser against a real OpenID Connect provider
 * (oidc-provider) started here: the administrator adds Kommun A's sign-in service on
 * Administration (a wrong issuer is refused with the reason first); a person types an address
 * at kommun-a.se, gets "Logga in med Kommun A" instead of the password, logs in at the
 * provider and lands signed in with an ordinary account that creates a collaboration; a
 * cancelled consent and a provider whose issuer no longer matches come back to the sign-in
 * page with a sentence, never an error page.
 */
describeInBrowser('single sign-on with OpenID Connect per e-mail domain', () => {
  let running: RunningApp;
  let idp: TestIdentityProvider;
  let browser: Browser;
  /** Anna at kommun-a.se, signed in through the provider (her account has no password). */
  let anna: BrowserContext;
  const admin = newUser('admin');

  beforeAll(async () => {
    running = await startApp({ env: { ADMIN_EMAILS: admin.email } });
    idp = await startTestIdentityProvider({
      redirectUris: [`${running.baseUrl}/api/auth/sso/callback/kommun-a-se`],
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
    await idp?.close();
  });

  const shoot = async (page: Page, name: string) => {
    if (!SHOTS) return;
    for (const [label, size] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
    }
    await page.setViewportSize(VIEWPORTS.desktop);
  };

  /** Types the address on /logga-in and follows "Logga in med Kommun A" to the provider. */
  async function toProvider(context: BrowserContext, email: string) {
    // The provider's development pages import a web font from the internet: closed here.
    await context.route(/fonts\.googleapis\.com/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/css', body: '' }),
    );
    const page = await context.newPage();
    const errors = collectPageErrors(page, [], PROVIDER_PAGES);
    await page.goto('/logga-in');
    await expectHeading(page, 'Logga in');
    await page.getByLabel('E-postadress').fill(email);
    const button = page.getByRole('button', { name: 'Logga in med Kommun A' });
    await button.waitFor();
    expect(await page.getByLabel('Lösenord').count()).toBe(0);
    return { page, errors, button };
  }

  /** The provider's development login form: any password; the login is the address. */
  async function logInAtProvider(page: Page, email: string) {
    await page.waitForURL((url) => url.origin === idp.issuer);
    const login = page.locator('input[name="login"]');
    await login.fill(email);
    await page.locator('input[name="password"]').fill('vilket som helst');
    await page.getByRole('button', { name: 'Sign-in' }).click();
  }

  /** Consents at the provider if it asks (it remembers a consent given before). */
  async function consentIfAsked(page: Page) {
    const consent = page.getByRole('button', { name: 'Continue' });
    await page.waitForURL(
      (url) => url.origin === running.baseUrl || url.pathname.startsWith('/interaction'),
    );
    if (new URL(page.url()).origin === idp.issuer) await consent.click();
    await page.waitForURL((url) => url.origin === running.baseUrl);
  }

  it('lets the administrator add the sign-in service; a wrong issuer is refused with the reason', async () => {
    const context = await newContext(browser, running.baseUrl);
    await signUpViaApi(context, running.baseUrl, admin);
    const page = await context.newPage();
    const errors = collectPageErrors(
      page,
      [
        // The first save names an issuer the discovery document does not: 400 with the reason.
      ],
      [{ status: 400, path: /^\/api\/admin\/identity-providers$/ }],
    );
    await page.goto('/administration');
    await expectHeading(page, 'Administration av Samrutin');
    const section = page.getByRole('region', { name: 'Inloggning via organisationer (SSO)' });
    await section.getByText('Ingen inloggningstjänst är inställd').waitFor();
    await expectNoAxeViolations(page, 'administration without sign-in services');

    await section.getByRole('button', { name: 'Lägg till inloggningstjänst' }).click();
    await section.getByLabel('Namn på knappen').fill('Kommun A');
    await section.getByLabel('E-postdomäner').fill(DOMAIN);
    await section.getByLabel('Utfärdare (issuer)').fill(idp.issuer);
    await section.getByLabel('Klient-id').fill(idp.clientId);
    await section.getByLabel('Klienthemlighet').fill(idp.clientSecret);
    await expect
      .poll(() => section.textContent())
      .toContain(`${running.baseUrl}/api/auth/sso/callback/kommun-a-se`);
    await expectNoAxeViolations(page, 'adding a sign-in service');

    idp.setWrongIssuer(true);
    await section.getByRole('button', { name: 'Spara' }).click();
    const summary = page.locator('.error-summary');
    await expect
      .poll(() => summary.textContent())
      .toContain('Utfärdaren stämmer inte: tjänstens discovery-dokument anger utfärdaren');
    await expect.poll(() => summary.textContent()).toContain('another-tenant');
    await expectNoAxeViolations(page, 'a wrong issuer refused');
    await shoot(page, 'sso-admin-wrong-issuer');

    idp.setWrongIssuer(false);
    await section.getByRole('button', { name: 'Spara' }).click();
    await section.getByText('Inloggningstjänsten Kommun A är sparad.').waitFor();
    await section.getByText('Sparad (visas aldrig)').waitFor();
    expect(await page.content()).not.toContain(idp.clientSecret);
    await expectNoAxeViolations(page, 'a saved sign-in service');
    await shoot(page, 'sso-admin-saved');
    expect(errors).toEqual([]);
  });

  it('signs a person at kommun-a.se in through the provider, with an ordinary account', async () => {
    const context = await newContext(browser, running.baseUrl);
    const email = `anna@${DOMAIN}`;
    const { page, errors, button } = await toProvider(context, email);
    await expectNoAxeViolations(page, 'sign-in offering the provider');
    await shoot(page, 'sso-sign-in');
    // Keyboard: the button follows the address field.
    await page.getByLabel('E-postadress').focus();
    await page.keyboard.press('Tab');
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');

    await logInAtProvider(page, email);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(`${running.baseUrl}/`);
    anna = context;
    await expectHeading(page, 'Mina samverkansgrupper');
    const me = await getJson<{ email: string; emailVerified: boolean }>(
      context,
      running.baseUrl,
      '/api/me',
    );
    expect(me).toMatchObject({ email, emailVerified: true });

    // The same kind of account as any other: it creates a collaboration and works in it.
    await createCollaboration(context, running.baseUrl, { name: 'Samverkan i Kommun A' });
    await page.reload();
    await page.getByRole('link', { name: 'Samverkan i Kommun A' }).first().waitFor();
    await expectNoAxeViolations(page, 'signed in through the provider');
    // Another domain keeps the password.
    expect(errors).toEqual([]);
  });

  it('signs a version after logging in again at the provider, without a password', async () => {
    const base = running.baseUrl;
    const { collaborationId, routineId } = await createCollaborationAndRoutine(anna, base);
    const actors = await createActors(anna, base, collaborationId);
    await fillRoutine(anna, base, routineId, actors, { withPlan: true });
    await freezeVersion(anna, base, routineId, 'För beslut');
    const page = await anna.newPage();
    const errors = collectPageErrors(page, [], PROVIDER_PAGES);
    await page.goto(`/rutiner/${routineId}/bekraftelse`);
    await expectHeading(page, 'Bekräftelsen');
    await page.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Polisen' });
    await page.getByLabel('Representantens namn').fill('Per Polis');
    await page.getByLabel('Representantens titel').fill('Lokalpolisområdeschef');
    await page.getByLabel('Beslut', { exact: true }).fill('Polisbeslut 2026-11-20');
    expect(await page.getByLabel('Ditt lösenord').count()).toBe(0);
    await page.getByText('Du loggar in med Kommun A.', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'confirmation through the provider');
    await shoot(page, 'sso-sign-off');

    await page.getByRole('button', { name: 'Logga in igen hos Kommun A och signera' }).click();
    // prompt=login: the provider asks for the login again, though it has a session.
    await logInAtProvider(page, `anna@${DOMAIN}`);
    await consentIfAsked(page);
    await page.getByText('Du har loggat in igen hos Kommun A.', { exact: false }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    await expect(page.getByLabel('Representantens namn')).toHaveValue('Per Polis');
    await expectNoAxeViolations(page, 'confirmation after logging in again');
    await page.getByRole('button', { name: 'Bekräfta version 1 för Polisen' }).click();
    await page.getByText('Bekräftelsen för Polisen är sparad.').waitFor();
    expect(errors).toEqual([]);
    await anna.close();
  });

  it('comes back to the sign-in page with a sentence when consent is denied', async () => {
    const context = await newContext(browser, running.baseUrl);
    const email = `cissi@${DOMAIN}`;
    const { page, errors, button } = await toProvider(context, email);
    await button.click();
    await logInAtProvider(page, email);
    await page.getByRole('link', { name: '[ Cancel ]' }).click();
    await page.waitForURL((url) => url.pathname === '/logga-in');
    const summary = page.locator('.error-summary');
    await expect.poll(() => summary.textContent()).toContain('Inloggningen avbröts');
    await expectHeading(page, 'Logga in');
    expect(await page.title()).toMatch(/^Fel/);
    await expectNoAxeViolations(page, 'consent denied');
    await shoot(page, 'sso-denied');
    expect(
      (await context.request.get(`${running.baseUrl}/api/me`)).status(),
      'nobody is signed in',
    ).toBe(401);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('deletes an account without a password after logging in again at the provider', async () => {
    const context = await newContext(browser, running.baseUrl);
    const email = `erik@${DOMAIN}`;
    const { page, errors, button } = await toProvider(context, email);
    await button.click();
    await logInAtProvider(page, email);
    await consentIfAsked(page);
    await expectHeading(page, 'Mina samverkansgrupper');

    await page.goto('/konto');
    await expectHeading(page, 'Mitt konto');
    expect(await page.getByLabel('Ditt lösenord').count()).toBe(0);
    await page.getByText('Du loggar in med Kommun A.', { exact: false }).waitFor();
    // No password to change: the sessions advice points to the provider instead.
    await page.getByText('inloggningstjänst (Kommun A)', { exact: false }).waitFor();
    expect(await page.getByText('byt lösenord', { exact: false }).count()).toBe(0);
    await page.getByLabel('Skriv din e-postadress för att bekräfta').fill(email);
    await expectNoAxeViolations(page, 'deleting an account through the provider');
    await shoot(page, 'sso-delete-account');
    await page.getByRole('button', { name: 'Logga in igen hos Kommun A' }).click();
    await logInAtProvider(page, email);
    await consentIfAsked(page);
    await page.getByText('Du har loggat in igen hos Kommun A.', { exact: false }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    await expect(page.getByLabel('Skriv din e-postadress för att bekräfta')).toHaveValue(email);
    await expectNoAxeViolations(page, 'account deletion after logging in again');
    // Keyboard: from the address field, Tab reaches the delete button.
    await page.getByLabel('Skriv din e-postadress för att bekräfta').focus();
    await page.keyboard.press('Tab');
    const submit = page.getByRole('button', { name: 'Ta bort mitt konto' });
    expect(await submit.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${running.baseUrl}/`);
    expect((await context.request.get(`${running.baseUrl}/api/me`)).status()).toBe(401);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when the provider names another issuer, and keeps the password for other domains', async () => {
    const context = await newContext(browser, running.baseUrl);
    const { page, errors, button } = await toProvider(context, `dan@${DOMAIN}`);
    errors.splice(0);
    const refused = collectPageErrors(
      page,
      [],
      [{ status: 409, path: /^\/api\/auth\/sso\/sign-in$/ }],
    );
    idp.setWrongIssuer(true);
    try {
      await button.click();
      const summary = page.locator('.error-summary');
      await expect.poll(() => summary.textContent()).toContain('annan utfärdare (issuer)');
      await expectNoAxeViolations(page, 'the provider names another issuer');
      await shoot(page, 'sso-wrong-issuer');
    } finally {
      idp.setWrongIssuer(false);
    }
    expect(page.url()).toBe(`${running.baseUrl}/logga-in`);
    await page.getByLabel('E-postadress').fill('bo@exempel.se');
    await page.getByLabel('Lösenord').waitFor();
    await page.getByRole('button', { name: 'Logga in', exact: true }).waitFor();
    expect(refused).toEqual([]);
    await context.close();
  });
});
