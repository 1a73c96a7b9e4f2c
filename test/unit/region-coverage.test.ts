import { describe, expect, it } from 'vitest';
import { coverageOf } from '../../src/domain/region-coverage';
import { completeSnapshot, emptySnapshot, TODAY } from './quality-fixtures';

describe('coverageOf (the regional overview)', () => {
  it('finds every part in a complete routine', () => {
    const { snapshot } = completeSnapshot();
    expect(coverageOf(snapshot, TODAY)).toEqual({
      childrenEntry: true,
      adultsEntry: true,
      outOfHours: true,
      interpreter: true,
      protectionAssessment: true,
      supportLine: true,
    });
  });

  it('finds nothing in an empty routine', () => {
    const coverage = coverageOf(emptySnapshot(), TODAY);
    expect(Object.values(coverage).every((v) => v === false)).toBe(true);
  });

  it('agrees with the published page on entry points: no children’s entry, no children’s coverage', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.childEntry.isEntryPoint = false;
    expect(coverageOf(snapshot, TODAY)).toMatchObject({ childrenEntry: false, adultsEntry: true });
  });

  it('counts the interpreter and the protection assessment only in steps 3–5', () => {
    const { snapshot } = completeSnapshot();
    for (const a of snapshot.actions) {
      if (a.kind === 'interpreter' || a.kind === 'protection_assessment') a.step = 6;
    }
    expect(coverageOf(snapshot, TODAY)).toMatchObject({
      interpreter: false,
      protectionAssessment: false,
    });
  });
});
