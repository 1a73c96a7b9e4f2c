import '../../i18n/areas/audit';
import type { AuditEvent } from '../../../contracts/audit';
import { AUDIT_FIELDS, type AuditField } from '../../../contracts/audit-kinds';
import { findQuestion, stepOf } from '../../../domain/template';
import { EVERY_MONTHS, VOCABULARY } from '../../../domain/vocabulary-labels';
import { useLanguage, useTranslation } from '../../i18n';
import { actionKey, isKnownAction } from './audit-labels';

const LOCALES = { sv: 'sv-SE', en: 'en-GB' } as const;

/**
 * An event's summary in the reader's language: the sentence from the catalogue with the
 * parameters the server stored, vocabulary codes (actor kind, phase, role, question id, changed
 * fields) named in words. Events without parameters (written before the server stored them)
 * show the server's English summary.
 */
export function useAuditSummary(): (event: AuditEvent) => string {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (event) => summarizeAuditEvent(event, t as unknown as Translate, lang);
}

type Translate = (key: string, options?: Record<string, string | number>) => string;

const isField = (code: string): code is AuditField =>
  (AUDIT_FIELDS as readonly string[]).includes(code);

/** The pure part of {@link useAuditSummary}: an event, a translate function and the language. */
export function summarizeAuditEvent(event: AuditEvent, t: Translate, lang: 'sv' | 'en'): string {
  const params = event.params;
  if (!params || !isKnownAction(event.action)) return event.summary;
  const key = actionKey(event.action);
  const words: Record<string, string | number> = { ...params };
  const vocab = VOCABULARY[lang];
  const text = (name: string) => (typeof params[name] === 'string' ? String(params[name]) : null);
  const kind = text('kind');
  if (kind && kind in vocab.actorKind) {
    words.kind = vocab.actorKind[kind as keyof typeof vocab.actorKind];
  }
  const phase = text('phase');
  if (phase && phase in vocab.phase) {
    words.phase = vocab.phase[phase as keyof typeof vocab.phase];
  }
  const role = text('role');
  if (role) words.role = t(`roles.${role}`).toLowerCase();
  const question = text('question');
  if (question) {
    words.question = findQuestion(question)?.number ?? question;
    words.step = stepOf(question)?.number ?? '?';
  }
  const status = text('status');
  if (status && status in vocab.feedbackStatus) {
    words.status = vocab.feedbackStatus[status as keyof typeof vocab.feedbackStatus].toLowerCase();
  }
  if (typeof params.fields === 'string') words.fields = fieldWords(params.fields, t, lang);
  if (typeof params.months === 'number') words.every = EVERY_MONTHS[lang](params.months);
  if (lang === 'en' && text('titleEn')) words.title = String(params.titleEn);
  if (typeof params.shown === 'number') {
    words.state = t(params.shown ? 'audit.words.shown' : 'audit.words.hidden');
    words.note = params.annotated ? t('audit.words.annotated') : '';
  }
  for (const time of ['from', 'to'] as const) {
    const at = text(time);
    if (at && !Number.isNaN(Date.parse(at))) {
      words[time] = new Intl.DateTimeFormat(LOCALES[lang], { timeStyle: 'short' }).format(
        new Date(at),
      );
    }
  }
  if (key === 'feedback_create') {
    words.where =
      params.step === 0
        ? t('audit.words.wholeRoutine')
        : t('audit.words.step', { step: params.step ?? '?' });
  }
  if (key === 'personal_data_acknowledged') {
    const target = t(`audit.targets.${event.targetType}`);
    words.target = target === `audit.targets.${event.targetType}` ? event.targetType : target;
  }
  words.forActor = params.actor ? t('audit.words.forActor', { actor: String(params.actor) }) : '';
  // The key is one of AUDIT_KINDS (checked above); the catalogue has a sentence for each.
  return t(`audit.sentences.${key}`, words);
}

/** "name,kind" → "namn och typ": each changed field in words, joined as a list. */
function fieldWords(list: string, t: Translate, lang: 'sv' | 'en'): string {
  const named = list
    .split(',')
    .filter(isField)
    .map((field) => t(`audit.fields.${field}`));
  if (named.length === 0) return t('audit.words.noFields');
  return new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(named);
}
