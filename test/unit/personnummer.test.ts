import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  containsPersonalNumber,
  findPersonalNumbers,
  findPersonalNumbersInFields,
} from '../../src/domain/personnummer';

/**
 * Check digit written independently of the implementation (digit sums via
 * strings), so that a shared mistake cannot make both agree.
 */
function checkDigit(nineDigits: string): number {
  const sum = [...nineDigits]
    .map((d, i) => String(Number(d) * (i % 2 === 0 ? 2 : 1)))
    .join('')
    .split('')
    .reduce((acc, d) => acc + Number(d), 0);
  return (10 - (sum % 10)) % 10;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const spanOf = (text: string, number: string) => {
  const start = text.indexOf(number);
  return { start, end: start + number.length };
};

describe('findPersonalNumbers: examples', () => {
  it.each([
    ['811218-9876', 'personnummer'],
    ['121212-1212', 'personnummer'],
    ['19121212-1212', 'personnummer'],
    ['9001011239', 'personnummer'],
    ['900101-1239', 'personnummer'],
    ['900101+1239', 'personnummer'],
    ['199001011239', 'personnummer'],
    ['19900101-1239', 'personnummer'],
    ['19900101 1239', 'personnummer'],
    ['900101 1239', 'personnummer'],
    ['900101 - 1239', 'personnummer'],
    ['900101 -1239', 'personnummer'],
    ['900101–1239', 'personnummer'],
    ['900101\u00a01239', 'personnummer'],
    ['701063-2391', 'samordningsnummer'],
    ['19701063-2391', 'samordningsnummer'],
    ['7010632391', 'samordningsnummer'],
  ])('finds %j as a %s', (number, kind) => {
    expect(findPersonalNumbers(number)).toEqual([{ start: 0, end: number.length, kind }]);
  });

  it.each([['900101-1238'], ['19900101-1230'], ['701063-2390'], ['9001011230']])(
    'ignores %j, whose check digit is wrong',
    (text) => {
      expect(findPersonalNumbers(text)).toEqual([]);
    },
  );

  // Each of these has a correct check digit, so only the date can reject it.
  it.each([
    ['month 13', '901301-1235'],
    ['day 32', '900132-1232'],
    ['31 April', '900431-1230'],
    ['day 0', '900100-1230'],
    ['coordination day 0 (60)', '900160-1237'],
    ['coordination day 32 (92)', '900192-1239'],
    ['29 Feb 1990', '900229-1236'],
    ['29 Feb 2019 or 1919', '190229-1234'],
    ['29 Feb 1900', '19000229-1235'],
    ['29 Feb 00 after + (1800 and 1900 are no leap years)', '000229+1235'],
    ['coordination number on 29 Feb 2001', '010289-1231'],
    ['century 17', '17900101-1239'],
    ['century 21', '21900101-1239'],
  ])('ignores an impossible date: %s (%j)', (_, text) => {
    const digits = text.replace(/\D/g, '').slice(-10);
    expect(checkDigit(digits.slice(0, 9))).toBe(Number(digits[9]));
    expect(findPersonalNumbers(text)).toEqual([]);
  });

  it.each([
    ['two spaces between the groups', '900101  1239'],
    ['a line break between the groups', '900101\n1239'],
    ['spaces inside the date', '90 01 01-1239'],
    ['a space inside the last four digits', '900101-12 39'],
  ])('ignores a form people do not type: %s (%j)', (_, text) => {
    expect(findPersonalNumbers(text)).toEqual([]);
  });

  it.each([
    ['000229-1235', 'in 2000 with "-"'],
    ['0002291235', 'without separator (2000)'],
    ['20000229-1235', 'in 2000, 12 digits'],
    ['040229-1231', 'in 2004'],
    ['960289-1237', 'as a coordination number in 1996'],
  ])('accepts 29 February %j %s', (number) => {
    expect(containsPersonalNumber(number)).toBe(true);
  });

  it('reports spans inside text with punctuation', () => {
    const text = 'Pnr: 900101-1239, se ovan (19701063-2391). ID:199001011239.';
    expect(findPersonalNumbers(text)).toEqual([
      { ...spanOf(text, '900101-1239'), kind: 'personnummer' },
      { ...spanOf(text, '19701063-2391'), kind: 'samordningsnummer' },
      { ...spanOf(text, '199001011239'), kind: 'personnummer' },
    ]);
  });

  it('counts UTF-16 code units, so an emoji before the number takes two', () => {
    expect(findPersonalNumbers('😀 900101-1239')).toEqual([
      { start: 3, end: 14, kind: 'personnummer' },
    ]);
  });

  it.each([
    ['11 digits', '09001011239'],
    ['11 digits, digit after', '90010112391'],
    ['13 digits', '1199001011239'],
    ['14 digits', '12199001011239'],
    ['a digit before the separated form', '1900101-1239'],
    ['a digit after the separated form', '900101-12391'],
    ['12 digits whose century is invalid', '55900101-1239'],
    ['a phone number in E.164 form (reads as 1946-11-24)', '+4611245319'],
  ])('ignores a number embedded in a longer digit run or after +: %s (%j)', (_, text) => {
    expect(findPersonalNumbers(text)).toEqual([]);
  });

  it('still finds a number next to other digit groups separated by non-digits', () => {
    expect(findPersonalNumbers('tel 12/900101-1239/34')).toEqual([
      { start: 7, end: 18, kind: 'personnummer' },
    ]);
    expect(findPersonalNumbers('+ 900101-1239')).toEqual([
      { start: 2, end: 13, kind: 'personnummer' },
    ]);
  });

  it.each([
    '08-123 456 78',
    '070-123 45 67',
    '+46 70 123 45 67',
    '+46701234567',
    '0046 70 123 45 67',
    '020-390 000',
    '114 14',
    '112',
    '1177',
    '116 006',
    '2026-03-12',
    'dnr 2026-1234',
    'kl. 08.00–17.00',
    'org.nr 556677-8899',
    'Stockholms stad 212000-0142',
  ])('does not flag %j', (text) => {
    expect(findPersonalNumbers(text)).toEqual([]);
  });

  it('flags a phone number typed as one digit run when it is also a valid number', () => {
    // 070-123 45 69 without separators reads 2007-01-23, birth number 456, check 9:
    // indistinguishable from a personnummer, which is why the user can acknowledge.
    expect(containsPersonalNumber('ring 0701234569')).toBe(true);
    expect(containsPersonalNumber('ring 070-123 45 69')).toBe(false);
  });
});

describe('findPersonalNumbersInFields', () => {
  it('lists every match with its field and skips empty fields', () => {
    expect(
      findPersonalNumbersInFields({
        answer: 'Se 900101-1239 och 701063-2391.',
        note: null,
        obstacle: undefined,
        remedy: '',
        action: 'Ring socialjouren på 08-123 456 78.',
      }),
    ).toEqual([
      { field: 'answer', start: 3, end: 14 },
      { field: 'answer', start: 19, end: 30 },
    ]);
  });
});

// --- Properties -------------------------------------------------------------

interface Parts {
  yyyy: string;
  yy: string;
  mmdd: string;
  nnn: string;
  c: number;
}

interface Format {
  name: string;
  /** Whether the form may be written for someone born in `year`. */
  fits: (year: number) => boolean;
  render: (p: Parts) => string;
}

const any = () => true;
const FORMATS: readonly Format[] = [
  { name: 'YYMMDDNNNC', fits: any, render: (p) => `${p.yy}${p.mmdd}${p.nnn}${p.c}` },
  { name: 'YYMMDD-NNNC', fits: (y) => y >= 1900, render: (p) => `${p.yy}${p.mmdd}-${p.nnn}${p.c}` },
  { name: 'YYMMDD+NNNC', fits: (y) => y < 2000, render: (p) => `${p.yy}${p.mmdd}+${p.nnn}${p.c}` },
  { name: 'YYMMDD NNNC', fits: any, render: (p) => `${p.yy}${p.mmdd} ${p.nnn}${p.c}` },
  {
    name: 'YYMMDD - NNNC',
    fits: (y) => y >= 1900,
    render: (p) => `${p.yy}${p.mmdd} - ${p.nnn}${p.c}`,
  },
  {
    name: 'YYMMDD -NNNC',
    fits: (y) => y >= 1900,
    render: (p) => `${p.yy}${p.mmdd} -${p.nnn}${p.c}`,
  },
  { name: 'YYMMDD–NNNC', fits: (y) => y >= 1900, render: (p) => `${p.yy}${p.mmdd}–${p.nnn}${p.c}` },
  { name: 'YYYYMMDDNNNC', fits: any, render: (p) => `${p.yyyy}${p.mmdd}${p.nnn}${p.c}` },
  { name: 'YYYYMMDD-NNNC', fits: any, render: (p) => `${p.yyyy}${p.mmdd}-${p.nnn}${p.c}` },
  { name: 'YYYYMMDD NNNC', fits: any, render: (p) => `${p.yyyy}${p.mmdd} ${p.nnn}${p.c}` },
  { name: 'YYYYMMDD - NNNC', fits: any, render: (p) => `${p.yyyy}${p.mmdd} - ${p.nnn}${p.c}` },
];

/** A valid personal identity or coordination number, rendered in one accepted format. */
const validNumber = fc
  .record({
    date: fc.date({
      min: new Date(Date.UTC(1850, 0, 1)),
      max: new Date(Date.UTC(2099, 11, 31)),
      noInvalidDate: true,
    }),
    serial: fc.integer({ min: 0, max: 999 }),
    coordination: fc.boolean(),
    format: fc.constantFrom(...FORMATS),
  })
  .filter(({ date, format }) => format.fits(date.getUTCFullYear()))
  .map(({ date, serial, coordination, format }) => {
    const year = date.getUTCFullYear();
    const day = date.getUTCDate() + (coordination ? 60 : 0);
    const yy = pad(year % 100, 2);
    const mmdd = pad(date.getUTCMonth() + 1, 2) + pad(day, 2);
    const nnn = pad(serial, 3);
    const parts: Parts = { yyyy: String(year), yy, mmdd, nnn, c: checkDigit(yy + mmdd + nnn) };
    const kind = coordination ? ('samordningsnummer' as const) : ('personnummer' as const);
    return { parts, format, kind, text: format.render(parts) };
  });

/** Text as users write it, including digits, separators and characters outside the BMP. */
const freeText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abc åäö ÅÄÖ.,;:!?()/-+–\n\t0123456789#§'), maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
);
// A digit or `+` right before the number makes it part of something else (see the module).
const prefixText = freeText.filter((s) => !/[\d+]$/.test(s));
const suffixText = freeText.filter((s) => !/^\d/.test(s));
/** Text with no digits at all, where nothing but the inserted string can ever match. */
const digitFreeText = fc.string({ unit: 'grapheme', maxLength: 15 }).filter((s) => !/\d/.test(s));

describe('findPersonalNumbers: properties', () => {
  it('finds every valid number, in every accepted format, inside random text, with its span', () => {
    fc.assert(
      fc.property(prefixText, validNumber, suffixText, (before, number, after) => {
        const text = before + number.text + after;
        const expected = {
          start: before.length,
          end: before.length + number.text.length,
          kind: number.kind,
        };
        expect(findPersonalNumbers(text)).toContainEqual(expected);
        expect(containsPersonalNumber(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never flags the same numbers with a wrong check digit', () => {
    fc.assert(
      fc.property(
        digitFreeText,
        validNumber,
        fc.integer({ min: 1, max: 9 }),
        digitFreeText,
        (before, number, shift, after) => {
          const wrong = number.format.render({ ...number.parts, c: (number.parts.c + shift) % 10 });
          expect(findPersonalNumbers(before + wrong + after)).toEqual([]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reports sorted, disjoint spans that are found again on their own', () => {
    const digitHeavy = fc.string({ unit: fc.constantFrom(...'0123456789 -+'), maxLength: 60 });
    fc.assert(
      fc.property(digitHeavy, (text) => {
        const matches = findPersonalNumbers(text);
        expect(containsPersonalNumber(text)).toBe(matches.length > 0);
        let previousEnd = 0;
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = m.end;
          const alone = findPersonalNumbers(text.slice(m.start, m.end));
          expect(alone).toEqual([{ start: 0, end: m.end - m.start, kind: m.kind }]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

// --- Phone numbers ----------------------------------------------------------

/** Area codes with the subscriber-number lengths in use behind them. */
const AREAS: readonly { code: string; lengths: readonly number[] }[] = [
  { code: '08', lengths: [5, 6, 7, 8] },
  { code: '010', lengths: [7] },
  { code: '011', lengths: [5, 6, 7] },
  { code: '018', lengths: [6, 7] },
  { code: '031', lengths: [5, 6, 7] },
  { code: '040', lengths: [6, 7] },
  { code: '090', lengths: [5, 6, 7] },
  { code: '0480', lengths: [5, 6] },
  { code: '0910', lengths: [5, 6] },
  { code: '0980', lengths: [5, 6] },
  { code: '070', lengths: [7] },
  { code: '072', lengths: [7] },
  { code: '073', lengths: [7] },
  { code: '076', lengths: [7] },
  { code: '079', lengths: [7] },
  { code: '020', lengths: [6, 7] },
  { code: '0200', lengths: [6] },
  { code: '0771', lengths: [6] },
];

/** Swedish grouping: pairs from the right, a group of three first when odd; 8 digits as 3-3-2. */
function group(digits: string): string {
  if (digits.length === 8) return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
  const head = digits.length % 2 === 1 ? 3 : 2;
  const groups = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 2) groups.push(digits.slice(i, i + 2));
  return groups.join(' ');
}

/** The ways phone numbers are typed with separators (the digits-only form is measured in bench/). */
const PHONE_FORMATS: readonly ((ac: string, s: string) => string)[] = [
  (ac, s) => `${ac}-${group(s)}`,
  (ac, s) => `${ac} ${group(s)}`,
  (ac, s) => `(${ac}) ${group(s)}`,
  (ac, s) => `${ac}-${s}`,
  (ac, s) => `${ac} ${s}`,
  (ac, s) => `${ac}/${s}`,
  (ac, s) => `+46 ${ac.slice(1)} ${group(s)}`,
  (ac, s) => `+46 (0)${ac.slice(1)}-${group(s)}`,
  (ac, s) => `+46${ac.slice(1)}${s}`,
  (ac, s) => `+46-${ac.slice(1)}-${s}`,
  (ac, s) => `0046 ${ac.slice(1)} ${group(s)}`,
  (ac, s) => `0046${ac.slice(1)}${s}`,
];

const typedPhone = fc
  .record({ area: fc.constantFrom(...AREAS), format: fc.constantFrom(...PHONE_FORMATS) })
  .chain(({ area, format }) =>
    fc
      .constantFrom(...area.lengths)
      .chain((length) =>
        fc.tuple(
          fc.integer({ min: 1, max: 9 }),
          fc.string({
            unit: fc.constantFrom(...'0123456789'),
            minLength: length - 1,
            maxLength: length - 1,
          }),
        ),
      )
      .map(([first, rest]) => format(area.code, `${first}${rest}`)),
  );

describe('phone numbers', () => {
  it('never flags Swedish phone numbers typed with separators, alone or in text', () => {
    fc.assert(
      fc.property(digitFreeText, typedPhone, digitFreeText, (before, phone, after) => {
        expect(findPersonalNumbers(before + phone + after)).toEqual([]);
      }),
      { numRuns: 5000 },
    );
  });
});
