/**
 * False-positive rate of the personal-data guard on text that is not personal
 * data: Swedish phone numbers, dates, times, diary numbers and random digit
 * runs, each set inside a sentence as officials write them.
 *
 * Two tiers are measured: the hard guard (a valid number: the save is refused) and the soft
 * tier (a date-shaped number with a wrong check digit next to two capitalised words: the save
 * goes through, the quality check warns). The soft tier is measured on the same sentences,
 * and once more on sentences that put an organisation's two-word name (Region Skåne,
 * Socialjouren Norrby …) right next to the number — its worst case without a person.
 *
 * Run: npx tsx bench/personnummer-false-positives.ts
 * Deterministic (seeded PRNG); prints a table and asserts nothing.
 */
import { findPersonalNumbers, findSoftPersonalNumbers } from '../src/domain/personnummer';
import { normalizePhone } from '../src/domain/phone';

const SAMPLES = 20_000;
const SEED = 20260312;

/** mulberry32: small, fast, good enough to make a reproducible corpus. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = createRandom(SEED);
const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
const digits = (n: number): string => Array.from({ length: n }, () => String(int(0, 9))).join('');
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const SENTENCES: readonly ((s: string) => string)[] = [
  (s) => s,
  (s) => `Ring ${s} dygnet runt.`,
  (s) => `Kontakt: ${s}, vardagar.`,
  (s) => `Se beslut (${s}) i protokollet.`,
  (s) => `${s} – gäller tills vidare`,
];
const inSentence = (s: string): string => pick(SENTENCES)(s);

/** Two capitalised words that name an organisation, not a person, next to the number. */
const NAMED_SENTENCES: readonly ((s: string) => string)[] = [
  (s) => `Region Skåne ${s}`,
  (s) => `Ring Socialjouren Norrby på ${s}.`,
  (s) => `Polisen Syd: ${s}`,
  (s) => `Kontakta Migrationsverket Göteborg, ${s}, vardagar.`,
  (s) => `Se beslut i Kommunstyrelsen Lillby (${s}).`,
];
const nextToName = (s: string): string => pick(NAMED_SENTENCES)(s);

// --- Phone numbers ----------------------------------------------------------

const LANDLINE_AREAS: readonly { code: string; lengths: readonly number[] }[] = [
  { code: '08', lengths: [6, 7, 8] },
  { code: '011', lengths: [5, 6, 7] },
  { code: '013', lengths: [5, 6, 7] },
  { code: '016', lengths: [5, 6, 7] },
  { code: '018', lengths: [5, 6, 7] },
  { code: '019', lengths: [5, 6, 7] },
  { code: '021', lengths: [5, 6, 7] },
  { code: '031', lengths: [5, 6, 7] },
  { code: '035', lengths: [5, 6, 7] },
  { code: '036', lengths: [5, 6, 7] },
  { code: '040', lengths: [5, 6, 7] },
  { code: '042', lengths: [5, 6, 7] },
  { code: '046', lengths: [5, 6, 7] },
  { code: '054', lengths: [5, 6, 7] },
  { code: '060', lengths: [5, 6, 7] },
  { code: '063', lengths: [5, 6, 7] },
  { code: '090', lengths: [5, 6, 7] },
  { code: '0120', lengths: [5, 6] },
  { code: '0480', lengths: [5, 6] },
  { code: '0520', lengths: [5, 6] },
  { code: '0611', lengths: [5, 6] },
  { code: '0910', lengths: [5, 6] },
  { code: '0980', lengths: [5, 6] },
];
const MOBILE_AREAS = ['070', '072', '073', '076', '079'] as const;
const NON_GEOGRAPHIC: readonly { code: string; lengths: readonly number[] }[] = [
  { code: '020', lengths: [6, 7] },
  { code: '0200', lengths: [6] },
  { code: '010', lengths: [7] },
  { code: '077', lengths: [7] },
];

/** Swedish grouping: pairs from the right, a group of three first when odd; 8 digits as 3-3-2. */
function group(subscriber: string): string {
  if (subscriber.length === 8) {
    return `${subscriber.slice(0, 3)} ${subscriber.slice(3, 6)} ${subscriber.slice(6)}`;
  }
  const head = subscriber.length % 2 === 1 ? 3 : 2;
  const groups = [subscriber.slice(0, head)];
  for (let i = head; i < subscriber.length; i += 2) groups.push(subscriber.slice(i, i + 2));
  return groups.join(' ');
}

/** A number libphonenumber accepts, as area code and subscriber number. */
function validPhone(areas: readonly { code: string; lengths: readonly number[] }[]) {
  for (;;) {
    const area = pick(areas);
    const subscriber = String(int(1, 9)) + digits(pick(area.lengths) - 1);
    if (normalizePhone(area.code + subscriber).ok) return { ac: area.code, s: subscriber };
  }
}
const mobile = () => ({ ac: pick(MOBILE_AREAS), s: String(int(1, 9)) + digits(6) });

type PhoneFormat = (ac: string, s: string) => string;
const TYPED_NATIONAL: readonly PhoneFormat[] = [
  (ac, s) => `${ac}-${group(s)}`,
  (ac, s) => `${ac} ${group(s)}`,
  (ac, s) => `(${ac}) ${group(s)}`,
  (ac, s) => `${ac}-${s}`,
  (ac, s) => `${ac} ${s}`,
  (ac, s) => `${ac}/${s}`,
];
const INTERNATIONAL: readonly PhoneFormat[] = [
  (ac, s) => `+46 ${ac.slice(1)} ${group(s)}`,
  (ac, s) => `+46 (0)${ac.slice(1)}-${group(s)}`,
  (ac, s) => `+46${ac.slice(1)}${s}`,
  (ac, s) => `+46-${ac.slice(1)}-${s}`,
  (ac, s) => `0046 ${ac.slice(1)} ${group(s)}`,
  (ac, s) => `0046${ac.slice(1)}${s}`,
];

const SERVICE = ['112', '114 14', '1177', '113 13', '116 000', '116 111', '116 006', '90101'];

// --- Dates, times, references -------------------------------------------------

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti'];

function randomDate() {
  const year = int(2015, 2030);
  const month = int(1, 12);
  const day = int(1, 28);
  return { year, month, day, iso: `${year}-${pad(month)}-${pad(day)}` };
}

function dateText(): string {
  const a = randomDate();
  const b = randomDate();
  return pick<() => string>([
    () => a.iso,
    () => `${a.iso}–${b.iso}`,
    () => `${a.iso} – ${b.iso}`,
    () => `${a.day}/${a.month} ${a.year}`,
    () => `${a.day}/${a.month}–${b.day}/${b.month} ${a.year}`,
    () => `${a.day} ${pick(MONTHS)} ${a.year}`,
    () => `${a.iso} kl. ${pad(int(7, 18))}.${pick(['00', '15', '30', '45'])}`,
    () => `${pad(a.year % 100)}${pad(a.month)}${pad(a.day)}`,
    () => `v. ${int(1, 52)} ${a.year}`,
  ])();
}

function compactTimestamp(): string {
  const d = randomDate();
  const ymd = `${d.year}${pad(d.month)}${pad(d.day)}`;
  const hhmm = `${pad(int(0, 23))}${pad(int(0, 59))}`;
  return pick([`${ymd}-${hhmm}`, `${ymd} ${hhmm}`, `${ymd}${hhmm}`]);
}

function timeText(): string {
  const from = int(6, 12);
  const to = int(13, 22);
  return pick([
    `kl. ${pad(from)}.00–${pad(to)}.00`,
    `kl. ${from}–${to}`,
    `${pad(from)}:00-${pad(to)}:30`,
    `vardagar ${from}–${to}, helger ${from + 1}–${to - 1}`,
    `mån–fre ${pad(from)}.30–${pad(to)}.00`,
  ]);
}

function diaryNumber(): string {
  const year = int(2015, 2030);
  return pick([
    `dnr ${year}-${int(1, 9999)}`,
    `Dnr KS ${year}/${int(1, 999)}`,
    `SN ${year}.${pad(int(1, 9999), 4)}`,
    `${year}-${pad(int(1, 99999), 5)}`,
    `dnr ${pick(['KS', 'SN', 'BUN'])}-${year}-${pad(int(1, 999), 3)}`,
    `ärende ${int(1000, 9999)}-${pad(year % 100)}`,
    `A${int(100, 999)}.${int(100, 999)}/${year}`,
  ]);
}

function legalReference(): string {
  return pick([
    `§ ${int(1, 250)}`,
    `${int(1, 30)} kap. ${int(1, 40)} § SoL`,
    `${int(1, 30)} kap. ${int(1, 40)} a § brottsbalken`,
    `SFS ${int(1990, 2026)}:${int(1, 1500)}`,
    `prop. ${int(2000, 2025)}/${pad(int(0, 99))}:${int(1, 250)}`,
    `KS § ${int(1, 250)}/${int(2015, 2030)}`,
  ]);
}

/** Organisation numbers: month digits ≥ 20 by construction, Luhn-valid like personnummer. */
function organisationNumber(): string {
  const nine = `${pick(['55', '71', '80', '82', '21', '91', '96'])}${int(2, 9)}${digits(6)}`;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const p = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    sum += p > 9 ? p - 9 : p;
  }
  const number = nine + ((10 - (sum % 10)) % 10);
  return pick([`${number.slice(0, 6)}-${number.slice(6)}`, number, `16${number}`]);
}

// --- Run -----------------------------------------------------------------------

const CORPORA: readonly { name: string; make: () => string }[] = [
  {
    name: 'landline, typed (08-123 456 78, 0910-123 45)',
    make: () => {
      const p = validPhone(LANDLINE_AREAS);
      return pick(TYPED_NATIONAL)(p.ac, p.s);
    },
  },
  {
    name: 'landline, one digit run (0812345678)',
    make: () => {
      const p = validPhone(LANDLINE_AREAS);
      return p.ac + p.s;
    },
  },
  {
    name: 'mobile 07x, typed (070-123 45 67)',
    make: () => {
      const p = mobile();
      return pick(TYPED_NATIONAL)(p.ac, p.s);
    },
  },
  {
    name: 'mobile 07x, one digit run (0701234567)',
    make: () => {
      const p = mobile();
      return p.ac + p.s;
    },
  },
  {
    name: '+46 / 0046 forms, all kinds (+46 70 123 45 67)',
    make: () => {
      const p = pick([
        mobile,
        () => validPhone(LANDLINE_AREAS),
        () => validPhone(NON_GEOGRAPHIC),
      ])();
      return pick(INTERNATIONAL)(p.ac, p.s);
    },
  },
  {
    name: '020 / 010 / 077, typed (020-390 000)',
    make: () => {
      const p = validPhone(NON_GEOGRAPHIC);
      return pick(TYPED_NATIONAL)(p.ac, p.s);
    },
  },
  {
    name: '020 / 010 / 077, one digit run (020390000)',
    make: () => {
      const p = validPhone(NON_GEOGRAPHIC);
      return p.ac + p.s;
    },
  },
  { name: 'service numbers (112, 114 14, 116 006)', make: () => pick(SERVICE) },
  { name: 'dates and ranges (2026-03-12, 12/3 2026)', make: dateText },
  { name: 'compact timestamps (20260312-1430)', make: compactTimestamp },
  { name: 'times (kl. 08.00–17.00)', make: timeText },
  { name: 'diary numbers (dnr 2026-1234)', make: diaryNumber },
  { name: 'legal references (§ 45, 3 kap. 2 § SoL)', make: legalReference },
  { name: 'organisation numbers (556677-8899)', make: organisationNumber },
  { name: 'random 10-digit numbers', make: () => digits(10) },
  { name: 'random 12-digit numbers', make: () => digits(12) },
];

const rate = (n: number) => `${((n / SAMPLES) * 100).toFixed(2)} %`;
const rows = CORPORA.map(({ name, make }) => {
  let flagged = 0;
  let soft = 0;
  let softNamed = 0;
  for (let i = 0; i < SAMPLES; i++) {
    const value = make();
    const text = inSentence(value);
    if (findPersonalNumbers(text).length > 0) flagged++;
    if (findSoftPersonalNumbers(text).length > 0) soft++;
    if (findSoftPersonalNumbers(nextToName(value)).length > 0) softNamed++;
  }
  return { name, flagged, soft, softNamed };
});

const header = ['corpus', 'samples', 'hard', 'soft', 'soft, next to a name'] as const;
const cells = rows.map((r) => [
  r.name,
  String(SAMPLES),
  rate(r.flagged),
  rate(r.soft),
  rate(r.softNamed),
]);
const total = (key: 'flagged' | 'soft' | 'softNamed') =>
  `${((rows.reduce((sum, r) => sum + r[key], 0) / (SAMPLES * rows.length)) * 100).toFixed(2)} %`;
cells.push([
  'all corpora',
  String(SAMPLES * rows.length),
  total('flagged'),
  total('soft'),
  total('softNamed'),
]);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
const line = (c: readonly string[]) =>
  `| ${c.map((v, i) => (i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join(' | ')} |`;

console.log(`Personal-data guard: false positives (seed ${SEED}, ${SAMPLES} samples per corpus)\n`);
console.log(line(header));
console.log(
  `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
);
for (const c of cells) console.log(line(c));

// Throughput on ~1 MB of mixed text, since the guard runs on every free-text write.
const mixed = Array.from({ length: 20_000 }, () => inSentence(pick(CORPORA).make())).join(' ');
const started = performance.now();
const rounds = 10;
for (let i = 0; i < rounds; i++) findPersonalNumbers(mixed);
const seconds = (performance.now() - started) / 1000;
console.log(
  `\nScan speed: ${((mixed.length * rounds) / seconds / 1e6).toFixed(1)} M chars/s ` +
    `(${(mixed.length / 1e6).toFixed(2)} M chars × ${rounds})`,
);
