/**
 * A child process of the workshop benchmark (bench/workshop.bench.ts): either the room's
 * participants (members and guests writing drafts and votes over HTTP, as phones do) or the
 * presenter view (a /collab observer of `workshop:<id>`), so neither shares an event loop with
 * the server under test nor with the other. Driven over IPC.
 */
import * as Y from 'yjs';
import { WORKSHOP_STATE, workshopDocumentNameOf } from '../src/domain/collab';
import { type LiveClient, liveClient, waitFor } from '../test/helpers/live';

export type Stance = 'support' | 'accept' | 'block';

export type ToWorkshopClients =
  | {
      type: 'observe';
      target: { url: string; origin: string };
      cookie: string;
      workshopId: string;
    }
  | { type: 'observed' }
  | {
      type: 'join';
      base: string;
      origin: string;
      code: string;
      memberCookies: string[];
      guests: number;
    }
  | {
      type: 'burst';
      kind: 'draft' | 'vote';
      workshopId: string;
      questionId: string;
      /** Each participant writes once at a random moment within this window. */
      windowMs: number;
      /** Every n-th participant changes their vote right after the first (0: nobody). */
      revoteEvery: number;
    }
  | { type: 'close' };

/** One write: [sent at, answered at, status, participant index, is a second vote]. */
export type Write = [number, number, number, number, boolean];
/** One presenter state: [arrived at, per question [id, drafts, support, accept, block]]. */
export type Observed = [number, [string, number, number, number, number][]];

export type FromWorkshopClients =
  | { type: 'observing' }
  | { type: 'observed'; states: Observed[] }
  | { type: 'joined'; participants: number }
  | { type: 'burst-done'; writes: Write[]; finalStances: (Stance | null)[] }
  | { type: 'closed' }
  | { type: 'error'; message: string };

/** A clock every process on the machine shares (wall-clock origin + monotonic offset). */
const now = () => performance.timeOrigin + performance.now();
const reply = (message: FromWorkshopClients) => process.send?.(message);

// --- the presenter view -------------------------------------------------------------------
let observer: LiveClient | null = null;
const states: Observed[] = [];

interface PublicQuestion {
  questionId: string;
  draftCount: number;
  tally: Record<Stance, number>;
}

async function observe(message: Extract<ToWorkshopClients, { type: 'observe' }>) {
  const doc = new Y.Doc();
  const map = doc.getMap<string>(WORKSHOP_STATE.map);
  map.observe(() => {
    const at = now();
    const json = map.get(WORKSHOP_STATE.key);
    if (!json) return;
    const state = JSON.parse(json) as { questions: PublicQuestion[] };
    states.push([
      at,
      state.questions.map((q) => [
        q.questionId,
        q.draftCount,
        q.tally.support,
        q.tally.accept,
        q.tally.block,
      ]),
    ]);
  });
  observer = liveClient(
    message.target,
    { cookie: message.cookie },
    workshopDocumentNameOf(message.workshopId),
    doc,
  );
  await waitFor(() => observer?.provider.isSynced === true, 'observer synced', 60_000);
}

// --- the participants ---------------------------------------------------------------------
let base = '';
let origin = '';
/** Each participant's cookie (a member's session, or a guest's workshop cookie). */
const participants: string[] = [];

async function http(method: string, path: string, cookie: string, body: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie, origin },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  return res;
}

async function join(message: Extract<ToWorkshopClients, { type: 'join' }>) {
  base = message.base;
  origin = message.origin;
  const joinAs = async (cookie: string, body: Record<string, string>) => {
    const res = await http('POST', '/api/workshops/join', cookie, { code: message.code, ...body });
    if (res.status !== 200) throw new Error(`join → ${res.status}`);
    const guestCookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0] ?? '')
      .find((c) => c.startsWith('samrutin_workshop_guest='));
    return guestCookie ?? cookie;
  };
  const members = message.memberCookies.map((cookie) => joinAs(cookie, {}));
  const guests = Array.from({ length: message.guests }, (_, i) =>
    joinAs('', { name: `Gäst ${i + 1}`, organisation: `Organisation ${(i % 7) + 1}` }),
  );
  participants.push(...(await Promise.all([...members, ...guests])));
}

const STANCES: Stance[] = ['support', 'accept', 'block'];
const stanceBody = (stance: Stance) =>
  stance === 'block' ? { stance, reason: 'Kontaktvägen saknas i förslaget.' } : { stance };

async function burst(message: Extract<ToWorkshopClients, { type: 'burst' }>) {
  const writes: Write[] = [];
  const finalStances: (Stance | null)[] = participants.map(() => null);
  const path = `/api/workshops/${message.workshopId}/questions/${message.questionId}/${message.kind}`;
  const write = async (i: number, body: unknown, second: boolean) => {
    const sent = now();
    const res = await http('PUT', path, participants[i] ?? '', body);
    writes.push([sent, now(), res.status, i, second]);
    return res.status;
  };
  await Promise.all(
    participants.map(async (_, i) => {
      await new Promise((r) => setTimeout(r, Math.random() * message.windowMs));
      if (message.kind === 'draft') {
        await write(
          i,
          { text: `Utkast från deltagare ${i + 1}: samma dag, samma kontakt.` },
          false,
        );
        return;
      }
      const first = STANCES[i % 3] as Stance;
      if ((await write(i, stanceBody(first), false)) === 200) finalStances[i] = first;
      if (message.revoteEvery > 0 && i % message.revoteEvery === 0) {
        const second = STANCES[(i + 1) % 3] as Stance;
        if ((await write(i, stanceBody(second), true)) === 200) finalStances[i] = second;
      }
    }),
  );
  return { writes, finalStances };
}

process.on('message', (message: ToWorkshopClients) => {
  const run = async () => {
    if (message.type === 'observe') {
      await observe(message);
      reply({ type: 'observing' });
    } else if (message.type === 'observed') {
      reply({ type: 'observed', states });
    } else if (message.type === 'join') {
      await join(message);
      reply({ type: 'joined', participants: participants.length });
    } else if (message.type === 'burst') {
      reply({ type: 'burst-done', ...(await burst(message)) });
    } else if (message.type === 'close') {
      observer?.destroy();
      reply({ type: 'closed' });
      setTimeout(() => process.exit(0), 50);
    }
  };
  run().catch((err) =>
    reply({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
});
