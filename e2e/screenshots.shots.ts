import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { type RunningApp, startApp } from './helpers/app';
import { describeInBrowser, launchBrowser, newContext, VIEWPORTS } from './helpers/browser';
import { newUser, signUpViaApi } from './helpers/journey';
import {
  adoptNextVersion,
  createActors,
  createCollaborationAndRoutine,
  fillRoutine,
  send,
} from './helpers/routine-data';

const OUT = path.resolve(process.env.SCREENSHOTS_DIR ?? 'screenshots');

/**
 * One routine built through the API (organisations, who does what, an adopted version 1),
 * then every main page photographed at desktop and phone width.
 */
describeInBrowser('screenshots', () => {
  let running: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  const coordinator = newUser('bild');
  let rid = '';
  let cid = '';
  let slug = '';

  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    running = await startApp();
    const { baseUrl } = running;
    browser = await launchBrowser();
    context = await newContext(browser, baseUrl);
    await signUpViaApi(context, baseUrl, coordinator);
    const base = await createCollaborationAndRoutine(context, baseUrl);
    rid = base.routineId;
    cid = base.collaborationId;
    const actors = await createActors(context, baseUrl, cid);
    await fillRoutine(context, baseUrl, rid, actors, { withPlan: true });
    await adoptNextVersion(context, baseUrl, rid, coordinator.password);
    const routine = await send<{ slug: string }>(
      context,
      baseUrl,
      'PATCH',
      `/api/routines/${rid}`,
      {
        visibility: 'public',
      },
    );
    slug = routine.slug;
  });

  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  it('photographs the main pages at 1280 and 375 px', async () => {
    const pages: [name: string, url: string][] = [
      ['overview', `/rutiner/${rid}`],
      ['step-3', `/rutiner/${rid}/steg/3`],
      ['matrix', `/rutiner/${rid}/vem-gor-vad`],
      ['timeline', `/rutiner/${rid}/tidslinje`],
      ['evaluation', `/rutiner/${rid}/utvardering`],
      ['confirmation', `/rutiner/${rid}/bekraftelse`],
      ['versions', `/rutiner/${rid}/versioner`],
      ['version-1-document', `/r/${slug}?version=1`],
      ['publish', `/rutiner/${rid}/publicera`],
      ['published', `/r/${slug}`],
      ['actors', `/samverkan/${cid}/aktorer`],
    ];
    const page = await context.newPage();
    for (const [width, viewport] of [
      ['1280', VIEWPORTS.desktop],
      ['375', VIEWPORTS.phone],
    ] as const) {
      await page.setViewportSize(viewport);
      for (const [name, url] of pages) {
        await page.goto(url);
        await page.locator('h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        const file = path.join(OUT, `${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
    }
  });
});
