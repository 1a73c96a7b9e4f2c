import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoutineSnapshot } from '../../src/domain/snapshot';
import { createAdoptedRoutine } from '../helpers/adopted-routine';
import { type Client, createTestApp, signUp, type TestApp } from '../helpers/app';
import { addMember, buildCollaboration } from '../helpers/factories';

let t: TestApp;
let adopted: Awaited<ReturnType<typeof createAdoptedRoutine>>;
let exported: { format: string; version: unknown; snapshot: RoutineSnapshot };
beforeAll(async () => {
  t = await createTestApp();
  adopted = await createAdoptedRoutine(t.app);
  exported = (await adopted.coordinator.get(`/api/routines/${adopted.routineId}/export.json`)).body;
});
afterAll(async () => t.close());

/** The snapshot with every id replaced by its place in the document, and no slug. */
function normalise(s: RoutineSnapshot, options: { collaboration?: boolean } = {}) {
  const ids = new Map<string, string>();
  for (const [i, a] of s.actors.entries()) {
    ids.set(a.id, `actor-${i}`);
    for (const [j, p] of a.contactPaths.entries()) ids.set(p.id, `path-${i}-${j}`);
  }
  for (const [i, a] of s.actions.entries()) ids.set(a.id, `action-${i}`);
  for (const [i, o] of s.obstacles.entries()) ids.set(o.id, `obstacle-${i}`);
  for (const [i, m] of s.milestones.entries()) ids.set(m.id, `milestone-${i}`);
  for (const [i, k] of s.knowledge.entries()) {
    ids.set(k.id, k.source === 'local' ? `knowledge-${i}` : k.id);
  }
  const copy = {
    ...s,
    routine: { ...s.routine, slug: '(slug)' },
    ...(options.collaboration === false ? { collaboration: null } : {}),
  };
  return JSON.parse(
    JSON.stringify(copy, (_key, value) =>
      typeof value === 'string' && ids.has(value) ? ids.get(value) : value,
    ),
  );
}

/** Rows in every table of the database (names as stored: the raw handle, no camel-case mapping). */
async function countRows(): Promise<Record<string, number>> {
  const raw = t.app.database.rawDb;
  const tables = await raw.introspection.getTables();
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await sql<{
      n: number | string;
    }>`select count(*) as n from ${sql.table(table.name)}`.execute(raw);
    counts[table.name] = Number(row.rows[0]!.n);
  }
  return counts;
}

const importInto = (c: Client, cid: string, doc: unknown, query = '') =>
  c.post(`/api/collaborations/${cid}/routines/import${query}`, doc);

describe('import of an export.json', () => {
  it('round trip in the same collaboration: export → import → export is identical apart from ids and slug', async () => {
    const c = adopted.coordinator;
    const actorsBefore = (await c.get(`/api/collaborations/${adopted.collaborationId}/actors`))
      .body;
    const res = await importInto(c, adopted.collaborationId, exported);
    expect(res.status).toBe(201);
    expect(res.body.id).not.toBe(adopted.routineId);
    expect(res.body.slug).not.toBe(adopted.slug);
    const routine = await c.get(`/api/routines/${res.body.id}`);
    expect(routine.body).toMatchObject({
      status: 'draft',
      visibility: 'members',
      slug: res.body.slug,
    });

    const again = (await c.get(`/api/routines/${res.body.id}/export.json`)).body;
    expect(again.version).toBeNull();
    expect(normalise(again.snapshot)).toEqual(normalise(exported.snapshot));
    // Actors were matched by name: none created, none changed.
    expect((await c.get(`/api/collaborations/${adopted.collaborationId}/actors`)).body).toEqual(
      actorsBefore,
    );
  });

  it('into another collaboration: creates the actors with their paths, and matches them on a second import', async () => {
    const { coordinator: other, collaborationId: cid } = await buildCollaboration(t.app, {
      coordinator: await signUp(t.app, 'Annan samordnare'),
      name: 'Grannkommunen',
      area: 'Annat län',
    });
    const first = await importInto(other, cid, exported);
    expect(first.status).toBe(201);
    const actors = (await other.get(`/api/collaborations/${cid}/actors`)).body;
    expect(actors.map((a: { name: string }) => a.name)).toEqual(
      exported.snapshot.actors.map((a) => a.name),
    );
    const copy = (await other.get(`/api/routines/${first.body.id}/export.json`)).body;
    expect(copy.snapshot.collaboration).toEqual({ name: 'Grannkommunen', area: 'Annat län' });
    expect(normalise(copy.snapshot, { collaboration: false })).toEqual(
      normalise(exported.snapshot, { collaboration: false }),
    );

    const second = await importInto(other, cid, exported);
    expect(second.status).toBe(201);
    expect((await other.get(`/api/collaborations/${cid}/actors`)).body).toEqual(actors);
    const audit = await other.get(`/api/collaborations/${cid}/audit`);
    expect(JSON.stringify(audit.body)).toContain('routine.import');
  });

  it('a document larger than one statement (rows go in by the hundred) comes back whole', async () => {
    const owner = await signUp(t.app, 'Stor import');
    const cid = (await owner.post('/api/collaborations', { name: 'Storstaden', area: 'Län' })).body
      .id as string;
    // biome-ignore lint/suspicious/noExplicitAny: the test grows the document freely
    const big = structuredClone(exported) as any;
    const first = big.snapshot.actions[0];
    const extra = Array.from({ length: 240 }, (_, i) => ({
      ...first,
      id: `extra-action-${i}`,
      what: `Extra åtgärd ${i}`,
      position: 1000 + i,
      isEntryPoint: false,
      handoffTo: i > 0 ? [`extra-action-${i - 1}`] : [],
    }));
    big.snapshot.actions.push(...extra);
    big.snapshot.knowledge.push(
      ...Array.from({ length: 130 }, (_, i) => ({
        id: `extra-knowledge-${i}`,
        source: 'local',
        title: { sv: `Stor kunskap ${i}`, en: `Large knowledge ${i}` },
        kind: 'document',
        url: null,
        notes: `Anteckning ${i}`,
        steps: [2],
        contact: null,
        sourceName: null,
        lastChecked: null,
        annotation: null,
      })),
    );
    const res = await importInto(owner, cid, big);
    expect(res.status).toBe(201);
    const again = (await owner.get(`/api/routines/${res.body.id}/export.json`)).body
      .snapshot as RoutineSnapshot;
    expect(again.actions).toHaveLength(big.snapshot.actions.length);
    const byWhat = new Map(again.actions.map((a) => [a.what, a]));
    for (let i = 1; i < extra.length; i++) {
      const to = byWhat.get(`Extra åtgärd ${i - 1}`)!;
      expect(byWhat.get(`Extra åtgärd ${i}`)!.handoffTo).toEqual([to.id]);
    }
    const local = (s: RoutineSnapshot) => s.knowledge.filter((k) => k.source === 'local');
    expect(local(again)).toHaveLength(local(exported.snapshot).length + 130);
    expect(again.actors.map((a) => a.contactPaths.length)).toEqual(
      exported.snapshot.actors.map((a) => a.contactPaths.length),
    );
  });

  it('lists every problem of a broken document in one 400 and writes nothing', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the test breaks the document on purpose
    const broken = structuredClone(exported) as any;
    broken.snapshot.actions[0].actorId = 'no-such-actor';
    broken.snapshot.actions[1].handoffTo = ['no-such-action'];
    broken.snapshot.actions[2].step = 7;
    broken.snapshot.answers['s9.q9'] = 'En fråga som inte finns';
    broken.snapshot.actors[0].contactPaths[0].channel = 'fax';
    broken.snapshot.actors[1].contactPaths[0].value = '12345';
    broken.snapshot.evaluationPlan.responsibleActorId = 'nobody';
    broken.snapshot.obstacles = [
      { id: 'o1', step: 3, description: '', remedy: null, ownerActorId: 'ghost', position: 0 },
    ];
    const before = await countRows();
    const res = await importInto(adopted.coordinator, adopted.collaborationId, broken);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    const fields = res.body.error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'snapshot.actions.0.actorId',
        'snapshot.actions.1.handoffTo.0',
        'snapshot.actions.2.step',
        'snapshot.answers.s9.q9',
        'snapshot.actors.0.contactPaths.0.channel',
        'snapshot.actors.1.contactPaths.0.value',
        'snapshot.evaluationPlan.responsibleActorId',
        'snapshot.obstacles.0.description',
        'snapshot.obstacles.0.ownerActorId',
      ]),
    );
    expect(await countRows()).toEqual(before);

    for (const bad of [{}, { format: 'something-else' }, 'not an object', []]) {
      const r = await importInto(adopted.coordinator, adopted.collaborationId, bad);
      expect(r.status).toBe(400);
    }
    const malformed = await adopted.coordinator.request(
      'POST',
      `/api/collaborations/${adopted.collaborationId}/routines/import`,
      '{"format": ',
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('MALFORMED_JSON');
    expect(await countRows()).toEqual(before);
  });

  it('runs the personal-data guard: refused (nothing written) unless acknowledged', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the test edits the document freely
    const doc = structuredClone(exported) as any;
    doc.snapshot.answers['s2.q2'] = 'Ärendet gällde 19121212-1212 förra året.';
    const before = await countRows();
    const refused = await importInto(adopted.coordinator, adopted.collaborationId, doc);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('PERSONAL_DATA_SUSPECTED');
    expect(refused.body.error.details[0].field).toBe('snapshot.answers.s2.q2');
    expect(await countRows()).toEqual(before);
    const acknowledged = await importInto(
      adopted.coordinator,
      adopted.collaborationId,
      doc,
      '?acknowledgePersonalData=true',
    );
    expect(acknowledged.status).toBe(201);
  });

  it('is for coordinators of the target collaboration', async () => {
    const stranger = await signUp(t.app, 'Främling');
    const notMember = await importInto(stranger, adopted.collaborationId, exported);
    expect(notMember.status).toBe(404);
    const reader = await addMember(t.app, adopted.coordinator, adopted.collaborationId, {
      role: 'reader',
      name: 'Läsare',
    });
    const forbidden = await importInto(reader, adopted.collaborationId, exported);
    expect(forbidden.status).toBe(403);
  });
});
