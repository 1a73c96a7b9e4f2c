import { describe, expect, it } from 'vitest';
import { EMPTY_SNAPSHOT } from '../../src/domain/diff';
import { REVIEW_RULES } from '../../src/domain/quality/review-rules';
import type { RoutineSnapshot } from '../../src/domain/snapshot';
import {
  addMonths,
  daysBetween,
  defaultMilestones,
  type TimelineMilestoneInput,
  timelineView,
} from '../../src/domain/timeline';

describe('dates', () => {
  it('adds months, clamping the day to the end of a shorter month', () => {
    expect(addMonths('2026-11-28', 3)).toBe('2027-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 12)).toBe('2027-12-15');
    expect(daysBetween('2026-12-31', '2027-01-02')).toBe(2);
    expect(daysBetween('2027-01-02', '2026-12-31')).toBe(-2);
  });
});

describe('defaultMilestones', () => {
  it('suggests one Swedish milestone per phase over the first year', () => {
    expect(defaultMilestones('2026-11-28')).toEqual([
      { phase: 'establish', title: 'Rutinen upprättad', plannedDate: '2027-02-28' },
      {
        phase: 'implement',
        title: 'Rutinen införd i alla organisationer',
        plannedDate: '2027-04-28',
      },
      {
        phase: 'test',
        title: 'Rutinen testad i ett ärende eller en övning',
        plannedDate: '2027-07-28',
      },
      { phase: 'evaluate', title: 'Första utvärderingen', plannedDate: '2027-11-28' },
    ]);
  });
});

const m = (
  id: string,
  phase: TimelineMilestoneInput['phase'],
  plannedDate: string,
  doneDate: string | null = null,
): TimelineMilestoneInput => ({ id, phase, title: id, plannedDate, doneDate });

describe('timelineView', () => {
  const milestones = [
    m('test', 'test', '2027-06-01'),
    m('est', 'establish', '2027-01-01', '2027-01-10'),
    m('impl', 'implement', '2027-03-01'),
    m('eval', 'evaluate', '2027-12-01'),
  ];

  it('puts the milestones in their phases and marks overdue ones (planned before today, not done)', () => {
    const view = timelineView(milestones, '2027-04-01');
    expect(view.phases.map((p) => [p.phase, p.state, p.milestones.map((x) => x.id)])).toEqual([
      ['establish', 'done', ['est']],
      ['implement', 'current', ['impl']],
      ['test', 'upcoming', ['test']],
      ['evaluate', 'upcoming', ['eval']],
    ]);
    const impl = view.phases[1]!.milestones[0]!;
    expect(impl).toMatchObject({ isOverdue: true, isDone: false, daysOverdue: 31 });
    expect(view.phases[0]!.milestones[0]).toMatchObject({ isOverdue: false, isDone: true });
    expect(view.phases[2]!.milestones[0]!.isOverdue).toBe(false);
    expect(view.overdueCount).toBe(1);
  });

  it('places "här är vi nu" at today on the time axis, between the milestones around it', () => {
    const view = timelineView(milestones, '2027-04-01');
    expect(view.start).toBe('2027-01-01');
    expect(view.end).toBe('2027-12-01');
    expect(view.now).toMatchObject({
      date: '2027-04-01',
      phase: 'implement',
      previousMilestoneId: 'impl',
      nextMilestoneId: 'test',
    });
    expect(view.now.position).toBeCloseTo(90 / 334, 5);
    expect(view.phases[0]!.milestones[0]!.position).toBe(0);
    expect(view.phases[3]!.milestones[0]!.position).toBe(1);
  });

  it('stretches the axis to include today before the first or after the last milestone', () => {
    const early = timelineView(milestones, '2026-12-01');
    expect(early.start).toBe('2026-12-01');
    expect(early.now.position).toBe(0);
    expect(early.now.previousMilestoneId).toBeNull();
    expect(early.now.nextMilestoneId).toBe('est');
    const late = timelineView(milestones, '2028-01-01');
    expect(late.end).toBe('2028-01-01');
    expect(late.now.position).toBe(1);
    expect(late.overdueCount).toBe(3);
  });

  it('shows empty phases, and no current phase when all is done or nothing is planned', () => {
    const empty = timelineView([], '2027-01-01');
    expect(empty.phases.every((p) => p.state === 'empty' && p.start === null)).toBe(true);
    expect(empty.now).toMatchObject({ phase: null, position: 0 });
    const done = timelineView([m('a', 'establish', '2027-01-01', '2027-01-01')], '2027-02-01');
    expect(done.now.phase).toBeNull();
    expect(done.phases.map((p) => p.state)).toEqual(['done', 'empty', 'empty', 'empty']);
  });
});

describe('review rules (step 6)', () => {
  const plan = {
    method: 'Genomgång av ärenden',
    indicators: ['Antal ärenden'],
    responsibleActorId: 'a1',
    frequencyMonths: 12,
    nextReviewDate: '2027-06-01',
  };
  const base: RoutineSnapshot = {
    ...EMPTY_SNAPSHOT,
    actors: [
      {
        id: 'a1',
        name: 'Socialtjänsten',
        kind: 'social_services',
        description: null,
        contactPaths: [],
      },
    ],
    milestones: defaultMilestones('2026-11-28').map((x, i) => ({
      ...x,
      id: `m${i}`,
      doneDate: null,
    })),
    evaluationPlan: plan,
  };
  const run = (snapshot: RoutineSnapshot, today = '2026-12-01') =>
    REVIEW_RULES.flatMap((r) => r.check({ snapshot, today }));

  it('finds nothing on a complete plan, a full timeline and a review ahead', () => {
    expect(run(base)).toEqual([]);
  });

  it('blocks a missing plan', () => {
    const findings = run({ ...base, evaluationPlan: null });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['evaluation-plan-missing', 'blocker'],
    ]);
    expect(findings[0]!.target).toEqual({ type: 'evaluation_plan', step: 6 });
  });

  it('blocks a plan without method, responsible organisation or next review date, naming them', () => {
    const findings = run({
      ...base,
      evaluationPlan: { ...plan, method: '  ', responsibleActorId: null, nextReviewDate: '' },
    });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['evaluation-plan-incomplete', 'blocker'],
    ]);
    expect(findings[0]!.message.sv).toContain('metod, ansvarig organisation, nästa uppföljning');
    expect(findings[0]!.message.en).toContain('method, responsible organisation, next review date');
  });

  it('only warns for a plan without indicators or frequency', () => {
    const findings = run({
      ...base,
      evaluationPlan: { ...plan, indicators: [' '], frequencyMonths: 0 },
    });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['evaluation-plan-details', 'warning'],
    ]);
    expect(findings[0]!.message.sv).toContain('indikatorer, hur ofta');
  });

  it('warns for each phase without a milestone', () => {
    const findings = run({
      ...base,
      milestones: base.milestones.filter((x) => x.phase === 'establish'),
    });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['timeline-phase-without-milestone', 'warning'],
      ['timeline-phase-without-milestone', 'warning'],
      ['timeline-phase-without-milestone', 'warning'],
    ]);
    expect(findings[0]!.message.sv).toContain('implementering');
  });

  it('warns when the next review date is today or past', () => {
    expect(run(base, '2027-05-31')).toEqual([]);
    for (const today of ['2027-06-01', '2027-09-01']) {
      expect(run(base, today).map((f) => [f.rule, f.severity])).toEqual([
        ['next-review-not-in-future', 'warning'],
      ]);
    }
  });
});
