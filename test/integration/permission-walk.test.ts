import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../helpers/app';
import {
  bodyHints,
  buildUrl,
  call,
  createRichFixture,
  type Fixture,
  isWrite,
  loadOperations,
  type Operation,
  opKey,
  paramValue,
  sample,
} from '../helpers/walk';

/**
 * Roles over the whole API: every write operation of /api/openapi.json under a
 * collaboration or a routine is called as each role without the right, and must answer 403.
 * The operations come from the OpenAPI document, so a write route added later is refused to
 * readers and editors by this test until it is listed below as allowed (DESIGN.md: member
 * roles).
 */

/** What readers may write: comments (editing only their own, resolving only their threads). */
const READER_MAY = new Map<string, unknown>([
  [
    'POST /api/routines/{rid}/comments',
    { targetType: 'question', targetId: 's1.q1', body: 'En fråga från en läsare' },
  ],
]);

/**
 * What editors may write besides comments: answers, obstacles, the main rule, the timeline
 * and evaluation plan, and — for the organisation they represent only — actions, the actor
 * with its contact paths and sign-offs. Everything else is for coordinators.
 */
const EDITOR_MAY = new Set([
  'PUT /api/routines/{rid}/answers/{questionId}',
  'POST /api/routines/{rid}/obstacles',
  'PATCH /api/routines/{rid}/obstacles/{id}',
  'DELETE /api/routines/{rid}/obstacles/{id}',
  'POST /api/routines/{rid}/milestones',
  'PATCH /api/routines/{rid}/milestones/{id}',
  'DELETE /api/routines/{rid}/milestones/{id}',
  'PUT /api/routines/{rid}/evaluation-plan',
  'POST /api/routines/{rid}/comments',
  'POST /api/routines/{rid}/comments/threads/{threadId}/resolve',
  'POST /api/routines/{rid}/comments/threads/{threadId}/reopen',
]);

/** Editors may do these for their own organisation (X) only: called for another one (Y). */
const EDITOR_OWN_ACTOR_ONLY = new Set([
  'POST /api/routines/{rid}/actions',
  'PATCH /api/routines/{rid}/actions/{id}',
  'DELETE /api/routines/{rid}/actions/{id}',
  'PATCH /api/collaborations/{cid}/actors/{aid}',
  'POST /api/routines/{rid}/versions/{n}/sign-offs',
]);

/** Editors may change the main rule, not the title or visibility: body by body. */
const EDITOR_BODY_DEPENDENT = new Map<string, unknown[]>([
  ['PATCH /api/routines/{rid}', [{ title: 'Ny titel' }, { visibility: 'public' }]],
]);

const underTenant = (op: Operation) =>
  op.path.startsWith('/api/collaborations/{cid}') || op.path.startsWith('/api/routines/{rid}');

let t: TestApp;
let f: Fixture;
let writes: Operation[];

beforeAll(async () => {
  t = await createTestApp();
  f = await createRichFixture(t.app);
  writes = (await loadOperations(t.app)).filter((op) => isWrite(op) && underTenant(op));
}, 60_000);
afterAll(async () => t.close());

interface Outcome {
  op: string;
  url: string;
  status: number;
  body: unknown;
}

const describeOutcomes = (list: Outcome[]) =>
  list.map((o) => `${o.op} → ${o.status} (${o.url}) ${JSON.stringify(o.body)?.slice(0, 240)}`);

/** Calls the operation as `who` with ids of actor/action `side`; returns the outcome. */
async function attempt(
  who: Client,
  op: Operation,
  side: 'X' | 'Y',
  body?: unknown,
): Promise<Outcome | { unfilled: string }> {
  const built = buildUrl(op, (p) => paramValue(op.path, p, f.ids, { actor: side, action: side }));
  if ('missing' in built) return { unfilled: `${opKey(op)} (${built.missing.join(', ')})` };
  const payload = body ?? (op.body ? sample(op.body, bodyHints(f.ids, side)) : undefined);
  const res = await call(who, op, built.url, payload);
  return { op: opKey(op), url: built.url, status: res.status, body: res.body };
}

describe('permission walk over /api/openapi.json', () => {
  it('lists only operations that exist', () => {
    const keys = new Set(writes.map(opKey));
    const stale = [
      ...READER_MAY.keys(),
      ...EDITOR_MAY,
      ...EDITOR_OWN_ACTOR_ONLY,
      ...EDITOR_BODY_DEPENDENT.keys(),
    ].filter((k) => !keys.has(k));
    expect(stale).toEqual([]);
    expect(writes.length).toBeGreaterThanOrEqual(30);
  });

  it('refuses every write to a reader with 403, except commenting', async () => {
    const unfilled: string[] = [];
    const wrong: Outcome[] = [];
    for (const op of writes) {
      if (READER_MAY.has(opKey(op))) continue;
      const o = await attempt(f.reader, op, 'X');
      if ('unfilled' in o) unfilled.push(o.unfilled);
      else if (o.status !== 403) wrong.push(o);
    }
    expect(unfilled, 'operations whose parameters the walk cannot fill').toEqual([]);
    expect(describeOutcomes(wrong), 'writes a reader was not refused (403)').toEqual([]);
  });

  it('refuses coordinators’ writes to an editor with 403', async () => {
    const wrong: Outcome[] = [];
    for (const op of writes) {
      const key = opKey(op);
      if (EDITOR_MAY.has(key) || EDITOR_OWN_ACTOR_ONLY.has(key)) continue;
      for (const body of EDITOR_BODY_DEPENDENT.get(key) ?? [undefined]) {
        const o = await attempt(f.editor, op, 'X', body);
        if (!('unfilled' in o) && o.status !== 403) wrong.push(o);
      }
    }
    expect(describeOutcomes(wrong), 'coordinator-only writes an editor was not refused').toEqual(
      [],
    );
  });

  it('refuses an editor another organisation’s actions, actor and sign-off with 403', async () => {
    const wrong: Outcome[] = [];
    for (const op of writes) {
      if (!EDITOR_OWN_ACTOR_ONLY.has(opKey(op))) continue;
      const o = await attempt(f.editor, op, 'Y');
      if (!('unfilled' in o) && o.status !== 403) wrong.push(o);
    }
    expect(
      describeOutcomes(wrong),
      'writes for organisation Y an editor of X was not refused',
    ).toEqual([]);
  });

  it('lets each role do what it may (a 2xx, not merely "not 403")', async () => {
    const refused: Outcome[] = [];
    const readerComment = await attempt(
      f.reader,
      writes.find((op) => opKey(op) === 'POST /api/routines/{rid}/comments')!,
      'X',
      READER_MAY.get('POST /api/routines/{rid}/comments'),
    );
    if (!('unfilled' in readerComment) && readerComment.status !== 201) refused.push(readerComment);
    // Deletions last, so the things the other calls need still exist.
    const allowed = writes
      .filter((op) => EDITOR_MAY.has(opKey(op)) || EDITOR_OWN_ACTOR_ONLY.has(opKey(op)))
      .sort((x, y) => Number(x.method === 'DELETE') - Number(y.method === 'DELETE'));
    // An answer is saved on top of the revision it has now (the sampled base would be stale).
    const answers = (await f.editor.get(`/api/routines/${f.ids.rid}`)).body.answers;
    const bodies: Record<string, unknown> = {
      'POST /api/routines/{rid}/comments': READER_MAY.get('POST /api/routines/{rid}/comments'),
      'PUT /api/routines/{rid}/answers/{questionId}': {
        text: 'Ett svar från redaktören',
        baseRevision: answers['s1.q1']?.revision ?? 0,
      },
    };
    for (const op of allowed) {
      const o = await attempt(f.editor, op, 'X', bodies[opKey(op)]);
      // Allowed means it worked: a 400 or a 500 here is as wrong as a 403.
      if (!('unfilled' in o) && (o.status < 200 || o.status >= 300)) refused.push(o);
    }
    const mainRule = await f.editor.patch(`/api/routines/${f.ids.rid}`, {
      mainRule: 'Ring socialjouren först.',
    });
    if (mainRule.status !== 200) {
      refused.push({ op: 'PATCH /api/routines/{rid} (mainRule)', url: '', ...mainRule });
    }
    expect(describeOutcomes(refused), 'allowed writes that were refused').toEqual([]);
  });
});

describe('permission walk: regions and instance administrators', () => {
  let all: Operation[];
  beforeAll(async () => {
    all = await loadOperations(t.app);
  });
  const underRegion = (op: Operation) => op.path.startsWith('/api/regions/{regionId}');

  it('answers 404 to every role of the collaboration for every region operation', async () => {
    const ops = all.filter(underRegion);
    expect(ops.map(opKey)).toEqual(
      expect.arrayContaining([
        'DELETE /api/regions/{regionId}/coordinators/{userId}',
        'DELETE /api/regions/{regionId}/invitations/{invitationId}',
      ]),
    );
    const unfilled: string[] = [];
    const wrong: Outcome[] = [];
    // The collaboration opted in to the region, but none of its members coordinates it.
    for (const who of [f.coordinator, f.editor, f.reader]) {
      for (const op of ops) {
        const o = await attempt(who, op, 'X');
        if ('unfilled' in o) unfilled.push(o.unfilled);
        else if (o.status !== 404) wrong.push(o);
      }
    }
    expect(unfilled, 'operations whose parameters the walk cannot fill').toEqual([]);
    expect(describeOutcomes(wrong), 'region operations a non-member reached').toEqual([]);
  });

  it('refuses every administrator operation to everyone else with 403', async () => {
    const ops = all.filter((op) => op.path.startsWith('/api/admin/'));
    expect(ops.map(opKey)).toContain('POST /api/admin/regions');
    const wrong: Outcome[] = [];
    for (const who of [f.coordinator, f.regional]) {
      for (const op of ops) {
        const o = await attempt(who, op, 'X');
        if (!('unfilled' in o) && o.status !== 403) wrong.push(o);
      }
    }
    expect(describeOutcomes(wrong), 'administrator operations a non-administrator reached').toEqual(
      [],
    );
  });

  it('lets the region’s own coordinator do its region writes (a 2xx)', async () => {
    const refused: Outcome[] = [];
    const writesOfRegion = all
      .filter((op) => underRegion(op) && isWrite(op))
      // Removing the only coordinator is refused by design (409): leave it to the last.
      .sort((x, y) => Number(x.method === 'DELETE') - Number(y.method === 'DELETE'));
    for (const op of writesOfRegion) {
      const o = await attempt(f.regional, op, 'X');
      if ('unfilled' in o) continue;
      const key = opKey(op);
      const expected = key === 'DELETE /api/regions/{regionId}/coordinators/{userId}' ? 409 : null;
      if (expected ? o.status !== expected : o.status < 200 || o.status >= 300) refused.push(o);
    }
    expect(describeOutcomes(refused), 'region writes refused to its coordinator').toEqual([]);
  });
});

describe('permission walk: workshops', () => {
  let ops: Operation[];
  beforeAll(async () => {
    ops = (await loadOperations(t.app)).filter(
      (op) => isWrite(op) && op.path.startsWith('/api/workshops/{wid}'),
    );
  });
  /** Any member of the collaboration (and the workshop's guests) takes part: these are theirs. */
  const PARTICIPANT_MAY = new Map<string, number>([
    ['PUT /api/workshops/{wid}/questions/{questionId}/draft', 200],
    // No agreement round is open on the question yet: allowed, but refused by its phase.
    ['PUT /api/workshops/{wid}/questions/{questionId}/vote', 409],
    ['POST /api/workshops/{wid}/proposals', 200],
  ]);

  it('refuses the facilitator’s writes to editors and readers with 403', async () => {
    expect(ops.map(opKey)).toEqual(
      expect.arrayContaining([
        'POST /api/workshops/{wid}/end',
        'POST /api/workshops/{wid}/questions/{questionId}/accept',
        'POST /api/workshops/{wid}/proposals/{pid}/accept',
      ]),
    );
    const unfilled: string[] = [];
    const wrong: Outcome[] = [];
    for (const who of [f.editor, f.reader]) {
      for (const op of ops) {
        const expected = PARTICIPANT_MAY.get(opKey(op)) ?? 403;
        const o = await attempt(who, op, 'X');
        if ('unfilled' in o) unfilled.push(o.unfilled);
        else if (o.status !== expected) wrong.push(o);
      }
    }
    expect(unfilled, 'operations whose parameters the walk cannot fill').toEqual([]);
    expect(describeOutcomes(wrong), 'workshop writes not answered as expected').toEqual([]);
  });

  it('lets the coordinator run it (a 2xx; the end last)', async () => {
    const refused: Outcome[] = [];
    const answers = (await f.coordinator.get(`/api/routines/${f.ids.rid}`)).body.answers;
    const bodies: Record<string, unknown> = {
      'POST /api/workshops/{wid}/questions/{questionId}/accept': {
        text: 'Överenskommet i workshoppen',
        baseRevision: answers['s1.q1']?.revision ?? 0,
      },
      'POST /api/workshops/{wid}/proposals/{pid}/accept': {
        actorId: f.ids.actorX,
        audience: 'all',
      },
    };
    const order = (op: Operation) =>
      op.path.endsWith('/end') ? 2 : op.path.endsWith('/discard') ? 1 : 0;
    for (const op of [...ops].sort((x, y) => order(x) - order(y))) {
      // The proposal is accepted first, so discarding it after is a conflict (409) by design.
      const expected =
        PARTICIPANT_MAY.get(opKey(op)) ?? (op.path.endsWith('/discard') ? 409 : null);
      const o = await attempt(f.coordinator, op, 'X', bodies[opKey(op)]);
      if ('unfilled' in o) continue;
      if (expected ? o.status !== expected : o.status < 200 || o.status >= 300) refused.push(o);
    }
    expect(describeOutcomes(refused), 'workshop writes refused to the coordinator').toEqual([]);
  });
});
