import { useSyncExternalStore } from 'react';
import type { Localized } from '../../contracts/common';
import { shellSv } from './shell';
import type { sv } from './sv';
import { createTranslator, type KeysOf, type TOptions } from './translator';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Every key of the Swedish catalogue, so a key that does not exist fails tsc. A plural is named
 * without its suffix: `t('quality.count.blocker', { count })`.
 */
export type TKey = KeysOf<typeof sv>;
/** The translate function of `useTranslation()`, for helpers that are handed it. */
export type TFunction = (key: TKey, options?: TOptions) => string;

const STORAGE_KEY = 'samrutin.language';

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage may be blocked (private mode, policies): Swedish is the default.
  }
  return 'sv';
}

/**
 * Swedish (the default): the first load has the shell's strings (shell.ts); each feature's come
 * with its code (addSwedish below). English is one chunk with every string, fetched when it is
 * chosen (vite.config.ts keeps the Swedish strings out of it and the English ones out of the
 * first load). A failed fetch leaves the Swedish text in place.
 */
const translator = createTranslator<Language, TKey>('sv', { sv: shellSv }, () =>
  import('./en').then((module) => module.en),
);

/**
 * Shows the remembered language and keeps <html lang> in step. Resolves at once for Swedish; for
 * English once its catalogue has loaded (the page is rendered after that, never in the wrong
 * language).
 */
export async function initI18n(): Promise<void> {
  await translator.changeLanguage(storedLanguage());
  document.documentElement.lang = translator.language;
  translator.subscribe(() => {
    document.documentElement.lang = translator.language;
    try {
      window.localStorage.setItem(STORAGE_KEY, translator.language);
    } catch {
      // Not remembered, but the switch still works for this visit.
    }
  });
}

type Strings = { [K in keyof typeof sv]?: (typeof sv)[K] };

/**
 * Adds a feature's Swedish strings (i18n/areas/*.ts call it). A module that uses a feature's
 * strings imports that area, so they are added when the code that shows them is evaluated, before
 * anything renders: a string never flashes as its key. test/unit/catalogue.test.ts checks the
 * imports. English needs nothing here: its chunk has every string.
 */
export function addSwedish(strings: Strings): void {
  translator.add('sv', strings);
}

const currentT = () => translator.t;
const currentLanguage = () => translator.language;

/**
 * The translate function of the language shown, and the translator to change it with
 * (`i18n.changeLanguage('en')`); the component renders again when the language changes.
 */
export function useTranslation(): { t: TFunction; i18n: typeof translator } {
  return { t: useSyncExternalStore(translator.subscribe, currentT), i18n: translator };
}

/** The current UI language. */
export function useLanguage(): Language {
  return useSyncExternalStore(translator.subscribe, currentLanguage);
}

/** Picks the current language's text of a template text `{sv, en}`. */
export function useLocalized(): (text: Localized | undefined) => string {
  const language = useLanguage();
  return (text) => (text ? text[language] || text.sv : '');
}
