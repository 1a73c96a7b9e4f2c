import { describe, expect, it } from 'vitest';
import { renderWorkshopSummary } from '../../src/domain/render/workshop-summary';
import {
  JOIN_CODE_ALPHABET,
  JOIN_CODE_PATTERN,
  newJoinCode,
  normaliseJoinCode,
  swedishTimeOf,
} from '../../src/domain/workshop';

describe('join codes', () => {
  it('use 31 signs without look-alikes', () => {
    expect(JOIN_CODE_ALPHABET).toHaveLength(31);
    for (const c of '01OIL') expect(JOIN_CODE_ALPHABET).not.toContain(c);
  });

  it('take every sign of the alphabet at each place', () => {
    let i = 0;
    const seen = new Set<string>();
    for (let n = 0; n < 31; n++) {
      const code = newJoinCode((size) => i++ % size);
      expect(code).toMatch(JOIN_CODE_PATTERN);
      for (const c of code) seen.add(c);
    }
    expect(seen.size).toBe(31);
  });

  it('read what people type: lower case, spaces and dashes', () => {
    expect(normaliseJoinCode(' abc-23 4 ')).toBe('ABC234');
    expect(JOIN_CODE_PATTERN.test(normaliseJoinCode('ab0def'))).toBe(false);
  });
});

describe('the summary', () => {
  it('says the time in Sweden and keeps user text from becoming Markdown structure', () => {
    expect(swedishTimeOf('2026-07-01T12:05:00.000Z')).toBe('14:05');
    const md = renderWorkshopSummary({
      lang: 'sv',
      routineTitle: 'Rutin',
      code: 'ABC234',
      createdAt: '2026-11-28T09:00:00.000Z',
      endedAt: null,
      questions: [
        {
          questionId: 's1.q1',
          step: 1,
          text: 'Vad är målet?',
          phase: 'agreement',
          agreedText: null,
          agreedAt: null,
          tally: { support: 1, accept: 0, block: 1 },
          participantCount: null,
          blocks: [{ round: 1, reason: '# rubrik\n- lista [länk](x)', organisation: null }],
        },
      ],
      proposals: [],
      organisations: [],
      guestCount: 0,
    });
    expect(md).toContain('Kod ABC234 · 2026-11-28 10:00 (pågår)');
    expect(md).toContain('Ingen överenskommelse.');
    expect(md).toContain('- Omgång 1: \\# rubrik - lista \\[länk\\](x)');
    expect(md).not.toMatch(/^# rubrik/m);
  });
});
