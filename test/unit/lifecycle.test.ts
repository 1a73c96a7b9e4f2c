import { describe, expect, it } from 'vitest';
import { addMonths, nextReviewAtAdoption, routineLifecycle } from '../../src/domain/lifecycle';

const adopted = '2026-03-01';
const at = (today: string, over: Partial<Parameters<typeof routineLifecycle>[0]> = {}) =>
  routineLifecycle({
    adoptedVersion: 1,
    adoptedAt: adopted,
    nextReviewDate: '2027-03-01',
    revisionOfVersion: null,
    today,
    ...over,
  });

describe('routineLifecycle', () => {
  it('is not adopted before any adoption, whatever the dates', () => {
    const none = { adoptedVersion: null, adoptedAt: null };
    expect(at('2026-02-01', none).state).toBe('not_adopted');
    expect(at('2027-04-01', { ...none, revisionOfVersion: 1 }).state).toBe('not_adopted');
  });

  it('goes adopted → in use 30 days after the adoption', () => {
    expect(at('2026-03-01').state).toBe('adopted');
    expect(at('2026-03-30').state).toBe('adopted');
    expect(at('2026-03-31').state).toBe('in_use');
    expect(at('2026-12-01', { nextReviewDate: null }).state).toBe('in_use');
  });

  it('is evaluation due within 30 days of the review date and when overdue', () => {
    expect(at('2027-01-29').state).toBe('in_use');
    expect(at('2027-01-30')).toEqual({
      state: 'evaluation_due',
      daysToReview: 30,
      isReviewOverdue: false,
    });
    expect(at('2027-03-01').isReviewOverdue).toBe(false);
    expect(at('2027-03-05')).toEqual({
      state: 'evaluation_due',
      daysToReview: -4,
      isReviewOverdue: true,
    });
  });

  it('is under revision once a revision of the version in force starts, until the next adoption', () => {
    expect(at('2026-04-05', { revisionOfVersion: 1 }).state).toBe('under_revision');
    // overdue and under revision: the revision is what happens now
    expect(at('2027-03-05', { revisionOfVersion: 1 })).toMatchObject({
      state: 'under_revision',
      isReviewOverdue: true,
    });
    // the same day the new version is adopted, the revision of version 1 is history
    expect(
      at('2027-05-01', {
        adoptedVersion: 2,
        adoptedAt: '2027-05-01',
        revisionOfVersion: 1,
        nextReviewDate: '2028-05-01',
      }).state,
    ).toBe('adopted');
  });
});

describe('addMonths', () => {
  it('adds calendar months, the 31st falling back to a shorter month’s last day', () => {
    expect(addMonths('2026-03-01', 12)).toBe('2027-03-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-12-15', 3)).toBe('2028-03-15');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  });
});

describe('nextReviewAtAdoption', () => {
  const base = {
    adoptedOn: '2027-02-10',
    frequencyMonths: 12,
    planDate: '2027-01-15',
    previousDate: '2027-01-15',
    replacesVersion: true,
  };
  it('moves a past or left-over date to the adoption day plus the interval', () => {
    expect(nextReviewAtAdoption(base)).toEqual({ date: '2028-02-10', moved: true });
    expect(nextReviewAtAdoption({ ...base, planDate: '2027-02-10' })).toEqual({
      date: '2028-02-10',
      moved: true,
    });
    // Still ahead, but the replaced version's own date: it belonged to the previous cycle.
    const leftOver = { ...base, planDate: '2027-06-01', previousDate: '2027-06-01' };
    expect(nextReviewAtAdoption(leftOver)).toEqual({ date: '2028-02-10', moved: true });
  });
  it('keeps a date chosen for this version, and the first adoption’s future date', () => {
    const chosen = { ...base, planDate: '2027-09-01' };
    expect(nextReviewAtAdoption(chosen)).toEqual({ date: '2027-09-01', moved: false });
    const first = { ...base, planDate: '2027-06-01', previousDate: null, replacesVersion: false };
    expect(nextReviewAtAdoption(first)).toEqual({ date: '2027-06-01', moved: false });
    const firstPast = { ...first, planDate: '2026-12-01' };
    expect(nextReviewAtAdoption(firstPast)).toEqual({ date: '2028-02-10', moved: true });
  });
  it('changes nothing without a plan', () => {
    const none = { ...base, frequencyMonths: null, planDate: null };
    expect(nextReviewAtAdoption(none)).toEqual({ date: null, moved: false });
  });
});
