import { useLanguage } from '../../i18n';

const LOCALES = { sv: 'sv-SE', en: 'en-GB' } as const;
const pad = (n: number) => String(n).padStart(2, '0');

/** Today in the user's own time zone as `YYYY-MM-DD` (the API's date format). */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
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
