import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LIMITS } from '../src/contracts/common';
import { type RunningApp, startApp } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import {
  collectPageErrors,
  describeInBrowser,
  launchBrowser,
  newContext,
  screenshots,
} from './helpers/browser';
import { expectHeading, newUser, signUpViaApi } from './helpers/journey';
import { createActor, createCollaborationAndRoutine } from './helpers/routine-data';

/**
 * The caps of LIMITS shown before they are hit: the actors page counts "x av högst 100
 * aktörer" and, at the cap, disables the add buttons and says why; the knowledge bank
 * and the timeline count theirs too.
 */
describeInBrowser('caps shown in the forms', () => {
  let running: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let cid = '';
  let rid = '';
  const addActor = (i: number) =>
    createActor(context, running.baseUrl, cid, { name: `Organisation ${i}`, kind: 'other' });

  beforeAll(async () => {
    running = await startApp();
    browser = await launchBrowser();
    context = await newContext(browser, running.baseUrl);
    page = await context.newPage();
    errors = collectPageErrors(page);
    await signUpViaApi(context, running.baseUrl, newUser('tak'));
    ({ collaborationId: cid, routineId: rid } = await createCollaborationAndRoutine(
      context,
      running.baseUrl,
      { name: 'Samverkan i Takkommun' },
    ));
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  it('counts the actors and stops at the cap with an explanation', async () => {
    for (let i = 1; i <= 3; i++) await addActor(i);
    await page.goto(`/samverkan/${cid}/aktorer`);
    await expectHeading(page, /Samverkan i Takkommun/);
    await expect
      .poll(() => page.locator('#actors-cap').textContent())
      .toBe(`3 av högst ${LIMITS.actorsPerCollaboration} aktörer`);
    const add = page.getByRole('button', { name: 'Lägg till aktör' });
    expect(await add.isDisabled()).toBe(false);
    await expectNoAxeViolations(page, 'actors, below the cap');

    for (let i = 4; i <= LIMITS.actorsPerCollaboration; i++) await addActor(i);
    await page.reload();
    await expect.poll(() => page.locator('#actors-cap').textContent()).toMatch(/Gränsen är nådd/);
    expect(await add.isDisabled()).toBe(true);
    expect(await add.getAttribute('aria-describedby')).toBe('actors-cap');
    await expectNoAxeViolations(page, 'actors, at the cap');
    await screenshots(page, 'actors-at-cap');
    // The server says the same past the cap.
    const refused = await context.request.post(
      `${running.baseUrl}/api/collaborations/${cid}/actors`,
      { data: { name: 'En till', kind: 'other' }, headers: { Origin: running.baseUrl } },
    );
    expect(refused.status()).toBe(409);
    expect((await refused.json()).error.code).toBe('LIMIT_REACHED');
  });

  it('counts knowledge-bank items and milestones', async () => {
    await page.goto(`/samverkan/${cid}/kunskapsbank`);
    await expect
      .poll(() => page.locator('#knowledge-cap').textContent())
      .toBe(`0 av högst ${LIMITS.knowledgeItemsPerCollaboration} poster i kunskapsbanken`);
    await expectNoAxeViolations(page, 'knowledge bank with its count');
    await page.goto(`/rutiner/${rid}/tidslinje`);
    await expect
      .poll(() => page.locator('#milestones-cap').textContent())
      .toMatch(new RegExp(`^\\d+ av högst ${LIMITS.milestonesPerRoutine} milstolpar$`));
    await expectNoAxeViolations(page, 'timeline with its count');
    await screenshots(page, 'timeline-count');
    expect(errors).toEqual([]);
  });
});
