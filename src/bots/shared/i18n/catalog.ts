/**
 * The message catalog: one i18next instance over the three locales, and a typed `t` per locale.
 *
 * Why i18next (26.x): it is the most used, maintained JavaScript i18n library; its plurals come from
 * `Intl.PluralRules`, so Russian gets one/few/many (1 статья, 2 статьи, 5 статей) and Chinese none;
 * resources are plain objects, so each locale is a typed TypeScript module (`en.ts`, `ru.ts`,
 * `zh.ts`) checked by `tsc` for missing keys, with no files to load at run time and no
 * dependencies. Fluent (`@fluent/bundle`) reads better for translators but is pre-1.0, needs `.ftl`
 * parsing, wraps every placeable in bidi isolation marks unless told not to (our text hygiene would
 * strip them), and its keys cannot be typed. i18next 27 requires Node 22; 26 runs on our Node 20.
 *
 * ```ts
 * const t = translator('ru');
 * t('digest.count', { count: 5 }); // '5 новых статей'
 * ```
 * @module
 */
import i18next, { type i18n } from 'i18next';
import { en } from './en.ts';
import type { Locale, MessageKey } from './keys.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

/** Values a message may interpolate. `count` also picks the plural form. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A translation function bound to one locale. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The catalogs by locale (also what the completeness test reads). */
export const catalogs = { en, ru, zh } as const;

let instance: i18n | undefined;

/** The shared i18next instance, initialised synchronously on first use (resources are in memory). */
function i18n(): i18n {
  if (instance) return instance;
  const created = i18next.createInstance();
  void created.init({
    initAsync: false,
    resources: { en: { translation: en }, ru: { translation: ru }, zh: { translation: zh } },
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: ['en', 'ru', 'zh'],
    // Our texts are plain; each adapter escapes for its own markup (Telegram HTML, Discord markdown).
    interpolation: { escapeValue: false },
    returnNull: false,
    // Message keys are `section.key`; a colon in a key would otherwise name a namespace.
    nsSeparator: false,
    // No "i18next is maintained with support from locize" line on the console.
    showSupportNotice: false,
  } as Parameters<i18n['init']>[0]);
  instance = created;
  return created;
}

const translators = new Map<Locale, Translate>();

/**
 * The translation function of `locale`, cached.
 *
 * ```ts
 * translator('zh')('schedule.daily', { count: 3, time: '09:00', zone: 'Asia/Shanghai' }); // '每天 09:00（Asia/Shanghai）推送 3 篇'
 * ```
 */
export function translator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    const fixed = i18n().getFixedT(locale);
    t = (key, params) => fixed(key, params ?? {}) as string;
    translators.set(locale, t);
  }
  return t;
}
