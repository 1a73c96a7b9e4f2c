import i18n, { type BackendModule } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Localized } from '../../contracts/common';
import { shellSv } from './shell';
import type { sv } from './sv';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

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

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but the switch still works for this visit.
  }
}

/**
 * Swedish (the default): the first load has the shell's strings (shell.ts); each feature's come
 * with its code (addSwedish below). English is one chunk with every string, fetched by i18next
 * when it is chosen (vite.config.ts keeps the Swedish strings out of it and the English ones out
 * of the first load). A failed fetch leaves the Swedish text in place.
 */
const otherLanguages: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (language !== 'en') {
      callback(null, language === 'sv' ? shellSv : {});
      return;
    }
    import('./en').then(
      (module) => callback(null, module.en),
      (error: unknown) => callback(error instanceof Error ? error : String(error), false),
    );
  },
};

/**
 * Initialises i18next and keeps <html lang> in step. Resolves at once for Swedish; for English
 * once its catalogue has loaded (the page is rendered after that, never in the wrong language).
 */
export async function initI18n(): Promise<typeof i18n> {
  const lng = storedLanguage();
  initialised = true;
  await i18n
    .use(otherLanguages)
    .use(initReactI18next)
    .init({
      resources: { sv: { translation: { ...shellSv, ...early } } },
      partialBundledLanguages: true,
      lng,
      fallbackLng: 'sv',
      supportedLngs: [...LANGUAGES],
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  i18n.on('languageChanged', applyLanguage);
  document.documentElement.lang = lng;
  return i18n;
}

type Strings = { [K in keyof typeof sv]?: (typeof sv)[K] };

let initialised = false;
/** Strings added before initI18n ran (a module of the first load): they go into its resources. */
const early: Strings = {};

/**
 * Adds a feature's Swedish strings (i18n/areas/*.ts call it). A module that uses a feature's
 * strings imports that area, so they are added when the code that shows them is evaluated, before
 * anything renders: a string never flashes as its key. test/unit/catalogue.test.ts checks the
 * imports. English needs nothing here: its chunk has every string.
 */
export function addSwedish(strings: Strings): void {
  if (initialised) i18n.addResourceBundle('sv', 'translation', strings, true, true);
  else Object.assign(early, strings);
}

/** The current UI language, narrowed to the supported ones. */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return isLanguage(instance.resolvedLanguage) ? instance.resolvedLanguage : 'sv';
}

/** Picks the current language's text of a template text `{sv, en}`. */
export function useLocalized(): (text: Localized | undefined) => string {
  const language = useLanguage();
  return (text) => (text ? text[language] || text.sv : '');
}
