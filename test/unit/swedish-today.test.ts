import { describe, expect, it } from 'vitest';
import { todayIso } from '../../src/web/components/dates';

// The browser's "today" must be the server's: the Swedish calendar date. A sign-off dated
// "today" at 00:30 in Stockholm (23:30 UTC) was refused as earlier than the day its version
// was frozen while the browser still counted the UTC day.
describe('todayIso', () => {
  it('is the Swedish date just after midnight in Stockholm, whatever the UTC date', () => {
    expect(todayIso(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
    expect(todayIso(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
  });

  it('is the same date at noon', () => {
    expect(todayIso(new Date('2026-12-01T12:00:00Z'))).toBe('2026-12-01');
  });
});
