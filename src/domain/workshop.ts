/**
 * Workshop mode's pure parts (issue 17): the join code and the time of day as said in Sweden
 * (the summary's renderers are in render/workshop-summary.ts).
 */

const STOCKHOLM_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "14:20": the Swedish time of day of an ISO timestamp. */
export const swedishTimeOf = (iso: string): string => STOCKHOLM_TIME.format(new Date(iso));

/** Digits and capitals without look-alikes: no 0/O, 1/I/L. 31 signs, six places ≈ 8.9·10⁸ codes. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;
export const JOIN_CODE_PATTERN = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/;

/** A new code from `randomIndex` (crypto.randomInt on the server; a seeded one in tests). */
export function newJoinCode(randomIndex: (size: number) => number): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++)
    code += JOIN_CODE_ALPHABET[randomIndex(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What a person typed as the code: capitals, without spaces and dashes ("abc 234" → "ABC234"). */
export function normaliseJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}
