import type { Lang } from './model';

const MONTHS: Record<Lang, readonly string[]> = {
  sv: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const STOCKHOLM_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The Swedish calendar date (YYYY-MM-DD) of an ISO date or timestamp: a routine adopted at
 * 23:30 UTC on 28 February was adopted on 1 March in Sweden.
 */
export function dateOf(isoDateOrTime: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(isoDateOrTime)) return isoDateOrTime;
  const d = new Date(isoDateOrTime);
  if (Number.isNaN(d.getTime())) return isoDateOrTime;
  return STOCKHOLM_DATE.format(d);
}

/** "mars 2028" / "March 2028" */
export function monthYear(isoDate: string, lang: Lang): string {
  const [year, month] = dateOf(isoDate).split('-');
  const name = MONTHS[lang][Number(month) - 1];
  return name ? `${name} ${year}` : isoDate;
}
