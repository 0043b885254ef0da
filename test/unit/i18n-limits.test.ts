/**
 * Every length limit holds in every language: Russian text runs longer than English, Chinese is
 * denser but wider in bytes. The same worst-case replies (a digest of 10 papers whose every text is
 * enormous in all three languages, many sources and links; a /status of a server with many
 * channels; a search page) are rendered for each locale by the Telegram, Discord and console
 * renderers and checked against the platforms' limits.
 */
import { describe, expect, it } from 'vitest';
import { renderReplyText, consoleLimits } from '../../src/bots/console/render.ts';
import { renderReply as renderDiscord } from '../../src/bots/discord/render.ts';
import { digestMessage } from '../../src/bots/shared/present.ts';
import { locales, translator } from '../../src/bots/shared/i18n/index.ts';
import { messageLimit, renderPage, renderReply as renderTelegram } from '../../src/bots/telegram/render.ts';
import type { Paper, Reply } from '../../src/core/index.ts';
import { checkMessage } from '../fakes/discord-api.ts';
import { parseTelegramHtml, stubPaper } from '../fakes/telegram-api.ts';

const long = (unit: string, n: number) => unit.repeat(n);

/** A paper with a 3,000-character title and a 20,000-character summary in each language. */
function hugePaper(i: number): Paper {
  const base = stubPaper(i);
  const texts = {
    en: { title: long('Diffusion <Models> & Friends ', 100), summary: long('We introduce a method & more. ', 700) },
    ru: { title: long('Диффузионные модели и друзья ', 100), summary: long('Мы предлагаем новый метод обучения. ', 600) },
    zh: { title: long('扩散模型及其朋友', 400), summary: long('我们提出了一种新的训练方法。', 1500) },
  };
  return {
    ...base,
    title: texts.en.title,
    name: long('Name', 30),
    texts,
    topics: ['diffusion', 'llm', 'video', 'multimodal', 'robotics', 'agents', 'safety', 'reasoning'],
    sources: Array.from({ length: 12 }, (_, k) => ({ file: long(`digest-${k}-`, 20), format: 'hfday-json' as const, date: '2024-09-16', index: k })),
    urls: Array.from({ length: 6 }, (_, k) => `https://example.org/${long('p', 300)}/${i}/${k}`),
  };
}

const items = Array.from({ length: 10 }, (_, i) => ({ paper: hugePaper(i), why: Array.from({ length: 30 }, (_, k) => `term-${k}-${long('ж', 20)}`) }));

function statusReply(locale: (typeof locales)[number]): Reply {
  const t = translator(locale);
  const neighbour = (k: number) => t('status.neighbour', { name: t('status.neighbourChannel', { id: `1${String(k).padStart(17, '0')}` }), follows: long('"ключевое слово" ', 25), schedule: t('schedule.paused', { daily: t('schedule.daily', { count: 10, time: '09:00', zone: 'America/Argentina/ComodRivadavia' }), reason: t('pause.failed', { count: 3, error: long('Missing Permissions ', 40) }) }) });
  return { kind: 'info', title: t('status.title'), lines: [t('status.othersServer'), ...Array.from({ length: 10 }, (_, k) => neighbour(k)), t('status.more', { count: 140 })], items: [], locale };
}

describe('length limits in every language', () => {
  for (const locale of locales) {
    it(`GIVEN a huge digest, a search page and a long /status in ${locale} THEN Telegram messages fit 4096 UTF-16 units and parse`, () => {
      const digest = digestMessage({ localDate: '2026-12-07', items, follows: { topics: ['diffusion', 'llm'], keywords: [long('слово', 8)] } }, locale);
      for (const reply of [digest, statusReply(locale)]) {
        for (const m of renderTelegram(reply)) {
          expect(m.html.length).toBeLessThanOrEqual(messageLimit);
          expect(parseTelegramHtml(m.html)).toMatchObject({ ok: true });
        }
      }
      const page = renderPage({ ...digest, kind: 'papers', items: items.slice(0, 5), pager: { query: 'x', page: 0, pageSize: 5, pages: 2, total: 10 } });
      expect(page.html.length).toBeLessThanOrEqual(messageLimit);
      expect(parseTelegramHtml(page.html)).toMatchObject({ ok: true });
    });

    it(`GIVEN the same replies in ${locale} THEN every Discord message passes the embed limits`, () => {
      const digest = digestMessage({ localDate: '2026-12-07', items, follows: { topics: ['diffusion'], keywords: [] } }, locale);
      for (const reply of [digest, statusReply(locale)]) {
        for (const m of renderDiscord(reply)) expect(checkMessage(m)).toEqual({});
      }
    });

    it(`GIVEN the same digest in ${locale} THEN every console line is capped`, () => {
      const digest = digestMessage({ localDate: '2026-12-07', items, follows: { topics: ['diffusion'], keywords: [] } }, locale);
      for (const line of renderReplyText(digest).split('\n')) expect(Array.from(line).length).toBeLessThanOrEqual(consoleLimits.line);
    });
  }
});
