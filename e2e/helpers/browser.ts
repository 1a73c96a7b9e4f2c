import fs from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { describe } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags from STACK.md: without the networking ones Chromium floods a closed network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const hasChromium = fs.existsSync(CHROMIUM_PATH);

if (!hasChromium) {
  const message = `Chromium not found at ${CHROMIUM_PATH} (set CHROMIUM_PATH, or apt-get install chromium)`;
  if (process.env.CI === 'true')
    throw new Error(`${message}: browser tests cannot be skipped in CI.`);
  console.warn(`Skipping browser tests: ${message}.`);
}

/** `describe` when Chromium is there, `describe.skip` (with a warning) when not; CI fails instead. */
export const describeInBrowser = hasChromium ? describe : describe.skip;

/** Headless Chromium; each `newContext()` gets its own cookies and storage. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** Phone and desktop viewports the journeys use. */
export const VIEWPORTS = {
  phone: { width: 375, height: 740 },
  desktop: { width: 1280, height: 900 },
} as const;

export async function newContext(browser: Browser, baseUrl: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl, viewport: VIEWPORTS.desktop, locale: 'sv-SE' });
}

/** A response a journey expects to fail (e.g. 401 from `/api/me` when signed out). */
export interface ExpectedFailure {
  status: number;
  /** Matched against the response's path (with the query). */
  path: RegExp;
}

/** Signed out, the client asks `/api/me` and gets 401: every journey allows that one. */
export const SIGNED_OUT: ExpectedFailure = { status: 401, path: /^\/api\/me$/ };

/** Step 6 asks for the evaluation plan; while there is none the API answers 404 (by design). */
export const NO_PLAN_YET: ExpectedFailure = {
  status: 404,
  path: /^\/api\/routines\/[^/]+\/evaluation-plan$/,
};

/**
 * Collects uncaught page errors, console errors (CSP violations, React warnings) and failed
 * responses (4xx/5xx, missing chunks, aborted requests) so a test can assert there were none.
 * Only the failures listed in `allowed` (plus the signed-out 401 from /api/me and the 404 of an
 * evaluation plan not written yet) are left out;
 * a test that expects another one (a 409, the offline case) lists it, or pushes onto `allowed`
 * while the journey runs. The browser's own "Failed to load resource" console line is dropped
 * because the response itself is checked instead.
 */
export function collectPageErrors(
  page: Page,
  errors: string[] = [],
  allowed: ExpectedFailure[] = [],
): string[] {
  const isAllowed = (status: number, url: string) => {
    const { pathname, search } = new URL(url);
    return [SIGNED_OUT, NO_PLAN_YET, ...allowed].some(
      (failure) => failure.status === status && failure.path.test(`${pathname}${search}`),
    );
  };
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/^Failed to load resource: the server responded with a status of/.test(text)) return;
    errors.push(`console: ${text}`);
  });
  page.on('response', (response) => {
    const status = response.status();
    if (status < 400 || isAllowed(status, response.url())) return;
    errors.push(`response: ${status} ${response.request().method()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? 'failed';
    // A navigation away aborts pending fetches and media; that is not a failure of the app.
    if (failure === 'net::ERR_ABORTED') return;
    if (isAllowed(0, request.url())) return;
    errors.push(`request failed: ${failure} ${request.method()} ${request.url()}`);
  });
  return errors;
}

/** Optional: `SCREENSHOT_DIR=/tmp/shots` saves the pages at phone and desktop width. */
export async function screenshots(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  const size = page.viewportSize();
  for (const [label, width] of [
    ['phone', 375],
    ['desktop', 1280],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/${name}-${label}.png`, fullPage: true });
  }
  if (size) await page.setViewportSize(size);
}
