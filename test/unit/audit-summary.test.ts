import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../src/contracts/audit';
import { AUDIT_FIELDS, AUDIT_KINDS } from '../../src/contracts/audit-kinds';
import { summarizeAuditEvent } from '../../src/web/features/audit/audit-summary';
import { en } from '../../src/web/i18n/en';
import { sv } from '../../src/web/i18n/sv';
import { translateIn as tIn } from '../helpers/audit-sentences';

const event = (
  action: string,
  params: AuditEvent['params'],
  summary = 'english fallback',
): AuditEvent => ({
  id: '00000000-0000-4000-8000-000000000000',
  at: '2026-12-01T12:00:00.000Z',
  userId: null,
  userName: null,
  action,
  targetType: 'actor',
  targetId: null,
  summary,
  params,
});

describe('the Händelselogg in the reader’s language', () => {
  it('renders a stored event in Swedish and in English, naming vocabulary codes in words', () => {
    const e = event('actor.create', { name: 'Polisen', kind: 'police', paths: 2 });
    expect(summarizeAuditEvent(e, tIn('sv'), 'sv')).toBe(
      'Polisen (Polis) lades till med 2 kontaktvägar',
    );
    expect(summarizeAuditEvent(e, tIn('en'), 'en')).toBe(
      'Polisen (Police) added with 2 contact paths',
    );
  });

  it('names the question and its step, and the milestone’s phase in the template’s words', () => {
    const answer = event('answer.save', { question: 's3.q2', revision: 4, length: 120 });
    expect(summarizeAuditEvent(answer, tIn('sv'), 'sv')).toBe(
      'Fråga 2 i steg 3: version 4 (120 tecken)',
    );
    const milestone = event('milestone.create', {
      phase: 'establish',
      title: 'Klar',
      date: '2027-01-01',
    });
    expect(summarizeAuditEvent(milestone, tIn('sv'), 'sv')).toBe(
      'Upprättande: ”Klar”, planerad 2027-01-01',
    );
  });

  it('says who an invitation is for only when there is an organisation', () => {
    const withActor = event('invitation.create', {
      email: 'a@b.se',
      role: 'editor',
      actor: 'Polisen',
    });
    expect(summarizeAuditEvent(withActor, tIn('sv'), 'sv')).toBe(
      'a@b.se bjöds in som redaktör för Polisen',
    );
    const without = event('invitation.create', { email: 'a@b.se', role: 'reader', actor: '' });
    expect(summarizeAuditEvent(without, tIn('en'), 'en')).toBe('a@b.se invited as reader');
  });

  it('falls back to the server’s summary for events without parameters', () => {
    expect(
      summarizeAuditEvent(
        event('member.update', null, 'role: "reader" → "editor"'),
        tIn('sv'),
        'sv',
      ),
    ).toBe('role: "reader" → "editor"');
  });

  it('names changed fields in words, never as code names', () => {
    const e = event('routine.update', { title: 'Rutinen', fields: 'title,mainRule' });
    expect(summarizeAuditEvent(e, tIn('sv'), 'sv')).toBe(
      '”Rutinen” – ändrat: titel och huvudregel',
    );
    expect(summarizeAuditEvent(e, tIn('en'), 'en')).toBe(
      '“Rutinen” – changed: title and main rule',
    );
    const member = event('member.update', { name: 'Lisa', fields: 'role,organisation' });
    expect(summarizeAuditEvent(member, tIn('sv'), 'sv')).toBe(
      'Lisa – ändrat: roll och organisation',
    );
  });

  it('says how often in words ("varannan månad") and a national entry in the reader’s language', () => {
    const plan = event('evaluation_plan.save', {
      revision: 2,
      months: 2,
      date: '2027-06-01',
      name: 'Socialtjänsten',
    });
    expect(summarizeAuditEvent(plan, tIn('sv'), 'sv')).toBe(
      'Version 2: uppföljning varannan månad, nästa översyn 2027-06-01, ansvarig Socialtjänsten',
    );
    const national = event('knowledge.national_update', {
      title: 'Stödtelefonen',
      titleEn: 'The support line',
      shown: 0,
      annotated: 1,
    });
    expect(summarizeAuditEvent(national, tIn('en'), 'en')).toBe(
      '“The support line”: hidden, with a note of its own',
    );
    expect(summarizeAuditEvent(national, tIn('sv'), 'sv')).toBe(
      '”Stödtelefonen”: dold, med egen kommentar',
    );
  });

  it('names the feedback state and the step or the whole routine', () => {
    const triage = event('feedback.triage', { status: 'no_action', fields: 'status,note' });
    expect(summarizeAuditEvent(triage, tIn('sv'), 'sv')).toBe(
      'Återkoppling – ändrat: läge och anteckning; läge: ingen åtgärd',
    );
    const whole = event('feedback.create', { step: 0, title: 'Rutinen' });
    expect(summarizeAuditEvent(whole, tIn('en'), 'en')).toBe(
      'Feedback on “Rutinen”, the whole routine',
    );
  });
});

/** `action: 'x.y'` and `? 'x.y' : 'z.w'` in the server's calls of insertAuditEvent. */
function serverAuditKinds(): Set<string> {
  const root = join(__dirname, '../../src/server');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(root, f), 'utf8'));
  const kinds = new Set<string>();
  for (const text of files) {
    for (const line of text.split('\n').filter((l) => /^\s*action: /.test(l))) {
      for (const m of line.matchAll(/'([a-z_]+\.[a-z_.]+)'/g)) kinds.add(m[1]!);
    }
  }
  return kinds;
}

describe('one list of audit kinds, a sentence for each', () => {
  it('the server writes only kinds of the shared list (and the scan finds them)', () => {
    const written = serverAuditKinds();
    expect(written.size).toBeGreaterThanOrEqual(50);
    for (const kind of written) expect(AUDIT_KINDS, kind).toContain(kind);
    for (const kind of AUDIT_KINDS) expect(written, `${kind} is never written`).toContain(kind);
  });

  it('every kind has a sentence and a label in Swedish and English, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const kind of AUDIT_KINDS) {
      const key = kind.replace(/\./g, '_');
      const svSentence = (sv.audit.sentences as Record<string, string>)[key];
      const enSentence = (en.audit.sentences as Record<string, string>)[key];
      expect(svSentence, `sv sentence for ${kind}`).toBeTypeOf('string');
      expect(enSentence, `en sentence for ${kind}`).toBeTypeOf('string');
      expect(placeholders(enSentence!), kind).toEqual(placeholders(svSentence!));
      expect((sv.audit.actions as Record<string, string>)[key], `sv label ${kind}`).toBeTruthy();
      expect((en.audit.actions as Record<string, string>)[key], `en label ${kind}`).toBeTruthy();
    }
    const sentenceKeys = Object.keys(sv.audit.sentences).sort();
    expect(sentenceKeys).toEqual(AUDIT_KINDS.map((k) => k.replace(/\./g, '_')).sort());
  });

  it('every field an update can name has a word in both languages', () => {
    expect(Object.keys(sv.audit.fields).sort()).toEqual([...AUDIT_FIELDS].sort());
    expect(Object.keys(en.audit.fields).sort()).toEqual([...AUDIT_FIELDS].sort());
  });
});
