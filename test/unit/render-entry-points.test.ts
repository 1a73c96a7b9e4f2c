import { describe, expect, it } from 'vitest';
import { groupEntryPoints } from '../../src/domain/render/entry-points';
import { LABELS } from '../../src/domain/render/labels';
import { nationalSupportLine } from '../../src/domain/render/model';
import { rightsChecklist } from '../../src/domain/render/rights';
import { fixtureSnapshot } from '../helpers/snapshot-fixture';

const numbers = (list: { path: { display: string } | null }[]) => list.map((c) => c.path?.display);

describe('entry points grouped for the acute moment', () => {
  it('splits children and adults, office hours and after hours', () => {
    const e = groupEntryPoints(fixtureSnapshot());
    expect(e.count).toBe(6);
    expect(numbers(e.children.officeHours)).toEqual(['08-123 456 78']);
    expect(numbers(e.children.afterHours)).toEqual(['08-123 400 00', '114 14', '1177']);
    expect(numbers(e.adults.officeHours)).toEqual(['08-123 456 79', 'registrator@polisen.se']);
    expect(numbers(e.adults.afterHours)).toEqual(['08-123 400 00', '114 14', '1177']);
  });

  it('adds an organisation’s own 24/7 path after hours even when it is not an entry point', () => {
    const s = fixtureSnapshot();
    s.actions = s.actions.filter((a) => a.id !== 'e3' && a.id !== 'e4' && a.id !== 'e5');
    const e = groupEntryPoints(s);
    expect(e.children.afterHours).toEqual([
      expect.objectContaining({
        actionId: null,
        actorName: 'Socialtjänsten',
        path: expect.objectContaining({ label: 'Socialjouren' }),
      }),
    ]);
  });

  it('falls back to the actor’s path for the audience when an entry point names none', () => {
    const s = fixtureSnapshot();
    const e1 = s.actions.find((a) => a.id === 'e1')!;
    e1.contactPathId = null;
    expect(numbers(groupEntryPoints(s).children.officeHours)).toEqual(['08-123 456 78']);
  });

  it('leaves both boxes empty without entry points', () => {
    const e = groupEntryPoints({ ...fixtureSnapshot(), actions: [] });
    expect(e).toMatchObject({ count: 0, children: { officeHours: [], afterHours: [] } });
  });
});

describe('national support line and rights', () => {
  it('prefers an actor of kind national_resource, else the knowledge bank’s entry', () => {
    const s = fixtureSnapshot();
    expect(nationalSupportLine(s, 'sv')).toMatchObject({
      name: 'Nationella stödtelefonen',
      display: '020-39 00 00',
    });
    s.actors = s.actors.filter((a) => a.kind !== 'national_resource');
    expect(nationalSupportLine(s, 'en')).toMatchObject({
      name: 'The Gender Equality Agency’s national support line',
      display: '020-390 000',
      href: 'tel:020390000',
    });
    s.knowledge = [];
    expect(nationalSupportLine(s, 'sv')).toBeNull();
  });

  it('lists every right with who secures it', () => {
    const rights = rightsChecklist(fixtureSnapshot());
    expect(rights.find((r) => r.key === 'reflection_period')!.securedBy).toEqual([
      expect.objectContaining({ actorName: 'Socialtjänsten', step: 5 }),
    ]);
    expect(rights.find((r) => r.key === 'interpreter')!.securedBy).toEqual([]);
    for (const r of rights) {
      expect(LABELS.sv.right[r.key].title).not.toBe('');
      expect(LABELS.en.right[r.key].title).not.toBe('');
    }
  });
});

describe('labels', () => {
  it('has every string in Swedish and English', () => {
    const keysOf = (o: object): string[] =>
      Object.entries(o)
        .flatMap(([k, v]) => (v && typeof v === 'object' ? keysOf(v).map((x) => `${k}.${x}`) : [k]))
        .sort();
    expect(keysOf(LABELS.en)).toEqual(keysOf(LABELS.sv));
    const strings = (o: object): unknown[] =>
      Object.values(o).flatMap((v) => (v && typeof v === 'object' ? strings(v) : [v]));
    for (const v of [...strings(LABELS.sv), ...strings(LABELS.en)]) {
      if (typeof v === 'string') expect(v.trim()).not.toBe('');
    }
    expect(LABELS.sv.page(1, 3)).toBe('Sida 1 av 3');
    expect(LABELS.en.page(1, 3)).toBe('Page 1 of 3');
  });
});
