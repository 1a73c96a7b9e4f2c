import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningApp, startApp } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import {
  collectPageErrors,
  describeInBrowser,
  launchBrowser,
  newContext,
  VIEWPORTS,
} from './helpers/browser';
import { expectHeading, fillAndWaitSaved, getJson, newUser, signUpViaApi } from './helpers/journey';
import {
  type ActorDto,
  createActor,
  createActors,
  createCollaborationAndRoutine,
  fillRoutine,
  joinByInvitation,
  nextYear,
  send,
} from './helpers/routine-data';

/**
 * Issue 6's journey: a routine made complete through the API, but without its evaluation
 * plan; freezing is refused and names the blocker; the plan is written on step 6 and the
 * timeline kept; version 1 is frozen, confirmed by Socialtjänsten and Polisen through their
 * representatives and by a coordinator on Hälso- och sjukvården's behalf; the routine reads
 * "Antagen"; an answer changes, version 2 is frozen and its diff shows the change.
 */
describeInBrowser('versions and sign-offs', () => {
  let running: RunningApp;
  let browser: Browser;
  let coordinatorContext: BrowserContext;
  let policeContext: BrowserContext;
  let page: Page;
  let policePage: Page;
  let errors: string[];
  const coordinator = newUser('samordnare');
  const officer = newUser('polis');
  let rid = '';
  let actors: { social: ActorDto; police: ActorDto; health: ActorDto };

  beforeAll(async () => {
    running = await startApp();
    browser = await launchBrowser();
    coordinatorContext = await newContext(browser, running.baseUrl);
    await signUpViaApi(coordinatorContext, running.baseUrl, coordinator);
    const base = await createCollaborationAndRoutine(coordinatorContext, running.baseUrl);
    rid = base.routineId;
    actors = await createActors(coordinatorContext, running.baseUrl, base.collaborationId);
    await fillRoutine(coordinatorContext, running.baseUrl, rid, actors, { withPlan: false });
    // An organisation without a task: it does not sign, and the Bekräftelse page says why.
    await createActor(coordinatorContext, running.baseUrl, base.collaborationId, {
      name: 'Skolan',
      kind: 'school',
      contactPaths: [
        { channel: 'phone', value: '08-555 123 00', label: 'Rektor', audience: 'children' },
      ],
    });
    // The coordinator represents Socialtjänsten.
    const me = await getJson<{ id: string }>(coordinatorContext, running.baseUrl, '/api/me');
    await send(
      coordinatorContext,
      running.baseUrl,
      'PATCH',
      `/api/collaborations/${base.collaborationId}/members/${me.id}`,
      { actorId: actors.social.id },
    );
    // A police officer joins as an editor for Polisen.
    policeContext = await newContext(browser, running.baseUrl);
    await signUpViaApi(policeContext, running.baseUrl, officer);
    await joinByInvitation(
      coordinatorContext,
      policeContext,
      running.baseUrl,
      base.collaborationId,
      {
        email: officer.email,
        role: 'editor',
        actorId: actors.police.id,
      },
    );

    page = await coordinatorContext.newPage();
    // Expected refusals: freezing while a blocker remains (409), a wrong password (401).
    errors = collectPageErrors(
      page,
      [],
      [
        { status: 409, path: /^\/api\/routines\/[^/]+\/versions$/ },
        { status: 401, path: /^\/api\/routines\/[^/]+\/versions\/\d+\/sign-offs$/ },
      ],
    );
    policePage = await policeContext.newPage();
    collectPageErrors(policePage, errors);
  });

  afterAll(async () => {
    await coordinatorContext?.close();
    await policeContext?.close();
    await browser?.close();
    await running?.close();
  });

  it('refuses to freeze while a blocker remains, and links to where it is fixed', async () => {
    await page.goto(`/rutiner/${rid}/versioner`);
    await expectHeading(page, 'Versioner');
    await page.getByText('Ni har inte fryst någon version än.').waitFor();
    await expectNoAxeViolations(page, 'versions (none yet)');

    await page.getByRole('button', { name: 'Frys version' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Versionen kunde inte frysas' });
    await alert.waitFor();
    await expect
      .poll(() => alert.evaluate((el) => el.parentElement === document.activeElement))
      .toBe(true);
    const link = alert.getByRole('link', { name: /Utvärderingsplanen saknas/ });
    expect(await link.getAttribute('href')).toBe(`/rutiner/${rid}/steg/6`);
    await expectNoAxeViolations(page, 'versions: freeze refused');
    await link.click();
    await expectHeading(page, /^Steg 6\. /);
  });

  it('writes the evaluation plan on step 6', async () => {
    await page.getByRole('heading', { name: 'Utvärderingsplan' }).waitFor();
    await page.getByRole('button', { name: 'Spara utvärderingsplanen' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect(summary).toContainText('Skriv hur ni ska utvärdera rutinen');
    await expectNoAxeViolations(page, 'step 6: plan with errors');

    await page
      .getByLabel('Metod', { exact: true })
      .fill('Årlig genomgång av ärenden och en workshop');
    await page.getByLabel('Indikator 1', { exact: true }).fill('Tid till första kontakt');
    await page.getByRole('button', { name: 'Lägg till en indikator' }).click();
    // The new row takes focus.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('plan-indicator-1');
    await page.getByLabel('Indikator 2', { exact: true }).fill('Antal ärenden');
    await page.getByRole('button', { name: 'Flytta upp (Indikator 2)' }).click();
    await expect(page.getByLabel('Indikator 1', { exact: true })).toHaveValue('Antal ärenden');
    await page.getByLabel('Ansvarig organisation').selectOption({ label: 'Socialtjänsten' });
    await page.getByLabel('Hur ofta, i månader').fill('12');
    await page.getByLabel('Nästa översyn').fill(nextYear());
    await page.getByRole('button', { name: 'Spara utvärderingsplanen' }).click();
    await page.getByText('Utvärderingsplanen är sparad.').waitFor();
    await expectNoAxeViolations(page, 'step 6: plan saved');

    const plan = await getJson<{ indicators: string[] }>(
      coordinatorContext,
      running.baseUrl,
      `/api/routines/${rid}/evaluation-plan`,
    );
    expect(plan.indicators).toEqual(['Antal ärenden', 'Tid till första kontakt']);
  });

  it('shows the timeline with "Här är vi nu" and its milestones', async () => {
    await page
      .getByRole('navigation', { name: 'Rutinens delar' })
      .getByRole('link', { name: 'Tidslinje' })
      .click();
    await expectHeading(page, /Tidslinje/i);
    await page.getByRole('heading', { name: 'Här är vi nu' }).waitFor();
    const figure = page.getByRole('img', { name: /Tidslinje från .* Här är vi nu/ });
    await figure.waitFor();
    // The four suggested milestones, one per phase.
    await expect(page.locator('.milestone')).toHaveCount(4);
    await expectNoAxeViolations(page, 'timeline');
    // The "Här är vi nu" line runs through the tracks only, never through a phase's name
    // (issue 14), on a desktop and on a phone.
    for (const viewport of [VIEWPORTS.desktop, VIEWPORTS.phone]) {
      await page.setViewportSize(viewport);
      const overlaps = await page.evaluate(() => {
        const boxes = (selector: string) =>
          [...document.querySelectorAll(selector)].map((el) => el.getBoundingClientRect());
        const cross = (a: DOMRect, b: DOMRect) =>
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const labels = boxes('.timeline-lane__label');
        const marks = [...boxes('.timeline-chart__now'), ...boxes('.timeline-chart__now-label')];
        return marks.length === 0
          ? -1
          : marks.filter((m) => labels.some((l) => cross(m, l))).length;
      });
      expect(overlaps, `${viewport.width} px`).toBe(0);
    }
    await page.setViewportSize(VIEWPORTS.desktop);

    await page.getByRole('button', { name: 'Markera som klar (Rutinen upprättad)' }).click();
    await page.getByText('”Rutinen upprättad” är markerad som klar.').waitFor();
    await expect(page.locator('.milestone-status--done')).toHaveCount(1);

    await page.getByLabel('Vad ska vara klart?').fill('Utbildning för all personal');
    await page.getByLabel('Planerat datum').fill(nextYear());
    await page.getByRole('button', { name: 'Lägg till milstolpen' }).click();
    await page.getByText('”Utbildning för all personal” är tillagd.').waitFor();
    await expect(page.locator('.milestone')).toHaveCount(5);
    await expectNoAxeViolations(page, 'timeline after changes');
  });

  it('freezes version 1', async () => {
    await page
      .getByRole('navigation', { name: 'Rutinens delar' })
      .getByRole('link', { name: 'Versioner' })
      .click();
    await expectHeading(page, 'Versioner');
    await page.getByLabel('Vad har ändrats? (frivilligt)').fill('Första versionen');
    await page.getByRole('button', { name: 'Frys version' }).click();
    await page.getByText('Version 1 är fryst.').waitFor();
    await expect
      .poll(() => page.locator('.routine-header').textContent())
      .toContain('Väntar på beslut');
    const card = page.locator('.version-card').first();
    await card.getByText('0 av 3 har bekräftat').waitFor();
    await expect(card).toContainText('Första versionen');
    // Each version's files are of that version.
    await expect(card.getByRole('link', { name: 'Word' })).toHaveAttribute(
      'href',
      `/api/routines/${rid}/export.docx?version=1`,
    );
    await expectNoAxeViolations(page, 'versions: v1 frozen');

    // Version 1 reads as a document (the routine as frozen), not as a diff against nothing.
    await card.getByRole('link', { name: 'Visa version 1 som dokument' }).click();
    await page.locator('h1').first().waitFor();
    await expect(page.locator('footer')).toContainText('Version 1');
    await expect(page.locator('body')).not.toContainText('{"id"');
    await expectNoAxeViolations(page, 'version 1 as a document');
    await page.goBack();
    await expectHeading(page, 'Versioner');
  });

  it('refuses a wrong password, then signs for Socialtjänsten as its representative', async () => {
    await page.getByRole('link', { name: 'Gå till bekräftelsen' }).first().click();
    await expectHeading(page, 'Bekräftelsen');
    const rows = page.locator('.confirmation-table tbody tr');
    await rows.first().waitFor();
    await expect(rows).toHaveCount(3);
    await expect(page.locator('.confirmation-who')).toContainText(
      'De 3 organisationer som har uppgifter i version 1 (under Vem gör vad) bekräftar den.',
    );
    await expect(page.locator('.confirmation-who')).toContainText(
      'Skolan har ingen uppgift i rutinen och står därför inte med.',
    );
    await expect(
      page.getByRole('link', {
        name: 'Ska någon av dem bekräfta? Ge den en uppgift under Vem gör vad.',
      }),
    ).toHaveAttribute('href', `/rutiner/${rid}/vem-gor-vad`);
    await expect(page.locator('.signature__state--waiting')).toHaveCount(3);
    await expectNoAxeViolations(page, 'confirmation: nobody signed');

    await page
      .getByLabel('Organisation', { exact: true })
      .selectOption({ label: 'Socialtjänsten' });
    await page.getByLabel('Representantens namn').fill('Eva Ek');
    await page.getByLabel('Representantens titel').fill('Socialchef');
    await page.getByLabel('Beslut', { exact: true }).fill('Socialnämnden 2026-03-12 § 45');
    await page.getByLabel('Ditt lösenord').fill('fel lösenord');
    await page.getByRole('button', { name: 'Bekräfta version 1 för Socialtjänsten' }).click();
    const summary = page.locator('.error-summary');
    await summary.getByText('Lösenordet stämmer inte', { exact: false }).waitFor();
    await expect(summary).toBeFocused();
    await expectNoAxeViolations(page, 'confirmation: wrong password');

    await page.getByLabel('Ditt lösenord').fill(coordinator.password);
    await page.getByRole('button', { name: 'Bekräfta version 1 för Socialtjänsten' }).click();
    await page.getByText('Bekräftelsen för Socialtjänsten är sparad.').waitFor();
    const social = rows.filter({ hasText: 'Socialtjänsten' });
    await expect(social).toContainText('Eva Ek, Socialchef');
    await expect(social).toContainText('Beslut: Socialnämnden 2026-03-12 § 45');
    await expect(social).toContainText(`Signerad av ${coordinator.name}`);
    await expect(social).not.toContainText('Registrerad av');
  });

  it('lets the police representative sign for Polisen only', async () => {
    await policePage.goto(`/rutiner/${rid}/bekraftelse`);
    await expectHeading(policePage, 'Bekräftelsen');
    await policePage.getByRole('heading', { name: 'Bekräfta för Polisen' }).waitFor();
    // Only the organisation they represent: no choice of organisation.
    await expect(policePage.getByLabel('Organisation', { exact: true })).toHaveCount(0);
    await expectNoAxeViolations(policePage, 'confirmation (police)');
    await policePage.getByLabel('Representantens namn').fill('Per Polis');
    await policePage.getByLabel('Representantens titel').fill('Lokalpolisområdeschef');
    await policePage
      .getByLabel('Beslut', { exact: true })
      .fill('Polisregion Syd 2026-03-20, dnr A123');
    await policePage.getByLabel('Ditt lösenord').fill(officer.password);
    await policePage.getByRole('button', { name: 'Bekräfta version 1 för Polisen' }).click();
    await policePage.getByText('Bekräftelsen för Polisen är sparad.').waitFor();
    await policePage
      .getByText('Det finns inget mer för dig att bekräfta i den här versionen.', { exact: false })
      .waitFor();
  });

  it('signs for Hälso- och sjukvården on its behalf and the routine is adopted', async () => {
    await page.reload();
    await expectHeading(page, 'Bekräftelsen');
    await page.getByRole('heading', { name: 'Bekräfta för Hälso- och sjukvården' }).waitFor();
    await page.getByText('Du företräder inte Hälso- och sjukvården.', { exact: false }).waitFor();
    await page.getByLabel('Representantens namn').fill('Hanna Holm');
    await page.getByLabel('Representantens titel').fill('Verksamhetschef');
    await page
      .getByLabel('Beslut', { exact: true })
      .fill('Hälso- och sjukvårdsnämnden 2026-03-18 § 12');
    await page.getByLabel('Ditt lösenord').fill(coordinator.password);
    await page
      .getByRole('button', { name: 'Bekräfta version 1 för Hälso- och sjukvården' })
      .click();
    await page.getByText('Alla organisationer har bekräftat. Rutinen är nu antagen.').waitFor();
    await expect(page.locator('.routine-header')).toContainText('Antagen');
    const health = page.locator('.confirmation-table tbody tr', {
      hasText: 'Hälso- och sjukvården',
    });
    await expect(health).toContainText(
      `Registrerad av ${coordinator.name} (samordnare) för Hälso- och sjukvården`,
    );
    await expect(page.locator('.signature__state--waiting')).toHaveCount(0);
    await expectNoAxeViolations(page, 'confirmation: adopted');
  });

  it('freezes version 2 after a change and shows the difference', async () => {
    await page.goto(`/rutiner/${rid}/steg/1`);
    await expectHeading(page, /^Steg 1\. /);
    await fillAndWaitSaved(
      page,
      page.getByLabel(/^Fråga 1 /),
      'Alla som utsätts ska snabbt få skydd och stöd.',
    );
    await page.goto(`/rutiner/${rid}/versioner`);
    await expectHeading(page, 'Versioner');
    await page.getByLabel('Vad har ändrats? (frivilligt)').fill('Målet är formulerat');
    await page.getByRole('button', { name: 'Frys version' }).click();
    await page.getByText('Version 2 är fryst.').waitFor();
    // The adopted version stays in force until version 2 is confirmed by all.
    await expect(page.locator('.routine-header')).toContainText('Antagen');
    await page
      .locator('.version-card')
      .nth(1)
      .getByText(/^Antagen /)
      .waitFor();
    await expectNoAxeViolations(page, 'versions: v2 frozen');

    await page
      .getByRole('link', { name: 'Se vad som ändrats i version 2 jämfört med version 1' })
      .click();
    await expectHeading(page, 'Jämför version 2 med version 1');
    await page.getByText('Innehållet är oförändrat sedan versionen frystes.').waitFor();
    const inserted = page.locator('.diff-answer ins');
    await inserted.first().waitFor();
    expect(await inserted.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Alla som utsätts ska snabbt få skydd')]),
    );
    await expect(page.locator('.diff-answer').first()).toContainText('Steg 1, fråga 1');
    await expectNoAxeViolations(page, 'compare v2 with v1');
  });

  it('shows each signer what changed since the version they signed', async () => {
    await policePage.goto(`/rutiner/${rid}/bekraftelse`);
    await expectHeading(policePage, 'Bekräftelsen');
    await policePage.getByRole('heading', { name: 'Bekräfta för Polisen' }).waitFor();
    const link = policePage
      .locator('.sign-off-form')
      .locator('..')
      .getByRole('link', { name: 'Se vad som ändrats sedan version 1' })
      .first();
    expect(await link.getAttribute('href')).toBe(`/rutiner/${rid}/versioner/2/jamfor?mot=1`);
    await expectNoAxeViolations(policePage, 'confirmation v2 (police)');
    expect(errors).toEqual([]);
  });
});
