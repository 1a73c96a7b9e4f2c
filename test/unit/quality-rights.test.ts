import { describe, expect, it } from 'vitest';
import { RIGHTS_RULES } from '../../src/domain/quality/rights';
import { check, completeSnapshot, findingsOf } from './quality-fixtures';

const RIGHT_BY_KIND: Record<string, string> = {
  report_to_police: 'right-police-report',
  protection_assessment: 'right-protection-assessment',
  emergency_assistance: 'right-emergency-assistance',
  reflection_period: 'right-reflection-period',
  counsel_for_injured_party: 'right-counsel',
  interpreter: 'right-interpreter',
  rights_information: 'right-information',
};

describe('rights in step 5', () => {
  it('has one rule per right', () => {
    expect(RIGHTS_RULES.map((r) => r.id).sort()).toEqual(Object.values(RIGHT_BY_KIND).sort());
  });

  for (const [kind, rule] of Object.entries(RIGHT_BY_KIND)) {
    it(`${rule}: warns, with its source, when step 5 has no ${kind} action`, () => {
      const { snapshot } = completeSnapshot();
      snapshot.actions = snapshot.actions.filter((a) => a.kind !== kind);
      const findings = check(snapshot).filter((f) => f.rule.startsWith('right-'));
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        rule,
        severity: 'warning',
        target: { type: 'step', step: 5 },
      });
      expect(findings[0]!.source?.sv).toBeTruthy();
      expect(findings[0]!.source?.en).toBeTruthy();
    });
  }

  it('explains the reflection period with its law, 30 days and the 2022 change', () => {
    const { snapshot } = completeSnapshot();
    snapshot.actions = snapshot.actions.filter((a) => a.kind !== 'reflection_period');
    const [finding] = findingsOf(snapshot, 'right-reflection-period');
    expect(finding!.message.sv).toContain('30 dagar');
    expect(finding!.message.sv).toContain('1 augusti 2022');
    expect(finding!.message.sv).toContain('socialnämnden');
    expect(finding!.source!.sv).toContain('Utlänningslagen 5 kap. 15 §');
    expect(finding!.source!.en).toContain('art. 13');
  });

  it('does not count a right secured in another step', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.interpreter.step = 4;
    expect(findingsOf(snapshot, 'right-interpreter')).toHaveLength(1);
  });

  it('is silent when step 5 covers every right', () => {
    expect(check(completeSnapshot().snapshot).filter((f) => f.rule.startsWith('right-'))).toEqual(
      [],
    );
  });
});
