/**
 * Phone numbers of contact paths: parsed, validated and normalised so that the
 * routine stores one canonical value and shows it the way Swedes write it.
 *
 * libphonenumber-js does not know Swedish short service numbers (`112`,
 * `114 14`, `1177` parse but are not valid), so those come from an explicit
 * allowlist; everything else must be a number libphonenumber calls valid.
 *
 * The `max` metadata is used on purpose: the default `min` metadata only checks
 * lengths and accepts unassigned ranges such as `04-123 45 67` or
 * `099-123 45 67`. It costs about 20 KB gzip more in a bundle that imports it.
 *
 * @module
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * Swedish public service and helpline short numbers, accepted as typed and
 * shown in their customary form. Only numbers dialled without an area code by
 * the public; premium-rate and commercial short numbers are left out.
 */
const SERVICE_NUMBERS: ReadonlyMap<string, string> = new Map([
  // SOS Alarm: emergencies (police, ambulance, rescue services, on-call priest).
  ['112', '112'],
  // Polisen: non-urgent police matters and reporting a crime.
  ['11414', '114 14'],
  // 1177: the regions' health-care advice line.
  ['1177', '1177'],
  // Information number for serious accidents and crises (Krisinformation / SOS Alarm).
  ['11313', '113 13'],
  // EU hotline for missing children, answered by SOS Alarm.
  ['116000', '116 000'],
  // BRIS: the EU child helpline.
  ['116111', '116 111'],
  // Brottsofferjouren: the EU helpline for victims of crime.
  ['116006', '116 006'],
  // Mind Självmordslinjen: the suicide-prevention line.
  ['90101', '90101'],
]);

/**
 * What a person types into a phone field: digits, spaces, `+`, dashes,
 * parentheses, dots and slashes. Anything else is refused before parsing,
 * because libphonenumber extracts a number from surrounding text
 * ("ring 070-123 45 67 efter 9") and reads letters as keypad digits, and the
 * stored value must be exactly the number the user meant.
 */
const PHONE_CHARACTERS = /^[\d \u00A0\u2009\u202F+\-\u2010-\u2013\u2212()./]+$/;

/** Spaces and dashes people put inside service numbers ("114 14", "116-000"). */
const GROUPING = /[ \u00A0\u2009\u202F\-\u2010-\u2013\u2212]/g;

/** Longer input is not a phone number; refusing it early bounds the parser's work. */
const MAX_INPUT_LENGTH = 40;

/** Result of {@link normalizePhone}. */
export type NormalizedPhone =
  | {
      ok: true;
      /** The value to store: E.164 (`+46812345678`), or a service number's digits (`11414`). */
      e164: string;
      /**
       * The value to show: libphonenumber's national format for Swedish
       * numbers (`08-123 456 78`), the international format for foreign ones
       * (`+47 22 12 34 56`, since a national form would look Swedish), the
       * customary form for service numbers (`114 14`).
       */
      national: string;
      kind: 'service' | 'number';
    }
  | { ok: false; reason: 'invalid' };

function serviceDigits(value: string): string | undefined {
  const digits = value.replace(GROUPING, '');
  return SERVICE_NUMBERS.has(digits) ? digits : undefined;
}

function displayForm(parsed: NonNullable<ReturnType<typeof parsePhoneNumberFromString>>): string {
  return parsed.country === 'SE' ? parsed.formatNational() : parsed.formatInternational();
}

/**
 * Validates and normalises a phone number as typed: Swedish national forms
 * (`08-123 456 78`, `070-123 45 67`, `020-390 000`, `(08) 123 456 78`),
 * international forms (`+46 70 123 45 67`, `0046 70 123 45 67`,
 * `+46 (0)8 …`), foreign numbers with their country code, and the service
 * numbers of the allowlist (`112`, `114 14`, …).
 */
export function normalizePhone(input: string): NormalizedPhone {
  const value = input.trim();
  if (value.length === 0 || value.length > MAX_INPUT_LENGTH)
    return { ok: false, reason: 'invalid' };
  if (!PHONE_CHARACTERS.test(value)) return { ok: false, reason: 'invalid' };

  const service = serviceDigits(value);
  if (service !== undefined) {
    return {
      ok: true,
      e164: service,
      national: SERVICE_NUMBERS.get(service) ?? service,
      kind: 'service',
    };
  }

  const parsed = parsePhoneNumberFromString(value, 'SE');
  if (!parsed?.isValid()) return { ok: false, reason: 'invalid' };
  return { ok: true, e164: parsed.number, national: displayForm(parsed), kind: 'number' };
}

/**
 * The display form of a stored value (E.164 or service digits), as
 * {@link normalizePhone} would show it. A value that is neither is returned
 * unchanged, so that odd legacy data is still shown rather than hidden.
 */
export function formatPhoneForDisplay(e164OrService: string): string {
  const service = serviceDigits(e164OrService);
  if (service !== undefined) return SERVICE_NUMBERS.get(service) ?? service;
  const parsed = parsePhoneNumberFromString(e164OrService, 'SE');
  return parsed?.isValid() ? displayForm(parsed) : e164OrService;
}

/**
 * A `tel:` URI for a stored or typed value: `tel:+46812345678`, or the
 * service digits (`tel:11414`), which work only when dialled inside Sweden.
 * Anything unparsable keeps just its digits and `+`, so the link can never
 * carry other characters.
 */
export function telHref(value: string): string {
  const normalized = normalizePhone(value);
  if (normalized.ok) return `tel:${normalized.e164}`;
  return `tel:${value.replace(/[^\d+]/g, '')}`;
}
