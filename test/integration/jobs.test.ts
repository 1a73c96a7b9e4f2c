import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { JobRunner } from '../../src/server/jobs/job-runner';
import { createAdoptedRoutine } from '../helpers/adopted-routine';
import { createTestApp, type TestApp } from '../helpers/app';
import { startSmtp } from '../helpers/smtp';

/**
 * The job table across processes: on PostgreSQL two app instances with their own connection
 * pools on one database (as two processes would be); on SQLite two runners on one database.
 * Each job runs exactly once; a job enqueued before a restart runs after it.
 */

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let a: FastifyInstance;
let b: FastifyInstance;

beforeAll(async () => {
  t = await createTestApp();
  smtp = await startSmtp();
  const config = { ...t.app.config, smtpUrl: smtp.url };
  a = await buildApp(config, { clock: t.clock, database: t.app.database });
  // PostgreSQL: its own pool (a second process); SQLite in memory: the same database.
  b = await buildApp(config, {
    clock: t.clock,
    ...(t.dialect === 'postgres' ? {} : { database: t.app.database }),
  });
}, 60_000);
afterAll(async () => {
  await a.close();
  await b.close();
  await smtp.close();
  await t.close();
});

describe('job runner', () => {
  it('runs each of many jobs exactly once when two processes tick at the same time', async () => {
    const runs: string[] = [];
    for (const [name, app] of [
      ['a', a],
      ['b', b],
    ] as const) {
      app.jobs.register('test.count', async (payload) => {
        runs.push(`${(payload as { n: number }).n}`);
        // give the other process a chance to try the same job
        await new Promise((resolve) => setImmediate(resolve));
        void name;
      });
    }
    for (let n = 0; n < 40; n++) {
      // both processes schedule the same jobs: the dedupe key keeps one of each
      await Promise.all([
        a.jobs.enqueue({ kind: 'test.count', dedupeKey: `count:${n}`, payload: { n } }),
        b.jobs.enqueue({ kind: 'test.count', dedupeKey: `count:${n}`, payload: { n } }),
      ]);
    }
    const [ranA, ranB] = await Promise.all([a.jobs.tick(), b.jobs.tick()]);
    expect(ranA + ranB).toBe(40);
    expect(runs.sort()).toEqual(Array.from({ length: 40 }, (_, n) => String(n)).sort());
  });

  it('delivers each review reminder once with two app processes', async () => {
    const r = await createAdoptedRoutine(a);
    smtp.received.length = 0;
    t.clock.set('2027-11-01T08:00:00.000Z'); // 29 days before the review
    await Promise.all([a.jobs.tick(), b.jobs.tick(), a.jobs.tick(), b.jobs.tick()]);
    await Promise.all([a.jobs.tick(), b.jobs.tick()]);
    const reminders = smtp.received.filter((m) => /om 30 dagar/.test(m.subject));
    const email = (r.coordinator as unknown as { email: string }).email;
    expect(reminders.map((m) => m.to)).toEqual([[email]]);
  });

  it('keeps a job over a restart and runs it in the next process', async () => {
    const ran: string[] = [];
    const first = new JobRunner({ db: t.app.database.db, dialect: t.dialect, clock: t.clock });
    first.register('test.restart', async () => {
      throw new Error('process went away');
    });
    await first.enqueue({ kind: 'test.restart', dedupeKey: 'restart:1', payload: { x: 1 } });
    await first.stop();
    const second = new JobRunner({ db: t.app.database.db, dialect: t.dialect, clock: t.clock });
    second.register('test.restart', async (payload) => {
      ran.push(JSON.stringify(payload));
    });
    await second.tick();
    expect(ran).toEqual(['{"x":1}']);
  });

  it('takes over a job whose process died while running it, once its lease ran out', async () => {
    const ran: string[] = [];
    const dying = new JobRunner({ db: t.app.database.db, dialect: t.dialect, clock: t.clock });
    let release: () => void = () => {};
    dying.register('test.lease', () => new Promise<void>((resolve) => (release = resolve)), {
      leaseMs: 60_000,
    });
    await dying.enqueue({ kind: 'test.lease', dedupeKey: 'lease:1', payload: {} });
    void dying.runOne(); // claims it and hangs: the process "dies" here
    await new Promise((resolve) => setTimeout(resolve, 50));
    const other = new JobRunner({ db: t.app.database.db, dialect: t.dialect, clock: t.clock });
    other.register('test.lease', async () => void ran.push('other'), { leaseMs: 60_000 });
    expect(await other.runOne()).toBe(false);
    t.clock.advance(61_000);
    expect(await other.runOne()).toBe(true);
    expect(ran).toEqual(['other']);
    release();
  });
});
