/**
 * The catalog's types, derived from the English reference (`en.ts`): the message keys callers may
 * name, and the shape every other locale must have. A key missing in `ru.ts` or `zh.ts`, or one
 * that English does not have, fails type-checking; the unit test checks plural forms and
 * placeholders, which types cannot see.
 * @module
 */
import type { en } from './en.ts';

/** The languages Paperboy speaks (the same ids as a paper's `lang`). */
export const locales = ['en', 'ru', 'zh'] as const;
export type Locale = (typeof locales)[number];

/** i18next's plural suffixes (CLDR categories). */
export const pluralSuffixes = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type PluralSuffix = (typeof pluralSuffixes)[number];

/** `count_one` -> `count`. */
type BaseKey<K> = K extends `${infer B}_${PluralSuffix}` ? B : K;

type English = typeof en;

/** Every message key, `section.key`, plural suffixes removed: what `t()` accepts. */
export type MessageKey = { [S in keyof English & string]: `${S}.${BaseKey<keyof English[S] & string>}` }[keyof English & string];

/** The plural forms a locale writes (CLDR): English one/other, Russian one/few/many/other, Chinese other. */
export type PluralFormsOf<L extends Locale> = L extends 'ru' ? 'one' | 'few' | 'many' | 'other' : L extends 'zh' ? 'other' : 'one' | 'other';

/** Keys of a section with plural forms rewritten for locale `L`. */
type SectionOf<T, L extends Locale> = {
  [K in keyof T & string as K extends `${infer B}_${PluralSuffix}` ? `${B}_${PluralFormsOf<L>}` : K]: string;
};

/** The shape of a locale's catalog: the English sections and keys, its own plural forms. */
export type CatalogOf<L extends Locale> = { [S in keyof English]: SectionOf<English[S], L> };
