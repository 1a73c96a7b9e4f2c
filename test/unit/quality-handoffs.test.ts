import { describe, expect, it } from 'vitest';
import { action, actor, completeSnapshot, findingsOf } from './quality-fixtures';

describe('handoff-dead-end', () => {
  it('warns for an action in steps 2–4 that hands over to nothing while later steps act', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.detect.handoffTo = [];
    const findings = findingsOf(snapshot, 'handoff-dead-end');
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        target: { type: 'action', id: actions.detect.id, step: 2 },
      }),
    ]);
    expect(findings[0]!.message.sv).toContain('”Skolan: Upptäcker tecken hos en elev”');
  });

  it('treats a handoff to an action that no longer exists as none', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.firstContact.handoffTo = ['gone'];
    expect(findingsOf(snapshot, 'handoff-dead-end').map((f) => f.target.id)).toEqual([
      actions.firstContact.id,
    ]);
  });

  it('lets the chain end in step 5, and in the last step that has actions', () => {
    const { snapshot, actions } = completeSnapshot();
    for (const a of snapshot.actions) a.handoffTo = a.step === 5 ? [] : a.handoffTo;
    expect(findingsOf(snapshot, 'handoff-dead-end')).toEqual([]);
    snapshot.actions = snapshot.actions.filter((a) => a.step < 4);
    actions.childEntry.handoffTo = [];
    actions.adultEntry.handoffTo = [];
    expect(findingsOf(snapshot, 'handoff-dead-end')).toEqual([]);
  });

  it('is silent when the chain holds together', () => {
    expect(findingsOf(completeSnapshot().snapshot, 'handoff-dead-end')).toEqual([]);
  });
});

describe('handoff-receiver-unreachable', () => {
  it('blocks, once, an actor that receives handoffs but has no contact path', () => {
    const { snapshot, actions } = completeSnapshot();
    const shelter = actor({ name: 'Skyddade boendet', kind: 'civil_society', contactPaths: [] });
    const housing = action({ step: 5, actorId: shelter.id, what: 'Erbjuder boende' });
    snapshot.actors.push(shelter);
    snapshot.actions.push(housing);
    actions.emergency.handoffTo = [housing.id];
    const findings = findingsOf(snapshot, 'handoff-receiver-unreachable');
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'blocker',
        target: { type: 'actor', id: shelter.id, step: 5 },
      }),
    ]);
    expect(findings[0]!.message.sv).toContain('Skyddade boendet tar emot överlämningar i steg 5');
    // Not repeated by the general contact-path rule.
    expect(findingsOf(snapshot, 'actor-without-contact-path')).toEqual([]);
  });

  it('does not warn for an unreachable actor that receives no handoff', () => {
    const { snapshot } = completeSnapshot();
    const shelter = actor({ name: 'Skyddade boendet', contactPaths: [] });
    snapshot.actors.push(shelter);
    snapshot.actions.push(action({ step: 5, actorId: shelter.id, what: 'Erbjuder boende' }));
    expect(findingsOf(snapshot, 'handoff-receiver-unreachable')).toEqual([]);
  });

  it('is silent when every receiver can be reached', () => {
    expect(findingsOf(completeSnapshot().snapshot, 'handoff-receiver-unreachable')).toEqual([]);
  });
});
