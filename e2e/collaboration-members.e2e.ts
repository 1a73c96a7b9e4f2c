import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
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
import {
  type ActorDto,
  createActors,
  createCollaborationAndRoutine,
  send,
} from './helpers/routine-data';

const COLLABORATION = 'Samverkan mot människohandel i Exempelkommun';

/**
 * Issue 4's journey: a coordinator invites an editor for Polisen; the editor follows the link
 * in another browser, creates an account and joins; may change Polisen's action and not
 * Socialtjänsten's; comments on a question; the coordinator resolves the thread and finds
 * both changes in the Händelselogg. Every page and state is scanned with axe.
 */
describeInBrowser('collaboration members', () => {
  let running: RunningApp;
  let browser: Browser;
  let coordinatorContext: BrowserContext;
  let editorContext: BrowserContext;
  let page: Page;
  let editorPage: Page;
  let errors: string[];
  const coordinator = newUser('samordnare');
  const editor = newUser('polis');
  let cid = '';
  let rid = '';
  let actors: { social: ActorDto; police: ActorDto; health: ActorDto };
  let policeAction = '';
  let socialAction = '';
  let invitationUrl = '';

  beforeAll(async () => {
    running = await startApp();
    browser = await launchBrowser();
    coordinatorContext = await newContext(browser, running.baseUrl);
    await coordinatorContext.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signUpViaApi(coordinatorContext, running.baseUrl, coordinator);
    const base = await createCollaborationAndRoutine(coordinatorContext, running.baseUrl);
    cid = base.collaborationId;
    rid = base.routineId;
    actors = await createActors(coordinatorContext, running.baseUrl, cid);
    const action = (body: Record<string, unknown>) =>
      postJson<{ id: string }>(
        coordinatorContext,
        running.baseUrl,
        `/api/routines/${rid}/actions`,
        {
          step: 5,
          audience: 'all',
          ...body,
        },
      );
    policeAction = (
      await action({
        actorId: actors.police.id,
        what: 'Tar emot polisanmälan',
        kind: 'report_to_police',
      })
    ).id;
    socialAction = (
      await action({
        actorId: actors.social.id,
        what: 'Gör en skyddsbedömning',
        kind: 'protection_assessment',
      })
    ).id;
    // Enough older events that the Händelselogg has a second page.
    for (let i = 1; i <= 50; i += 1) {
      await send(coordinatorContext, running.baseUrl, 'PATCH', `/api/routines/${rid}`, {
        title: `Rutin för enskilda ärenden (utkast ${i})`,
      });
    }
    await send(coordinatorContext, running.baseUrl, 'PATCH', `/api/routines/${rid}`, {
      title: 'Rutin för enskilda ärenden',
    });
    page = await coordinatorContext.newPage();
    // Expected refusal: the last coordinator cannot step down (409).
    errors = collectPageErrors(
      page,
      [],
      [{ status: 409, path: /^\/api\/collaborations\/[^/]+\/members\/[^/]+$/ }],
    );
  });

  afterAll(async () => {
    await coordinatorContext?.close();
    await editorContext?.close();
    await browser?.close();
    await running?.close();
  });

  it('invites an editor for Polisen and shows the link to copy', async () => {
    await page.goto(`/samverkan/${cid}`);
    await expectHeading(page, COLLABORATION);
    await page.getByRole('link', { name: 'Medlemmar' }).click();
    await page.waitForURL(/\/medlemmar$/);
    await page.getByRole('heading', { name: 'Bjud in en ny medlem' }).waitFor();
    await page.locator('.member-card').first().waitFor();
    await expect(page.locator('.member-card')).toHaveCount(1);
    await expectNoAxeViolations(page, 'members');

    await page.getByLabel('E-postadress').fill(editor.email);
    await page.getByLabel('Roll').selectOption({ label: 'Redaktör' });
    await page.getByLabel('Organisation').selectOption({ label: 'Polisen' });
    await page.getByRole('button', { name: 'Skapa inbjudan' }).click();
    const result = page.locator('.invite-result');
    await result.getByRole('heading', { name: 'Inbjudan är skapad' }).waitFor();
    await expect(result).toBeFocused();
    invitationUrl = await page.getByLabel('Länk till inbjudan').inputValue();
    expect(invitationUrl).toMatch(/\/inbjudan\/[A-Za-z0-9_-]{20,}$/);
    await page.getByRole('button', { name: 'Kopiera länken' }).click();
    await page.getByText('Länken är kopierad.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(invitationUrl);

    const pending = page.locator('.invitation-list');
    await pending.locator('.invitation-list__email', { hasText: editor.email }).waitFor();
    await expect(pending).toContainText('Redaktör · Polisen');
    await expectNoAxeViolations(page, 'members: invitation created');
  });

  it('revokes an invitation sent by mistake', async () => {
    const wrong = `fel.${Date.now()}@exempel.se`;
    await page.getByLabel('E-postadress').fill(wrong);
    await page.getByRole('button', { name: 'Skapa inbjudan' }).click();
    await page.locator('.invitation-list__email', { hasText: wrong }).waitFor();
    await page.getByRole('button', { name: `Återkalla (${wrong})` }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog
      .getByRole('heading', { name: `Vill du återkalla inbjudan till ${wrong}?` })
      .waitFor();
    await expectNoAxeViolations(page, 'members: revoke dialog');
    await dialog.getByRole('button', { name: 'Ja, återkalla' }).click();
    await page.getByText(`Inbjudan till ${wrong} är återkallad.`).waitFor();
    await expect(page.locator('.invitation-list')).not.toContainText(wrong);
  });

  it('lets the editor join through the link after creating an account', async () => {
    editorContext = await newContext(browser, running.baseUrl);
    editorPage = await editorContext.newPage();
    collectPageErrors(editorPage, errors);
    const path = new URL(invitationUrl).pathname;
    await editorPage.goto(path);
    await expectHeading(editorPage, `Gå med i ${COLLABORATION}`);
    const summary = editorPage.locator('.summary-list');
    await expect(summary).toContainText('Redaktör');
    await expect(summary).toContainText('Polisen');
    await expect(summary).toContainText(editor.email);
    await expectNoAxeViolations(editorPage, 'invitation (signed out)');

    await editorPage.getByRole('link', { name: 'Skapa konto' }).click();
    await expectHeading(editorPage, 'Skapa konto');
    await editorPage.getByLabel('Namn', { exact: true }).fill(editor.name);
    await editorPage.getByLabel('E-postadress').fill(editor.email);
    await editorPage.getByLabel('Lösenord').fill(editor.password);
    await editorPage.getByRole('button', { name: 'Skapa konto' }).click();
    // Back on the invitation, now signed in.
    await expectHeading(editorPage, `Gå med i ${COLLABORATION}`);
    await editorPage.getByText(`Du är inloggad som ${editor.name}`).waitFor();
    await expectNoAxeViolations(editorPage, 'invitation (signed in)');
    await editorPage.getByRole('button', { name: `Gå med i ${COLLABORATION}` }).click();
    await expectHeading(editorPage, COLLABORATION);
    expect(new URL(editorPage.url()).pathname).toBe(`/samverkan/${cid}`);
    // Editors see no Händelselogg.
    await expect(editorPage.getByRole('link', { name: 'Händelselogg' })).toHaveCount(0);

    // The link works once.
    await editorPage.goto(path);
    await expectHeading(editorPage, 'Inbjudan är redan använd');
    await expectNoAxeViolations(editorPage, 'invitation used');
  });

  it('shows the editor with role and organisation; the last coordinator stays', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Bjud in en ny medlem' }).waitFor();
    const card = page.locator('.member-card', { hasText: editor.name });
    await card.waitFor();
    await expect(card).toContainText('Redaktör');
    await expect(card).toContainText('Polisen');
    await page.getByText('Det finns inga inbjudningar som väntar på svar.').waitFor();

    const mine = page.locator('.member-card', { hasText: coordinator.name });
    await mine.getByRole('button', { name: /^Ändra roll och organisation/ }).click();
    await mine.getByLabel('Roll').selectOption({ label: 'Läsare' });
    await mine.getByRole('button', { name: 'Spara ändringarna' }).click();
    await mine
      .getByRole('alert')
      .getByText('Det måste finnas minst en samordnare', { exact: false })
      .waitFor();
    await expectNoAxeViolations(page, 'members: last coordinator');
    await mine.getByRole('button', { name: 'Avbryt' }).click();
  });

  it('lets the editor change Polisen’s action and refuses Socialtjänsten’s', async () => {
    const own = await editorContext.request.fetch(
      `${running.baseUrl}/api/routines/${rid}/actions/${policeAction}`,
      {
        method: 'PATCH',
        data: { what: 'Tar emot polisanmälan dygnet runt' },
        headers: { Origin: running.baseUrl },
      },
    );
    expect(own.status(), await own.text()).toBe(200);
    const other = await editorContext.request.fetch(
      `${running.baseUrl}/api/routines/${rid}/actions/${socialAction}`,
      {
        method: 'PATCH',
        data: { what: 'Polisen skriver över socialtjänstens rad' },
        headers: { Origin: running.baseUrl },
      },
    );
    expect(other.status()).toBe(403);
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');

    await editorPage.goto(`/rutiner/${rid}/steg/5`);
    await expectHeading(editorPage, /^Steg 5\. /);
    await editorPage
      .locator('.action-row__line', { hasText: 'Tar emot polisanmälan dygnet runt' })
      .waitFor();
    // Each action row has its comment badge.
    await editorPage
      .getByRole('button', { name: 'Kommentera (Polisen – Tar emot polisanmälan dygnet runt)' })
      .waitFor();
    await expectNoAxeViolations(editorPage, 'step 5 (editor)');
  });

  it('lets the editor comment on a question', async () => {
    await editorPage.goto(`/rutiner/${rid}/steg/1`);
    await expectHeading(editorPage, /^Steg 1\. /);
    await editorPage.getByRole('button', { name: /^Kommentera \(Fråga 1\. / }).click();
    const dialog = editorPage.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Kommentarer' }).waitFor();
    await dialog.getByText('Det finns inga kommentarer här än.', { exact: false }).waitFor();
    await expectNoAxeViolations(editorPage, 'comments dialog (empty)');
    await dialog.getByLabel('Din kommentar').fill('Polisen vill att målet nämner barn särskilt.');
    await dialog.getByRole('button', { name: 'Skicka kommentaren' }).click();
    await dialog.getByText('Kommentaren är skickad.').waitFor();
    await dialog.getByText('Polisen vill att målet nämner barn särskilt.').waitFor();
    await expectNoAxeViolations(editorPage, 'comments dialog (one thread)');
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await editorPage
      .getByRole('button', { name: /^1 kommentar, 1 olöst \(Fråga 1\. / })
      .first()
      .waitFor();
    await editorPage.getByRole('heading', { name: '1 olöst kommentarstråd i steget' }).waitFor();
  });

  it('lets the coordinator reply and resolve the thread', async () => {
    await page.goto(`/rutiner/${rid}/steg/1`);
    await expectHeading(page, /^Steg 1\. /);
    const openThreads = page.getByRole('region', { name: '1 olöst kommentarstråd i steget' });
    await openThreads
      .getByText('Polisen vill att målet nämner barn särskilt.', { exact: false })
      .waitFor();
    await expectNoAxeViolations(page, 'step 1 with an open thread');
    await openThreads.getByRole('button', { name: /^1 kommentar, 1 olöst/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Svara' }).click();
    await dialog.getByLabel('Ditt svar').fill('Bra, vi lägger till en mening om barn.');
    await dialog.getByRole('button', { name: 'Skicka svaret' }).click();
    await dialog.getByText('Svaret är skickat.').waitFor();
    await dialog.getByRole('button', { name: 'Markera som löst' }).click();
    await dialog.getByText('Tråden är markerad som löst.').waitFor();
    await dialog.getByText(`Löst av ${coordinator.name}`, { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'comments dialog (resolved)');
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    // The badges say so; the step's list keeps the row until the page is left.
    await page
      .getByRole('button', { name: /^2 kommentarer, alla lösta \(Fråga 1\. / })
      .first()
      .waitFor();
    await page.getByRole('heading', { name: '0 olösta kommentarstrådar i steget' }).waitFor();
    // Focus came back to the badge that opened the dialog.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className))
      .toBe('comments-button');
    await page.reload();
    await expectHeading(page, /^Steg 1\. /);
    await page.getByRole('button', { name: /^2 kommentarer, alla lösta/ }).waitFor();
    await expect(page.locator('.open-threads')).toHaveCount(0);
  });

  it('shows both changes in the Händelselogg', async () => {
    await page.goto(`/samverkan/${cid}/handelselogg`);
    await expectHeading(page, COLLABORATION);
    const table = page.locator('.audit-table');
    await table.waitFor();
    const rowOf = (what: string) => table.locator('tbody tr', { hasText: what }).first();
    await expect(rowOf('Markerade en kommentar som löst')).toContainText(coordinator.name);
    await expect(rowOf('Skrev en kommentar')).toContainText(editor.name);
    await expect(rowOf('Ändrade vem gör vad')).toContainText(editor.name);
    await expect(rowOf('Gick med via en inbjudan')).toContainText(editor.name);
    // The summaries are sentences in the reader's language, the changed fields named in words.
    await expect(rowOf('Ändrade vem gör vad')).toContainText('– ändrat: vad som görs');
    await expectNoAxeViolations(page, 'audit log');
    await screenshots(page, 'audit-sv');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(rowOf('Changed who does what')).toContainText('– changed: what is done');
    await expect(rowOf('Marked a comment as resolved')).toContainText('marked as resolved');
    await expectNoAxeViolations(page, 'audit log in English');
    await screenshots(page, 'audit-en');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await rowOf('Ändrade vem gör vad').waitFor();

    // Paging: the older events come after "Visa fler", focus on the first of them.
    const before = await table.locator('tbody tr').count();
    expect(before).toBe(50);
    await page.getByRole('button', { name: 'Visa fler' }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(50);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TR');
    await page.getByText('Skapade samverkansgruppen').waitFor();

    // Only what the editor did.
    await page.getByLabel('Vem som gjorde ändringen').selectOption({ label: editor.name });
    await expect
      .poll(async () => {
        const names = await table.locator('tbody tr td:nth-child(2)').allTextContents();
        return names.length > 0 && names.every((n) => n === editor.name);
      })
      .toBe(true);
    // Only the comments.
    await page.getByLabel('Vem som gjorde ändringen').selectOption({ label: 'Alla' });
    await page.getByLabel('Vad ändringen gäller').selectOption({ label: 'Kommentarer' });
    await expect
      .poll(async () => {
        const whats = await table.locator('tbody tr td:nth-child(3)').allTextContents();
        return whats.sort();
      })
      .toEqual([
        'Markerade en kommentar som löst',
        'Skrev en kommentar',
        'Svarade på en kommentar',
      ]);
    await expectNoAxeViolations(page, 'audit log filtered');
    expect(errors).toEqual([]);
  });

  it('checks that the API agrees: the editor represents Polisen', async () => {
    const members = await getJson<{ email: string; role: string; actorName: string | null }[]>(
      coordinatorContext,
      running.baseUrl,
      `/api/collaborations/${cid}/members`,
    );
    expect(members.find((m) => m.email === editor.email)).toMatchObject({
      role: 'editor',
      actorName: 'Polisen',
    });
  });
});
