import { describe, expect, it } from 'vitest';
import { RIGHT_RULES } from '../../src/domain/quality/rights';
import { rightsChecklist } from '../../src/domain/render/rights';
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

describe('rights in steps 3–5', () => {
  it('has one rule per right', () => {
    expect(RIGHT_RULES.map((r) => r.id).sort()).toEqual(Object.values(RIGHT_BY_KIND).sort());
  });

  for (const [kind, rule] of Object.entries(RIGHT_BY_KIND)) {
    it(`${rule}: warns, with its source, when steps 3–5 have no ${kind} action`, () => {
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
    expect(finding!.source!.sv).toContain('Utlänningslagen (2005:716) 5 kap. 15 §');
    expect(finding!.message.sv).toContain('kan beviljas');
    expect(finding!.message.sv).not.toContain('har rätt till ett tillfälligt');
    expect(finding!.message.sv).toContain('Förundersökningsledaren');
    expect(finding!.source!.en).toContain('art. 13');
  });

  it('counts a right secured in step 3 or 4, as the published checklist does', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.interpreter.step = 4;
    expect(findingsOf(snapshot, 'right-interpreter')).toEqual([]);
    const item = rightsChecklist(snapshot).find((r) => r.key === 'interpreter');
    expect(item!.securedBy).toHaveLength(1);
  });

  it('does not count a right "secured" in step 2, and neither does the checklist', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.interpreter.step = 2;
    expect(findingsOf(snapshot, 'right-interpreter')).toHaveLength(1);
    expect(rightsChecklist(snapshot).find((r) => r.key === 'interpreter')!.securedBy).toEqual([]);
  });

  it('counts a protective placement as emergency assistance, in the check and the checklist', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.emergency.kind = 'protective_placement';
    expect(findingsOf(snapshot, 'right-emergency-assistance')).toEqual([]);
    const item = rightsChecklist(snapshot).find((r) => r.key === 'emergency_assistance');
    expect(item!.securedBy.map((s) => s.what)).toEqual([actions.emergency.what]);
  });

  it('cites lag (1988:609) and CETS art. 15.2 for counsel, not art. 12', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.counsel.kind = 'other';
    const [finding] = findingsOf(snapshot, 'right-counsel');
    expect(finding!.source!.sv).toContain('Lag (1988:609) om målsägandebiträde');
    expect(finding!.source!.sv).toContain('art. 15.2');
    expect(finding!.source!.sv).not.toContain('art. 12');
  });

  it('is silent when step 5 covers every right', () => {
    expect(check(completeSnapshot().snapshot).filter((f) => f.rule.startsWith('right-'))).toEqual(
      [],
    );
  });
});
