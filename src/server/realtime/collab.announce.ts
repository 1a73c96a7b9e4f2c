/** How often, at most, one document's "answers changed" note goes out while people type. */
export const ANSWERS_CHANGED_EVERY_MS = 5_000;

/**
 * The note after a store that views derived from the answers (progress, the quality check)
 * should refetch. The texts themselves reach the editors through Yjs at once; this note only
 * refreshes what is computed from them. Sent at once after a quiet spell, then at most every
 * `everyMs` with one trailing note for what came meanwhile, so that ten people typing do not
 * make every browser refetch the routine after every store (every 1.5 s), nor the server
 * write the note to every connection each time.
 */
export class ChangeAnnouncer {
  private last = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly send: () => void,
    private readonly everyMs = ANSWERS_CHANGED_EVERY_MS,
    private readonly now: () => number = () => Date.now(),
  ) {}

  announce(): void {
    if (this.timer) return; // the trailing note will carry this change too
    const wait = this.last + this.everyMs - this.now();
    if (wait <= 0) {
      this.fire();
      return;
    }
    this.timer = setTimeout(() => this.fire(), wait);
    this.timer.unref?.();
  }

  /** The document unloads: nobody is left to tell. */
  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private fire(): void {
    this.timer = null;
    this.last = this.now();
    this.send();
  }
}

/** The announcer of one routine's live document. */
export function answersChangedAnnouncer(
  document: { broadcastStateless(payload: string): void },
  routineId: string | null,
): ChangeAnnouncer {
  const note = JSON.stringify({
    type: 'changed',
    path: `/api/routines/${routineId}/answers`,
    by: null,
  });
  return new ChangeAnnouncer(() => document.broadcastStateless(note));
}
