import { describe, expect, it } from 'vitest';
import { routineLifecycle } from '../../src/domain/lifecycle';

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
