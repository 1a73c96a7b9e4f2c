import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Tests set up their data with the shared factories (issue 12, docs/ARCHITECTURE.md "Tests"):
 * integration tests and their helpers with test/helpers/factories.ts, not with a file's own
 * setup(), join…() or addMember(); browser tests with e2e/helpers (signUpViaApi,
 * createCollaboration, createCollaborationAndRoutine, createRoutine, createActor, invite,
 * joinByInvitation), not with their own POSTs to those endpoints.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Source {
  name: string;
  source: string;
}

function read(folder: string, keep: (name: string) => boolean): Source[] {
  return fs
    .readdirSync(path.join(ROOT, folder))
    .filter(keep)
    .map((name) => ({
      name: `${folder}/${name}`,
      source: fs.readFileSync(path.join(ROOT, folder, name), 'utf8'),
    }));
}

/** A file's own set-up helper: `async function setup(`, `function join(` / `joinAs(`, `function addMember(`. */
const PRIVATE_SETUP = /\b(async\s+function\s+setup|function\s+join\w*|function\s+addMember)\s*\(/;

function findPrivateSetUp(files: Source[]): string[] {
  const found: string[] = [];
  for (const { name, source } of files) {
    source.split('\n').forEach((line, i) => {
      if (PRIVATE_SETUP.test(line)) found.push(`${name}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

/**
 * What e2e/helpers create, as a browser test would POST it itself: postJson (which expects 201,
 * so it is always set-up) to create a collaboration, a routine, an organisation or an
 * invitation, or to freeze and sign a version (adoptNextVersion), and a request.post that signs
 * up or accepts an invitation.
 */
const E2E_SET_UP = [
  /\bpostJson(<[^>]*>)?\(\s*[^,]+,\s*[^,]+,\s*['`][^'`]*\/api\/collaborations(\/\$\{[^}]+\}\/(routines|actors|invitations))?['`]/g,
  /\bpostJson(<[^>]*>)?\(\s*[^,]+,\s*[^,]+,\s*['`][^'`]*\/api\/routines\/\$\{[^}]+\}\/versions(\/\$\{[^}]+\}\/sign-offs)?['`]/g,
  /\.request\.post\(\s*['`][^'`]*\/api\/(auth\/sign-up\/email|invitations\/\$\{[^}]+\}\/accept)['`]/g,
];

function findOwnE2eSetUp(files: Source[]): string[] {
  const found: string[] = [];
  for (const { name, source } of files) {
    for (const pattern of E2E_SET_UP) {
      for (const match of source.matchAll(pattern)) {
        const line = source.slice(0, match.index).split('\n').length;
        found.push(`${name}:${line}: ${match[0].replace(/\s+/g, ' ')}`);
      }
    }
  }
  return found.sort();
}

describe('integration test set-up', () => {
  it('no integration test or test helper defines its own setup(), join() or addMember(): the factories do that', () => {
    const files = [
      ...read('test/integration', (name) => name.endsWith('.ts')),
      ...read('test/helpers', (name) => name.endsWith('.ts') && name !== 'factories.ts'),
    ];
    expect(files.length).toBeGreaterThan(20);
    expect(findPrivateSetUp(files)).toEqual([]);
  });

  it('the check sees a private setup(), join(), joinAs() and addMember(), also inside a describe', () => {
    const source = [
      'async function setup() {}',
      "describe('x', () => {",
      '  async function setup(app = t.app) {}',
      '});',
      'async function join(c: Client, cid: string) {}',
      'async function addMember(collaborationId: string) {}',
      'const ok = await buildRoutineWithMembers(t.app); // setup() and join() in a comment',
      'export async function joinAs(app: FastifyInstance, role: string) {}',
    ].join('\n');
    expect(findPrivateSetUp([{ name: 'probe.test.ts', source }])).toEqual([
      'probe.test.ts:1: async function setup() {}',
      'probe.test.ts:3: async function setup(app = t.app) {}',
      'probe.test.ts:5: async function join(c: Client, cid: string) {}',
      'probe.test.ts:6: async function addMember(collaborationId: string) {}',
      'probe.test.ts:8: export async function joinAs(app: FastifyInstance, role: string) {}',
    ]);
  });
});

describe('browser test set-up', () => {
  it('no browser test signs up, creates a collaboration, routine, organisation or invitation, joins or adopts a version by itself', () => {
    const files = read('e2e', (name) => /\.(e2e|shots)\.ts$/.test(name));
    expect(files.length).toBeGreaterThan(10);
    expect(findOwnE2eSetUp(files)).toEqual([]);
  });

  it('the check sees those POSTs over several lines, and lets reads, other writes and refusals be', () => {
    // The probe's template placeholders, spelt $[x] here: a `${` in a plain string reads as a slip.
    const withPlaceholders = (line: string) => line.replace(/\$\[([\w.]+)\]/g, '$${$1}');
    const source = [
      "await postJson(context, running.baseUrl, '/api/collaborations', { name: 'X' });",
      'const r = await postJson<{ id: string }>(',
      '  context,',
      '  running.baseUrl,',
      '  `/api/collaborations/$[cid]/routines`,',
      '  { title: "T" },',
      ');',
      'await postJson(anna, baseUrl, `/api/collaborations/$[collaboration.id]/actors`, {});',
      'await postJson(c, baseUrl, `/api/collaborations/$[cid]/invitations`, body);',
      'await erik.request.post(`$[running.baseUrl]/api/invitations/$[token]/accept`, {});',
      'await c.request.post(`$[baseUrl]/api/auth/sign-up/email`, { data: user });',
      'await getJson(c, baseUrl, `/api/collaborations/$[cid]/routines`);',
      'await postJson(c, baseUrl, `/api/routines/$[rid]/actions`, body);',
      'const frozen = await postJson<{ number: number }>(c, baseUrl, `/api/routines/$[rid]/versions`, {});',
      'await postJson(c, baseUrl, `/api/routines/$[rid]/versions/$[frozen.number]/sign-offs`, body);',
      'const refused = await context.request.post(',
      '  `$[running.baseUrl]/api/collaborations/$[cid]/actors`,',
      ');',
    ].map(withPlaceholders);
    expect(findOwnE2eSetUp([{ name: 'probe.e2e.ts', source: source.join('\n') }])).toEqual(
      [
        "probe.e2e.ts:1: postJson(context, running.baseUrl, '/api/collaborations'",
        'probe.e2e.ts:2: postJson<{ id: string }>( context, running.baseUrl, `/api/collaborations/$[cid]/routines`',
        'probe.e2e.ts:8: postJson(anna, baseUrl, `/api/collaborations/$[collaboration.id]/actors`',
        'probe.e2e.ts:9: postJson(c, baseUrl, `/api/collaborations/$[cid]/invitations`',
        'probe.e2e.ts:10: .request.post(`$[running.baseUrl]/api/invitations/$[token]/accept`',
        'probe.e2e.ts:11: .request.post(`$[baseUrl]/api/auth/sign-up/email`',
        'probe.e2e.ts:14: postJson<{ number: number }>(c, baseUrl, `/api/routines/$[rid]/versions`',
        'probe.e2e.ts:15: postJson(c, baseUrl, `/api/routines/$[rid]/versions/$[frozen.number]/sign-offs`',
      ]
        .map(withPlaceholders)
        .sort(),
    );
  });
});
