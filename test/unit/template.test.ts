import { describe, expect, it } from 'vitest';
import {
  findQuestion,
  findStep,
  QUESTION_COUNT_BY_STEP,
  questionIds,
  stepOf,
  TEMPLATE,
} from '../../src/domain/template';

type Path = string;

function isLocalized(value: unknown): value is { sv: unknown; en: unknown } {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    'sv' in value &&
    'en' in value
  );
}

/** Every Localized object anywhere in the template, with its path. */
function localizedPaths(value: unknown, path: Path = 'TEMPLATE'): [Path, unknown][] {
  if (isLocalized(value)) return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedPaths(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => localizedPaths(v, `${path}.${k}`));
  }
  return [];
}

function textOf(id: string): { sv: string; en: string } {
  const q = findQuestion(id);
  if (!q) throw new Error(`no question ${id}`);
  return q.text;
}

describe('template v1', () => {
  it('has the identity and six steps in order', () => {
    expect(TEMPLATE.id).toBe('samrutin-mall-enskilda-arenden');
    expect(TEMPLATE.version).toBe('1');
    expect(TEMPLATE.title.sv).toBe('Mall – rutin för enskilda ärenden');
    expect(TEMPLATE.steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(TEMPLATE.steps.map((s) => s.key)).toEqual([
      'goal',
      'detect',
      'entry',
      'first_contact',
      'protection',
      'follow_up',
    ]);
    expect(TEMPLATE.steps.map((s) => s.title.sv)).toEqual([
      'Formulera målet',
      'Upptäcka brottet',
      'Kontaktväg in',
      'Första kontakten',
      'Skydd, stöd och lagföring',
      'Uppföljning och utveckling',
    ]);
  });

  it('has 3, 5, 5, 3, 3, 1 questions per step (20 in all)', () => {
    expect(TEMPLATE.steps.map((s) => s.questions.length)).toEqual([3, 5, 5, 3, 3, 1]);
    expect(QUESTION_COUNT_BY_STEP).toEqual({ 1: 3, 2: 5, 3: 5, 4: 3, 5: 3, 6: 1 });
    expect(questionIds()).toHaveLength(20);
  });

  it('numbers questions consecutively from 1 within each step, with ids s{step}.q{number}', () => {
    for (const step of TEMPLATE.steps) {
      step.questions.forEach((q, i) => {
        expect(q.number).toBe(i + 1);
        expect(q.id).toBe(`s${step.number}.q${q.number}`);
      });
    }
  });

  it('has unique ids, listed in step/number order', () => {
    const ids = questionIds();
    expect(new Set(ids).size).toBe(ids.length);
    const expected = TEMPLATE.steps.flatMap((s) =>
      Array.from({ length: s.questions.length }, (_, i) => `s${s.number}.q${i + 1}`),
    );
    expect(ids).toEqual(expected);
    expect(ids[0]).toBe('s1.q1');
    expect(ids.at(-1)).toBe('s6.q1');
  });

  it('questionIds() returns a fresh copy', () => {
    const ids = questionIds();
    ids.pop();
    expect(questionIds()).toHaveLength(20);
  });

  it('finds questions and their steps', () => {
    expect(findQuestion('s3.q4')?.text.sv).toBe('Vilka hinder finns?');
    expect(findQuestion('s7.q1')).toBeUndefined();
    expect(stepOf('s5.q3')?.key).toBe('protection');
    expect(stepOf('nope')).toBeUndefined();
    for (const id of questionIds()) {
      expect(stepOf(id)?.questions.some((q) => q.id === id)).toBe(true);
    }
    expect(findStep(4)?.key).toBe('first_contact');
    expect(findStep(7)).toBeUndefined();
  });

  it('has no empty text in either language anywhere', () => {
    const all = localizedPaths(TEMPLATE);
    // 1 title + purpose + instruction; per step title/intro/tip?; every question text/hint?;
    // timeline title/text/4 phases; confirmation title/intro/4 fields.
    expect(all.length).toBeGreaterThan(20 + 6 * 2 + 3 + 6 + 6);
    for (const [path, loc] of all) {
      const { sv, en } = loc as { sv: unknown; en: unknown };
      expect(typeof sv, `${path}.sv`).toBe('string');
      expect(typeof en, `${path}.en`).toBe('string');
      expect((sv as string).trim(), `${path}.sv`).not.toBe('');
      expect((en as string).trim(), `${path}.en`).not.toBe('');
      expect(sv, `${path}.sv is trimmed`).toBe((sv as string).trim());
      expect(en, `${path}.en is trimmed`).toBe((en as string).trim());
    }
  });

  it('uses sentence case, not the seed’s ALL CAPS', () => {
    for (const id of questionIds()) {
      const { sv } = textOf(id);
      expect(sv, id).not.toBe(sv.toUpperCase());
      expect(sv.charAt(0), id).toBe(sv.charAt(0).toUpperCase());
    }
  });

  it('mends the seed’s known defects', () => {
    expect(textOf('s2.q1').sv).toBe(
      'Vem, hur och var kan den initiala kontakten med utsatta personer och situationer ske?',
    );
    expect(textOf('s2.q3').sv).toBe('Gör aktörerna det? Varför / varför inte?');
    expect(findStep(4)?.intro.sv).toContain('Varje ärende och situation är unik.');
    const allSv = localizedPaths(TEMPLATE)
      .map(([, l]) => (l as { sv: string }).sv)
      .join('\n');
    expect(allSv).not.toMatch(/\bHem, hur/i);
    expect(allSv).not.toContain('situation unik');
  });

  it('keeps the faithful wordings', () => {
    expect(textOf('s1.q1').sv).toBe(
      'Vad ska er lokala rutin leda till? Formulera ett övergripande mål för en gemensam lokal process.',
    );
    expect(textOf('s3.q4').sv).toBe('Vilka hinder finns?');
    expect(textOf('s3.q5').sv).toBe('Hur kan ni överkomma hindren?');
    expect(textOf('s6.q1').sv).toBe('Hur ska ni utvärdera rutinen och dess användning?');
    expect(TEMPLATE.purpose.sv).toMatch(/^Använd mallen för att arbeta tillsammans/);
    expect(TEMPLATE.instruction.sv).toBe(
      'Var noga med att identifiera vilken aktör som ska göra vad i varje steg och hur den organisationen skall kontaktas.',
    );
    expect(findStep(6)?.intro.sv).toMatch(/^Det är förmodligen så att/);
  });

  it('has tips on exactly steps 1, 3, 4 and 5', () => {
    expect(TEMPLATE.steps.filter((s) => s.tip).map((s) => s.number)).toEqual([1, 3, 4, 5]);
    expect(findStep(1)?.tip?.sv).toContain('Kunskapsstödet');
    expect(findStep(5)?.tip?.sv).toContain('steg 4 i det nationella Kunskapsstödet');
  });

  it('records actions on exactly steps 2–5', () => {
    expect(TEMPLATE.steps.filter((s) => s.hasActions).map((s) => s.number)).toEqual([2, 3, 4, 5]);
  });

  it('marks obstacle and remedy questions', () => {
    const roles = Object.fromEntries(
      questionIds()
        .map((id) => [id, findQuestion(id)?.role] as const)
        .filter(([, role]) => role !== undefined),
    );
    expect(roles).toEqual({
      's3.q4': 'obstacles',
      's3.q5': 'remedies',
      's4.q2': 'obstacles',
      's4.q3': 'remedies',
    });
  });

  it('has the timeline and the confirmation', () => {
    expect(TEMPLATE.timeline.title.sv).toBe('Tidslinje');
    expect(TEMPLATE.timeline.text.sv).toMatch(/^Skissa på en grov tidslinje/);
    expect(TEMPLATE.timeline.phases.map((p) => [p.key, p.title.sv])).toEqual([
      ['establish', 'Upprättande'],
      ['implement', 'Implementering'],
      ['test', 'Test'],
      ['evaluate', 'Utvärdering'],
    ]);
    expect(TEMPLATE.confirmation.title.sv).toBe('Bekräftelsen');
    expect(TEMPLATE.confirmation.intro.sv).toContain('symboliskt skriva under');
    expect(TEMPLATE.confirmation.fields.map((f) => [f.key, f.label.sv])).toEqual([
      ['date', 'Datum'],
      ['organisation', 'Organisation'],
      ['representative', 'Representant'],
      ['signature', 'Signatur'],
    ]);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(TEMPLATE)).toBe(true);
    expect(Object.isFrozen(TEMPLATE.steps[0]?.questions[0]?.text)).toBe(true);
  });
});
