import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { benchApp, benchUser, goal, injectLatency, ms, percentile, type Table } from './lib';
import { SMALL, seedCollaboration } from './seed';
import type {
  FromWorkshopClients,
  Observed,
  Stance,
  ToWorkshopClients,
  Write,
} from './workshop-clients';

/**
 * Workshop mode under a full room (issue 17, docs/adr/0020): `participants` people (half
 * members, half guests) in one workshop write their drafts and then their votes on each
 * question within the same second, from a process of their own; a presenter view (a /collab
 * observer of `workshop:<id>`, in a third process) follows. It reports whether every vote was
 * counted once (the tally of the GET, the rows in the database and the presenter's last state
 * against what was sent; the bench fails otherwise) and how long the presenter waits.
 */

const GOAL_P95_MS = 500;
const QUESTIONS = ['s1.q1', 's1.q2', 's2.q1', 's3.q2', 's4.q1'];
/** Every fifth participant changes their vote at once: the second must replace the first. */
const REVOTE_EVERY = 5;

function child() {
  const proc = fork(fileURLToPath(new URL('./workshop-clients.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return {
    ask<T extends FromWorkshopClients['type']>(message: ToWorkshopClients, type: T) {
      return new Promise<Extract<FromWorkshopClients, { type: T }>>((resolve, reject) => {
        const onMessage = (m: FromWorkshopClients) => {
          if (m.type === 'error') reject(new Error(m.message));
          else if (m.type === type) resolve(m as Extract<FromWorkshopClients, { type: T }>);
          else return;
          proc.off('message', onMessage);
        };
        proc.on('message', onMessage);
        proc.send(message);
      });
    },
    kill: () => proc.kill(),
  };
}

/** Count of question `qid` in a presenter state: drafts, or every stance together. */
const countIn = (state: Observed, qid: string, kind: 'draft' | 'vote') => {
  const q = state[1].find((x) => x[0] === qid);
  if (!q) return 0;
  return kind === 'draft' ? q[1] : q[2] + q[3] + q[4];
};

interface Burst {
  kind: 'draft' | 'vote';
  questionId: string;
  writes: Write[];
  expected: Record<Stance, number> | null;
}

/**
 * Latencies from the writes' answers to the presenter's states. Each first write: from its
 * answer to the first state (since it was sent) that counts at least as many entries as had
 * been answered by then (entries are anonymous: a count is what the room sees); 0 when the
 * room saw it first. Each burst: from its last answer to the first state showing the whole
 * burst (the exact tally for votes).
 */
function latencies(bursts: Burst[], observed: Observed[]) {
  const perWrite: number[] = [];
  const sentToShown: number[] = [];
  const perBurst: number[] = [];
  let missing = 0;
  const firstAfter = (from: number, ok: (s: Observed) => boolean) =>
    observed.find((s) => s[0] >= from && ok(s));
  for (const b of bursts) {
    const firsts = b.writes.filter((w) => !w[4]).sort((x, y) => x[1] - y[1]);
    firsts.forEach((w, rank) => {
      // From its sending on: a starved phone may read its answer after the room already has.
      const seen = firstAfter(w[0], (s) => countIn(s, b.questionId, b.kind) >= rank + 1);
      if (seen) {
        perWrite.push(Math.max(0, seen[0] - w[1]));
        sentToShown.push(seen[0] - w[0]);
      } else missing += 1;
    });
    const last = Math.max(...b.writes.map((w) => w[1]));
    // The whole burst cannot show before its last write is in: any time counts.
    const whole = firstAfter(0, (s) => {
      const q = s[1].find((x) => x[0] === b.questionId);
      if (!q) return false;
      if (!b.expected) return q[1] === firsts.length;
      return q[2] === b.expected.support && q[3] === b.expected.accept && q[4] === b.expected.block;
    });
    if (whole) perBurst.push(Math.max(0, whole[0] - last));
    else missing += 1;
  }
  return {
    perWrite: perWrite.sort((a, b) => a - b),
    sentToShown: sentToShown.sort((a, b) => a - b),
    perBurst: perBurst.sort((a, b) => a - b),
    missing,
  };
}

const tallyOf = (stances: (Stance | null)[]) => {
  const t: Record<Stance, number> = { support: 0, accept: 0, block: 0 };
  for (const s of stances) if (s) t[s] += 1;
  return t;
};

/** Every vote counted once: the GET's tally, the table's rows and the presenter's last state. */
async function checkCounts(
  app: FastifyInstance,
  coordinatorCookie: string,
  workshopId: string,
  bursts: Burst[],
  observed: Observed[],
): Promise<string[]> {
  const problems: string[] = [];
  const view = await app.inject({
    method: 'GET',
    url: `/api/workshops/${workshopId}`,
    headers: { cookie: coordinatorCookie },
  });
  const questions = view.json().questions as {
    questionId: string;
    draftCount: number;
    tally: Record<Stance, number>;
  }[];
  const lastState = observed.at(-1);
  for (const b of bursts) {
    const q = questions.find((x) => x.questionId === b.questionId);
    const failed = b.writes.filter((w) => w[2] !== 200).length;
    if (failed > 0) problems.push(`${b.questionId} ${b.kind}: ${failed} writes not 200`);
    const firsts = b.writes.filter((w) => !w[4]).length;
    if (b.kind === 'draft') {
      if (q?.draftCount !== firsts)
        problems.push(`${b.questionId}: ${q?.draftCount} drafts, ${firsts} sent`);
      continue;
    }
    const rows = await app.database.db
      .selectFrom('workshopVotes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workshopId', '=', workshopId)
      .where('questionId', '=', b.questionId)
      .executeTakeFirstOrThrow();
    const expected = b.expected as Record<Stance, number>;
    const sent = expected.support + expected.accept + expected.block;
    if (Number(rows.n) !== sent)
      problems.push(`${b.questionId}: ${rows.n} vote rows, ${sent} voters`);
    if (JSON.stringify(q?.tally) !== JSON.stringify(expected))
      problems.push(
        `${b.questionId}: GET tally ${JSON.stringify(q?.tally)}, sent ${JSON.stringify(expected)}`,
      );
    const shown = lastState?.[1].find((x) => x[0] === b.questionId);
    const shownTally = shown ? { support: shown[2], accept: shown[3], block: shown[4] } : null;
    if (JSON.stringify(shownTally) !== JSON.stringify(expected))
      problems.push(
        `${b.questionId}: presenter shows ${JSON.stringify(shownTally)}, sent ${JSON.stringify(expected)}`,
      );
  }
  return problems;
}

export async function benchWorkshop(
  participants = 100,
  database: 'sqlite' | 'postgres' = 'sqlite',
): Promise<Table> {
  const { app, close } = await benchApp({
    postgres: database === 'postgres',
    build: {
      limits: {
        signInPerIpPerMinute: 100_000,
        signUpPerIpPerHour: 100_000,
        workshopJoinPerIpPerMinute: 100_000,
      },
    },
  });
  const observer = child();
  const room = child();
  try {
    const db = app.database.db;
    const coordinator = await benchUser(app);
    const { collaborationId, routineId } = await seedCollaboration(
      db,
      0,
      coordinator.userId,
      SMALL,
    );
    const members = Math.floor(participants / 2);
    const memberCookies: string[] = [];
    for (let i = 0; i < members; i++) {
      const member = await benchUser(app);
      await db
        .insertInto('memberships')
        .values({
          collaborationId,
          userId: member.userId,
          role: 'editor',
          actorId: null,
          createdAt: new Date().toISOString(),
        })
        .execute();
      memberCookies.push(member.cookie);
    }
    const created = await app.inject({
      method: 'POST',
      url: `/api/routines/${routineId}/workshops`,
      headers: { cookie: coordinator.cookie },
      payload: { questionIds: QUESTIONS, allowGuests: true },
    });
    if (created.statusCode !== 201)
      throw new Error(`workshop: ${created.statusCode} ${created.body}`);
    const { id: workshopId, code } = created.json() as { id: string; code: string };
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as AddressInfo).port;
    const base = `http://127.0.0.1:${port}`;
    const target = { url: `ws://127.0.0.1:${port}/collab`, origin: app.config.baseUrl };
    await observer.ask(
      { type: 'observe', target, cookie: coordinator.cookie, workshopId },
      'observing',
    );
    const joined = await room.ask(
      {
        type: 'join',
        base,
        origin: app.config.baseUrl,
        code,
        memberCookies,
        guests: participants - members,
      },
      'joined',
    );
    const pause = () => new Promise((r) => setTimeout(r, 1500));
    const bursts: Burst[] = [];
    const load0 = os.loadavg()[0] ?? 0;
    const cpu0 = process.cpuUsage();
    for (const questionId of QUESTIONS) {
      const burst = (kind: 'draft' | 'vote') =>
        room.ask(
          {
            type: 'burst',
            kind,
            workshopId,
            questionId,
            windowMs: 1000,
            revoteEvery: REVOTE_EVERY,
          },
          'burst-done',
        );
      const drafts = await burst('draft');
      bursts.push({ kind: 'draft', questionId, writes: drafts.writes, expected: null });
      await pause();
      const moved = await app.inject({
        method: 'POST',
        url: `/api/workshops/${workshopId}/questions/${questionId}/phase`,
        headers: { cookie: coordinator.cookie },
        payload: { phase: 'agreement', proposedText: 'Vi kontaktar varandra samma dag.' },
      });
      if (moved.statusCode !== 200) throw new Error(`phase: ${moved.statusCode} ${moved.body}`);
      await pause();
      const votes = await burst('vote');
      bursts.push({
        kind: 'vote',
        questionId,
        writes: votes.writes,
        expected: tallyOf(votes.finalStances),
      });
      await pause();
    }
    const cpu = process.cpuUsage(cpu0);
    const load1 = os.loadavg()[0] ?? 0;
    const { states } = await observer.ask({ type: 'observed' }, 'observed');
    const problems = await checkCounts(app, coordinator.cookie, workshopId, bursts, states);
    if (problems.length > 0) throw new Error(`votes not counted once: ${problems.join('; ')}`);
    const { perWrite, sentToShown, perBurst, missing } = latencies(bursts, states);
    if (missing > 0) throw new Error(`${missing} writes never shown to the presenter`);
    // What each write's answer and each presenter update rebuild: the whole view, at the end.
    const view = await injectLatency(app, 50, {
      method: 'GET',
      url: `/api/workshops/${workshopId}`,
      headers: { cookie: memberCookies[0] ?? '' },
    });
    const all = bursts.flatMap((b) => b.writes);
    const answers = all.map((w) => w[1] - w[0]).sort((a, b) => a - b);
    const votes = bursts.filter((b) => b.kind === 'vote').flatMap((b) => b.writes).length;
    const row = (what: string, xs: number[], goalText = '') => [
      what,
      xs.length,
      ms(percentile(xs, 50)),
      ms(percentile(xs, 95)),
      ms(percentile(xs, 99)),
      goalText,
    ];
    return {
      title: `Workshop: ${joined.participants} participants (${members} members, ${participants - members} guests), drafts then votes on ${QUESTIONS.length} questions, each burst within one second (${database === 'postgres' ? 'PostgreSQL' : 'SQLite'})`,
      columns: ['measure', 'samples', 'p50', 'p95', 'p99', `goal p95 ≤ ${GOAL_P95_MS} ms`],
      rows: [
        row(
          'presenter update, each write (answer → state)',
          perWrite,
          goal(percentile(perWrite, 95) <= GOAL_P95_MS),
        ),
        row('presenter update, last write of a burst → whole burst shown', perBurst),
        row('each write, sent → shown to the room (includes the write’s own queue)', sentToShown),
        row('HTTP write answered (draft / vote PUT)', answers),
        [
          'the whole view (GET /api/workshops/:wid) at the end, alone',
          50,
          ms(view.p50),
          ms(view.p95),
          ms(view.p99),
          '',
        ],
        ['votes counted once', votes, 'yes', '', '', 'met'],
      ],
      notes: [
        `Participants in their own process (fetch, one request per write at a random moment within 1 s), the presenter's /collab observer in a third; the server in the bench process. Every ${REVOTE_EVERY}th voter changes their vote at once (the second replaces the first).`,
        `Checked after the run: each question's tally in GET /api/workshops/:wid, the rows of workshop_votes and the presenter's last state equal the final stance each voter sent (${votes} vote writes, all 200).`,
        `Server CPU during the bursts: ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms; load average (1 min) ${load0.toFixed(2)} → ${load1.toFixed(2)} on ${os.cpus().length} cores (other work may share the machine).`,
      ],
    };
  } finally {
    observer.kill();
    room.kill();
    await close();
  }
}
