import { describe, expect, it } from 'vitest';
import { action, completeSnapshot, contactPath, findingsOf } from './quality-fixtures';

describe('entry-point-missing', () => {
  it('blocks when children have no entry point, saying so', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.childEntry.isEntryPoint = false;
    const findings = findingsOf(snapshot, 'entry-point-missing');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'blocker', target: { type: 'step', step: 3 } });
    expect(findings[0]!.message.sv).toContain('ingen för barn');
    expect(findings[0]!.message.en).toContain('none for children');
  });

  it('blocks when adults have no entry point', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.adultEntry.audience = 'children';
    expect(findingsOf(snapshot, 'entry-point-missing')[0]!.message.sv).toContain('ingen för vuxna');
  });

  it('names both audiences when step 3 has no entry point at all', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.childEntry.isEntryPoint = false;
    actions.adultEntry.isEntryPoint = false;
    const findings = findingsOf(snapshot, 'entry-point-missing');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message.sv).toContain('ingen ingång markerad');
  });

  it('does not count an entry point outside step 3', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.adultEntry.step = 4;
    expect(findingsOf(snapshot, 'entry-point-missing')).toHaveLength(1);
  });

  it('accepts one entry point for everyone', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.childEntry.isEntryPoint = false;
    actions.adultEntry.audience = 'all';
    expect(findingsOf(snapshot, 'entry-point-missing')).toEqual([]);
  });

  it('is silent with an entry point for children and one for adults', () => {
    expect(findingsOf(completeSnapshot().snapshot, 'entry-point-missing')).toEqual([]);
  });
});

describe('entry-point-after-hours', () => {
  /** A routine whose only 24/7 paths are gone. */
  function officeHoursOnly() {
    const c = completeSnapshot();
    c.paths.socjour.always = false;
    c.paths.police112.always = false;
    return c;
  }

  it('warns when no entry point and no police or socialjour path in step 3 is open 24/7', () => {
    const { snapshot } = officeHoursOnly();
    expect(findingsOf(snapshot, 'entry-point-after-hours')).toEqual([
      expect.objectContaining({ severity: 'warning', target: { type: 'step', step: 3 } }),
    ]);
  });

  it('is satisfied by an entry point whose own contact path is open 24/7', () => {
    const { snapshot, actions, actors } = officeHoursOnly();
    const hotline = contactPath({ always: true });
    actors.school.contactPaths.push(hotline);
    actions.adultEntry.actorId = actors.school.id;
    actions.adultEntry.contactPathId = hotline.id;
    expect(findingsOf(snapshot, 'entry-point-after-hours')).toEqual([]);
    // the same actor's 24/7 path does not help when the entry point names an office-hours one
    actions.adultEntry.contactPathId = actors.school.contactPaths[0]!.id;
    expect(findingsOf(snapshot, 'entry-point-after-hours')).toHaveLength(1);
  });

  it('reads the actor’s paths when the entry point names none', () => {
    const { snapshot, actions, actors } = officeHoursOnly();
    actors.school.contactPaths.push(contactPath({ always: true }));
    actions.adultEntry.actorId = actors.school.id;
    actions.adultEntry.contactPathId = null;
    expect(findingsOf(snapshot, 'entry-point-after-hours')).toEqual([]);
  });

  it('is satisfied by a social-services actor in step 3 with a 24/7 path (socialjour)', () => {
    const { snapshot, paths } = officeHoursOnly();
    // The children's entry point names the office-hours path, but socialjouren is open always.
    paths.socjour.always = true;
    expect(findingsOf(snapshot, 'entry-point-after-hours')).toEqual([]);
  });

  it('does not count a 24/7 path of another kind of actor that is not an entry point', () => {
    const { snapshot, actors } = officeHoursOnly();
    actors.school.contactPaths[0]!.always = true;
    snapshot.actions.push(action({ step: 3, actorId: actors.school.id, what: 'Ringer' }));
    expect(findingsOf(snapshot, 'entry-point-after-hours')).toHaveLength(1);
  });

  it('is silent in a routine with a 24/7 entry point', () => {
    expect(findingsOf(completeSnapshot().snapshot, 'entry-point-after-hours')).toEqual([]);
  });
});

describe('entry-point-missing for a routine with one audience', () => {
  it('needs only a children’s entry when every action addresses children', () => {
    const { snapshot, actions } = completeSnapshot();
    snapshot.actions = snapshot.actions.filter((a) => a.id !== actions.adultEntry.id);
    for (const a of snapshot.actions) a.audience = 'children';
    expect(findingsOf(snapshot, 'entry-point-missing')).toEqual([]);
  });

  it('still blocks an adults-only routine without an adults’ entry', () => {
    const { snapshot, actions } = completeSnapshot();
    snapshot.actions = snapshot.actions.filter((a) => a.id !== actions.adultEntry.id);
    for (const a of snapshot.actions) a.audience = 'adults';
    actions.childEntry.isEntryPoint = false;
    expect(findingsOf(snapshot, 'entry-point-missing')).toHaveLength(1);
  });
});
