/**
 * The shape every catalogue must have: exactly the keys of the Swedish one, each a string.
 * `export const en: Catalogue = {...}` fails to compile when a key is missing or extra.
 */
export type CatalogueOf<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : CatalogueOf<T[K]>;
};
