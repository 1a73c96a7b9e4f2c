import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { WorkerPool } from '../../src/server/workers/worker-pool';
import { createAdoptedRoutine } from '../helpers/adopted-routine';
import {
  type Client,
  createCollaborationWithRoutine,
  createTestApp,
  type TestApp,
} from '../helpers/app';

/**
 * Files of frozen versions are rendered once per version hash, language and format (in a
 * worker thread) and kept in export_files; proven by the pool's count of tasks handed to a
 * worker and by the rows, never by timing.
 */
/** Renders of twenty files and a worker's start-up: an allowance, not a timing. */
const SLOW = 180_000;
let t: TestApp;
let adopted: Awaited<ReturnType<typeof createAdoptedRoutine>>;
beforeAll(async () => {
  t = await createTestApp();
  adopted = await createAdoptedRoutine(t.app);
}, SLOW);
afterAll(async () => t.close());

async function download(c: Client, url: string) {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: c.cookie } });
  return { status: res.statusCode, bytes: res.rawPayload, headers: res.headers };
}

const keptFiles = () =>
  t.app.database.db
    .selectFrom('exportFiles')
    .select(['lang', 'format', 'versionHash'])
    .where('routineId', '=', adopted.routineId)
    .orderBy('format')
    .orderBy('lang')
    .execute();

const FILES = [
  ['pdf', 'export.pdf'],
  ['docx', 'export.docx'],
  ['card', 'card.pdf'],
  ['svg', 'diagram.svg'],
  ['md', 'export.md'],
] as const;

describe('files of a frozen version', () => {
  it(
    'concurrent first requests for one file render it once',
    async () => {
      const url = `/api/routines/${adopted.routineId}/diagram.svg?lang=en`;
      const before = t.app.workers.startedCount('svg');
      const all = await Promise.all([1, 2, 3].map(() => download(adopted.coordinator, url)));
      expect(all.map((r) => r.status)).toEqual([200, 200, 200]);
      expect(new Set(all.map((r) => r.bytes.toString())).size).toBe(1);
      expect(t.app.workers.startedCount('svg') - before).toBe(1);
    },
    SLOW,
  );

  it(
    'PDF, Word, card, diagram and Markdown: the second request is served from export_files without a render, per language',
    async () => {
      const version = await t.app.database.db
        .selectFrom('routineVersions')
        .select('hash')
        .where('routineId', '=', adopted.routineId)
        .executeTakeFirstOrThrow();
      for (const [format, file] of FILES) {
        for (const lang of ['sv', 'en'] as const) {
          const url = `/api/routines/${adopted.routineId}/${file}?lang=${lang}`;
          const first = await download(adopted.coordinator, url);
          expect(first.status).toBe(200);
          const rendered = t.app.workers.startedCount(format);
          const second = await download(adopted.coordinator, url);
          expect(second.status).toBe(200);
          expect(t.app.workers.startedCount(format)).toBe(rendered);
          expect(second.bytes.equals(first.bytes)).toBe(true);
          // The headers a browser sees do not change with the cache.
          expect(second.headers['content-type']).toBe(first.headers['content-type']);
          expect(second.headers['content-disposition']).toBe(first.headers['content-disposition']);
          expect(second.headers['content-length']).toBe(first.headers['content-length']);
        }
      }
      const rows = await keptFiles();
      expect(rows.map((r) => `${r.format}:${r.lang}`)).toEqual(
        [...FILES.map(([f]) => f)].sort().flatMap((f) => [`${f}:en`, `${f}:sv`]),
      );
      expect(new Set(rows.map((r) => r.versionHash))).toEqual(new Set([version.hash]));
      // Swedish and English files differ: each language is its own entry.
      const sv = await download(
        adopted.coordinator,
        `/api/routines/${adopted.routineId}/export.md`,
      );
      const en = await download(
        adopted.coordinator,
        `/api/routines/${adopted.routineId}/export.md?lang=en`,
      );
      expect(sv.bytes.equals(en.bytes)).toBe(false);
    },
    SLOW,
  );

  // In-memory SQLite cannot be shared by two apps; PostgreSQL can.
  it.runIf(process.env.TEST_DB === 'postgres')(
    'a second process on the same database serves the kept file without rendering',
    async () => {
      const second = await buildApp(
        loadConfig({
          DATA_DIR: ':memory:',
          SAMRUTIN_DEMO: '0',
          LOG_LEVEL: 'silent',
          WEB_DIST: '',
          NODE_ENV: 'test',
          PORT: '80',
          DATABASE_URL: t.databaseUrl!,
        }),
      );
      try {
        const res = await second.inject({
          method: 'GET',
          url: `/api/routines/${adopted.routineId}/export.pdf`,
          headers: { cookie: adopted.coordinator.cookie },
        });
        expect(res.statusCode).toBe(200);
        expect(second.workers.startedCount('pdf')).toBe(0);
      } finally {
        await second.close();
      }
    },
  );

  it(
    'the draft is rendered on every request (in a worker) and never kept',
    async () => {
      const url = `/api/routines/${adopted.routineId}/export.pdf?version=draft`;
      const before = t.app.workers.startedCount('pdf');
      const rows = (await keptFiles()).length;
      for (let i = 0; i < 2; i++) {
        expect((await download(adopted.coordinator, url)).status).toBe(200);
      }
      expect(t.app.workers.startedCount('pdf') - before).toBe(2);
      expect((await keptFiles()).length).toBe(rows);
    },
    SLOW,
  );
});

describe('the import’s checks in a worker', () => {
  it(
    'a document nested too deeply to hand to a worker is a 400, and the pool goes on',
    async () => {
      const deep = `{"format":"samrutin.routine-export/1","snapshot":{"routine":${'['.repeat(200_000)}${']'.repeat(200_000)}}}`;
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/collaborations/${adopted.collaborationId}/routines/import`,
        headers: { cookie: adopted.coordinator.cookie, 'content-type': 'application/json' },
        payload: deep,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ field: '(body)', message: 'is nested too deeply to be an export document' }],
      });
      const draft = await download(
        adopted.coordinator,
        `/api/routines/${adopted.routineId}/diagram.svg?version=draft`,
      );
      expect(draft.status).toBe(200);
    },
    SLOW,
  );
});

describe('a render that fails', () => {
  let f: TestApp;
  let setup: Awaited<ReturnType<typeof createCollaborationWithRoutine>>;
  beforeAll(async () => {
    const workers = new WorkerPool({
      workerUrl: new URL('../helpers/failing-worker.mjs', import.meta.url),
      size: 1,
    });
    f = await createTestApp({ workers });
    setup = await createCollaborationWithRoutine(f.app);
  }, SLOW);
  afterAll(async () => f.close());

  const pdfOf = async (title: string) => {
    const c = setup.coordinator;
    const created = await c.post(`/api/collaborations/${setup.collaborationId}/routines`, {
      title,
    });
    expect(created.status).toBe(201);
    return f.app.inject({
      method: 'GET',
      url: `/api/routines/${created.body.id}/export.pdf`,
      headers: { cookie: c.cookie },
    });
  };

  it(
    'a crashed worker answers 500 in the contract’s shape, and the pool recovers',
    async () => {
      const crashed = await pdfOf('Krasch');
      expect(crashed.statusCode).toBe(500);
      const body = crashed.json();
      expect(body.error.code).toBe('INTERNAL');
      expect(body.error.message).not.toMatch(/exit code|worker/i);
      const after = await pdfOf('Rutin efter kraschen');
      expect(after.statusCode).toBe(200);
      expect(after.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    },
    SLOW,
  );

  it(
    'a renderer error is a 500; an error caused by the input keeps its 4xx code',
    async () => {
      const failed = await pdfOf('Fel i renderingen');
      expect(failed.statusCode).toBe(500);
      expect(failed.json().error.code).toBe('INTERNAL');
      expect(failed.json().error.message).not.toContain('pdfmake');
      const refused = await pdfOf('För stor');
      expect(refused.statusCode).toBe(413);
      expect(refused.json().error).toMatchObject({
        code: 'PAYLOAD_TOO_LARGE',
        message: 'The routine is too large to render as a PDF.',
      });
      expect((await pdfOf('Rutin som går bra')).statusCode).toBe(200);
    },
    SLOW,
  );
});
