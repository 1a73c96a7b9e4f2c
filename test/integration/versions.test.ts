import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../src/domain/canonical';
import {
  type Client,
  createCollaborationWithRoutine,
  createTestApp,
  signUp,
  type TestApp,
} from '../helpers/app';
import { createCompleteRoutine } from '../helpers/complete-routine';
import { addMember } from '../helpers/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const PASSWORD = 'correct horse battery';

const routineRow = (id: string) =>
  t.app.database.db
    .selectFrom('routines')
    .select(['status', 'adoptedVersion', 'adoptedAt', 'nextReviewDate'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

const auditActions = async (collaborationId: string) =>
  (
    await t.app.database.db
      .selectFrom('auditEvents')
      .select('action')
      .where('collaborationId', '=', collaborationId)
      .execute()
  ).map((r) => r.action);

const signBody = (actorId: string, extra: Record<string, unknown> = {}) => ({
  actorId,
  representativeName: 'Kim Andersson',
  representativeTitle: 'Förvaltningschef',
  decisionReference: 'Socialnämnden 2026-11-20 § 45',
  password: PASSWORD,
  ...extra,
});

async function signAll(c: Client, routineId: string, n: number) {
  const overview = await c.get(`/api/routines/${routineId}/versions/${n}/sign-offs`);
  for (const r of overview.body.required as { actorId: string; signOff: unknown }[]) {
    if (r.signOff) continue;
    const res = await c.post(
      `/api/routines/${routineId}/versions/${n}/sign-offs`,
      signBody(r.actorId),
    );
    expect(res.status).toBe(201);
  }
}

describe('freezing a version', () => {
  it('is refused with 409 ROUTINE_HAS_BLOCKERS listing them while the check has blockers', async () => {
    const { coordinator: c, routineId } = await createCollaborationWithRoutine(t.app);
    const res = await c.post(`/api/routines/${routineId}/versions`, { summary: 'Första utkastet' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ROUTINE_HAS_BLOCKERS');
    const details = res.body.error.details as { rule: string; severity: string; message: string }[];
    expect(details.length).toBeGreaterThan(0);
    expect(details.every((f) => f.severity === 'blocker' && f.message.length > 0)).toBe(true);
    expect(details.map((f) => f.rule)).toEqual(
      expect.arrayContaining([
        'step-without-action',
        'main-rule-missing',
        'evaluation-plan-missing',
      ]),
    );
    expect((await c.get(`/api/routines/${routineId}/versions`)).body).toEqual([]);
    expect((await routineRow(routineId)).status).toBe('draft');
  });

  it('freezes a routine without blockers as canonical JSON with its SHA-256; status in_review', async () => {
    const {
      coordinator: c,
      routineId,
      collaborationId,
      actors,
    } = await createCompleteRoutine(t.app);
    const editor = await addMember(t.app, c, collaborationId, {
      role: 'editor',
      name: 'Företrädare editor',
      actorId: actors.police.id,
    });
    expect((await editor.post(`/api/routines/${routineId}/versions`, {})).status).toBe(403);

    const res = await c.post(`/api/routines/${routineId}/versions`, { summary: 'För beslut' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ number: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await routineRow(routineId)).status).toBe('in_review');

    const v1 = await c.get(`/api/routines/${routineId}/versions/1`);
    expect(v1.status).toBe(200);
    expect(v1.body).toMatchObject({
      number: 1,
      hash: res.body.hash,
      summary: 'För beslut',
      adoptedAt: null,
    });
    expect(sha256Hex(canonicalJson(v1.body.snapshot))).toBe(res.body.hash);
    expect(v1.body.snapshot).toMatchObject({
      schema: 'samrutin.routine/1',
      routine: { mainRule: expect.stringContaining('socialjouren') },
      evaluationPlan: { nextReviewDate: '2027-11-30' },
    });
    expect(v1.body.snapshot.milestones).toHaveLength(4);
    const stored = await t.app.database.db
      .selectFrom('routineVersions')
      .select('snapshot')
      .where('routineId', '=', routineId)
      .executeTakeFirstOrThrow();
    expect(stored.snapshot).toBe(canonicalJson(JSON.parse(stored.snapshot)));

    const list = await c.get(`/api/routines/${routineId}/versions`);
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({
      number: 1,
      summary: 'För beslut',
      createdBy: c.userId,
      signOffs: [],
    });
    expect(list.body[0].requiredActors.map((a: { name: string }) => a.name).sort()).toEqual([
      'Hälso- och sjukvården',
      'Polisen',
      'Socialtjänsten',
    ]);
    expect(await auditActions(collaborationId)).toContain('version.create');

    // The same content read again from the database gives the same bytes, hence the same hash.
    const again = await c.post(`/api/routines/${routineId}/versions`, {});
    expect(again.body).toEqual({ number: 2, hash: res.body.hash });
  });

  it('is immutable: no route changes or deletes a version, and draft edits leave it as it was', async () => {
    const { coordinator: c, routineId } = await createCompleteRoutine(t.app);
    const { body } = await c.post(`/api/routines/${routineId}/versions`, {});
    for (const method of ['patch', 'put'] as const) {
      const res = await c[method](`/api/routines/${routineId}/versions/1`, { summary: 'ändrad' });
      expect(res.status).toBe(404);
    }
    expect((await c.delete(`/api/routines/${routineId}/versions/1`)).status).toBe(404);
    expect((await c.delete(`/api/routines/${routineId}/versions/1/sign-offs`)).status).toBe(404);
    await c.put(`/api/routines/${routineId}/answers/s1.q1`, { text: 'Nytt mål', baseRevision: 0 });
    const v1 = await c.get(`/api/routines/${routineId}/versions/1`);
    expect(v1.body.hash).toBe(body.hash);
    expect(v1.body.snapshot.answers['s1.q1']).toBeUndefined();
    expect((await c.get(`/api/routines/${routineId}/versions/1/verify`)).body.ok).toBe(true);
  });

  it('answers 404 for unknown versions and for strangers, 400 for a bad number', async () => {
    const { coordinator: c, routineId } = await createCompleteRoutine(t.app);
    await c.post(`/api/routines/${routineId}/versions`, {});
    expect((await c.get(`/api/routines/${routineId}/versions/9`)).status).toBe(404);
    expect((await c.get(`/api/routines/${routineId}/versions/9/verify`)).status).toBe(404);
    expect((await c.get(`/api/routines/${routineId}/versions/abc`)).status).toBe(400);
    const stranger = await signUp(t.app);
    for (const path of ['', '/1', '/1/diff', '/1/verify', '/1/sign-offs']) {
      expect((await stranger.get(`/api/routines/${routineId}/versions${path}`)).status).toBe(404);
    }
    expect((await stranger.post(`/api/routines/${routineId}/versions`, {})).status).toBe(404);
  });
});

describe('sign-offs and adoption', () => {
  it('re-authenticates, checks who may sign for which organisation, and adopts when all have signed', async () => {
    const {
      coordinator: c,
      routineId,
      collaborationId,
      actors,
    } = await createCompleteRoutine(t.app);
    await c.post(`/api/routines/${routineId}/versions`, {});
    const url = `/api/routines/${routineId}/versions/1/sign-offs`;
    const policeRep = await addMember(t.app, c, collaborationId, {
      role: 'editor',
      name: 'Företrädare editor',
      actorId: actors.police.id,
    });
    const healthRep = await addMember(t.app, c, collaborationId, {
      role: 'editor',
      name: 'Företrädare editor',
      actorId: actors.health.id,
    });

    // Wrong password: 401, audited, nothing signed.
    const wrong = await policeRep.post(
      url,
      signBody(actors.police.id, { password: 'fel lösenord 123' }),
    );
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
    expect(await auditActions(collaborationId)).toContain('sign_off.reauth_failed');

    // An editor who represents another organisation: 403.
    expect((await healthRep.post(url, signBody(actors.police.id))).status).toBe(403);
    // A reader linked to the organisation: 403 all the same (readers never sign).
    const policeReader = await addMember(t.app, c, collaborationId, {
      role: 'reader',
      name: 'Företrädare reader',
      actorId: actors.police.id,
    });
    const byReader = await policeReader.post(url, signBody(actors.police.id));
    expect(byReader.status).toBe(403);
    expect(byReader.body.error.details).toMatchObject({ yourRole: 'reader' });

    // An organisation without actions in the version does not sign it: 400.
    const school = await c.post(`/api/collaborations/${collaborationId}/actors`, {
      name: 'Skolan',
      kind: 'school',
    });
    const notRequired = await c.post(url, signBody(school.body.id));
    expect(notRequired.status).toBe(400);
    expect(notRequired.body.error.details[0].field).toBe('actorId');

    // The representative signs; the sign-off binds to the version's hash.
    const signed = await policeRep.post(url, signBody(actors.police.id));
    expect(signed.status).toBe(201);
    const v1 = await c.get(`/api/routines/${routineId}/versions/1`);
    expect(signed.body).toMatchObject({
      versionNumber: 1,
      actorId: actors.police.id,
      actorName: 'Polisen',
      representativeName: 'Kim Andersson',
      representativeTitle: 'Förvaltningschef',
      decisionReference: 'Socialnämnden 2026-11-20 § 45',
      signedDate: '2026-11-28',
      signedBy: policeRep.userId,
      signedByName: 'Företrädare editor',
      onBehalf: false,
      versionHash: v1.body.hash,
      adopted: false,
    });
    const duplicate = await policeRep.post(url, signBody(actors.police.id));
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('ALREADY_SIGNED');

    // A decision dated before the version was frozen cannot confirm it: 400.
    const beforeFreeze = await c.post(url, signBody(actors.health.id, { date: '2026-11-25' }));
    expect(beforeFreeze.status).toBe(400);
    expect(beforeFreeze.body.error.details[0].field).toBe('date');
    // A coordinator registers health care's sign-off on its behalf (shown), dated the freeze day.
    t.clock.set('2026-11-28T16:00:00.000Z');
    const onBehalf = await c.post(url, signBody(actors.health.id, { date: '2026-11-28' }));
    expect(onBehalf.body).toMatchObject({
      onBehalf: true,
      signedBy: c.userId,
      signedDate: '2026-11-28',
      adopted: false,
    });
    expect((await routineRow(routineId)).status).toBe('in_review');
    expect((await c.post(url, signBody(actors.social.id, { date: '2026-12-01' }))).status).toBe(
      400,
    );

    const overview = await c.get(url);
    expect(overview.body).toMatchObject({ versionNumber: 1, hash: v1.body.hash, complete: false });
    expect(overview.body.signOffs).toHaveLength(2);
    const social = overview.body.required.find(
      (r: { actorId: string }) => r.actorId === actors.social.id,
    );
    expect(social).toEqual({
      actorId: actors.social.id,
      name: 'Socialtjänsten',
      signOff: null,
      lastSignedVersion: null,
    });

    // The last organisation signs: adopted, with the date and the plan's next review date.
    t.clock.set('2026-11-29T09:00:00.000Z');
    const last = await c.post(url, signBody(actors.social.id));
    expect(last.body.adopted).toBe(true);
    expect(await routineRow(routineId)).toEqual({
      status: 'adopted',
      adoptedVersion: 1,
      adoptedAt: '2026-11-29',
      nextReviewDate: '2027-11-30',
    });
    // Clients read the adoption through the routine itself too.
    expect((await c.get(`/api/routines/${routineId}`)).body).toMatchObject({
      status: 'adopted',
      adoptedVersion: 1,
      adoptedAt: '2026-11-29',
      nextReviewDate: '2027-11-30',
    });
    const list = await c.get(`/api/routines/${routineId}/versions`);
    expect(list.body[0]).toMatchObject({ number: 1, adoptedAt: '2026-11-29' });
    expect(list.body[0].signOffs).toHaveLength(3);
    expect((await c.get(url)).body.complete).toBe(true);
    expect(await auditActions(collaborationId)).toEqual(
      expect.arrayContaining(['sign_off.create', 'routine.adopt']),
    );
    t.clock.set('2026-11-28T10:00:00.000Z');
  });

  it('a new version after adoption leaves the adopted one in place until all sign it; signatures never carry over', async () => {
    const { coordinator: c, routineId } = await createCompleteRoutine(t.app);
    await c.post(`/api/routines/${routineId}/versions`, {});
    await signAll(c, routineId, 1);
    expect((await routineRow(routineId)).adoptedVersion).toBe(1);

    await c.put(`/api/routines/${routineId}/answers/s1.q1`, {
      text: 'Ett nytt mål',
      baseRevision: 0,
    });
    const v2 = await c.post(`/api/routines/${routineId}/versions`, { summary: 'Nytt mål' });
    expect(v2.body.number).toBe(2);
    expect(await routineRow(routineId)).toMatchObject({ status: 'adopted', adoptedVersion: 1 });

    const overview = await c.get(`/api/routines/${routineId}/versions/2/sign-offs`);
    expect(overview.body.complete).toBe(false);
    expect(overview.body.signOffs).toEqual([]);
    for (const r of overview.body.required) {
      expect(r).toMatchObject({ signOff: null, lastSignedVersion: 1 });
    }
    // Version 1 is complete; signing it again is refused.
    const again = await c.post(
      `/api/routines/${routineId}/versions/1/sign-offs`,
      signBody(overview.body.required[0].actorId),
    );
    expect(again.status).toBe(409);

    const first = overview.body.required[0].actorId;
    await c.post(`/api/routines/${routineId}/versions/2/sign-offs`, signBody(first));
    expect(await routineRow(routineId)).toMatchObject({ status: 'adopted', adoptedVersion: 1 });
    await signAll(c, routineId, 2);
    expect(await routineRow(routineId)).toMatchObject({ status: 'adopted', adoptedVersion: 2 });
    const list = await c.get(`/api/routines/${routineId}/versions`);
    expect(list.body.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect(list.body[0].adoptedAt).not.toBeNull();
  });

  it('refuses to sign a version a newer one has replaced (409 VERSION_SUPERSEDED)', async () => {
    const { coordinator: c, routineId, actors } = await createCompleteRoutine(t.app);
    await c.post(`/api/routines/${routineId}/versions`, {});
    await c.post(`/api/routines/${routineId}/versions`, { summary: 'Rättelse' });
    const res = await c.post(
      `/api/routines/${routineId}/versions/1/sign-offs`,
      signBody(actors.police.id),
    );
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'VERSION_SUPERSEDED',
      details: { latestVersion: 2 },
    });
  });
});

describe('verify', () => {
  it('confirms an untouched version and detects a snapshot altered in the database', async () => {
    const { coordinator: c, routineId, actors } = await createCompleteRoutine(t.app);
    const { body: created } = await c.post(`/api/routines/${routineId}/versions`, {});
    await c.post(`/api/routines/${routineId}/versions/1/sign-offs`, signBody(actors.police.id));
    const ok = await c.get(`/api/routines/${routineId}/versions/1/verify`);
    expect(ok.body).toEqual({
      ok: true,
      hash: created.hash,
      computedHash: created.hash,
      signOffs: [{ actorId: actors.police.id, versionHash: created.hash, ok: true }],
    });

    const row = await t.app.database.db
      .selectFrom('routineVersions')
      .select(['id', 'snapshot'])
      .where('routineId', '=', routineId)
      .executeTakeFirstOrThrow();
    const tampered = JSON.parse(row.snapshot);
    tampered.routine.mainRule = 'Ring aldrig någon.';
    await t.app.database.db
      .updateTable('routineVersions')
      .set({ snapshot: JSON.stringify(tampered) })
      .where('id', '=', row.id)
      .execute();
    const bad = await c.get(`/api/routines/${routineId}/versions/1/verify`);
    expect(bad.body.ok).toBe(false);
    expect(bad.body.hash).toBe(created.hash);
    expect(bad.body.computedHash).not.toBe(created.hash);
    expect(bad.body.signOffs).toEqual([
      { actorId: actors.police.id, versionHash: created.hash, ok: false },
    ]);

    // Re-hashing the tampered text into the stored hash does not help: the sign-off still disagrees.
    await t.app.database.db
      .updateTable('routineVersions')
      .set({ hash: sha256Hex(canonicalJson(tampered)) })
      .where('id', '=', row.id)
      .execute();
    const rehashed = await c.get(`/api/routines/${routineId}/versions/1/verify`);
    expect(rehashed.body.computedHash).toBe(rehashed.body.hash);
    expect(rehashed.body.ok).toBe(false);
    expect(rehashed.body.signOffs[0].ok).toBe(false);
  });

  it('a reformatted but equal stored snapshot still verifies (canonical form)', async () => {
    const { coordinator: c, routineId } = await createCompleteRoutine(t.app);
    await c.post(`/api/routines/${routineId}/versions`, {});
    const row = await t.app.database.db
      .selectFrom('routineVersions')
      .select(['id', 'snapshot'])
      .where('routineId', '=', routineId)
      .executeTakeFirstOrThrow();
    await t.app.database.db
      .updateTable('routineVersions')
      .set({ snapshot: JSON.stringify(JSON.parse(row.snapshot), null, 2) })
      .where('id', '=', row.id)
      .execute();
    expect((await c.get(`/api/routines/${routineId}/versions/1/verify`)).body.ok).toBe(true);
  });
});

describe('diff', () => {
  it('shows per part what changed between versions, word by word for texts', async () => {
    const {
      coordinator: c,
      routineId,
      actors,
      actions,
      collaborationId,
    } = await createCompleteRoutine(t.app);
    await c.put(`/api/routines/${routineId}/answers/s1.q1`, {
      text: 'Att varje utsatt person får skydd och stöd.',
      baseRevision: 0,
    });
    await c.post(`/api/routines/${routineId}/versions`, {});
    const first = await c.get(`/api/routines/${routineId}/versions/1/diff`);
    expect(first.status).toBe(200);
    expect(first.body.against).toBeNull();
    expect(first.body.answers).toEqual([
      {
        questionId: 's1.q1',
        change: 'added',
        words: [{ op: 'insert', text: 'Att varje utsatt person får skydd och stöd.' }],
      },
    ]);
    expect(first.body.actions.every((a: { change: string }) => a.change === 'added')).toBe(true);

    await c.put(`/api/routines/${routineId}/answers/s1.q1`, {
      text: 'Att varje utsatt person snabbt får skydd och stöd.',
      baseRevision: 1,
    });
    await c.put(`/api/routines/${routineId}/answers/s2.q1`, {
      text: 'Skolan och vården.',
      baseRevision: 0,
    });
    await c.patch(`/api/routines/${routineId}`, { mainRule: 'Ring alltid socialjouren först.' });
    await c.patch(`/api/routines/${routineId}/actions/${actions.firstContact.id}`, {
      what: 'Håller första samtalet med tolk',
    });
    await c.delete(`/api/routines/${routineId}/actions/${actions.protection[5]!.id}`);
    await c.patch(`/api/collaborations/${collaborationId}/actors/${actors.police.id}`, {
      contactPaths: [
        { ...actors.police.contactPaths[0], label: 'Larmnummer' },
        actors.police.contactPaths[1],
      ],
    });
    await c.put(`/api/routines/${routineId}/evaluation-plan`, {
      method: 'Årlig genomgång av ärenden och en workshop med alla aktörer',
      indicators: ['Antal ärenden'],
      responsibleActorId: actors.social.id,
      frequencyMonths: 6,
      nextReviewDate: '2027-05-30',
    });
    const milestones = await c.get(`/api/routines/${routineId}/milestones`);
    await c.patch(`/api/routines/${routineId}/milestones/${milestones.body[0].id}`, {
      doneDate: '2026-11-28',
    });
    const v2 = await c.post(`/api/routines/${routineId}/versions`, {});
    expect(v2.status).toBe(201);

    const diff = await c.get(`/api/routines/${routineId}/versions/2/diff`);
    expect(diff.status).toBe(200);
    expect(diff.body).toMatchObject({ number: 2, against: 1 });
    expect(diff.body.answers).toEqual([
      {
        questionId: 's1.q1',
        change: 'changed',
        words: [
          { op: 'equal', text: 'Att varje utsatt person ' },
          { op: 'insert', text: 'snabbt ' },
          { op: 'equal', text: 'får skydd och stöd.' },
        ],
      },
      {
        questionId: 's2.q1',
        change: 'added',
        words: [{ op: 'insert', text: 'Skolan och vården.' }],
      },
    ]);
    expect(diff.body.mainRule).toEqual({
      change: 'changed',
      words: [
        { op: 'equal', text: 'Ring alltid socialjouren först.' },
        { op: 'delete', text: ' Vid akut fara: ring 112.' },
      ],
    });
    expect(diff.body.actions).toEqual([
      {
        id: actions.firstContact.id,
        change: 'changed',
        label: 'Håller första samtalet med tolk',
        step: 4,
        actorId: actors.social.id,
        fields: [
          {
            field: 'what',
            before: 'Håller första samtalet med tolk och informerar om rättigheter',
            after: 'Håller första samtalet med tolk',
          },
        ],
      },
      expect.objectContaining({
        id: actions.protection[5]!.id,
        change: 'removed',
        label: 'Bokar tolk',
        step: 5,
      }),
    ]);
    expect(diff.body.contactPaths).toEqual([
      {
        id: actors.police.contactPaths[0]!.id,
        change: 'changed',
        label: 'Larmnummer: 112',
        actorId: actors.police.id,
        fields: [{ field: 'label', before: 'Akut', after: 'Larmnummer' }],
      },
    ]);
    expect(diff.body.evaluationPlan).toEqual({
      change: 'changed',
      fields: [
        { field: 'frequencyMonths', before: 12, after: 6 },
        {
          field: 'indicators',
          before: ['Antal ärenden', 'Tid till första kontakt'],
          after: ['Antal ärenden'],
        },
        { field: 'nextReviewDate', before: '2027-11-30', after: '2027-05-30' },
      ],
    });
    expect(diff.body.milestones).toEqual([
      expect.objectContaining({
        id: milestones.body[0].id,
        change: 'changed',
        fields: [{ field: 'doneDate', before: null, after: '2026-11-28' }],
      }),
    ]);
    expect(diff.body.actors).toEqual([]);
    expect(diff.body.obstacles).toEqual([]);

    // The other way round, explicitly.
    const back = await c.get(`/api/routines/${routineId}/versions/1/diff?against=2`);
    expect(back.body.against).toBe(2);
    expect(back.body.answers.map((a: { change: string }) => a.change)).toEqual([
      'changed',
      'removed',
    ]);

    for (const query of ['?against=2', '?against=7', '?against=abc', '?against=0']) {
      const res = await c.get(`/api/routines/${routineId}/versions/2/diff${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect((await c.get(`/api/routines/${routineId}/versions/3/diff`)).status).toBe(404);
  });
});
