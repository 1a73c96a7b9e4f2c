import { describe, expect, it } from 'vitest';
import { completeSnapshot, emptySnapshot, findingsOf } from './quality-fixtures';

describe('step-without-action', () => {
  it('blocks each of steps 2–5 that has no action, naming the step', () => {
    const findings = findingsOf(emptySnapshot(), 'step-without-action');
    expect(findings.map((f) => f.target)).toEqual(
      [2, 3, 4, 5].map((step) => ({ type: 'step', step })),
    );
    expect(findings.every((f) => f.severity === 'blocker')).toBe(true);
    expect(findings[1]!.message.sv).toContain('steg 3 (Kontaktväg in)');
    expect(findings[1]!.message.en).toContain('step 3 (Entry point)');
  });

  it('blocks only the step that lost its actions', () => {
    const { snapshot } = completeSnapshot();
    snapshot.actions = snapshot.actions.filter((a) => a.step !== 4);
    expect(findingsOf(snapshot, 'step-without-action').map((f) => f.target.step)).toEqual([4]);
  });

  it('is silent when every step 2–5 has an action', () => {
    expect(findingsOf(completeSnapshot().snapshot, 'step-without-action')).toEqual([]);
  });
});

describe('main-rule-missing', () => {
  it('blocks a routine without a main rule, or with a blank one', () => {
    for (const mainRule of [null, '  \n ']) {
      const { snapshot } = completeSnapshot();
      snapshot.routine.mainRule = mainRule;
      expect(findingsOf(snapshot, 'main-rule-missing')).toEqual([
        expect.objectContaining({ severity: 'blocker', target: { type: 'routine', step: 4 } }),
      ]);
    }
  });

  it('is silent when step 4 has a main rule', () => {
    expect(findingsOf(completeSnapshot().snapshot, 'main-rule-missing')).toEqual([]);
  });
});
