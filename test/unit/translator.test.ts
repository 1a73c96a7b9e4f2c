import { describe, expect, it, vi } from 'vitest';
import { en } from '../../src/web/i18n/en';
import { sv } from '../../src/web/i18n/sv';
import { type Catalogue, createTranslator } from '../../src/web/i18n/translator';

type Language = 'sv' | 'en';

const svStrings = {
  greeting: 'Hej {{name}}!',
  spaced: 'Hej {{ name }}',
  two: '{{a}} och {{b}}',
  nested: { deeper: { leaf: 'Löv' } },
  actors_one: '{{count}} aktör',
  actors_other: '{{count}} aktörer',
  onlyOther_other: '{{count}} st.',
  unread: 'Påminnelser ({{count}} nya)',
  swedishOnly: 'Bara på svenska',
} satisfies Catalogue;

const enStrings = {
  greeting: 'Hello {{name}}!',
  nested: { deeper: { leaf: 'Leaf' } },
  actors_one: '{{count}} actor',
  actors_other: '{{count}} actors',
} satisfies Catalogue;

/** A translator showing English, its catalogue already there. */
async function inEnglish() {
  const translator = createTranslator<Language>('sv', { sv: svStrings, en: enStrings });
  await translator.changeLanguage('en');
  return translator;
}

describe('the translator', () => {
  it('looks up nested keys by their dotted path', () => {
    const { t } = createTranslator<Language>('sv', { sv: svStrings });
    expect(t('nested.deeper.leaf')).toBe('Löv');
  });

  it('returns the key where it is missing everywhere or names a part, not a string', () => {
    const { t } = createTranslator<Language>('sv', { sv: svStrings });
    expect(t('nested.nothing.here')).toBe('nested.nothing.here');
    expect(t('nested.deeper')).toBe('nested.deeper');
    expect(t('greeting.length')).toBe('greeting.length');
  });

  it('fills in placeholders: one without a value stays, one undefined or null is empty', () => {
    const { t } = createTranslator<Language>('sv', { sv: svStrings });
    expect(t('greeting', { name: 'Ann' })).toBe('Hej Ann!');
    expect(t('spaced', { name: 'Ann' })).toBe('Hej Ann');
    expect(t('two', { a: 1, b: 0 })).toBe('1 och 0');
    expect(t('greeting')).toBe('Hej {{name}}!');
    expect(t('two', { a: 'x' })).toBe('x och {{b}}');
    expect(t('greeting', { name: undefined })).toBe('Hej !');
    expect(t('greeting', { name: null })).toBe('Hej !');
  });

  it('does not fill in placeholders that a value brings along', () => {
    const { t } = createTranslator<Language>('sv', { sv: svStrings });
    expect(t('two', { a: '{{b}}', b: 'B' })).toBe('{{b}} och B');
  });

  it('chooses the Swedish plural by count, 0 and 2 taking the other form', () => {
    const { t } = createTranslator<Language>('sv', { sv: svStrings });
    expect(t('actors', { count: 0 })).toBe('0 aktörer');
    expect(t('actors', { count: 1 })).toBe('1 aktör');
    expect(t('actors', { count: 2 })).toBe('2 aktörer');
  });

  it('chooses the English plural by count', async () => {
    const { t } = await inEnglish();
    expect(t('actors', { count: 0 })).toBe('0 actors');
    expect(t('actors', { count: 1 })).toBe('1 actor');
    expect(t('actors', { count: 21 })).toBe('21 actors');
  });

  it('takes the other form when the chosen one is missing, and the plain key without forms', () => {
    const { t } = createTranslator<Language>('sv', { sv: svStrings });
    expect(t('onlyOther', { count: 1 })).toBe('1 st.');
    expect(t('unread', { count: 3 })).toBe('Påminnelser (3 nya)');
  });

  it('treats a count that is not a number as a placeholder value only, as i18next did', () => {
    const { t } = createTranslator<Language>('sv', { sv: svStrings });
    expect(t('actors', { count: '1' })).toBe('actors');
    expect(t('unread', { count: '1' })).toBe('Påminnelser (1 nya)');
  });

  it('falls back to Swedish where English has no string, plurals too', async () => {
    const { t } = await inEnglish();
    expect(t('greeting', { name: 'Ann' })).toBe('Hello Ann!');
    expect(t('swedishOnly')).toBe('Bara på svenska');
    expect(t('onlyOther', { count: 2 })).toBe('2 st.');
    expect(t('no.such.key')).toBe('no.such.key');
  });

  it('adds a feature’s strings after it was created and after a change of language', async () => {
    const given = { header: 'Rubrik' };
    const translator = createTranslator<Language>('sv', { sv: given, en: enStrings });
    translator.add('sv', { feature: { title: 'Funktion' } });
    expect(translator.t('feature.title')).toBe('Funktion');
    expect(translator.t('header')).toBe('Rubrik');
    expect(given).toEqual({ header: 'Rubrik' });
    await translator.changeLanguage('en');
    translator.add('sv', { later: 'Senare' });
    expect(translator.t('later')).toBe('Senare');
  });

  it('tells its listeners of a change of language, and only of a change', async () => {
    const translator = createTranslator<Language>('sv', { sv: svStrings, en: enStrings });
    const heard = vi.fn(() => translator.language);
    const stop = translator.subscribe(heard);
    const swedish = translator.t;
    await translator.changeLanguage('sv');
    expect(heard).not.toHaveBeenCalled();
    expect(translator.t).toBe(swedish);
    await translator.changeLanguage('en');
    expect(heard).toHaveBeenCalledTimes(1);
    expect(heard).toHaveLastReturnedWith('en');
    expect(translator.t).not.toBe(swedish);
    stop();
    await translator.changeLanguage('sv');
    expect(heard).toHaveBeenCalledTimes(1);
    expect(translator.language).toBe('sv');
  });

  it('loads English only when it is chosen, showing Swedish until it is there', async () => {
    let arrive: (catalogue: Catalogue) => void = () => {};
    const load = vi.fn(() => new Promise<Catalogue>((resolve) => (arrive = resolve)));
    const translator = createTranslator<Language>('sv', { sv: svStrings }, load);
    expect(load).not.toHaveBeenCalled();
    const changing = translator.changeLanguage('en');
    expect(load).toHaveBeenCalledWith('en');
    expect(translator.language).toBe('sv');
    expect(translator.t('greeting', { name: 'Ann' })).toBe('Hej Ann!');
    arrive(enStrings);
    await changing;
    expect(translator.language).toBe('en');
    expect(translator.t('greeting', { name: 'Ann' })).toBe('Hello Ann!');
    await translator.changeLanguage('sv');
    await translator.changeLanguage('en');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps Swedish when English fails to load, and tries again on the next choice', async () => {
    const load = vi
      .fn<(language: Language) => Promise<Catalogue>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(enStrings);
    const translator = createTranslator<Language>('sv', { sv: svStrings }, load);
    const heard = vi.fn();
    translator.subscribe(heard);
    await translator.changeLanguage('en');
    expect(translator.language).toBe('sv');
    expect(translator.t('greeting', { name: 'Ann' })).toBe('Hej Ann!');
    expect(heard).not.toHaveBeenCalled();
    await translator.changeLanguage('en');
    expect(translator.language).toBe('en');
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('stays with the later choice when Swedish is chosen again while English loads', async () => {
    let arrive: (catalogue: Catalogue) => void = () => {};
    const load = () => new Promise<Catalogue>((resolve) => (arrive = resolve));
    const translator = createTranslator<Language>('sv', { sv: svStrings }, load);
    const changing = translator.changeLanguage('en');
    await translator.changeLanguage('sv');
    arrive(enStrings);
    await changing;
    expect(translator.language).toBe('sv');
  });

  it('says the app’s own strings in both languages', async () => {
    const translator = createTranslator<Language>('sv', { sv }, async () => en);
    expect(translator.t('quality.count.blocker', { count: 1 })).toBe(
      sv.quality.count.blocker_one.replace('{{count}}', '1'),
    );
    expect(translator.t('header.remindersUnread', { count: 2 })).toBe('Påminnelser (2 nya)');
    await translator.changeLanguage('en');
    expect(translator.t('quality.count.blocker', { count: 0 })).toBe(
      en.quality.count.blocker_other.replace('{{count}}', '0'),
    );
    expect(translator.t('header.switchLanguage')).toBe(en.header.switchLanguage);
  });
});
