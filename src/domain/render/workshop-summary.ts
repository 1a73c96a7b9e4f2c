import { swedishTimeOf } from '../workshop';
import { dateOf } from './dates';

/** The workshop summary (issue 17) as a model, its words in Swedish and English, and Markdown. */

export interface SummaryQuestion {
  questionId: string;
  step: number;
  /** The question's text in the summary's language. */
  text: string;
  phase: string;
  agreedText: string | null;
  agreedAt: string | null;
  tally: { support: number; accept: number; block: number };
  participantCount: number | null;
  blocks: { round: number; reason: string; organisation: string | null }[];
}

export interface WorkshopSummaryModel {
  lang: 'sv' | 'en';
  routineTitle: string;
  code: string;
  createdAt: string;
  endedAt: string | null;
  questions: SummaryQuestion[];
  proposals: { step: number; organisation: string | null; what: string; status: string }[];
  organisations: string[];
  guestCount: number;
}

export const WORKSHOP_SUMMARY_LABELS = {
  sv: {
    title: 'Workshop',
    code: 'Kod',
    ongoing: 'pågår',
    questions: 'Frågor',
    step: 'steg',
    agreedAt: (time: string) => `Överenskommet ${time}:`,
    parked: 'Parkerad till senare.',
    notAgreed: 'Ingen överenskommelse.',
    votes: (s: number, a: number, b: number) =>
      `Röster: ${s} står bakom, ${a} kan leva med det, ${b} blockerar`,
    ofAgreed: (n: number, m: number) => `${n} av ${m} överens`,
    blocks: 'Blockeringar:',
    round: 'Omgång',
    proposals: 'Förslag på vem gör vad',
    noProposals: 'Inga förslag.',
    proposalStep: 'Steg',
    status: { accepted: 'antaget', discarded: 'avfört', proposed: 'ej beslutat' } as Record<
      string,
      string
    >,
    organisations: 'Deltagande organisationer',
    noOrganisations: 'Inga angivna.',
    guests: (n: number) => `Därav ${n} ${n === 1 ? 'gäst' : 'gäster'} utan konto (anonymiserade).`,
  },
  en: {
    title: 'Workshop',
    code: 'Code',
    ongoing: 'ongoing',
    questions: 'Questions',
    step: 'step',
    agreedAt: (time: string) => `Agreed at ${time}:`,
    parked: 'Parked for later.',
    notAgreed: 'No agreement.',
    votes: (s: number, a: number, b: number) =>
      `Votes: ${s} stand behind it, ${a} can live with it, ${b} block`,
    ofAgreed: (n: number, m: number) => `${n} of ${m} agreed`,
    blocks: 'Blocks:',
    round: 'Round',
    proposals: 'Proposals of who does what',
    noProposals: 'No proposals.',
    proposalStep: 'Step',
    status: { accepted: 'accepted', discarded: 'discarded', proposed: 'not decided' } as Record<
      string,
      string
    >,
    organisations: 'Organisations that took part',
    noOrganisations: 'None given.',
    guests: (n: number) =>
      `Of them ${n} ${n === 1 ? 'guest' : 'guests'} without an account (anonymised).`,
  },
} as const;

/** The lines a summary says about one question, shared by the Markdown and the PDF. */
export function questionOutcome(q: SummaryQuestion, lang: 'sv' | 'en') {
  const x = WORKSHOP_SUMMARY_LABELS[lang];
  const agreed = q.tally.support + q.tally.accept;
  const status =
    q.phase === 'accepted' && q.agreedText !== null
      ? x.agreedAt(q.agreedAt ? swedishTimeOf(q.agreedAt) : '')
      : q.phase === 'parked'
        ? x.parked
        : x.notAgreed;
  const votes =
    x.votes(q.tally.support, q.tally.accept, q.tally.block) +
    (q.participantCount !== null ? ` (${x.ofAgreed(agreed, q.participantCount)}).` : '.');
  const blocks = q.blocks.map(
    (b) => `${x.round} ${b.round}${b.organisation ? `, ${b.organisation}` : ''}: ${b.reason}`,
  );
  return {
    heading: `${q.questionId} (${x.step} ${q.step}): ${q.text}`,
    status,
    agreedText: q.phase === 'accepted' ? q.agreedText : null,
    votes,
    blocks,
  };
}

/** "Kod ABC234 · 2026-11-28 10:00–14:30" (Swedish date and time). */
export function summaryMeta(m: WorkshopSummaryModel): string {
  const x = WORKSHOP_SUMMARY_LABELS[m.lang];
  const end = m.endedAt ? `–${swedishTimeOf(m.endedAt)}` : ` (${x.ongoing})`;
  return `${x.code} ${m.code} · ${dateOf(m.createdAt)} ${swedishTimeOf(m.createdAt)}${end}`;
}

/** Escapes what would start Markdown structure inside a line of user text. */
function inline(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** A block of user text as a quotation, one quoted line per line. */
const quote = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => `> ${inline(line)}`)
    .join('\n');

/** The workshop summary as Markdown. */
export function renderWorkshopSummary(m: WorkshopSummaryModel): string {
  const x = WORKSHOP_SUMMARY_LABELS[m.lang];
  const out: string[] = [
    `# ${x.title}: ${inline(m.routineTitle)}`,
    '',
    summaryMeta(m),
    '',
    `## ${x.questions}`,
  ];
  for (const q of m.questions) {
    const o = questionOutcome(q, m.lang);
    out.push('', `### ${inline(o.heading)}`, '', o.status, '');
    if (o.agreedText !== null) out.push(quote(o.agreedText), '');
    out.push(o.votes);
    if (o.blocks.length > 0) {
      out.push('', x.blocks);
      for (const b of o.blocks) out.push(`- ${inline(b)}`);
    }
  }
  out.push('', `## ${x.proposals}`, '');
  if (m.proposals.length === 0) out.push(x.noProposals);
  for (const p of m.proposals) {
    const who = p.organisation ? `, ${p.organisation}` : '';
    out.push(
      `- ${inline(`${x.proposalStep} ${p.step}${who}: ${p.what}`)} (${x.status[p.status] ?? p.status})`,
    );
  }
  out.push('', `## ${x.organisations}`, '');
  if (m.organisations.length === 0) out.push(x.noOrganisations);
  for (const o of m.organisations) out.push(`- ${inline(o)}`);
  if (m.guestCount > 0) out.push('', x.guests(m.guestCount));
  return `${out.join('\n')}\n`;
}
