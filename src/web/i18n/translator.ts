/**
 * The client's translator: what Samrutin's catalogues need and nothing more (every byte here is
 * in every first load; docs/adr/0023-own-translator.md). Nested catalogues looked up by dotted
 * key, `{{name}}` placeholders filled in as they are (no escaping: React escapes), plurals by a
 * numeric `count` (`key_one`, `key_other`, chosen by Intl.PluralRules), the fallback language
 * where a key is missing, and the key itself where it is missing everywhere. Pure: no React, no
 * DOM; i18n/index.ts binds it to the page.
 */

/** A catalogue: nested objects whose leaves are the strings. */
export interface Catalogue {
  readonly [key: string]: string | Catalogue;
}

/** The values of a string's placeholders; a numeric `count` also chooses the plural form. */
export type TOptions = Readonly<Record<string, string | number | null | undefined>>;

/** `quality.count.blocker_one` and `_other` are one key, `quality.count.blocker`. */
type Unplural<Key extends string> = Key extends `${infer Base}_one`
  ? Base
  : Key extends `${infer Base}_other`
    ? Base
    : Key;

/** Every string's dotted key in catalogue type T, plural variants named once without suffix. */
export type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? Unplural<`${Prefix}${K}`>
    : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export interface Translator<Language extends string, Key extends string = string> {
  /** The language shown. */
  readonly language: Language;
  /** Translates into the language shown; a new function after each change (a hook dependency). */
  readonly t: (key: Key, options?: TOptions) => string;
  /** Adds top-level parts to a language's catalogue (each feature adds its own with its code). */
  add(language: Language, strings: Catalogue): void;
  /**
   * Shows another language, loading its catalogue first when it has none; a failed load (or a
   * later change while it loads) leaves the language shown as it is. Listeners hear of a change.
   */
  changeLanguage(language: Language): Promise<void>;
  /** Calls `listener` after each change of language; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

/**
 * A translator showing `fallback` first, the language whose strings stand in for missing ones.
 * `catalogues` holds what is there from the start (add() replaces an entry, never changes the
 * catalogue given); `load` fetches a language's catalogue when it is first chosen.
 */
export function createTranslator<Language extends string, Key extends string = string>(
  fallback: Language,
  catalogues: { [L in Language]?: Catalogue },
  load?: (language: Language) => Promise<Catalogue>,
): Translator<Language, Key> {
  const listeners = new Set<() => void>();
  let wanted = fallback;

  // An empty string counts as missing, as in i18next: the key shows instead.
  const find = (language: Language, key: string): string | undefined => {
    const found = key
      .split('.')
      .reduce<unknown>(
        (node, part) => (node as Catalogue | undefined)?.[part],
        catalogues[language],
      );
    return typeof found === 'string' && found ? found : undefined;
  };

  const resolve = (language: Language, key: string, count: unknown): string | undefined => {
    if (typeof count !== 'number') return find(language, key);
    const form = new Intl.PluralRules(language).select(count);
    return (
      find(language, `${key}_${form}`) ?? find(language, `${key}_other`) ?? find(language, key)
    );
  };

  // A placeholder without a value stays as written; one given as null or undefined becomes ''.
  const translateInto =
    (language: Language) =>
    (key: Key, options: TOptions = {}): string =>
      (
        resolve(language, key, options.count) ??
        resolve(fallback, key, options.count) ??
        key
      ).replace(/{{\s*(\w+)\s*}}/g, (placeholder, name: string) =>
        Object.hasOwn(options, name) ? String(options[name] ?? '') : placeholder,
      );

  const translator = {
    language: fallback,
    t: translateInto(fallback),
    add(language: Language, strings: Catalogue): void {
      catalogues[language] = { ...catalogues[language], ...strings };
    },
    async changeLanguage(language: Language): Promise<void> {
      wanted = language;
      try {
        catalogues[language] ??= await load?.(language);
      } catch {
        return;
      }
      if (language !== wanted || language === translator.language) return;
      translator.language = language;
      translator.t = translateInto(language);
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return translator;
}
