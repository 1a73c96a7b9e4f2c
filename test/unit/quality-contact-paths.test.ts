import { describe, expect, it } from 'vitest';
import { looksLikePersonalEmail } from '../../src/domain/quality/contact-paths';
import { action, actor, completeSnapshot, emailPath, findingsOf } from './quality-fixtures';

describe('actor-without-contact-path', () => {
  it('blocks an actor that acts in the routine but cannot be reached, once per actor', () => {
    const { snapshot } = completeSnapshot();
    const migration = actor({
      name: 'Migrationsverket',
      kind: 'migration_agency',
      contactPaths: [],
    });
    snapshot.actors.push(migration);
    snapshot.actions.push(
      action({ step: 5, actorId: migration.id, what: 'Beslutar om betänketid' }),
      action({ step: 5, actorId: migration.id, what: 'Ersätter kostnader' }),
    );
    const findings = findingsOf(snapshot, 'actor-without-contact-path');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'blocker',
      target: { type: 'actor', id: migration.id, step: 5 },
    });
    expect(findings[0]!.message.sv).toContain('Migrationsverket');
  });

  it('ignores an actor without paths that does nothing in the routine (e.g. an obstacle owner)', () => {
    const { snapshot } = completeSnapshot();
    const owner = actor({ name: 'Ägaren', contactPaths: [] });
    snapshot.actors.push(owner);
    snapshot.obstacles[0]!.ownerActorId = owner.id;
    expect(findingsOf(snapshot, 'actor-without-contact-path')).toEqual([]);
  });

  it('blocks an entry point without a contact path, even in step 3 only', () => {
    const { snapshot } = completeSnapshot();
    const clinic = actor({ name: 'Ungdomsmottagningen', kind: 'health_care', contactPaths: [] });
    snapshot.actors.push(clinic);
    snapshot.actions.push(
      action({ step: 3, actorId: clinic.id, isEntryPoint: true, audience: 'children' }),
    );
    expect(findingsOf(snapshot, 'actor-without-contact-path')).toEqual([
      expect.objectContaining({
        severity: 'blocker',
        target: expect.objectContaining({ step: 3 }),
      }),
    ]);
  });

  it('gives only a tip for an actor that only detects in step 2 (a school)', () => {
    const { snapshot, actors } = completeSnapshot();
    actors.school.contactPaths = [];
    const findings = findingsOf(snapshot, 'actor-without-contact-path');
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'tip',
        target: { type: 'actor', id: actors.school.id, step: 2 },
      }),
    ]);
    expect(findings[0]!.message.sv).toContain('Skolan upptäcker i steg 2');
  });

  it('is silent when every acting actor has a contact path', () => {
    expect(findingsOf(completeSnapshot().snapshot, 'actor-without-contact-path')).toEqual([]);
  });
});

describe('contact-path-names-person', () => {
  it('recognises a person’s address: two name parts joined by a dot', () => {
    for (const email of [
      'anna.svensson@kommun.se',
      'Per-Olof.Lind@region.se',
      'åsa.öberg@polisen.se',
      'karl.von-essen@skolan.se',
    ]) {
      expect(looksLikePersonalEmail(email), email).toBe(true);
    }
  });

  it('leaves function addresses alone', () => {
    for (const email of [
      'socialjour@kommun.se',
      'info.barn@kommun.se',
      'barn.mottagning@kommun.se',
      'socialjouren.norr@kommun.se',
      'kontakt.vuxna@kommun.se',
      'registrator.soc@kommun.se',
      'mottagningen@kommun.se',
      'elevhalsan.skola@skolan.se',
      'team2.jour@kommun.se',
      'a.b@kommun.se',
      'anna@kommun.se',
      'not-an-email',
    ]) {
      expect(looksLikePersonalEmail(email), email).toBe(false);
    }
  });

  it('tips to name a function, targeting the contact path', () => {
    const { snapshot, actors } = completeSnapshot();
    const personal = emailPath('anna.svensson@kommun.se');
    actors.social.contactPaths.push(personal);
    const findings = findingsOf(snapshot, 'contact-path-names-person');
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'tip',
        target: { type: 'contact_path', id: personal.id, step: 3 },
      }),
    ]);
    expect(findings[0]!.message.sv).toContain('anna.svensson@kommun.se hos Socialtjänsten');
    expect(findings[0]!.message.sv).toContain('funktion');
  });

  it('is silent when paths name functions', () => {
    expect(findingsOf(completeSnapshot().snapshot, 'contact-path-names-person')).toEqual([]);
  });
});
