/**
 * Personal-data guard: finds Swedish personal identity numbers (*personnummer*)
 * and coordination numbers (*samordningsnummer*) in free text, so that the
 * routine — a document about organisations, never about individuals — cannot
 * hold one without an explicit, audited acknowledgement (DESIGN.md).
 *
 * Accepted forms (`YY`/`YYYY` year, `MM` month, `DD` day, `NNN` birth number,
 * `C` check digit):
 *
 * - `YYMMDDNNNC`, `YYMMDD-NNNC`, `YYMMDD+NNNC` (10 digits)
 * - `YYYYMMDDNNNC`, `YYYYMMDD-NNNC` (12 digits; century 18, 19 or 20)
 * - in either length, the separator may be `-`, `+`, or a dash a word processor substitutes for
 *   `-` (U+2010 hyphen, U+2011 non-breaking hyphen, U+2012 figure dash,
 *   U+2013 en dash, U+2212 minus sign), with at most one space on either side
 *   (`900101 - 1239`, `900101 -1239`);
 * - or a single space instead of a separator (`900101 1239`, `19900101 1239`);
 *   a space is a regular space, a no-break space or a thin / narrow no-break
 *   space.
 *
 * Not accepted, on purpose: spaces inside the date (`90 01 01-1239`) or inside
 * the last four digits, two or more spaces, or a line break between the groups.
 * People do not type numbers that way, and every extra form multiplies the
 * false positives on phone numbers and dates.
 *
 * A candidate is reported only if:
 *
 * - it is not part of a longer run of digits (no digit right before or after),
 *   and no `+` sits right before it: `+4611245319` is a phone number in E.164
 *   form (Norrköping), though its digits read as a valid 10-digit number;
 * - the date is a real calendar date; coordination numbers have 60 added to the
 *   day. In the 10-digit form the century is unknown: `+` (100 years or older)
 *   means 18xx or 19xx, every other form 19xx or 20xx, and a number typed
 *   without a separator could be either, so 29 February is accepted in year
 *   `00` except after a `+` (1800 and 1900 were not leap years);
 * - the last digit is the Luhn check digit over the 10-digit form `YYMMDDNNN`.
 *
 * @module
 */

/** One suspected personal identity or coordination number in a text. */
export interface PersonalNumberMatch {
  /** UTF-16 offset of the first character of the number. */
  start: number;
  /** UTF-16 offset just past the last character (exclusive). */
  end: number;
  kind: 'personnummer' | 'samordningsnummer';
}

/** A match located in one field of a request body, as sent in `PERSONAL_DATA_SUSPECTED`. */
export interface FieldPersonalNumberMatch {
  field: string;
  start: number;
  end: number;
}

const SPACE = '[ \\u00A0\\u2009\\u202F]';
const SEPARATOR = '[-+\\u2010-\\u2013\\u2212]';

/**
 * One pass over the text finds every candidate; the date and check digit are
 * then verified in code, which is far cheaper and clearer than encoding
 * calendars in a regex. Groups: 1 century (optional), 2 YYMMDD, 3 separator
 * (optional), 4 NNNC.
 *
 * A failed candidate never hides a valid one: a match can only start after a
 * character that is neither a digit nor `+`, and the only such characters
 * inside a candidate precede its last four digits, which are too short to
 * start a new date.
 */
const CANDIDATE = new RegExp(
  `(?<![\\d+])(\\d{2})?(\\d{6})(?:${SPACE}?(${SEPARATOR})${SPACE}?|${SPACE})?(\\d{4})(?!\\d)`,
  'g',
);

/** Days per month in a non-leap year; February is handled by `isLeapYear`. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= days;
}

/** Luhn over the nine digits `YYMMDDNNN`, as Skatteverket computes the check digit. */
function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    // Weights alternate 2, 1, 2, … from the left; a two-digit product adds its digits.
    const product = (nineDigits.charCodeAt(i) - 48) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Checks the date part of one regex candidate; returns its kind, or null when the date cannot
 * be a birth date (or coordination date) of a personal identity number.
 */
function classifyDate(
  century: string | undefined,
  date: string,
  separator: string | undefined,
): PersonalNumberMatch['kind'] | null {
  const yy = Number(date.slice(0, 2));
  const month = Number(date.slice(2, 4));
  let day = Number(date.slice(4, 6));
  let kind: PersonalNumberMatch['kind'] = 'personnummer';
  if (day > 60) {
    day -= 60;
    kind = 'samordningsnummer';
  }

  // Which centuries the written date may belong to (see the module comment).
  let centuries: readonly number[];
  if (century !== undefined) {
    if (century !== '18' && century !== '19' && century !== '20') return null;
    centuries = [Number(century) * 100];
  } else if (separator === '+') {
    centuries = [1800, 1900];
  } else if (separator !== undefined) {
    centuries = [1900, 2000];
  } else {
    centuries = [1800, 1900, 2000];
  }
  return centuries.some((c) => isRealDate(c + yy, month, day)) ? kind : null;
}

/** True when the last digit of `serial` is the Luhn check digit over `date` and the birth number. */
const hasValidCheckDigit = (date: string, serial: string): boolean =>
  luhnCheckDigit(date + serial.slice(0, 3)) === serial.charCodeAt(3) - 48;

/**
 * Verifies one regex candidate; returns its kind, or null when it cannot be a
 * personal identity or coordination number.
 */
function classify(
  century: string | undefined,
  date: string,
  separator: string | undefined,
  serial: string,
): PersonalNumberMatch['kind'] | null {
  const kind = classifyDate(century, date, separator);
  return kind !== null && hasValidCheckDigit(date, serial) ? kind : null;
}

function* scan(text: string): Generator<PersonalNumberMatch> {
  for (const m of text.matchAll(CANDIDATE)) {
    const [whole, century, date, separator, serial] = m;
    if (date === undefined || serial === undefined) continue;
    const kind = classify(century, date, separator, serial);
    if (kind !== null) yield { start: m.index, end: m.index + whole.length, kind };
  }
}

/**
 * Finds every Swedish personal identity number and coordination number in
 * `text`, in order of appearance, with UTF-16 offsets (end exclusive).
 * Runs on every free-text write, so it is a single regex pass plus arithmetic.
 */
export function findPersonalNumbers(text: string): PersonalNumberMatch[] {
  return [...scan(text)];
}

/** True when `text` holds at least one personal identity or coordination number. */
export function containsPersonalNumber(text: string): boolean {
  return !scan(text).next().done;
}

/**
 * Scans every free-text field of a request body and lists the matches per
 * field, for the `details` of a 400 `PERSONAL_DATA_SUSPECTED`. Empty and
 * absent fields are skipped; typed phone-number fields must not be passed in.
 */
export function findPersonalNumbersInFields(
  fields: Record<string, string | null | undefined>,
): FieldPersonalNumberMatch[] {
  const matches: FieldPersonalNumberMatch[] = [];
  for (const [field, value] of Object.entries(fields)) {
    if (!value) continue;
    for (const { start, end } of scan(value)) matches.push({ field, start, end });
  }
  return matches;
}

/**
 * Two capitalised words in a row, as a person's name is written ("Anna Svensson",
 * "Per-Olof Lind"). Used only by the soft tier, next to a number.
 */
const NAME = /\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00A0]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/gu;

/** How far (in characters) from the number a name may stand to count as "next to" it. */
const NAME_DISTANCE = 30;

/**
 * The soft tier of the guard: a date-shaped 10- or 12-digit number whose check digit is
 * wrong — a typo in a personnummer, perhaps — standing next to what looks like a person's
 * name (two capitalised words within {@link NAME_DISTANCE} characters). Such a text is saved
 * (the hard guard refuses only valid numbers); the quality check raises a warning on it.
 */
export function findSoftPersonalNumbers(text: string): PersonalNumberMatch[] {
  const names = [...text.matchAll(NAME)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (names.length === 0) return [];
  const found: PersonalNumberMatch[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const [whole, century, date, separator, serial] = m;
    if (date === undefined || serial === undefined) continue;
    const kind = classifyDate(century, date, separator);
    // A valid number is the hard guard's; the soft tier looks for a wrong check digit only.
    if (kind === null || hasValidCheckDigit(date, serial)) continue;
    const start = m.index;
    const end = start + whole.length;
    const near = names.some((n) =>
      n.end <= start
        ? start - n.end <= NAME_DISTANCE
        : n.start >= end && n.start - end <= NAME_DISTANCE,
    );
    if (near) found.push({ start, end, kind });
  }
  return found;
}
