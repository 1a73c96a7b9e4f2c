import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Integration tests set up their data with the factories of test/helpers/factories.ts (issue 12,
 * docs/ARCHITECTURE.md "Tests"), not with a file's own setup(), join() or addMember().
 */

const INTEGRATION = path.resolve(import.meta.dirname, '../integration');

/**
 * Files not yet moved to the factories: other work had them open when the rest moved. They are
 * next; take a file off this list when its private helpers are gone.
 */
const NOT_YET_MOVED = new Set([
  'account.test.ts',
  'auth.test.ts',
  'crash-safety.test.ts',
  'exports.test.ts',
  'fuzz.test.ts',
  'import.test.ts',
  'invitations.test.ts',
  'permission-walk.test.ts',
  'trust-layer.test.ts',
]);

/** A file's own set-up helper: `async function setup(`, `function join(`, `function addMember(`. */
const PRIVATE_SETUP = /\b(async\s+function\s+setup|function\s+join|function\s+addMember)\s*\(/;

function findPrivateSetUp(files: { name: string; source: string }[]): string[] {
  const found: string[] = [];
  for (const { name, source } of files) {
    if (NOT_YET_MOVED.has(name)) continue;
    source.split('\n').forEach((line, i) => {
      if (PRIVATE_SETUP.test(line)) found.push(`${name}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

describe('integration test set-up', () => {
  it('no integration test defines its own setup(), join() or addMember(): the factories do that', () => {
    const files = fs
      .readdirSync(INTEGRATION)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => ({ name, source: fs.readFileSync(path.join(INTEGRATION, name), 'utf8') }));
    expect(files.length).toBeGreaterThan(0);
    expect(findPrivateSetUp(files)).toEqual([]);
  });

  it('the check sees a private setup(), join() and addMember(), also inside a describe', () => {
    const source = [
      'async function setup() {}',
      "describe('x', () => {",
      '  async function setup(app = t.app) {}',
      '});',
      'async function join(c: Client, cid: string) {}',
      'async function addMember(collaborationId: string) {}',
      'const ok = await buildRoutineWithMembers(t.app); // setup() and join() in a comment',
    ].join('\n');
    expect(
      findPrivateSetUp([
        { name: 'probe.test.ts', source },
        { name: 'invitations.test.ts', source },
      ]),
    ).toEqual([
      'probe.test.ts:1: async function setup() {}',
      'probe.test.ts:3: async function setup(app = t.app) {}',
      'probe.test.ts:5: async function join(c: Client, cid: string) {}',
      'probe.test.ts:6: async function addMember(collaborationId: string) {}',
    ]);
  });
});
