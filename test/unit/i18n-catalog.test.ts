/**
 * The message catalog's completeness, in CI: every key of the English reference exists in every
 * locale with the plural forms that language has and the same placeholders; the plural rules pick
 * the right Russian form; platform language tags map to our locales; dates follow each locale.
 */
import { describe, expect, it } from 'vitest';
import { catalogs, formatDay, formatSourceDate, formatWhen, locales, parseLanguageSetting, replyLocale, subscriptionLocale, toLocale, translator, type Locale } from '../../src/bots/shared/i18n/index.ts';
import { pluralSuffixes } from '../../src/bots/shared/i18n/keys.ts';

type Flat = Map<string, Map<string, string>>; // base key -> plural form ('' when none) -> text

const suffix = new RegExp(`^(.*)_(${pluralSuffixes.join('|')})$`);

function flatten(locale: Locale): Flat {
  const out: Flat = new Map();
  for (const [section, messages] of Object.entries(catalogs[locale] as Record<string, Record<string, string>>)) {
    for (const [key, text] of Object.entries(messages)) {
      const m = suffix.exec(key);
      const base = `${section}.${m ? m[1] : key}`;
      if (!out.has(base)) out.set(base, new Map());
      out.get(base)!.set(m ? m[2]! : '', text);
    }
  }
  return out;
}

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!))].sort();

/** The CLDR plural categories of a language, as i18next asks for them. */
const formsOf = (locale: Locale): string[] => [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();

describe('message catalog', () => {
  const en = flatten('en');

  it('GIVEN the English reference THEN it has messages and every plural key has the forms English needs', () => {
    expect(en.size).toBeGreaterThan(100);
    for (const [key, forms] of en) if (!forms.has('')) expect([...forms.keys()].sort(), key).toEqual(formsOf('en'));
  });

  for (const locale of locales.filter((l) => l !== 'en')) {
    it(`GIVEN ${locale} THEN exactly the English keys, each plural one with ${locale}'s CLDR forms, no empty text, the same placeholders`, () => {
      const other = flatten(locale);
      expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, enForms] of en) {
        const forms = other.get(key)!;
        const plural = !enForms.has('');
        expect([...forms.keys()].sort(), key).toEqual(plural ? formsOf(locale) : ['']);
        const expected = placeholders([...enForms.values()].join(' '));
        for (const [form, text] of forms) {
          expect(text.trim(), `${locale} ${key} ${form}`).not.toBe('');
          // A plural form may leave out {{count}} (Russian "one" could say "одна"), nothing else.
          const got = placeholders(text);
          expect(got.filter((p) => p !== 'count'), `${locale} ${key} ${form}`).toEqual(expected.filter((p) => p !== 'count'));
          if (plural) expect(got, `${locale} ${key} ${form}`).toContain('count');
        }
      }
    });
  }

  it('GIVEN counts THEN Russian picks one/few/many and Chinese has one form', () => {
    const ru = translator('ru');
    expect([1, 2, 5, 11, 21, 22, 25, 101].map((count) => ru('digest.count', { count }))).toEqual([
      '1 новая статья',
      '2 новые статьи',
      '5 новых статей',
      '11 новых статей',
      '21 новая статья',
      '22 новые статьи',
      '25 новых статей',
      '101 новая статья',
    ]);
    expect(translator('zh')('digest.count', { count: 1 })).toBe('1 篇新论文');
    expect(translator('en')('digest.count', { count: 1 })).toBe('1 new paper');
    expect(translator('en')('digest.count', { count: 2 })).toBe('2 new papers');
  });

  it('GIVEN text with markup characters THEN it is interpolated as is (adapters escape, not the catalog)', () => {
    expect(translator('en')('paper.title', { query: '<b>&"x"' })).toBe('Papers for "<b>&"x""');
  });
});

describe('toLocale / parseLanguageSetting', () => {
  it('GIVEN platform tags THEN Discord zh-CN/zh-TW and Telegram zh-hans/zh-hant are Chinese; unknown languages are none', () => {
    expect(['ru', 'ru-RU', 'en-US', 'en-GB', 'zh-CN', 'zh-TW', 'zh-hans', 'zh-hant', 'ZH', 'de', 'uk', '', undefined].map(toLocale)).toEqual([
      'ru', 'ru', 'en', 'en', 'zh', 'zh', 'zh', 'zh', 'zh', undefined, undefined, undefined, undefined,
    ]);
  });

  it('GIVEN /lang input THEN codes, names in the three languages and auto are understood', () => {
    expect(['en', 'RU', 'zh-TW', 'auto', 'русский', '中文', 'English', 'авто', 'klingon', 'de'].map(parseLanguageSetting)).toEqual([
      'en', 'ru', 'zh', 'auto', 'ru', 'zh', 'en', 'auto', undefined, undefined,
    ]);
  });
});

describe('replyLocale / subscriptionLocale', () => {
  const dm = (userLocale?: string) => ({ private: true, userLocale });
  it('GIVEN an explicit /lang THEN it wins everywhere', () => {
    expect(replyLocale({ language: 'zh', ownerLocale: 'ru' }, dm('en'))).toBe('zh');
    expect(subscriptionLocale({ language: 'zh', ownerLocale: 'ru' })).toBe('zh');
  });
  it('GIVEN auto in a private chat THEN the asking user; in a group THEN whoever set it up, then the server, then the asker', () => {
    expect(replyLocale({ language: 'auto', ownerLocale: 'ru' }, dm('zh-hans'))).toBe('zh');
    expect(replyLocale(undefined, dm('de'))).toBe('en');
    expect(replyLocale({ ownerLocale: 'ru' }, { private: false, userLocale: 'zh-CN', chatLocale: 'en-US' })).toBe('ru');
    expect(replyLocale(undefined, { private: false, userLocale: 'zh-CN', chatLocale: 'ru' })).toBe('ru');
    expect(replyLocale(undefined, { private: false, userLocale: 'zh-CN' })).toBe('zh');
  });
  it('GIVEN a subscription stored before languages existed THEN its digests are English', () => {
    expect(subscriptionLocale({})).toBe('en');
    expect(subscriptionLocale(undefined)).toBe('en');
  });
});

describe('formatWhen / formatDay', () => {
  const at = Date.UTC(2026, 11, 7, 6, 0); // 09:00 in Moscow, 14:00 in Shanghai
  it('GIVEN a moment and a zone THEN each locale writes it its way, in that zone', () => {
    expect(formatWhen(at, 'Europe/Moscow', 'en')).toBe('2026-12-07 09:00');
    expect(formatWhen(at, 'Europe/Moscow', 'ru')).toBe('7 декабря в 09:00');
    expect(formatWhen(at, 'Asia/Shanghai', 'zh')).toBe('12月7日 14:00');
  });
  it('GIVEN a local date THEN it is not shifted by any zone', () => {
    expect(['en', 'ru', 'zh'].map((l) => formatDay('2026-12-31', l as Locale))).toEqual(['2026-12-31', '31 декабря', '12月31日']);
    expect(formatDay('2026-12', 'ru')).toBe('2026-12');
  });
  it("GIVEN a digest's date on a card THEN with its year, a monthly digest's as a month", () => {
    expect(['en', 'ru', 'zh'].map((l) => formatSourceDate('2024-10-04', l as Locale))).toEqual(['2024-10-04', '4 окт. 2024 г.', '2024年10月4日']);
    expect(['en', 'ru', 'zh'].map((l) => formatSourceDate('2024-11', l as Locale))).toEqual(['2024-11', 'ноябрь 2024 г.', '2024年11月']);
  });
});
