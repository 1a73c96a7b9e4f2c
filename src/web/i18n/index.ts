import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Localized } from '../../contracts/common';
import { en } from './en';
import { sv } from './sv';

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

/** Initialises i18next synchronously (both catalogues are bundled) and keeps <html lang> in step. */
export function initI18n(): typeof i18n {
  const lng = storedLanguage();
  i18n.use(initReactI18next).init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng,
    fallbackLng: 'sv',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  i18n.on('languageChanged', applyLanguage);
  document.documentElement.lang = lng;
  return i18n;
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
