import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChangeAnnouncer } from '../../src/server/realtime/collab.announce';

describe('the "answers changed" note while people type', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('goes out at once after a quiet spell, then at most every 5 s with one trailing note', () => {
    let sent = 0;
    const announcer = new ChangeAnnouncer(
      () => sent++,
      5_000,
      () => Date.now(),
    );
    announcer.announce();
    expect(sent).toBe(1);
    // A store every 1.5 s while people type: no note until the window is over, then one.
    for (let i = 0; i < 3; i++) {
      vi.advanceTimersByTime(1_500);
      announcer.announce();
    }
    expect(sent).toBe(1);
    vi.advanceTimersByTime(500);
    expect(sent).toBe(2);
    // Nothing new: nothing more.
    vi.advanceTimersByTime(20_000);
    expect(sent).toBe(2);
    // After the quiet spell the next change is told at once again.
    announcer.announce();
    expect(sent).toBe(3);
  });

  it('tells nobody once the document has unloaded', () => {
    let sent = 0;
    const announcer = new ChangeAnnouncer(
      () => sent++,
      5_000,
      () => Date.now(),
    );
    announcer.announce();
    announcer.announce();
    announcer.close();
    vi.advanceTimersByTime(10_000);
    expect(sent).toBe(1);
  });
});
