import { dateOf } from '../../domain/render/dates';
import { useLanguage } from '../i18n';

const LOCALES = { sv: 'sv-SE', en: 'en-GB' } as const;

/**
 * Today as `YYYY-MM-DD` (the API's date format) on the Swedish calendar, as the server counts
 * it: at 00:30 in Stockholm it is already tomorrow, whatever the browser's own time zone says,
 * and a sign-off dated "today" must not fall before the day its version was frozen.
 */
export function todayIso(now = new Date()): string {
  return dateOf(now.toISOString());
}

/**
 * Formats a calendar date (`YYYY-MM-DD`) in the UI language. Read as UTC so that no time
 * zone moves it to the day before.
 */
export function useFormatDay(): (iso: string) => string {
  const language = useLanguage();
  const format = new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
  return (iso) => {
    const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
