import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's best-practice rules too: landmarks, heading order, regions, one main, page-has-h1. */
export const AXE_TAGS = [...WCAG_TAGS, 'best-practice'];

function formatViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 5)
        .map(
          (node) =>
            `    - ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`,
        )
        .join('\n');
      const more =
        violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : '';
      return `  [${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}${more}`;
    })
    .join('\n\n');
}

/** Scans the page with axe (WCAG 2.0–2.2 A and AA and best practice) and fails listing every violation readably. */
export async function expectNoAxeViolations(page: Page, label?: string): Promise<void> {
  // A published routine draws its sections lazily and its script then lays them out one per
  // task (published-css.ts): axe measures sizes and overlaps, so it waits for the whole page.
  // Fails (times out) if the script stops laying them out.
  await page.waitForFunction(
    () => !document.querySelector('#offline ~ #first-response ~ section:not([style*="visible"])'),
  );
  const results = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .disableRules(['region'])
    .analyze();
  // "All content in landmarks", except react-aria's popovers (a combobox's list), which live in
  // the top layer beside the dialog that owns them, as modal dialogs do.
  const regions = await new AxeBuilder({ page })
    .withRules(['region'])
    .exclude('[data-trigger]')
    .analyze();
  results.violations.push(...regions.violations);
  if (results.violations.length > 0) {
    const where = label ? `${label} (${page.url()})` : page.url();
    throw new Error(
      `${results.violations.length} accessibility violation(s) on ${where}:\n\n${formatViolations(results.violations)}`,
    );
  }
}

/**
 * axe is a script and cannot run in a page with scripts off. This scans the document such a
 * page shows (the result of a form post too) in a page of `scanContext` (scripts on, same
 * origin): the same bytes are served at the same address, so the stylesheet and the links
 * resolve as they did for the person without scripts.
 */
export async function expectNoAxeViolationsWithoutScripts(
  page: Page,
  scanContext: BrowserContext,
  label?: string,
): Promise<void> {
  const url = page.url();
  const html = await page.content();
  const scanned = await scanContext.newPage();
  try {
    await scanned.setViewportSize(page.viewportSize() ?? { width: 375, height: 800 });
    await scanned.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await scanned.goto(url);
    await expectNoAxeViolations(scanned, label);
  } finally {
    await scanned.close();
  }
}
