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
import { expectHeading, getJson, newUser, postJson, signUpViaApi } from './helpers/journey';
import { createCollaboration, createCollaborationAndRoutine } from './helpers/routine-data';

/**
 * Issue 11 in the browser: the caps of collaborations created and obstacles shown before they
 * are hit, a form naming the cap when the server answers 409 LIMIT_REACHED anyway, and the
 * conflict dialog when the collaboration's settings or the published page's visibility were
 * changed behind the form's back.
 */
describeInBrowser('caps and stale writes in the forms', () => {
  let running: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let cid = '';
  let rid = '';
  const dialog = () => page.getByRole('alertdialog');
  const patch = async (path: string, data: unknown) => {
    const res = await context.request.patch(`${running.baseUrl}${path}`, {
      data,
      headers: { Origin: running.baseUrl },
    });
    expect(res.status(), await res.text()).toBe(200);
    return (await res.json()) as { revision: number };
  };

  beforeAll(async () => {
    running = await startApp();
    browser = await launchBrowser();
    context = await newContext(browser, running.baseUrl);
    page = await context.newPage();
    errors = collectPageErrors(
      page,
      [],
      [
        // The refusals this journey provokes on purpose.
        { status: 409, path: /^\/api\/routines\/[^/]+\/obstacles$/ },
        { status: 409, path: /^\/api\/collaborations\/[^/]+$/ },
        { status: 409, path: /^\/api\/routines\/[^/]+$/ },
      ],
    );
    await signUpViaApi(context, running.baseUrl, newUser('konflikt'));
    ({ collaborationId: cid, routineId: rid } = await createCollaborationAndRoutine(
      context,
      running.baseUrl,
      { name: 'Samverkan i Gränskommun', area: 'Norra länet' },
    ));
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  it('counts the collaborations created and stops at the cap', async () => {
    await page.goto('/');
    await expect
      .poll(() => page.locator('#collaborations-cap').textContent())
      .toBe(`1 av högst ${LIMITS.collaborationsPerAccount} samverkansgrupper som du har skapat`);
    await expectNoAxeViolations(page, 'home with the count of collaborations created');
    for (let i = 2; i <= LIMITS.collaborationsPerAccount; i++) {
      await createCollaboration(context, running.baseUrl, { name: `Grupp ${i}` });
    }
    await page.reload();
    await expect
      .poll(() => page.locator('#collaborations-cap').textContent())
      .toMatch(/Gränsen är nådd: ett konto får skapa högst 20 samverkansgrupper/);
    const create = page.getByRole('button', { name: 'Skapa samverkansgrupp' });
    expect(await create.isDisabled()).toBe(true);
    expect(await create.getAttribute('aria-describedby')).toBe('collaborations-cap');
    await expectNoAxeViolations(page, 'home at the cap of collaborations');
    await screenshots(page, 'collaborations-at-cap');
  });

  it('says near the cap how many obstacles are left, and names the cap on 409', async () => {
    const add = (i: number) =>
      postJson(context, running.baseUrl, `/api/routines/${rid}/obstacles`, {
        step: 3,
        description: `Hinder ${i}`,
      });
    for (let i = 1; i < LIMITS.obstaclesPerRoutine; i++) await add(i);
    await page.goto(`/rutiner/${rid}/steg/3`);
    const cap = page.locator('#obstacles-cap-3');
    await expect
      .poll(() => cap.textContent())
      .toBe(
        `${LIMITS.obstaclesPerRoutine - 1} av högst ${LIMITS.obstaclesPerRoutine} hinder i rutinen. Det finns plats för 1 till.`,
      );
    expect(await cap.getAttribute('aria-live')).toBe('polite');
    const obstacles = page.getByRole('region', { name: 'Hinder och hur ni överkommer dem' });
    await obstacles.getByRole('button', { name: 'Lägg till hinder' }).click();
    const form = page.getByRole('dialog');
    await form.getByRole('heading', { name: 'Lägg till ett hinder' }).waitFor();
    await form.getByLabel('Vad är hindret?').fill('Ingen vet vem som har jouren');
    // Someone else takes the last place meanwhile.
    await add(LIMITS.obstaclesPerRoutine);
    await form.getByRole('button', { name: 'Lägg till hindret' }).click();
    await expect
      .poll(() => form.textContent())
      .toContain(
        `Rutinen har redan ${LIMITS.obstaclesPerRoutine} hinder, som är största antalet. Ta bort något innan du lägger till fler.`,
      );
    await expectNoAxeViolations(page, 'obstacle form refused at the cap');
    // The refused text is not lost by accident: "Avbryt" asks first, then the form closes.
    await form.getByRole('button', { name: 'Avbryt' }).click();
    const discard = page.getByRole('alertdialog', { name: 'Släng ändringarna?' });
    await discard.getByRole('button', { name: 'Släng ändringarna' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.getByRole('alertdialog').count()).toBe(0);
    // No full-page screenshot here: the step page with 200 obstacles is too long to take one.
  });

  it('resolves a stale settings save field by field in the conflict dialog', async () => {
    await page.goto(`/samverkan/${cid}/installningar`);
    await expectHeading(page, /Samverkan i Gränskommun/);
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Samverkansgruppens namn').fill('Samverkan i Gränsbygden');
    // Behind the form's back: someone renames the group and changes the area.
    const { revision } = await getJson<{ revision: number }>(
      context,
      running.baseUrl,
      `/api/collaborations/${cid}`,
    );
    await patch(`/api/collaborations/${cid}`, {
      name: 'Gränskommunens samverkan',
      area: 'Södra länet',
      baseRevision: revision,
    });
    await page.getByRole('button', { name: 'Spara ändringar' }).click();
    await dialog().getByRole('heading', { name: 'Någon annan har sparat ändringar här' }).waitFor();
    await expect.poll(() => dialog().textContent()).toContain('Gränskommunens samverkan');
    await expect.poll(() => dialog().textContent()).toContain('Södra länet');
    await expectNoAxeViolations(page, 'settings conflict dialog');
    await screenshots(page, 'settings-conflict');
    await dialog().getByRole('button', { name: 'Välj för varje uppgift' }).click();
    // My name, their area.
    await dialog().getByLabel('Din: Samverkan i Gränsbygden').check();
    await dialog().getByLabel('Sparad: Södra länet').check();
    await expectNoAxeViolations(page, 'settings conflict, choosing per field');
    await screenshots(page, 'settings-conflict-merge');
    await dialog().getByRole('button', { name: 'Spara det du valt' }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('.save-confirmation').first().textContent())
      .toBe('Ändringarna är sparade.');
    const saved = await getJson<{ name: string; area: string }>(
      context,
      running.baseUrl,
      `/api/collaborations/${cid}`,
    );
    expect([saved.name, saved.area]).toEqual(['Samverkan i Gränsbygden', 'Södra länet']);
  });

  it('offers keep mine / take theirs when the visibility was changed meanwhile', async () => {
    await page.goto(`/rutiner/${rid}/publicera`);
    const current = await getJson<{ revision: number; visibility: string }>(
      context,
      running.baseUrl,
      `/api/routines/${rid}`,
    );
    const other = current.visibility === 'public' ? 'members' : 'public';
    const label = (v: string) => (v === 'public' ? 'Öppen för alla' : 'Bara för medlemmar');
    await page.getByRole('radio', { name: label(current.visibility) }).waitFor();
    // The page has what it asks for: the change below comes after it, behind its back.
    await page.waitForLoadState('networkidle');
    await patch(`/api/routines/${rid}`, { visibility: other, baseRevision: current.revision });
    // The user saves the choice the page showed them; someone else had changed it.
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await dialog().getByRole('heading', { name: 'Någon annan har sparat ändringar här' }).waitFor();
    await expect.poll(() => dialog().textContent()).toContain(label(other));
    // One field: nothing to merge, only keep or take.
    expect(await dialog().getByRole('button', { name: 'Välj för varje uppgift' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'visibility conflict dialog');
    await screenshots(page, 'visibility-conflict');
    await dialog().getByRole('button', { name: 'Behåll mina' }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect
      .poll(
        async () =>
          (await getJson<{ visibility: string }>(context, running.baseUrl, `/api/routines/${rid}`))
            .visibility,
      )
      .toBe(current.visibility);
    expect(errors).toEqual([]);
  });
});
