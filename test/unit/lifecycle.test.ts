import { describe, expect, it } from 'vitest';
import { routineLifecycle } from '../../src/domain/lifecycle';

const adopted = '2026-03-01T09:00:00.000Z';
const at = (today: string, over: Partial<Parameters<typeof routineLifecycle>[0]> = {}) =>
  routineLifecycle({
    adoptedAt: adopted,
    nextReviewDate: '2027-03-01',
    revisionStartedAt: null,
    today,
    ...over,
  });

describe('routineLifecycle', () => {
  it('is not adopted before any adoption, whatever the dates', () => {
    expect(at('2026-02-01', { adoptedAt: null }).state).toBe('not_adopted');
    expect(at('2027-04-01', { adoptedAt: null, revisionStartedAt: adopted }).state).toBe(
      'not_adopted',
    );
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

  it('is under revision once a revision starts after the latest adoption, until the next one', () => {
    const started = '2027-03-02T10:00:00.000Z';
    expect(at('2027-03-05', { revisionStartedAt: started }).state).toBe('under_revision');
    // a revision started before the latest adoption belongs to the version adopted since
    expect(
      at('2027-05-05', {
        revisionStartedAt: started,
        adoptedAt: '2027-05-01T08:00:00.000Z',
        nextReviewDate: '2028-05-01',
      }).state,
    ).toBe('adopted');
  });
});
