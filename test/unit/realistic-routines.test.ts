import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/domain/quality';
import { REALISTIC_ROUTINES } from '../data/realistic-routines';

const TODAY = '2026-12-01';

/**
 * The quality check over routines written as real collaborations write them
 * (test/data/realistic-routines.ts). A blocker here is a false alarm: fix the rule, not the
 * routine.
 */
describe('realistic, complete routines', () => {
  it('has at least five of them', () => {
    expect(Object.keys(REALISTIC_ROUTINES).length).toBeGreaterThanOrEqual(5);
  });

  for (const [name, build] of Object.entries(REALISTIC_ROUTINES)) {
    it(`${name}: no blocker`, () => {
      const findings = runChecks({ snapshot: build(), today: TODAY });
      const blockers = findings
        .filter((f) => f.severity === 'blocker')
        .map((f) => `${f.rule}: ${f.message.sv}`);
      expect(blockers).toEqual([]);
    });
  }

  it('gives no warning about rights, resources or children in the large-city routine', () => {
    const findings = runChecks({
      snapshot: REALISTIC_ROUTINES['large city, children and adults']!(),
      today: TODAY,
    });
    expect(findings.map((f) => `${f.rule}: ${f.message.sv}`)).toEqual([]);
  });
});
