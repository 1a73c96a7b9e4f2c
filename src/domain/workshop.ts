import { dateOf } from './render/dates';

/**
 * Workshop mode's pure parts (issue 17): the join code, the time of day as said in Sweden,
 * and the summary in Markdown.
 */

const STOCKHOLM_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "14:20": the Swedish time of day of an ISO timestamp. */
export const swedishTimeOf = (iso: string): string => STOCKHOLM_TIME.format(new Date(iso));

/** Digits and capitals without look-alikes: no 0/O, 1/I/L. 31 signs, six places ≈ 8.9·10⁸ codes. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;
export const JOIN_CODE_PATTERN = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/;

/** A new code from `randomIndex` (crypto.randomInt on the server; a seeded one in tests). */
export function newJoinCode(randomIndex: (size: number) => number): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++)
    code += JOIN_CODE_ALPHABET[randomIndex(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What a person typed as the code: capitals, without spaces and dashes ("abc 234" → "ABC234"). */
export function normaliseJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export interface SummaryQuestion {
  questionId: string;
  step: number;
  text: string;
  phase: string;
  agreedText: string | null;
  agreedAt: string | null;
  tally: { support: number; accept: number; block: number };
  participantCount: number | null;
  blocks: { round: number; reason: string; organisation: string | null }[];
}

export interface WorkshopSummaryModel {
  routineTitle: string;
  code: string;
  createdAt: string;
  endedAt: string | null;
  questions: SummaryQuestion[];
  proposals: { step: number; organisation: string | null; what: string; status: string }[];
  organisations: string[];
  guestCount: number;
}

/** Escapes what would start Markdown structure inside a line of user text. */
function inline(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** A block of user text as a quotation, one quoted line per line. */
function quote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${inline(line)}`)
    .join('\n');
}

const time = swedishTimeOf;

/** The workshop summary as Markdown (Swedish, like the other files for the group). */
export function renderWorkshopSummary(m: WorkshopSummaryModel): string {
  const out: string[] = [
    `# Workshop: ${inline(m.routineTitle)}`,
    '',
    `Kod ${m.code} · ${dateOf(m.createdAt)} ${time(m.createdAt)}${m.endedAt ? `–${time(m.endedAt)}` : ' (pågår)'}`,
    '',
    '## Frågor',
  ];
  for (const q of m.questions) {
    out.push('', `### ${q.questionId} (steg ${q.step}): ${inline(q.text)}`, '');
    if (q.phase === 'accepted' && q.agreedText !== null) {
      out.push(
        `Överenskommet ${q.agreedAt ? time(q.agreedAt) : ''}:`.trim(),
        '',
        quote(q.agreedText),
        '',
      );
    } else if (q.phase === 'parked') {
      out.push('Parkerad till senare.', '');
    } else {
      out.push('Ingen överenskommelse.', '');
    }
    const agreed = q.tally.support + q.tally.accept;
    out.push(
      `Röster: ${q.tally.support} står bakom, ${q.tally.accept} kan leva med det, ${q.tally.block} blockerar` +
        (q.participantCount !== null ? ` (${agreed} av ${q.participantCount} överens).` : '.'),
    );
    if (q.blocks.length > 0) {
      out.push('', 'Blockeringar:');
      for (const b of q.blocks) {
        out.push(
          `- Omgång ${b.round}${b.organisation ? `, ${inline(b.organisation)}` : ''}: ${inline(b.reason)}`,
        );
      }
    }
  }
  out.push('', '## Förslag på vem gör vad', '');
  if (m.proposals.length === 0) out.push('Inga förslag.');
  const status: Record<string, string> = {
    accepted: 'antaget',
    discarded: 'avfört',
    proposed: 'ej beslutat',
  };
  for (const p of m.proposals) {
    out.push(
      `- Steg ${p.step}${p.organisation ? `, ${inline(p.organisation)}` : ''}: ${inline(p.what)} (${status[p.status] ?? p.status})`,
    );
  }
  out.push('', '## Deltagande organisationer', '');
  if (m.organisations.length === 0) out.push('Inga angivna.');
  for (const o of m.organisations) out.push(`- ${inline(o)}`);
  if (m.guestCount > 0) out.push('', `Därav ${m.guestCount} gäster utan konto (anonymiserade).`);
  return `${out.join('\n')}\n`;
}
