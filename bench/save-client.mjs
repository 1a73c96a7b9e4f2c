// The answer-save load generator, in a process of its own (bench/saves.bench.ts starts it):
// it never shares an event loop or a thread with the server under test.
//
// Input (argv[2], JSON): { mode: 'closed' | 'open', seconds, rate?, cookie, origin,
//   targets: [{ url, revision }] }
// - closed: one loop per target; each waits for its answer and sends the next save with the
//   revision it got back (the saves/s a server sustains).
// - open: saves start at `rate` per second whatever the answers (a free target each time); a
//   save's latency counts from the moment it was due, so a slow server cannot hide its queue
//   (no coordinated omission).
// Output (stdout, JSON): { ok, failed, conflicts, notSent, seconds, latencies: number[] sorted }

const input = JSON.parse(process.argv[2]);
const headers = { 'content-type': 'application/json', cookie: input.cookie, origin: input.origin };
const latencies = [];
let ok = 0;
let failed = 0;
let conflicts = 0;
let notSent = 0;

async function save(target, n) {
  const res = await fetch(target.url, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ text: `Sparning ${n}.`, baseRevision: target.revision }),
  });
  const body = await res.json();
  if (res.status === 200) {
    ok += 1;
    target.revision = body.revision;
  } else if (res.status === 409) conflicts += 1;
  else failed += 1;
}

async function closed() {
  const deadline = performance.now() + input.seconds * 1000;
  await Promise.all(
    input.targets.map(async (target) => {
      for (let n = 1; performance.now() < deadline; n++) {
        const t0 = performance.now();
        await save(target, n);
        latencies.push(performance.now() - t0);
      }
    }),
  );
}

async function open() {
  const free = [...input.targets];
  const running = new Set();
  const t0 = performance.now();
  const total = Math.round(input.seconds * input.rate);
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - t0) * input.rate) / 1000) + 1);
    for (; sent < due; sent++) {
      const dueAt = t0 + (sent * 1000) / input.rate;
      const target = free.pop();
      if (!target) {
        notSent += 1;
        continue;
      }
      const p = save(target, sent).then(
        () => {
          latencies.push(performance.now() - dueAt);
          free.push(target);
          running.delete(p);
        },
        () => {
          failed += 1;
          free.push(target);
          running.delete(p);
        },
      );
      running.add(p);
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(running);
}

await (input.mode === 'open' ? open() : closed());
latencies.sort((a, b) => a - b);
process.stdout.write(
  JSON.stringify({ ok, failed, conflicts, notSent, seconds: input.seconds, latencies }),
);
