import type { AuditEvent } from '../../src/contracts/audit';
import { summarizeAuditEvent } from '../../src/web/features/audit/audit-summary';
import { en } from '../../src/web/i18n/en';
import { sv } from '../../src/web/i18n/sv';
import { createTranslator } from '../../src/web/i18n/translator';

type Translate = (key: string, options?: Record<string, string | number>) => string;

const translators = {
  sv: createTranslator<'sv' | 'en'>('sv', { sv, en }),
  en: createTranslator<'sv' | 'en'>('sv', { sv, en }),
};
await translators.en.changeLanguage('en');

/** The web catalogue's translate function for one language, as the Händelselogg uses it. */
export const translateIn = (lang: 'sv' | 'en'): Translate => translators[lang].t;

/** An audit event as the Händelselogg shows it to a reader of that language. */
export function sayAuditEvent(
  event: Pick<AuditEvent, 'action' | 'params' | 'summary' | 'targetType'>,
  lang: 'sv' | 'en',
): string {
  return summarizeAuditEvent(event as AuditEvent, translateIn(lang), lang);
}
