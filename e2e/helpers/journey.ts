import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

let counter = 0;

/** A fresh user each time (in-memory databases are per file, e-mails still must differ). */
export function newUser(prefix = 'anna') {
  counter += 1;
  return {
    name: `Anna Andersson ${counter}`,
    email: `${prefix}.${Date.now()}.${counter}@exempel.se`,
    password: 'ett långt lösenord 123',
  };
}

/** Waits until the page's one h1 reads `text` (a string matches exactly, trimmed). */
export async function expectHeading(page: Page, text: string | RegExp): Promise<void> {
  const heading = page.locator('h1');
  await heading.first().waitFor();
  await expect
    .poll(async () => ((await heading.first().textContent()) ?? '').trim(), { timeout: 10_000 })
    .toMatch(typeof text === 'string' ? new RegExp(`^${escapeRegExp(text)}$`) : text);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The save-state line of an autosaving text area ("Sparat 14:32"). */
export function saveStateOf(page: Page, field: Locator): Locator {
  return page.locator('.autosave-field', { has: field }).locator('.autosave-field__state');
}

/** Types into an autosaving field and waits for the server to confirm ("Sparat"/"Saved"). */
export async function fillAndWaitSaved(page: Page, field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await expect
    .poll(async () => ((await saveStateOf(page, field).textContent()) ?? '').trim(), {
      timeout: 10_000,
    })
    .toMatch(/^(Sparat|Saved) \d{2}:\d{2}/);
}

/** Signs up through the API of a browser context (its cookies become the context's session). */
export async function signUpViaApi(
  context: BrowserContext,
  baseUrl: string,
  user: { name: string; email: string; password: string },
): Promise<void> {
  const response = await context.request.post(`${baseUrl}/api/auth/sign-up/email`, {
    data: user,
    headers: { Origin: baseUrl },
  });
  expect(response.status(), await response.text()).toBe(200);
}

export async function postJson<T>(
  context: BrowserContext,
  baseUrl: string,
  path: string,
  data: unknown,
): Promise<T> {
  const response = await context.request.post(`${baseUrl}${path}`, {
    data,
    headers: { Origin: baseUrl },
  });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
  return (await response.json()) as T;
}

export async function getJson<T>(
  context: BrowserContext,
  baseUrl: string,
  path: string,
): Promise<T> {
  const response = await context.request.get(`${baseUrl}${path}`);
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
  return (await response.json()) as T;
}

/** The newest address-confirmation link mailed to `email` (path and query, for page.goto). */
export function confirmationLinkFrom(
  received: { to: string[]; text: string }[],
  email: string,
): string {
  const mail = [...received]
    .reverse()
    .find((m) => m.to.includes(email) && m.text.includes('/bekrafta-epost?token='));
  const match = mail?.text.match(/\/bekrafta-epost\?token=[A-Za-z0-9._~%-]+/);
  if (!match) throw new Error(`no confirmation link mailed to ${email}`);
  return match[0];
}

/** Confirms a signed-up account's address (SMTP_URL set) with the link it was mailed. */
export async function confirmEmailViaApi(
  context: BrowserContext,
  baseUrl: string,
  received: { to: string[]; text: string }[],
  email: string,
): Promise<void> {
  const link = confirmationLinkFrom(received, email);
  const token = decodeURIComponent(link.slice(link.indexOf('=') + 1));
  const response = await context.request.post(`${baseUrl}/api/auth/email-verification/confirm`, {
    data: { token },
    headers: { Origin: baseUrl },
  });
  expect(response.status(), await response.text()).toBe(200);
}
