/**
 * Paperboy's languages: the message catalog (i18next over `en.ts`, `ru.ts`, `zh.ts`), the rule that
 * picks a chat's language, and dates per locale. Platform-neutral: Telegram, Discord, the console
 * and the scheduled digests all read it through `bots/shared`.
 * @module
 */
export { catalogs, translator, type MessageParams, type Translate } from './catalog.ts';
export { formatDay, formatSourceDate, formatWhen } from './format.ts';
export { locales, type Locale, type MessageKey } from './keys.ts';
export { defaultLocale, ownerLocaleOf, parseLanguageSetting, replyLocale, subscriptionLocale, toLocale, type Asker, type LanguageSetting } from './locale.ts';
