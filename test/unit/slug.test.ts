import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/domain/slug';

describe('slugify', () => {
  it('writes a Swedish title as an address', () => {
    expect(slugify('Rutin för enskilda ärenden – Åre')).toBe('rutin-for-enskilda-arenden-are');
  });

  it('cuts a long title between words, never inside one', () => {
    const title =
      'Gemensam rutin för enskilda ärenden som rör människohandel och prostitution i Exempelkommun';
    const slug = slugify(title);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('gemensam-rutin-for-enskilda-arenden-som-ror-manniskohandel');
  });

  it('cuts a single word longer than the limit where the limit falls', () => {
    expect(slugify('a'.repeat(80))).toBe('a'.repeat(60));
  });

  it('gives nothing for a title without letters or digits', () => {
    expect(slugify('– – –')).toBe('');
  });
});
