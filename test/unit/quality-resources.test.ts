import { describe, expect, it } from 'vitest';
import { completeSnapshot, findingsOf } from './quality-fixtures';

/** The complete routine without the support-line actor and the regional coordinator. */
function withoutResources() {
  const c = completeSnapshot();
  c.snapshot.actors = c.snapshot.actors.filter(
    (a) => a.id !== c.actors.supportLine.id && a.id !== c.actors.coordinator.id,
  );
  c.snapshot.actions = c.snapshot.actions.filter((a) => a.actorId !== c.actors.coordinator.id);
  return c;
}

describe('national-support-line-missing', () => {
  const RULE = 'national-support-line-missing';

  it('tips when the routine never names the national support line', () => {
    const { snapshot } = withoutResources();
    const findings = findingsOf(snapshot, RULE);
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'tip', target: { type: 'routine', step: 3 } }),
    ]);
    expect(findings[0]!.message.sv).toContain('020-390 000');
  });

  it('is satisfied by an answer that mentions stödtelefonen', () => {
    const { snapshot } = withoutResources();
    snapshot.answers['s3.q3'] = 'Vi ringer Jämställdhetsmyndighetens Stödtelefon för råd.';
    expect(findingsOf(snapshot, RULE)).toEqual([]);
  });

  it('is satisfied by its number on any actor’s contact path', () => {
    const { snapshot, actors } = withoutResources();
    actors.social.contactPaths[0]!.value = '+4620390000';
    expect(findingsOf(snapshot, RULE)).toEqual([]);
  });

  it('is silent with a national-resource actor', () => {
    expect(findingsOf(completeSnapshot().snapshot, RULE)).toEqual([]);
  });
});

describe('regional-coordinator-missing', () => {
  const RULE = 'regional-coordinator-missing';

  it('tips when the routine never names the regional coordinator', () => {
    const { snapshot } = withoutResources();
    expect(findingsOf(snapshot, RULE)).toEqual([
      expect.objectContaining({ severity: 'tip', target: { type: 'routine', step: 3 } }),
    ]);
  });

  it('is satisfied by a text mentioning the regionkoordinator', () => {
    const { snapshot } = withoutResources();
    snapshot.routine.mainRule = 'Rådgör med regionkoordinatorn vid osäkerhet.';
    expect(findingsOf(snapshot, RULE)).toEqual([]);
  });

  it('is satisfied by an action consulting the regional coordinator', () => {
    const { snapshot, actions } = withoutResources();
    actions.interpreter.kind = 'consult_regional_coordinator';
    expect(findingsOf(snapshot, RULE)).toEqual([]);
  });

  it('is silent with a regional-coordinator actor', () => {
    expect(findingsOf(completeSnapshot().snapshot, RULE)).toEqual([]);
  });
});

describe('spelling-tolerant resource matching', () => {
  it('accepts the support line number in every common grouping', () => {
    for (const text of [
      'Ring 020-39 00 00',
      'Ring 020-390 000',
      'Ring 020390000',
      'Ring +46 20 390 000',
    ]) {
      const { snapshot } = withoutResources();
      snapshot.answers['s3.q3'] = text;
      expect(findingsOf(snapshot, 'national-support-line-missing'), text).toEqual([]);
    }
  });

  it('accepts regionkoordinator and regionskoordinator, with or without a hyphen', () => {
    for (const text of ['regionkoordinatorn', 'Regionskoordinatorn', 'region-koordinatorn']) {
      const { snapshot } = withoutResources();
      snapshot.obstacles[0]!.remedy = `Vi frågar ${text} om råd`;
      expect(findingsOf(snapshot, 'regional-coordinator-missing'), text).toEqual([]);
    }
  });

  it('does not suggest the coordinator when an actor named so already has a contact path', () => {
    const { snapshot, actors } = completeSnapshot();
    actors.coordinator.kind = 'other';
    actors.coordinator.name = 'Regionskoordinator Väst';
    snapshot.actions = snapshot.actions.filter((a) => a.kind !== 'consult_regional_coordinator');
    expect(findingsOf(snapshot, 'regional-coordinator-missing')).toEqual([]);
  });
});
