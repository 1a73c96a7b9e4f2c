import { useLanguage } from '../i18n';

const LOCALES = { sv: 'sv-SE', en: 'en-GB' } as const;

/** Formats an ISO date or time as a date in the UI language ("2027-03-01" / "1 Mar 2027"). */
export function useFormatDate(): (iso: string) => string {
  const language = useLanguage();
  const format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium' });
  return (iso) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
}

/** Formats an ISO time as a date and a time of day ("2 dec. 2026 14:20" / "2 Dec 2026, 14:20"). */
export function useFormatDateTime(): (iso: string) => string {
  const language = useLanguage();
  const format = new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (iso) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
}

/** Formats a time of day ("14:32"). */
export function useFormatTime(): (date: Date) => string {
  const language = useLanguage();
  const format = new Intl.DateTimeFormat(LOCALES[language], { hour: '2-digit', minute: '2-digit' });
  return (date) => format.format(date);
}

/** Joins names as a sentence does ("A, B och C" / "A, B and C"). */
export function useFormatList(): (items: readonly string[]) => string {
  const language = useLanguage();
  const format = new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' });
  return (items) => format.format(items);
}
