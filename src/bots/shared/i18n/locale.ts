/**
 * Which language a message is in: platform language tags mapped to our locales, and the rule that
 * picks a chat's language (its `/lang` setting, else whoever set up the subscription, else the
 * person asking).
 * @module
 */
import type { Subscription } from '../../../schedule/index.ts';
import { locales, type Locale } from './keys.ts';

/** The language used when nothing says otherwise. */
export const defaultLocale: Locale = 'en';

/**
 * Our locale for a platform language tag, or undefined for a language we do not speak (its
 * speakers get English). Telegram sends IETF tags (`ru`, `en-US`, `zh-hans`, `zh-hant`), Discord
 * its locale ids (`ru`, `en-GB`, `zh-CN`, `zh-TW`); every Chinese variant reads the Chinese catalog.
 *
 * ```ts
 * toLocale('zh-TW'); // 'zh'
 * toLocale('de');    // undefined
 * ```
 */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (locales as readonly string[]).includes(base ?? '') ? (base as Locale) : undefined;
}

/** A chat's `/lang` setting: a fixed locale, or `auto` (the default). */
export type LanguageSetting = Locale | 'auto';

/** Parses `/lang` input (`en`, `RU`, `zh-CN`, `auto`, also `русский`, `中文`…); undefined when unknown. */
export function parseLanguageSetting(input: string): LanguageSetting | undefined {
  const word = input.trim().toLowerCase();
  if (word === 'auto' || word === 'авто' || word === '自动') return 'auto';
  const named: Record<string, Locale> = { english: 'en', английский: 'en', 英文: 'en', 英语: 'en', russian: 'ru', русский: 'ru', 俄文: 'ru', 俄语: 'ru', chinese: 'zh', китайский: 'zh', 中文: 'zh', 汉语: 'zh' };
  return named[word] ?? (/^[a-z]{2}([-_][a-z]+)?$/.test(word) ? toLocale(word) : undefined);
}

/**
 * The language of a subscription's scheduled digests: its `/lang` setting, else (auto) the
 * language of whoever set it up, else English.
 */
export function subscriptionLocale(sub: Pick<Subscription, 'language' | 'ownerLocale'> | undefined): Locale {
  if (sub?.language && sub.language !== 'auto') return sub.language;
  return sub?.ownerLocale ?? defaultLocale;
}

/** Who is asking, for {@link replyLocale}. */
export interface Asker {
  /** A private chat (the asker is the whole audience) or a group/channel/server. */
  private: boolean;
  /** The asking user's platform language (Telegram `language_code`, Discord user locale). */
  userLocale?: string | undefined;
  /** The place's language, when the platform has one (Discord `guild_locale`). */
  chatLocale?: string | undefined;
}

/**
 * The language of a reply to a command: the chat's `/lang` setting; without one, in a private chat
 * the asking user's language, in a group the language of whoever set up the subscription (then the
 * server's, then the asker's).
 */
export function replyLocale(sub: Pick<Subscription, 'language' | 'ownerLocale'> | undefined, asker: Asker): Locale {
  if (sub?.language && sub.language !== 'auto') return sub.language;
  if (asker.private) return toLocale(asker.userLocale) ?? sub?.ownerLocale ?? defaultLocale;
  return sub?.ownerLocale ?? toLocale(asker.chatLocale) ?? toLocale(asker.userLocale) ?? defaultLocale;
}

/**
 * The language recorded as "who set up the subscription" (`ownerLocale`): in a Discord server the
 * server's language (`guild_locale`, the channel's audience) before the member's, elsewhere the
 * user's. Undefined when neither is one we speak.
 */
export function ownerLocaleOf(asker: Asker): Locale | undefined {
  return asker.private ? toLocale(asker.userLocale) : (toLocale(asker.chatLocale) ?? toLocale(asker.userLocale));
}
