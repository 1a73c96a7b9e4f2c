import { describe, expect, it } from 'vitest';
import { diffSnapshots, EMPTY_SNAPSHOT, textChange, wordDiff } from '../../src/domain/diff';
import type { RoutineSnapshot } from '../../src/domain/snapshot';

const join = (ops: { op: string; text: string }[], keep: 'insert' | 'delete') =>
  ops
    .filter((o) => o.op === 'equal' || o.op === keep)
    .map((o) => o.text)
    .join('');

describe('wordDiff', () => {
  it('marks the changed word and keeps the rest equal', () => {
    expect(wordDiff('Polisen ringer socialjouren', 'Polisen kontaktar socialjouren')).toEqual([
      { op: 'equal', text: 'Polisen ' },
      { op: 'delete', text: 'ringer' },
      { op: 'insert', text: 'kontaktar' },
      { op: 'equal', text: ' socialjouren' },
    ]);
  });

  it('handles insertions, deletions, empty sides and identical texts', () => {
    expect(wordDiff('', 'Ny text')).toEqual([{ op: 'insert', text: 'Ny text' }]);
    expect(wordDiff('Gammal text', '')).toEqual([{ op: 'delete', text: 'Gammal text' }]);
    expect(wordDiff('Samma', 'Samma')).toEqual([{ op: 'equal', text: 'Samma' }]);
    expect(wordDiff('a c', 'a b c')).toEqual([
      { op: 'equal', text: 'a ' },
      { op: 'insert', text: 'b ' },
      { op: 'equal', text: 'c' },
    ]);
  });

  it('always rebuilds both texts exactly (whitespace and newlines included)', () => {
    const pairs: [string, string][] = [
      ['Ett två tre\nfyra  fem', 'Ett tre\n\nfyra fem sex'],
      ['barn och vuxna', 'vuxna och barn'],
      ['x y x y x', 'y x y'],
      ['   ', 'a'],
    ];
    for (const [before, after] of pairs) {
      const ops = wordDiff(before, after);
      expect(join(ops, 'delete')).toBe(before);
      expect(join(ops, 'insert')).toBe(after);
    }
  });

  it('stays correct on texts too long for a full table', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `ord${i}`).join(' ');
    const after = Array.from({ length: 3000 }, (_, i) => `ord${(i * 7) % 3000}`).join(' ');
    const ops = wordDiff(before, after);
    expect(join(ops, 'delete')).toBe(before);
    expect(join(ops, 'insert')).toBe(after);
  });
});

describe('textChange', () => {
  it('says added, removed, changed, or nothing', () => {
    expect(textChange(null, 'x')?.change).toBe('added');
    expect(textChange('x', undefined)?.change).toBe('removed');
    expect(textChange('x', 'y')?.change).toBe('changed');
    expect(textChange('x', 'x')).toBeNull();
    expect(textChange(null, '')).toBeNull();
  });
});

const path = {
  id: 'p1',
  channel: 'phone' as const,
  value: '+46812345678',
  display: '08-123 456 78',
  href: 'tel:+46812345678',
  label: 'Socialjouren',
  hours: null,
  always: true,
  audience: 'all' as const,
  notes: null,
};

function snapshot(): RoutineSnapshot {
  return {
    ...EMPTY_SNAPSHOT,
    template: { id: 'mall', version: '1' },
    routine: { title: 'Rutin', slug: 'rutin', mainRule: 'Ring alltid socialjouren först.' },
    answers: { 's1.q1': 'Målet är att skydda.', 's2.q1': 'Skolan och vården.' },
    actors: [
      {
        id: 'a1',
        name: 'Socialtjänsten',
        kind: 'social_services',
        description: null,
        contactPaths: [path],
      },
    ],
    actions: [
      {
        id: 'x1',
        step: 3,
        actorId: 'a1',
        what: 'Tar emot samtal',
        when: null,
        audience: 'all',
        contactPathId: 'p1',
        kind: 'other',
        isEntryPoint: true,
        handoffTo: [],
        position: 0,
      },
    ],
    milestones: [
      {
        id: 'm1',
        phase: 'establish',
        title: 'Upprättad',
        plannedDate: '2027-01-01',
        doneDate: null,
      },
    ],
    evaluationPlan: {
      method: 'Enkät',
      indicators: ['Antal ärenden'],
      responsibleActorId: 'a1',
      frequencyMonths: 12,
      nextReviewDate: '2027-06-01',
    },
  };
}

describe('diffSnapshots', () => {
  it('finds nothing between equal snapshots', () => {
    const d = diffSnapshots(snapshot(), snapshot());
    expect(d.answers).toEqual([]);
    expect(d.mainRule).toBeNull();
    expect(d.evaluationPlan).toBeNull();
    for (const part of ['actors', 'contactPaths', 'actions', 'obstacles', 'milestones'] as const)
      expect(d[part]).toEqual([]);
  });

  it('reports answers in template order with word diffs, and every other part field by field', () => {
    const before = snapshot();
    const after = snapshot();
    after.answers['s1.q1'] = 'Målet är att skydda och stödja.';
    delete after.answers['s2.q1'];
    after.answers['s6.q1'] = 'Årlig utvärdering.';
    after.routine.mainRule = 'Ring alltid socialjouren.';
    after.actors[0]!.contactPaths[0] = { ...path, label: 'Socialjour', always: false };
    after.actors[0]!.contactPaths.push({ ...path, id: 'p2', label: 'Mottagning' });
    after.actions[0] = {
      ...after.actions[0]!,
      what: 'Tar emot samtal dygnet runt',
      handoffTo: ['x2'],
    };
    after.actions.push({
      ...after.actions[0]!,
      id: 'x2',
      step: 4,
      what: 'Möter personen',
      handoffTo: [],
    });
    after.milestones = [];
    after.evaluationPlan = { ...after.evaluationPlan!, frequencyMonths: 6 };

    const d = diffSnapshots(before, after);
    expect(d.answers.map((a) => [a.questionId, a.change])).toEqual([
      ['s1.q1', 'changed'],
      ['s2.q1', 'removed'],
      ['s6.q1', 'added'],
    ]);
    expect(d.answers[0]!.words).toEqual([
      { op: 'equal', text: 'Målet är att ' },
      { op: 'delete', text: 'skydda.' },
      { op: 'insert', text: 'skydda och stödja.' },
    ]);
    expect(d.mainRule).toEqual({
      change: 'changed',
      words: [
        { op: 'equal', text: 'Ring alltid ' },
        { op: 'delete', text: 'socialjouren först.' },
        { op: 'insert', text: 'socialjouren.' },
      ],
    });
    expect(d.actors).toEqual([]);
    expect(d.contactPaths).toEqual([
      {
        id: 'p1',
        change: 'changed',
        label: 'Socialjour: 08-123 456 78',
        actorId: 'a1',
        fields: [
          { field: 'always', before: true, after: false },
          { field: 'label', before: 'Socialjouren', after: 'Socialjour' },
        ],
      },
      expect.objectContaining({ id: 'p2', change: 'added', actorId: 'a1' }),
    ]);
    expect(d.actions[0]).toEqual({
      id: 'x1',
      change: 'changed',
      label: 'Tar emot samtal dygnet runt',
      step: 3,
      actorId: 'a1',
      fields: [
        { field: 'handoffTo', before: [], after: ['x2'] },
        { field: 'what', before: 'Tar emot samtal', after: 'Tar emot samtal dygnet runt' },
      ],
    });
    expect(d.actions[1]).toMatchObject({ id: 'x2', change: 'added', step: 4 });
    expect(d.actions[1]!.fields).toContainEqual({
      field: 'what',
      before: null,
      after: 'Möter personen',
    });
    expect(d.milestones).toEqual([
      expect.objectContaining({ id: 'm1', change: 'removed', label: 'Upprättad' }),
    ]);
    expect(d.milestones[0]!.fields).toContainEqual({
      field: 'plannedDate',
      before: '2027-01-01',
      after: null,
    });
    expect(d.evaluationPlan).toEqual({
      change: 'changed',
      fields: [{ field: 'frequencyMonths', before: 12, after: 6 }],
    });
  });

  it('against nothing, everything of a first version is added', () => {
    const d = diffSnapshots(EMPTY_SNAPSHOT, snapshot());
    expect(d.answers.every((a) => a.change === 'added')).toBe(true);
    expect(d.actors.map((a) => a.change)).toEqual(['added']);
    expect(d.evaluationPlan?.change).toBe('added');
  });
});

describe('diffSnapshots: the routine part', () => {
  const first: RoutineSnapshot = {
    ...EMPTY_SNAPSHOT,
    template: { id: 'samrutin-mh-enskilda', version: '1.0' },
    routine: { title: 'Rutin för enskilda ärenden', slug: 'rutin', mainRule: null },
  };

  it('shows the template as its version, never as a raw object', () => {
    const diff = diffSnapshots(EMPTY_SNAPSHOT, first);
    expect(diff.routine).toEqual([
      { field: 'templateVersion', before: null, after: '1.0' },
      { field: 'title', before: null, after: 'Rutin för enskilda ärenden' },
    ]);
    for (const change of diff.routine) {
      expect(typeof change.after === 'object' && change.after !== null).toBe(false);
    }
  });

  it('says nothing of the template when it did not change', () => {
    const second = { ...first, routine: { ...first.routine, title: 'Ny titel' } };
    expect(diffSnapshots(first, second).routine).toEqual([
      { field: 'title', before: 'Rutin för enskilda ärenden', after: 'Ny titel' },
    ]);
  });
});
