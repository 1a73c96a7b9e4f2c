import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../src/contracts/audit';
import { summarizeAuditEvent } from '../../src/web/features/audit/audit-summary';
import { en } from '../../src/web/i18n/en';
import { sv } from '../../src/web/i18n/sv';

const i18n = i18next.createInstance();
await i18n.init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: 'sv',
  interpolation: { escapeValue: false },
  initAsync: false,
});
const tIn = (lang: 'sv' | 'en') =>
  i18n.getFixedT(lang) as unknown as (k: string, o?: Record<string, string | number>) => string;

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
});
