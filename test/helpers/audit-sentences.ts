import i18next from 'i18next';
import type { AuditEvent } from '../../src/contracts/audit';
import { summarizeAuditEvent } from '../../src/web/features/audit/audit-summary';
import { en } from '../../src/web/i18n/en';
import { sv } from '../../src/web/i18n/sv';

type Translate = (key: string, options?: Record<string, string | number>) => string;

const i18n = i18next.createInstance();
await i18n.init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: 'sv',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** The web catalogue's translate function for one language, as the Händelselogg uses it. */
export const translateIn = (lang: 'sv' | 'en') => i18n.getFixedT(lang) as unknown as Translate;

/** An audit event as the Händelselogg shows it to a reader of that language. */
export function sayAuditEvent(
  event: Pick<AuditEvent, 'action' | 'params' | 'summary' | 'targetType'>,
  lang: 'sv' | 'en',
): string {
  return summarizeAuditEvent(event as AuditEvent, translateIn(lang), lang);
}
