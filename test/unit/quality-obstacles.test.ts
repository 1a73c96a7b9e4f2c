import { describe, expect, it } from 'vitest';
import { completeSnapshot, findingsOf, obstacle } from './quality-fixtures';

describe('obstacle-without-remedy', () => {
  it('warns for each obstacle without a remedy, quoting it and targeting it', () => {
    const { snapshot } = completeSnapshot();
    const noRemedy = obstacle({ step: 4, description: 'Ingen tolk på helger', remedy: null });
    const blank = obstacle({ step: 3, description: `Lång ${'text '.repeat(40)}`, remedy: ' ' });
    snapshot.obstacles.push(noRemedy, blank);
    const findings = findingsOf(snapshot, 'obstacle-without-remedy');
    expect(findings.map((f) => f.target)).toEqual([
      { type: 'obstacle', id: blank.id, step: 3 },
      { type: 'obstacle', id: noRemedy.id, step: 4 },
    ]);
    expect(findings[1]!.message.sv).toBe(
      'Hindret ”Ingen tolk på helger” i steg 4 saknar en lösning. Skriv hur ni ska överkomma det.',
    );
    expect(findings[0]!.message.sv).toContain('…”');
    expect(findings[0]!.severity).toBe('warning');
  });

  it('is silent when every obstacle has a remedy', () => {
    expect(findingsOf(completeSnapshot().snapshot, 'obstacle-without-remedy')).toEqual([]);
  });
});
