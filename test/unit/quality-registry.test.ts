import { describe, expect, it } from 'vitest';
import { countFindings, hasBlockers, RULES, runChecks } from '../../src/domain/quality';
import type { Rule } from '../../src/domain/quality/types';
import { check, completeSnapshot, emptySnapshot, TODAY } from './quality-fixtures';

describe('the rule registry', () => {
  it('has unique, kebab-case rule ids, each with a family', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.family).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it('finds nothing in a complete routine', () => {
    expect(check(completeSnapshot().snapshot)).toEqual([]);
  });

  it('gives every finding its own rule id, a Swedish and an English message and a target', () => {
    const findings = check(emptySnapshot());
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(RULES.map((r) => r.id)).toContain(f.rule);
      expect(f.message.sv.trim()).not.toBe('');
      expect(f.message.en.trim()).not.toBe('');
      expect(f.message.sv).not.toBe(f.message.en);
      expect(f.target.type).toBeTruthy();
    }
  });

  it('orders findings by severity, then step (none last), then rule', () => {
    const findings = check(emptySnapshot());
    const rank = { blocker: 0, warning: 1, tip: 2 };
    const key = (f: (typeof findings)[number]) =>
      [rank[f.severity], f.target.step ?? 99, f.rule] as const;
    for (let i = 1; i < findings.length; i++) {
      const [a, b] = [key(findings[i - 1]!), key(findings[i]!)];
      const cmp = a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]);
      expect(cmp, `${findings[i - 1]!.rule} before ${findings[i]!.rule}`).toBeLessThanOrEqual(0);
    }
    expect(findings[0]!.severity).toBe('blocker');
    expect(findings.at(-1)!.severity).toBe('tip');
  });

  it('keeps one rule’s findings in the order the rule gave them', () => {
    const unanswered = check(emptySnapshot()).filter((f) => f.rule === 'question-unanswered');
    expect(unanswered.map((f) => f.target.id).slice(0, 4)).toEqual([
      's1.q1',
      's1.q2',
      's1.q3',
      's2.q1',
    ]);
  });

  it('runs an added rule without touching anything else, and passes it the date', () => {
    const seen: string[] = [];
    const extra: Rule = {
      id: 'test-rule',
      family: 'test',
      check: ({ today }) => {
        seen.push(today);
        return [
          {
            rule: 'test-rule',
            severity: 'tip',
            message: { sv: 'Hej', en: 'Hi' },
            target: { type: 'milestone', id: 'm1', step: 6 },
          },
        ];
      },
    };
    const findings = runChecks({ snapshot: completeSnapshot().snapshot, today: TODAY }, [
      ...RULES,
      extra,
    ]);
    expect(findings.map((f) => f.rule)).toEqual(['test-rule']);
    expect(seen).toEqual([TODAY]);
  });

  it('counts findings in total and per step, every step present', () => {
    const findings = check(emptySnapshot());
    const counts = countFindings(findings);
    expect(Object.keys(counts.byStep)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(counts.blocker).toBe(findings.filter((f) => f.severity === 'blocker').length);
    expect(counts.byStep['1']).toEqual({ blocker: 0, warning: 3, tip: 0 });
    // steps 2–5 without actions; step 3 without entry point; step 4 without main rule
    expect(counts.byStep['3']!.blocker).toBe(2);
    expect(counts.byStep['4']!.blocker).toBe(2);
    expect(countFindings([])).toMatchObject({ blocker: 0, warning: 0, tip: 0 });
    expect(hasBlockers(findings)).toBe(true);
    expect(hasBlockers(check(completeSnapshot().snapshot))).toBe(false);
  });
});
