import { describe, expect, it } from 'vitest';
import { completeSnapshot, findingsOf } from './quality-fixtures';

describe('question-unanswered', () => {
  it('warns once per unanswered question, naming it by number, step and text', () => {
    const { snapshot } = completeSnapshot();
    delete snapshot.answers['s3.q2'];
    snapshot.answers['s5.q3'] = '   ';
    const findings = findingsOf(snapshot, 'question-unanswered');
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      target: { type: 'question', id: 's3.q2', step: 3 },
    });
    expect(findings[0]!.message.sv).toBe(
      'Du har inte svarat på fråga 2 i steg 3: ”Vad ska hända när kontakten tas?”',
    );
    expect(findings[0]!.message.en).toContain('“What should happen when contact is made?”');
    expect(findings[1]!.target).toEqual({ type: 'question', id: 's5.q3', step: 5 });
  });

  it('is silent when every question has an answer', () => {
    expect(findingsOf(completeSnapshot().snapshot, 'question-unanswered')).toEqual([]);
  });
});
