/**
 * Joins the live-scale benchmark's send times to its observers' arrival times by Yjs item id,
 * and refuses to report a latency from too few arrivals: a p95 over the few edits that did
 * arrive (or over none) says nothing about the server.
 */
export interface Observed {
  /** Send time of each typed character by Yjs item id ("client:clock"). */
  sent: [string, number][];
  /** Arrival time of each character at an observing peer, by the same id. */
  arrived: [string, number][];
  /** How many of `sent` were typed by the observers themselves (no peer watches those). */
  sentByObservers: number;
}

/** The least share of the observable edits that must reach their observer. */
export const MIN_OBSERVED_SHARE = 0.95;

/** Latencies (ms, ascending) of every observable edit; throws when too few arrived. */
export function joinArrivals(runs: Observed[]): {
  latencies: number[];
  sent: number;
  observable: number;
} {
  const sentAt = new Map(runs.flatMap((r) => r.sent));
  const latencies: number[] = [];
  for (const r of runs) {
    for (const [key, at] of r.arrived) {
      const t = sentAt.get(key);
      if (t !== undefined) latencies.push(at - t);
    }
  }
  latencies.sort((x, y) => x - y);
  const observable = sentAt.size - runs.reduce((n, r) => n + r.sentByObservers, 0);
  if (observable <= 0)
    throw new Error('No edit was sent that a peer observes: nothing to measure.');
  if (latencies.length < observable * MIN_OBSERVED_SHARE) {
    throw new Error(
      `Only ${latencies.length} of ${observable} observable edits reached their observing peer ` +
        `(at least ${MIN_OBSERVED_SHARE * 100} % must): the observation path is broken or the ` +
        'server lost edits, and a percentile over the rest would mean nothing.',
    );
  }
  return { latencies, sent: sentAt.size, observable };
}
