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

/**
 * Collects uncaught page errors and console errors (CSP violations, React warnings) so a test can
 * assert there were none. Failed-resource lines are left out: a 401 from /api/me is expected.
 */
export function collectPageErrors(page: Page, errors: string[] = []): string[] {
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/Failed to load resource/.test(text)) return;
    errors.push(`console: ${text}`);
  });
  return errors;
}
