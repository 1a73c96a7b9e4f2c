import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Auto-waiting assertions on playwright-core locators, in the style of Playwright Test's
 * `expect(locator).toHaveCount(4)`: each one polls until it holds (or, under `.not`, until it
 * no longer holds) instead of reading the page once, so a journey does not race the render on
 * a busy machine. Registered for every e2e file by `e2e/vitest.config.ts`.
 */

const TIMEOUT_MS = 30_000;
const INTERVAL_MS = 100;

type Check = { ok: boolean; actual: string };

function isLocator(value: unknown): value is Locator {
  return typeof value === 'object' && value !== null && 'waitFor' in value && 'count' in value;
}

async function poll(isNot: boolean, read: () => Promise<Check>): Promise<Check> {
  const deadline = Date.now() + TIMEOUT_MS;
  let last: Check = { ok: false, actual: '(not read)' };
  for (;;) {
    try {
      last = await read();
    } catch (error) {
      last = { ok: false, actual: `(error: ${(error as Error).message.split('\n')[0]})` };
    }
    if (last.ok !== isNot || Date.now() > deadline) return last;
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
  }
}

function normalise(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function matches(text: string, expected: string | RegExp, whole: boolean): boolean {
  if (expected instanceof RegExp) return expected.test(text);
  const wanted = normalise(expected);
  return whole ? text === wanted : text.includes(wanted);
}

function matcher<A extends unknown[]>(
  name: string,
  read: (locator: Locator, ...args: A) => Promise<Check>,
  describe: (...args: A) => string,
) {
  return async function (this: { isNot?: boolean }, received: unknown, ...args: A) {
    if (!isLocator(received)) throw new TypeError(`${name} expects a playwright Locator`);
    // Vitest leaves `isNot` undefined (not false) without `.not`: compared as is, the poll
    // returned after its first read and no positive assertion ever waited.
    const isNot = this.isNot === true;
    const result = await poll(isNot, () => read(received, ...args));
    return {
      pass: result.ok,
      message: () =>
        `expected ${String(received)} ${isNot ? 'not ' : ''}${describe(...args)}; got ${result.actual}`,
    };
  };
}

expect.extend({
  toHaveCount: matcher(
    'toHaveCount',
    async (locator, count: number) => {
      const actual = await locator.count();
      return { ok: actual === count, actual: String(actual) };
    },
    (count: number) => `to have count ${count}`,
  ),
  toContainText: matcher(
    'toContainText',
    async (locator, expected: string | RegExp) => {
      const text = normalise(await locator.first().textContent({ timeout: INTERVAL_MS * 5 }));
      return { ok: matches(text, expected, false), actual: JSON.stringify(text) };
    },
    (expected: string | RegExp) => `to contain text ${String(expected)}`,
  ),
  toHaveText: matcher(
    'toHaveText',
    async (locator, expected: string | RegExp) => {
      const text = normalise(await locator.first().textContent({ timeout: INTERVAL_MS * 5 }));
      return { ok: matches(text, expected, true), actual: JSON.stringify(text) };
    },
    (expected: string | RegExp) => `to have text ${String(expected)}`,
  ),
  toBeVisible: matcher(
    'toBeVisible',
    async (locator) => {
      const visible = await locator.first().isVisible();
      return { ok: visible, actual: visible ? 'visible' : 'hidden or absent' };
    },
    () => 'to be visible',
  ),
  toHaveValue: matcher(
    'toHaveValue',
    async (locator, expected: string | RegExp) => {
      const value = await locator.first().inputValue({ timeout: INTERVAL_MS * 5 });
      const ok = expected instanceof RegExp ? expected.test(value) : value === expected;
      return { ok, actual: JSON.stringify(value) };
    },
    (expected: string | RegExp) => `to have value ${String(expected)}`,
  ),
  toHaveAttribute: matcher(
    'toHaveAttribute',
    async (locator, attribute: string, expected: string | RegExp) => {
      const value = await locator.first().getAttribute(attribute, { timeout: INTERVAL_MS * 5 });
      const ok =
        value !== null && (expected instanceof RegExp ? expected.test(value) : value === expected);
      return { ok, actual: JSON.stringify(value) };
    },
    (attribute: string, expected: string | RegExp) => `to have ${attribute}=${String(expected)}`,
  ),
  toBeFocused: matcher(
    'toBeFocused',
    async (locator) => {
      const focused = await locator.first().evaluate((el) => el === document.activeElement);
      return { ok: focused, actual: focused ? 'focused' : 'not focused' };
    },
    () => 'to be focused',
  ),
});

interface LocatorMatchers {
  toHaveCount(count: number): Promise<void>;
  toContainText(expected: string | RegExp): Promise<void>;
  toHaveText(expected: string | RegExp): Promise<void>;
  toBeVisible(): Promise<void>;
  toHaveValue(expected: string | RegExp): Promise<void>;
  toHaveAttribute(attribute: string, expected: string | RegExp): Promise<void>;
  toBeFocused(): Promise<void>;
}

declare module 'vitest' {
  // Vitest 5's own generic signature (matchers added to every assertion).
  interface Matchers<R extends void | Promise<void> = void | Promise<void>, T = unknown>
    extends LocatorMatchers {}
}
