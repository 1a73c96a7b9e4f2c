import { describe, expect, it } from 'vitest';
import { action, completeSnapshot, findingsOf } from './quality-fixtures';

const RULE = 'child-report-of-concern';

describe('child-report-of-concern', () => {
  it('blocks a routine for children without a report of concern to social services', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.childEntry.kind = 'other';
    const findings = findingsOf(snapshot, RULE);
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'blocker', target: { type: 'step', step: 3 } }),
    ]);
    expect(findings[0]!.message.sv).toContain('socialtjänsten tar emot orosanmälningar om barn');
    expect(findings).toEqual([expect.anything()]);
    expect(findings[0]!.message.sv).toContain('orosanmälan');
    expect(findings[0]!.source?.sv).toContain('Socialtjänstlagen');
  });

  it('blocks when the report of concern is made by someone else and reaches no social services', () => {
    const { snapshot, actions, actors } = completeSnapshot();
    actions.childEntry.kind = 'other';
    actions.detect.kind = 'report_of_concern';
    actions.detect.handoffTo = [actions.adultEntry.id]; // to the police
    expect(actors.police.kind).toBe('police');
    expect(findingsOf(snapshot, RULE)).toHaveLength(1);
  });

  it('counts "for everyone" as concerning children', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.childEntry.kind = 'other';
    for (const a of snapshot.actions)
      a.audience = a.audience === 'children' ? 'adults' : a.audience;
    actions.firstContact.audience = 'all';
    expect(findingsOf(snapshot, RULE)).toHaveLength(1);
  });

  it('accepts a report of concern that hands over to social services', () => {
    const { snapshot, actions, actors } = completeSnapshot();
    actions.childEntry.kind = 'other';
    const report = action({
      step: 2,
      actorId: actors.school.id,
      kind: 'report_of_concern',
      what: 'Gör en orosanmälan',
      handoffTo: [actions.childEntry.id],
    });
    snapshot.actions.push(report);
    expect(findingsOf(snapshot, RULE)).toEqual([]);
  });

  it('is silent when the routine has no action for children', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.childEntry.kind = 'other';
    for (const a of snapshot.actions) a.audience = 'adults';
    expect(findingsOf(snapshot, RULE)).toEqual([]);
  });

  it('is silent when social services receive reports of concern', () => {
    expect(findingsOf(completeSnapshot().snapshot, RULE)).toEqual([]);
  });

  it('is not raised again by the school’s own report-of-concern action', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.detect.kind = 'report_of_concern'; // the school reports; social services receive
    expect(findingsOf(snapshot, RULE)).toEqual([]);
  });

  it('points at social services when they receive reports but have no contact path for children', () => {
    const { snapshot, actors, paths } = completeSnapshot();
    paths.socChildren.audience = 'adults';
    paths.socjour.audience = 'adults';
    const findings = findingsOf(snapshot, RULE);
    expect(findings).toEqual([
      expect.objectContaining({ target: { type: 'actor', id: actors.social.id, step: 3 } }),
    ]);
    expect(findings[0]!.message.sv).toContain(
      'Socialtjänsten tar emot orosanmälningar om barn men har ingen kontaktväg för barn',
    );
  });
});
