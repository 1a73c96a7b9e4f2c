import { z } from 'zod';
import type { ContactPath, ContactPathInput } from '../../../contracts/actors';
import type { FieldError } from '../../../contracts/errors';
import { formatPhoneForDisplay, normalizePhone, telHref } from '../../../domain/phone';
import type { ContactPathsTable } from '../../db/schema';

const ZEmail = z.email();

/**
 * Normalises one contact path's value by channel: phones to E.164 (or a service number),
 * e-mails lower-cased and validated, web addresses given a scheme and validated.
 * Returns the stored value, or a field error naming the path.
 */
export function normalizeContactValue(
  input: ContactPathInput,
  index: number,
): { value: string } | { error: FieldError } {
  const field = `contactPaths.${index}.value`;
  const raw = input.value.trim();
  switch (input.channel) {
    case 'phone': {
      const phone = normalizePhone(raw);
      if (!phone.ok) {
        return {
          error: {
            field,
            message: `"${raw}" is not a valid phone number. Write it as a Swedish number (e.g. 08-123 456 78, 020-390 000, 114 14) or with +country code.`,
          },
        };
      }
      return { value: phone.e164 };
    }
    case 'email': {
      const email = raw.toLowerCase();
      if (!ZEmail.safeParse(email).success) {
        return { error: { field, message: `"${raw}" is not a valid e-mail address.` } };
      }
      return { value: email };
    }
    case 'web': {
      const withScheme = /^https?:\/\//i.test(raw) ? raw : `https://${raw}`;
      try {
        const url = new URL(withScheme);
        if (!url.hostname.includes('.')) throw new Error('no domain');
        return { value: url.toString() };
      } catch {
        return { error: { field, message: `"${raw}" is not a valid web address.` } };
      }
    }
    default:
      return { value: raw };
  }
}

/** A stored row as the API shows it: display form and a link where the channel has one. */
export function toContactPath(row: ContactPathsTable): ContactPath {
  const channel = row.channel as ContactPath['channel'];
  const display = channel === 'phone' ? formatPhoneForDisplay(row.value) : row.value;
  const href =
    channel === 'phone'
      ? telHref(row.value)
      : channel === 'email'
        ? `mailto:${row.value}`
        : channel === 'web'
          ? row.value
          : null;
  return {
    id: row.id,
    channel,
    value: row.value,
    display,
    href,
    label: row.label,
    hours: row.hours,
    always: row.always === 1,
    audience: row.audience as ContactPath['audience'],
    notes: row.notes,
  };
}
