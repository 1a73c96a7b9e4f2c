import { describe, expect, it } from 'vitest';
import { action, completeSnapshot, contactPath, findingsOf } from './quality-fixtures';

describe('adult-support-unconditional (CETS art. 12.6)', () => {
  const RULE = 'adult-support-unconditional';

  it('warns, with how to write it, when nothing in steps 3–5 says support does not depend on cooperation', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.emergency.what = 'Ger akut bistånd';
    const findings = findingsOf(snapshot, RULE);
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'warning', target: { type: 'step', step: 5 } }),
    ]);
    expect(findings[0]!.message.sv).toContain('oavsett om personen vill polisanmäla');
    expect(findings[0]!.source?.sv).toContain('art. 12.6');
  });

  it('accepts the promise in any spelling, in an answer of step 4', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.emergency.what = 'Ger akut bistånd';
    snapshot.answers['s4.q1'] =
      'Stödet är inte beroende av att personen med-verkar i förundersökningen.';
    expect(findingsOf(snapshot, RULE)).toEqual([]);
  });

  it('does not count the promise in step 2', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.emergency.what = 'Ger akut bistånd';
    actions.detect.what = 'Stöd ges oavsett om personen vill vittna';
    expect(findingsOf(snapshot, RULE)).toHaveLength(1);
  });

  it('is silent for a routine that concerns only children', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.emergency.what = 'Ger akut bistånd';
    for (const a of snapshot.actions) a.audience = 'children';
    expect(findingsOf(snapshot, RULE)).toEqual([]);
  });
});

describe('child-guardian (god man for an unaccompanied child)', () => {
  const RULE = 'child-guardian';

  it('warns when actions address children but none arranges a guardian', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.guardian.what = 'Ordnar skolgång';
    const findings = findingsOf(snapshot, RULE);
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'warning', target: { type: 'step', step: 5 } }),
    ]);
    expect(findings[0]!.source?.sv).toContain('2005:429');
    expect(findings[0]!.source?.sv).toContain('art. 10.4');
  });

  it('accepts "godman" and "särskilt förordnad vårdnadshavare"', () => {
    for (const text of ['Ansöker om godman', 'Begär en särskilt förordnad vårdnadshavare']) {
      const { snapshot, actions } = completeSnapshot();
      actions.guardian.what = text;
      expect(findingsOf(snapshot, RULE), text).toEqual([]);
    }
  });

  it('is silent for an adults-only routine', () => {
    const { snapshot, actions } = completeSnapshot();
    actions.guardian.what = 'Ordnar skolgång';
    for (const a of snapshot.actions) a.audience = 'adults';
    expect(findingsOf(snapshot, RULE)).toEqual([]);
  });
});

describe('entry-point-wrong-audience-line', () => {
  const RULE = 'entry-point-wrong-audience-line';

  it('blocks the adult entry that carries the children’s number', () => {
    const { snapshot, actions, actors, paths } = completeSnapshot();
    actions.adultEntry.actorId = actors.social.id;
    actions.adultEntry.contactPathId = paths.socChildren.id;
    const findings = findingsOf(snapshot, RULE);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'blocker',
        target: { type: 'action', id: actions.adultEntry.id, step: 3 },
      }),
    ]);
    expect(findings[0]!.message.sv).toContain('Ingången för vuxna i steg 3 hos Socialtjänsten');
    expect(findings[0]!.message.sv).toContain('Mottagningen barn');
  });

  it('blocks the children’s entry that carries the adults’ line', () => {
    const { snapshot, actions, actors } = completeSnapshot();
    const adultsLine = contactPath({ label: 'Vuxenmottagningen', audience: 'adults' });
    actors.social.contactPaths.push(adultsLine);
    actions.childEntry.contactPathId = adultsLine.id;
    expect(findingsOf(snapshot, RULE)).toHaveLength(1);
  });

  it('is silent for a path for everyone, and for an entry for everyone', () => {
    const { snapshot, actions, actors, paths } = completeSnapshot();
    actions.adultEntry.actorId = actors.social.id;
    actions.adultEntry.contactPathId = paths.socjour.id; // audience all
    snapshot.actions.push(
      action({
        step: 3,
        actorId: actors.social.id,
        isEntryPoint: true,
        audience: 'all',
        contactPathId: paths.socChildren.id,
      }),
    );
    expect(findingsOf(snapshot, RULE)).toEqual([]);
  });
});

describe('entry-point-after-hours names what is already there', () => {
  it('names the 24/7 actor that is not in step 3 instead of suggesting a new one', () => {
    const { snapshot, actions, actors, paths } = completeSnapshot();
    actions.adultEntry.step = 4;
    actors.social.contactPaths = [paths.socChildren];
    const [finding] = findingsOf(snapshot, 'entry-point-after-hours');
    expect(finding!.message.sv).toContain('Polisen har en kontaktväg som är öppen alltid');
  });
});

describe('possible-personal-number (soft tier of the guard)', () => {
  it('warns on an answer with a wrong-check-digit number next to a name', () => {
    const { snapshot } = completeSnapshot();
    snapshot.answers['s2.q1'] = 'Exempel: Anna Svensson 850709-9804 kom till mottagningen.';
    const findings = findingsOf(snapshot, 'possible-personal-number');
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        target: { type: 'question', id: 's2.q1', step: 2 },
      }),
    ]);
    expect(findings[0]!.message.sv).toContain('kan vara ett personnummer med fel kontrollsiffra');
    expect(findings[0]!.message.sv).toContain('fråga 1 i steg 2');
  });

  it('is silent for the same number without a name, and for a name without a number', () => {
    const { snapshot } = completeSnapshot();
    snapshot.answers['s2.q1'] = 'Diarienummer 850709-9804 gäller beslutet.';
    snapshot.answers['s2.q2'] = 'Kontakta Anna Svensson på enheten.';
    expect(findingsOf(snapshot, 'possible-personal-number')).toEqual([]);
  });
});
