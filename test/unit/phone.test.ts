import { describe, expect, it } from 'vitest';
import { formatPhoneForDisplay, normalizePhone, telHref } from '../../src/domain/phone';

describe('normalizePhone', () => {
  it.each([
    ['020-390 000', '+4620390000', '020-39 00 00'],
    ['08-123 456 78', '+46812345678', '08-123 456 78'],
    ['0812345678', '+46812345678', '08-123 456 78'],
    ['(08) 123 456 78', '+46812345678', '08-123 456 78'],
    ['08–123 456 78', '+46812345678', '08-123 456 78'],
    ['031-123 45 67', '+46311234567', '031-123 45 67'],
    ['0910-12 34 56', '+46910123456', '0910-12 34 56'],
    ['070-123 45 67', '+46701234567', '070-123 45 67'],
    ['+46 70 123 45 67', '+46701234567', '070-123 45 67'],
    ['+46701234567', '+46701234567', '070-123 45 67'],
    ['0046 70 123 45 67', '+46701234567', '070-123 45 67'],
    ['+46 (0)8 123 456 78', '+46812345678', '08-123 456 78'],
    ['  070-123 45 67  ', '+46701234567', '070-123 45 67'],
  ])('accepts %j as %s, shown as %j', (input, e164, national) => {
    expect(normalizePhone(input)).toEqual({ ok: true, e164, national, kind: 'number' });
  });

  it('shows a foreign number in international form so it does not pass for a Swedish one', () => {
    expect(normalizePhone('+47 22 12 34 56')).toEqual({
      ok: true,
      e164: '+4722123456',
      national: '+47 22 12 34 56',
      kind: 'number',
    });
  });

  it.each([
    ['112', '112', '112'],
    ['114 14', '11414', '114 14'],
    ['11414', '11414', '114 14'],
    ['114-14', '11414', '114 14'],
    ['1177', '1177', '1177'],
    ['113 13', '11313', '113 13'],
    ['116 000', '116000', '116 000'],
    ['116 111', '116111', '116 111'],
    ['116006', '116006', '116 006'],
    ['90101', '90101', '90101'],
  ])('accepts the service number %j as typed', (input, e164, national) => {
    expect(normalizePhone(input)).toEqual({ ok: true, e164, national, kind: 'service' });
  });

  it.each([
    ['a short number that is no service', '12345'],
    ['a short number not on the allowlist', '90000'],
    ['letters', 'abc'],
    ['a letter among digits', '070-123 45 6a'],
    ['keypad letters', '0771-FLOWERS'],
    ['a number inside a sentence', 'ring 070-123 45 67'],
    ['a mobile number one digit too long', '070-123 45 678'],
    ['a far too long number', '+46 70 123 45 67 89 01'],
    ['input beyond any phone number length', '0'.repeat(41)],
    ['an unassigned Swedish range', '04-123 45 67'],
    ['a truncated number', '08-1234'],
    ['a service number with a country code', '+46 112'],
    ['a line break inside the number', '070\n123 45 67'],
    ['nothing', '   '],
    ['a lone plus', '+'],
  ])('rejects %s (%j)', (_, input) => {
    expect(normalizePhone(input)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('formatPhoneForDisplay', () => {
  it('shows stored values the way normalizePhone shows them', () => {
    expect(formatPhoneForDisplay('+4620390000')).toBe('020-39 00 00');
    expect(formatPhoneForDisplay('+46812345678')).toBe('08-123 456 78');
    expect(formatPhoneForDisplay('11414')).toBe('114 14');
    expect(formatPhoneForDisplay('116000')).toBe('116 000');
    expect(formatPhoneForDisplay('+4722123456')).toBe('+47 22 12 34 56');
  });

  it('leaves a value it cannot read unchanged', () => {
    expect(formatPhoneForDisplay('växeln')).toBe('växeln');
  });
});

describe('telHref', () => {
  it('links E.164 numbers and service digits', () => {
    expect(telHref('+46812345678')).toBe('tel:+46812345678');
    expect(telHref('08-123 456 78')).toBe('tel:+46812345678');
    expect(telHref('11414')).toBe('tel:11414');
    expect(telHref('114 14')).toBe('tel:11414');
  });

  it('never puts anything but digits and + into the link', () => {
    expect(telHref('x"><script>1')).toBe('tel:1');
  });
});
