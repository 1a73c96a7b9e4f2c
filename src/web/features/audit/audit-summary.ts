import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../contracts/audit';
import { findQuestion, stepOf } from '../../../domain/template';
import { VOCABULARY } from '../../../domain/vocabulary-labels';
import { useLanguage } from '../../i18n';
import { actionKey } from './audit-labels';

/** The events whose sentence the catalogue holds (`audit.sentences.<key>`). */
const SENTENCES = new Set([
  'actor_create',
  'actor_delete',
  'action_create',
  'action_delete',
  'obstacle_create',
  'obstacle_delete',
  'milestone_create',
  'milestone_delete',
  'routine_create',
  'answer_save',
  'collaboration_create',
  'knowledge_create',
  'knowledge_update',
  'knowledge_delete',
  'sign_off_reauth_failed',
  'invitation_create',
  'invitation_revoke',
  'version_create',
  'sign_off_create',
  'routine_adopt',
  'evaluation_plan_next_review',
]);

/**
 * An event's summary in the reader's language: the sentence from the catalogue with the
 * parameters the server stored, vocabulary codes (actor kind, phase, role, question id) named
 * in words. Events without parameters (older ones, and changes listed field by field) show
 * the server's English summary.
 */
export function useAuditSummary(): (event: AuditEvent) => string {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (event) => summarizeAuditEvent(event, t as unknown as Translate, lang);
}

type Translate = (key: string, options?: Record<string, string | number>) => string;

/** The pure part of {@link useAuditSummary}: an event, a translate function and the language. */
export function summarizeAuditEvent(event: AuditEvent, t: Translate, lang: 'sv' | 'en'): string {
  const key = actionKey(event.action);
  const params = event.params;
  if (!params || !SENTENCES.has(key)) return event.summary;
  const words: Record<string, string | number> = { ...params };
  const vocab = VOCABULARY[lang];
  if (typeof params.kind === 'string' && params.kind in vocab.actorKind) {
    words.kind = vocab.actorKind[params.kind as keyof typeof vocab.actorKind];
  }
  if (typeof params.phase === 'string' && params.phase in vocab.phase) {
    words.phase = vocab.phase[params.phase as keyof typeof vocab.phase];
  }
  if (typeof params.role === 'string') {
    words.role = t(`roles.${params.role}`).toLowerCase();
  }
  if (typeof params.question === 'string') {
    words.question = findQuestion(params.question)?.number ?? params.question;
    words.step = stepOf(params.question)?.number ?? '?';
  }
  words.forActor = params.actor
    ? t('audit.sentences.forActor', { actor: String(params.actor) })
    : '';
  // The key is built from the event (checked against SENTENCES above).
  return t(`audit.sentences.${key}`, words);
}
