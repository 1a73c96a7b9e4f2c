import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import '../../e2e/helpers/matchers';

/** A stand-in locator whose element goes away after `ms` (as a dialog closes after its save). */
function disappearingAfter(ms: number): Locator {
  const gone = Date.now() + ms;
  return {
    waitFor: async () => {},
    count: async () => (Date.now() < gone ? 1 : 0),
  } as unknown as Locator;
}

describe('the e2e locator matchers', () => {
  it('wait for a positive assertion to hold instead of reading once', async () => {
    const started = Date.now();
    await expect(disappearingAfter(300)).toHaveCount(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('wait under .not as well', async () => {
    await expect(disappearingAfter(300)).not.toHaveCount(1);
  });
});
