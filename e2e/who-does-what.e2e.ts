import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
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
import { expectHeading, newUser, signUpViaApi } from './helpers/journey';
import { createCollaborationAndRoutine } from './helpers/routine-data';

/**
 * Issue 3's journey: a coordinator adds three actors with contact paths (two through the
 * suggestions dialog), records who does what in steps 2–5 with two entry points (children,
 * adults) and a handoff, reorders with the keyboard, adds an obstacle with its remedy, sees
 * every action in the matrix, and cannot delete an actor in use (the uses are listed).
 * Every page and dialog is scanned with axe.
 */
/** How long to wait for what the user should see (a save, a refetch, a move of focus). */
const SEEN = { timeout: 10_000 };

describeInBrowser('who does what', () => {
  let running: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let cid = '';
  let rid = '';

  beforeAll(async () => {
    running = await startApp();
    browser = await launchBrowser();
    context = await newContext(browser, running.baseUrl);
    page = await context.newPage();
    // Expected refusals: a wrong phone number (400) and deleting an actor still in use (409).
    errors = collectPageErrors(
      page,
      [],
      [
        { status: 400, path: /^\/api\/collaborations\/[^/]+\/actors\/[^/]+$/ },
        { status: 409, path: /^\/api\/collaborations\/[^/]+\/actors\/[^/]+$/ },
      ],
    );
    await signUpViaApi(context, running.baseUrl, newUser('samordnare'));
    ({ collaborationId: cid, routineId: rid } = await createCollaborationAndRoutine(
      context,
      running.baseUrl,
      { name: 'Samverkan i Exempelkommun' },
    ));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await running?.close();
  });

  const dialog = () => page.getByRole('dialog');
  const actorCard = (name: string) =>
    page.locator('.actor-card', { has: page.getByRole('heading', { name, exact: true }) });

  /** Picks an actor in the action form's combobox by typing and choosing the option. */
  async function chooseActor(name: string) {
    const combobox = dialog().getByRole('combobox', { name: 'Aktör', exact: true });
    await combobox.fill(name.slice(0, 5));
    await page.getByRole('option', { name, exact: true }).click();
    await expect.poll(() => combobox.inputValue(), SEEN).toBe(name);
  }

  async function addAction(options: {
    actor: string;
    what: string;
    audience: 'Barn' | 'Vuxna' | 'Alla';
    kind?: string;
    entryPoint?: boolean;
    handoffTo?: RegExp;
    scan?: string;
  }) {
    await page.getByRole('button', { name: 'Lägg till vem som gör vad' }).click();
    await dialog().waitFor();
    if (options.scan) await expectNoAxeViolations(page, options.scan);
    await chooseActor(options.actor);
    await dialog().getByLabel('Vad gör aktören?').fill(options.what);
    await dialog().getByRole('radio', { name: options.audience, exact: true }).check();
    if (options.kind)
      await dialog().getByLabel('Typ av åtgärd').selectOption({ label: options.kind });
    if (options.entryPoint) await dialog().getByLabel('Det här är en ingång').check();
    if (options.handoffTo)
      await dialog().getByRole('checkbox', { name: options.handoffTo }).check();
    await dialog().getByRole('button', { name: 'Lägg till', exact: true }).click();
    await dialog().waitFor({ state: 'detached' });
    // Focus moves to the new row.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''), SEEN)
      .toContain(options.what);
  }

  it('starts with the organisations: the suggestions dialog adds typical actors at once', async () => {
    await page.goto(`/samverkan/${cid}`);
    await expectHeading(page, 'Samverkan i Exempelkommun');
    await page
      .getByRole('navigation', { name: 'Samverkansgruppens delar' })
      .getByRole('link', { name: 'Aktörer' })
      .click();
    await page.waitForURL(/\/aktorer$/);
    await page
      .getByRole('heading', { name: 'Börja med organisationerna i er samverkan' })
      .waitFor();
    await page.getByText('Namnge funktioner (t.ex. Socialjouren), inte personer').first().waitFor();
    await expectNoAxeViolations(page, 'actors (empty)');

    await page.getByRole('button', { name: 'Välj vanliga aktörer' }).click();
    await dialog().getByRole('heading', { name: 'Lägg till vanliga aktörer' }).waitFor();
    await expectNoAxeViolations(page, 'suggestions dialog');
    // Keep the police (112, 114 14 prefilled) and social services; untick the rest.
    const options = dialog().getByRole('checkbox');
    for (const box of await options.all()) {
      const label = await page
        .locator(`label[for="${await box.getAttribute('id')}"]`)
        .textContent();
      if (label !== 'Polisen' && label !== 'Socialtjänsten') await box.uncheck();
    }
    await dialog().getByRole('button', { name: 'Lägg till 2 aktörer' }).click();
    await dialog().waitFor({ state: 'detached' });
    await actorCard('Polisen').waitFor();
    await expect(actorCard('Polisen')).toContainText('114 14');
    await expect(actorCard('Polisen')).toContainText('dygnet runt');
    await expect(actorCard('Socialtjänsten')).toContainText('Ingen kontaktväg än');
    await expectNoAxeViolations(page, 'actors (two)');
  });

  it('adds contact paths to an actor inline, explaining a wrong phone number', async () => {
    await actorCard('Socialtjänsten').getByRole('button', { name: 'Ändra Socialtjänsten' }).click();
    await dialog().getByRole('heading', { name: 'Ändra Socialtjänsten' }).waitFor();
    await expectNoAxeViolations(page, 'edit actor dialog');
    await dialog().getByRole('button', { name: 'Lägg till kontaktväg' }).click();
    await dialog().getByLabel('Telefonnummer').fill('08-12ab');
    await dialog().getByLabel('Öppettider').fill('vardagar 8–17');
    await dialog()
      .getByRole('group', { name: 'Gäller' })
      .getByRole('radio', { name: 'Barn' })
      .check();
    await dialog().getByRole('button', { name: 'Lägg till kontaktväg' }).click();
    // The new row's channel select has focus.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id ?? ''), SEEN)
      .toMatch(/-channel$/);
    const second = dialog().getByRole('group', { name: 'Kontaktväg 2' });
    await second.getByLabel('Telefonnummer').fill('08-123 400 00');
    await second.getByLabel('Dygnet runt').check();
    await second
      .getByLabel('Vad den är till för (frivilligt)')
      .fill('Socialjouren efter kontorstid');
    await dialog().getByRole('button', { name: 'Spara ändringarna' }).click();
    const summary = dialog().locator('.error-summary');
    await summary
      .getByText('Kontaktväg 1: skriv telefonnumret som ett svenskt nummer', { exact: false })
      .waitFor();
    await expect(summary).toBeFocused();
    await expectNoAxeViolations(page, 'actor form with an error');

    await dialog()
      .getByRole('group', { name: 'Kontaktväg 1' })
      .getByLabel('Telefonnummer')
      .fill('08-123 456 78');
    // Reorder the paths with the keyboard: the after-hours path first.
    await second.getByRole('button', { name: 'Flytta upp Kontaktväg 2' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(
        () =>
          dialog()
            .getByRole('group', { name: 'Kontaktväg 1' })
            .getByLabel('Telefonnummer')
            .inputValue(),
        SEEN,
      )
      .toBe('08-123 400 00');
    await dialog().getByRole('button', { name: 'Spara ändringarna' }).click();
    await dialog().waitFor({ state: 'detached' });
    const card = actorCard('Socialtjänsten');
    await expect.poll(() => card.locator('.contact-path').count(), SEEN).toBe(2);
    await expect(card.locator('.contact-path').first()).toContainText('08-123 400 00');
    await expect(card.locator('.contact-path').nth(1)).toContainText(
      '08-123 456 78 (vardagar 8–17)',
    );
  });

  it('adds a third actor by hand', async () => {
    await page.getByRole('button', { name: 'Lägg till aktör' }).click();
    await dialog().getByRole('heading', { name: 'Lägg till aktör' }).waitFor();
    await expectNoAxeViolations(page, 'add actor dialog');
    await dialog().getByLabel('Namn', { exact: true }).fill('Hälso- och sjukvården');
    await dialog().getByLabel('Typ av organisation').selectOption({ label: 'Hälso- och sjukvård' });
    await dialog().getByLabel('Telefonnummer').fill('1177');
    await dialog().getByLabel('Dygnet runt').check();
    await dialog().getByRole('button', { name: 'Lägg till aktören' }).click();
    await dialog().waitFor({ state: 'detached' });
    await actorCard('Hälso- och sjukvården').waitFor();
    await expect(actorCard('Hälso- och sjukvården')).toContainText('1177');
    await expect(page.locator('.actor-card')).toHaveCount(3);
  });

  it('records who does what in step 3 with entry points for children and adults', async () => {
    await page.goto(`/rutiner/${rid}/steg/3`);
    await expectHeading(page, /^Steg 3\. /);
    const panel = page.locator('#who-does-what');
    await panel.getByText('I steg 3 bestämmer ni ingångarna', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'step 3 (no actions)');

    await addAction({
      actor: 'Socialtjänsten',
      what: 'Tar emot orosanmälan om barn',
      audience: 'Barn',
      kind: 'Orosanmälan',
      entryPoint: true,
      scan: 'action dialog',
    });
    await addAction({
      actor: 'Polisen',
      what: 'Tar emot anmälan om vuxna',
      audience: 'Vuxna',
      kind: 'Polisanmälan',
      entryPoint: true,
    });
    const children = panel.getByRole('region', { name: 'Barn' });
    const adults = panel.getByRole('region', { name: 'Vuxna' });
    await children
      .locator('.action-row__line', { hasText: 'Tar emot orosanmälan om barn' })
      .waitFor();
    await adults.locator('.action-row__line', { hasText: 'Tar emot anmälan om vuxna' }).waitFor();
    const row = children.locator('.action-row').first();
    await expect(row).toContainText(
      // The children's action got the children's line (issue 14: the path follows the audience).
      /Socialtjänsten — Tar emot orosanmälan om barn — för barn — via 08-123 456 78 \(vardagar 8–17\)/,
    );
    await expectNoAxeViolations(page, 'step 3 with entry points');
  });

  it('adds an obstacle with its remedy beside the obstacle questions', async () => {
    const obstacles = page.getByRole('region', { name: 'Hinder och hur ni överkommer dem' });
    // The list says what it is: the structured answer to the questions beside it (issue 14).
    await expect(obstacles).toContainText(
      'Här ger ni det strukturerade svaret på frågorna 4 och 5',
    );
    await obstacles.getByRole('button', { name: 'Lägg till hinder' }).click();
    await dialog().getByRole('heading', { name: 'Lägg till ett hinder' }).waitFor();
    await expectNoAxeViolations(page, 'obstacle dialog');
    await dialog()
      .getByLabel('Vad är hindret?')
      .fill('Personalen vet inte vem de ska ringa på natten');
    await dialog()
      .getByLabel('Hur överkommer ni det? (frivilligt)')
      .fill('Socialjourens nummer sitter på affischen');
    await dialog()
      .getByLabel('Ansvarig organisation (frivilligt)')
      .selectOption({ label: 'Socialtjänsten' });
    await dialog().getByRole('button', { name: 'Lägg till hindret' }).click();
    await dialog().waitFor({ state: 'detached' });
    const item = obstacles.locator('.obstacle').first();
    await item.getByText('Socialjourens nummer sitter på affischen').waitFor();
    await expect(item).toContainText('Ansvarig');
    // The list sits among the questions, after question 5 ("Hur kan ni överkomma hindren?").
    const placement = await page.evaluate(() => {
      const list = document.getElementById('obstacles');
      const q5 = document.getElementById('answer-s3-q5');
      const after = q5 && list ? Boolean(q5.compareDocumentPosition(list) & 4) : false;
      return { inQuestions: Boolean(list?.closest('.questions')), after };
    });
    expect(placement).toEqual({ inQuestions: true, after: true });
    await expectNoAxeViolations(page, 'step 3 with an obstacle');
  });

  it('records actions in steps 5, 4 (handing over to step 5) and 2, and reorders with the keyboard', async () => {
    await page.goto(`/rutiner/${rid}/steg/5`);
    await expectHeading(page, /^Steg 5\. /);
    await addAction({
      actor: 'Socialtjänsten',
      what: 'Gör en skyddsbedömning samma dag',
      audience: 'Alla',
      kind: 'Skyddsbedömning',
    });
    await expectNoAxeViolations(page, 'step 5 with an action');

    await page.goto(`/rutiner/${rid}/steg/4`);
    await expectHeading(page, /^Steg 4\. /);
    await addAction({
      actor: 'Polisen',
      what: 'Lyssnar och dokumenterar',
      audience: 'Alla',
      handoffTo: /Steg 5 · Socialtjänsten: Gör en skyddsbedömning samma dag/,
    });
    const row = page.locator('#who-does-what .action-row').first();
    await expect(row).toContainText(
      /lämnar över till Socialtjänsten: Gör en skyddsbedömning samma dag \(08-123 400 00 \(dygnet runt\)\)/,
    );
    await expectNoAxeViolations(page, 'step 4 with a handoff');

    await page.goto(`/rutiner/${rid}/steg/2`);
    await expectHeading(page, /^Steg 2\. /);
    await addAction({
      actor: 'Hälso- och sjukvården',
      what: 'Ser tecken vid besök',
      audience: 'Alla',
    });
    await addAction({ actor: 'Polisen', what: 'Möter personer i yttre tjänst', audience: 'Vuxna' });
    const rows = page.locator('#who-does-what .action-row');
    await expect(rows.first()).toContainText('Ser tecken vid besök');
    const moveUp = page.getByRole('button', {
      name: 'Flytta upp Polisen – Möter personer i yttre tjänst',
    });
    await moveUp.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => rows.first().textContent(), SEEN)
      .toContain('Möter personer i yttre tjänst');
    // Focus stays on the button the user pressed.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''), SEEN)
      .toContain('Flytta upp Polisen – Möter personer i yttre tjänst');
    await expectNoAxeViolations(page, 'step 2 reordered');
  });

  it('shows every action in its cell of the matrix', async () => {
    await page
      .getByRole('navigation', { name: 'Rutinens delar' })
      .getByRole('link', { name: 'Vem gör vad' })
      .click();
    await expectHeading(page, 'Vem gör vad');
    const table = page.getByRole('table', { name: 'Vem gör vad: aktörer och steg 2–5' });
    await table.waitFor();
    const cell = async (actor: string, step: number): Promise<Locator> => {
      const row = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: actor, exact: true }) });
      return row.getByRole('cell').nth(step - 2);
    };
    const expected: [string, number, string][] = [
      ['Hälso- och sjukvården', 2, 'Ser tecken vid besök'],
      ['Polisen', 2, 'Möter personer i yttre tjänst'],
      ['Socialtjänsten', 3, 'Tar emot orosanmälan om barn'],
      ['Polisen', 3, 'Tar emot anmälan om vuxna'],
      ['Polisen', 4, 'Lyssnar och dokumenterar'],
      ['Socialtjänsten', 5, 'Gör en skyddsbedömning samma dag'],
    ];
    for (const [actor, step, what] of expected) {
      await expect(await cell(actor, step), `${actor} in step ${step}`).toContainText(what);
    }
    await expect(await cell('Hälso- och sjukvården', 5)).toContainText('Inget i detta steg');
    await expect(table.locator('th[scope="col"]')).toHaveCount(5);
    await expectNoAxeViolations(page, 'matrix');

    // An action opens for editing from its cell. Focus starts on the first field, the actor,
    // without opening its list over the form: the dialog's heading stays in the accessibility
    // tree (an open list hides everything else in the dialog).
    await (await cell('Polisen', 4))
      .getByRole('button', { name: 'Lyssnar och dokumenterar' })
      .click();
    await expect(dialog().getByRole('combobox', { name: 'Aktör', exact: true })).toBeFocused();
    await dialog().getByRole('heading', { name: 'Ändra vem som gör vad i steg 4' }).waitFor();
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await expectNoAxeViolations(page, 'matrix: edit dialog');
    await dialog()
      .getByLabel('Vad gör aktören?')
      .fill('Lyssnar, dokumenterar och ringer socialjouren');
    await dialog().getByRole('button', { name: 'Spara', exact: true }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await cell('Polisen', 4)).textContent(), SEEN)
      .toContain('ringer socialjouren');
  });

  it('deletes an action on the step page after asking; Escape keeps it', async () => {
    // The confirmation's code loads when it first opens (confirm-dialog-on-demand.tsx).
    await page.goto(`/rutiner/${rid}/steg/2`);
    await expectHeading(page, /^Steg 2\. /);
    await addAction({
      actor: 'Polisen',
      what: 'Kontrollerar platsen en gång till',
      audience: 'Alla',
    });
    const rows = () =>
      page.locator('#who-does-what .action-row', { hasText: 'Kontrollerar platsen en gång till' });
    const remove = page.getByRole('button', {
      name: 'Ta bort Polisen – Kontrollerar platsen en gång till',
    });
    const alert = () => page.getByRole('alertdialog');
    await remove.click();
    await alert().getByRole('heading', { name: 'Ta bort åtgärden?' }).waitFor(SEEN);
    await expectNoAxeViolations(page, 'delete action: asked');
    await page.keyboard.press('Escape');
    await expect.poll(() => alert().count(), SEEN).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''), SEEN)
      .toContain('Ta bort Polisen – Kontrollerar platsen en gång till');
    expect(await rows().count()).toBe(1);
    await remove.click();
    await alert().getByRole('button', { name: 'Ta bort', exact: true }).click();
    await expect.poll(() => rows().count(), SEEN).toBe(0);
    await expectNoAxeViolations(page, 'delete action: deleted');
  });

  it('refuses to delete an actor in use and lists the uses', async () => {
    const alert = () => page.getByRole('alertdialog');
    await page.goto(`/samverkan/${cid}/aktorer`);
    await actorCard('Polisen').getByRole('button', { name: 'Ta bort Polisen' }).click();
    await alert().getByRole('heading', { name: 'Ta bort Polisen?' }).waitFor();
    await alert().getByRole('button', { name: 'Ta bort aktören' }).click();
    await alert().getByText('Polisen används fortfarande och kan inte tas bort:').waitFor();
    const uses = alert().locator('.list-bullet');
    await expect(uses).toContainText(
      'Åtgärd i Rutin för enskilda ärenden, steg 3: Tar emot anmälan om vuxna',
    );
    await expect(uses).toContainText('steg 4: Lyssnar, dokumenterar och ringer socialjouren');
    await expectNoAxeViolations(page, 'delete actor: in use');
    await alert().getByRole('button', { name: 'Stäng' }).click();
    await alert().waitFor({ state: 'detached' });
    await actorCard('Polisen').waitFor();
  });

  it('keeps a knowledge bank: national entries, a note, a local item, and the socialjour in one click', async () => {
    await page
      .getByRole('navigation', { name: 'Samverkansgruppens delar' })
      .getByRole('link', { name: 'Kunskapsbank' })
      .click();
    await page.waitForURL(/\/kunskapsbank$/);
    const line = page.locator('.knowledge-card', { hasText: 'nationella stödtelefon' });
    await line.waitFor();
    await expect(line).toContainText('020-390 000');
    await expect(line).toContainText(/Senast kontrollerad \d/);
    await expectNoAxeViolations(page, 'knowledge bank');

    // A note of one's own on a national entry.
    await line.getByRole('button', { name: /^Skriv en anteckning/ }).click();
    await dialog().getByLabel('Anteckning').fill('Ring hit först när ni är osäkra.');
    await expectNoAxeViolations(page, 'knowledge: note dialog');
    await dialog().getByRole('button', { name: 'Spara', exact: true }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(() => line.textContent(), SEEN).toContain('Ring hit först när ni är osäkra.');

    // Hide an entry that does not apply, and show it again.
    // By its heading: other entries now cite the manual as their source.
    const mmm = page.locator('.knowledge-card').filter({
      has: page.getByRole('heading', { name: /^Manual vid misstanke/ }),
    });
    await mmm.getByRole('button', { name: /^Dölj för er samverkan/ }).click();
    await page.getByText('Dold för er samverkan (1)').waitFor();
    await page.getByText('Dold för er samverkan (1)').click();
    await mmm.getByRole('button', { name: /^Visa igen/ }).click();
    await expect.poll(() => page.getByText('Dold för er samverkan (1)').count(), SEEN).toBe(0);

    // A local item.
    await page.getByRole('button', { name: 'Lägg till material' }).click();
    await dialog().getByLabel('Titel').fill('Lokal handlingsplan');
    await dialog().getByLabel('Webbadress (frivilligt)').fill('kommun.se/plan');
    await dialog()
      .getByRole('checkbox', { name: /^Steg 3\. / })
      .check();
    await dialog().getByRole('button', { name: 'Lägg till materialet' }).click();
    await dialog()
      .locator('.error-summary')
      .getByText('Skriv hela webbadressen', { exact: false })
      .waitFor();
    await expectNoAxeViolations(page, 'knowledge: item form with an error');
    await dialog().getByLabel('Webbadress (frivilligt)').fill('https://www.kommun.se/plan');
    await dialog().getByRole('button', { name: 'Lägg till materialet' }).click();
    await dialog().waitFor({ state: 'detached' });
    const local = page.locator('.knowledge-card', { hasText: 'Lokal handlingsplan' });
    await local.waitFor();
    await expect(local).toContainText('Används i steg 3');

    // The local socialjour as an actor, with its number.
    await page.getByRole('button', { name: 'Lägg till socialjouren' }).click();
    await dialog().getByRole('heading', { name: 'Lägg till socialjouren' }).waitFor();
    await expect(dialog().getByLabel('Namn', { exact: true })).toHaveValue('Socialjouren');
    await dialog().getByLabel('Telefonnummer').fill('08-123 499 00');
    await dialog().getByLabel('Dygnet runt').check();
    await dialog().getByRole('button', { name: 'Lägg till aktören' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByText('Socialjouren finns bland era aktörer.').waitFor();
    await expectNoAxeViolations(page, 'knowledge bank after changes');
  });

  it('works on a phone', async () => {
    await page.setViewportSize(VIEWPORTS.phone);
    await page.goto(`/rutiner/${rid}/steg/3`);
    await expectHeading(page, /^Steg 3\. /);
    await page.locator('#who-does-what .action-row').first().waitFor();
    await expectNoAxeViolations(page, 'step 3 on a phone');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // On a phone the matrix is one card per actor with that actor's steps.
    await page.goto(`/rutiner/${rid}/vem-gor-vad`);
    await expectHeading(page, 'Vem gör vad');
    const card = page.locator('.matrix-card', { hasText: 'Socialtjänsten' });
    await expect(card).toBeVisible();
    await expect(card).toContainText('Tar emot orosanmälan om barn');
    await expect(page.locator('.matrix-wrap--table')).not.toBeVisible();
    await expectNoAxeViolations(page, 'matrix on a phone');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.setViewportSize(VIEWPORTS.desktop);
  });

  it('had no page errors', () => {
    expect(errors).toEqual([]);
  });
});
