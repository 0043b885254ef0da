import { DiscordAPIError, HTTPError } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/core/model.ts';
import type { Reply } from '../../src/core/reply.ts';
import { queryChoices, timeZoneChoices, topicChoices, supportedTimeZones } from '../../src/bots/discord/autocomplete.ts';
import { commandPayload } from '../../src/bots/discord/commands/index.ts';
import { pagerRow } from '../../src/bots/discord/pager.ts';
import { normalizeCommand, sameCommands } from '../../src/bots/discord/register.ts';
import { embedChars, escapeText, renderReply, toRestBody, topicColour } from '../../src/bots/discord/render.ts';
import { outcomeOf } from '../../src/bots/discord/sender.ts';
import { checkMessage, pingsEveryone } from '../fakes/discord-api.ts';
import { memoryKv } from '../support/kv.ts';
import { fifoDiffusion } from '../support/paper.ts';

// === Fixtures

const paper = (over: Partial<Paper> = {}): Paper =>
  fifoDiffusion({ summary: 'Мы предлагаем новый метод вывода на основе диффузионной модели для генерации видео по тексту.', date: '2024-05', ...over });

const papersReply = (items: Paper[], extra: Partial<Reply> = {}): Reply => ({
  kind: 'papers',
  title: 'Papers for "diffusion"',
  lines: [`${items.length} matches — page 1 of 1`],
  items: items.map((p) => ({ paper: p, why: ['diffusion'] })),
  ...extra,
});

/** Every rendered message passes the fake Discord's validation and carries no mentions. */
function expectValid(reply: Reply) {
  const messages = renderReply(reply);
  for (const m of messages) {
    expect(checkMessage(toRestBody(m))).toEqual({});
    expect(m.allowedMentions).toEqual({ parse: [] });
    expect(m.embeds.length).toBeLessThanOrEqual(10);
    expect(m.embeds.reduce((n, e) => n + embedChars(e), 0)).toBeLessThanOrEqual(6000);
  }
  return messages;
}

// === Rendering

describe('renderReply', () => {
  it('GIVEN a page of five papers THEN one message: header plus five cards with title link, fields and footer', () => {
    const [only, ...rest] = expectValid(papersReply(Array.from({ length: 5 }, () => paper())));
    expect(rest).toEqual([]);
    expect(only!.embeds).toHaveLength(6);
    const card = only!.embeds[1]!;
    expect(card.title).toBe('1\\. FIFO-Diffusion: Generating Infinite Videos from Text without Training');
    expect(card.url).toBe('https://arxiv.org/abs/2405.11473');
    expect(card.fields?.map((f) => f.name)).toEqual(['Topics', 'Language', 'Source']);
    expect(card.fields?.find((f) => f.name === 'Language')?.value).toBe('Русский');
    expect(card.footer?.text).toBe('Digest 2024-05 · arXiv 2405.11473');
    expect(card.color).toBe(topicColour('diffusion'));
  });

  it('GIVEN a paper without URLs but with an arXiv id THEN the title links to arxiv.org', () => {
    const [m] = expectValid(papersReply([paper({ urls: [] })]));
    expect(m!.embeds[1]!.url).toBe('https://arxiv.org/abs/2405.11473');
  });

  it('GIVEN 25 papers THEN several messages, each within 10 embeds and 6000 characters, papers in order', () => {
    const items = Array.from({ length: 25 }, (_, i) => paper({ name: `Method-${i}`, summary: 'x'.repeat(2000) }));
    const messages = expectValid(papersReply(items));
    expect(messages.length).toBeGreaterThan(2);
    const titles = messages.flatMap((m) => m.embeds.map((e) => e.title ?? ''));
    expect(titles.filter((t) => t.includes('Method-')).map((t) => /Method-(\d+)/.exec(t)![1])).toEqual(items.map((_, i) => String(i)));
  });

  it('GIVEN huge texts THEN titles stay within 256, descriptions within 4096, field values within 1024', () => {
    const huge = paper({ name: 'N'.repeat(1000), title: 'T'.repeat(1000), summary: '*'.repeat(20_000), topics: Array.from({ length: 80 }, (_, i) => `topic-${i}`), urls: Array.from({ length: 10 }, (_, i) => `https://example.org/${'p'.repeat(900)}/${i}`) });
    const messages = expectValid({ ...papersReply([huge]), lines: Array.from({ length: 200 }, () => '_'.repeat(300)) });
    for (const e of messages.flatMap((m) => m.embeds)) {
      expect(e.title?.length ?? 0).toBeLessThanOrEqual(256);
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(4096);
    }
  });

  it('GIVEN a page of a paged search THEN cards are numbered across pages', () => {
    const reply = papersReply([paper(), paper()], { pager: { query: 'diffusion', page: 2, pageSize: 5, pages: 3, total: 12 } });
    const [m] = expectValid(reply);
    expect(m!.embeds[1]!.title).toMatch(/^11\\\. /);
  });

  it('GIVEN an empty info reply THEN still one valid (non-empty) message', () => {
    expectValid({ kind: 'info', lines: [], items: [] });
  });

  it('GIVEN any text in titles, lines and summaries THEN every message is valid (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 600 }),
        fc.array(fc.string({ unit: 'grapheme', maxLength: 500 }), { maxLength: 30 }),
        fc.array(fc.string({ unit: 'binary', maxLength: 3000 }), { maxLength: 14 }),
        (title, lines, summaries) => {
          expectValid({ kind: 'digest', title, lines, items: summaries.map((s) => ({ paper: paper({ summary: s, name: s.slice(0, 300) || null }), why: [s.slice(0, 50)] })), footer: lines.slice(0, 3) });
        },
      ),
      { numRuns: 60 },
    );
  });
});

// === Escaping

describe('escapeText', () => {
  it('GIVEN markdown THEN it is escaped', () => {
    expect(escapeText('**bold** _it_ `code` ~~s~~ ||spoiler||')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\|\\|spoiler\\|\\|');
    expect(escapeText('# Heading')).toBe('\\# Heading');
    expect(escapeText('[click](https://evil.example)')).toBe('\\[click](https://evil.example)');
  });

  it('GIVEN @everyone, @here and id mentions THEN they are broken with a zero-width space', () => {
    const out = escapeText('hi @everyone and @here, <@123> <@!456> <@&789> <#42>');
    expect(out).not.toMatch(/@everyone|@here|<@\d|<@!\d|<@&\d|<#\d/);
    expect(out).toContain('@\u200beveryone');
  });

  it('GIVEN a reply whose text says @everyone THEN the rendered message pings nobody', () => {
    const [m] = renderReply({ kind: 'info', title: '@everyone', lines: ['@everyone look', '@here too'], items: [] });
    const body = { ...toRestBody(m!), content: '@everyone' };
    expect(pingsEveryone(body)).toBe(false);
    expect(JSON.stringify(m!.embeds)).not.toContain('@everyone');
  });
});

// === Pager buttons

describe('pagerRow', () => {
  it('GIVEN the first page of three THEN Prev is disabled, Next opens page 1, ids are distinct', async () => {
    const row = (await pagerRow({ query: 'q', page: 0, pageSize: 5, pages: 3, total: 12 }, memoryKv()))!;
    const [prev, next] = row.components;
    expect(prev!.disabled).toBe(true);
    expect(next!.disabled).toBe(false);
    expect(next!.custom_id).toBe('pb:p:1:q:q');
    expect(prev!.custom_id).not.toBe(next!.custom_id);
    expect(await pagerRow({ query: 'q', page: 0, pageSize: 5, pages: 1, total: 2 }, memoryKv())).toBeNull();
  });
});

// === Autocomplete

const catalog = [
  { id: 'diffusion', labels: { en: 'Diffusion models', ru: 'Диффузионные модели', zh: '扩散模型' }, patterns: {} },
  { id: 'video', labels: { en: 'Video', ru: 'Видео', zh: '视频' }, patterns: {} },
  { id: 'llm', labels: { en: 'Large language models', ru: 'Большие языковые модели', zh: '大语言模型' }, patterns: {} },
] as never;

describe('autocomplete choices', () => {
  it('GIVEN a prefix THEN matching topics, id prefix first; labels in any language match', () => {
    expect(topicChoices(catalog, 'dif').map((c) => c.value)).toEqual(['diffusion']);
    expect(topicChoices(catalog, 'видео').map((c) => c.value)).toEqual(['video']);
    expect(topicChoices(catalog, '扩散').map((c) => c.value)).toEqual(['diffusion']);
    expect(topicChoices(catalog, '').length).toBe(3);
  });

  it('GIVEN no matching topic THEN the text is offered as a keyword; choices stay within 100 characters', () => {
    expect(topicChoices(catalog, 'mixture of experts')).toEqual([{ name: 'keyword: mixture of experts', value: 'mixture of experts' }]);
    for (const c of topicChoices(catalog, 'x'.repeat(300))) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it("GIVEN the member's language THEN its label comes first and the keyword offer is worded in it", () => {
    expect(topicChoices(catalog, 'vid', [], 'ru')).toEqual([{ name: 'video — Видео / Video / 视频', value: 'video' }]);
    expect(topicChoices(catalog, 'vid', [], 'zh')[0]!.name).toBe('video — 视频 / Video / Видео');
    expect(topicChoices(catalog, 'mixture of experts', [], 'zh')).toEqual([{ name: '关键词：mixture of experts', value: 'mixture of experts' }]);
  });

  it('GIVEN "all" as an extra THEN unsubscribe offers it', () => {
    expect(topicChoices(catalog, 'al', ['all'])[0]).toEqual({ name: 'all', value: 'all' });
  });

  it('GIVEN part of a city THEN matching IANA zones, at most 25, UTC available', () => {
    const zones = supportedTimeZones();
    expect(timeZoneChoices(zones, 'mosc').map((c) => c.value)).toEqual(['Europe/Moscow']);
    expect(timeZoneChoices(zones, 'new york').map((c) => c.value)).toContain('America/New_York');
    expect(timeZoneChoices(zones, '').length).toBe(25);
    expect(timeZoneChoices(zones, 'utc').map((c) => c.value)).toContain('UTC');
  });

  it('GIVEN suggestions THEN the typed query first, de-duplicated, at most 25', () => {
    expect(queryChoices('diff', ['FIFO-Diffusion', 'diff', 'FIFO-Diffusion']).map((c) => c.value)).toEqual(['diff', 'FIFO-Diffusion']);
    expect(queryChoices('a', Array.from({ length: 40 }, (_, i) => `s${i}`))).toHaveLength(25);
  });
});

// === Registration payload

describe('commandPayload / sameCommands', () => {
  it('GIVEN the commands THEN twelve, localised for ru, zh-CN and zh-TW, admin ones with Manage Channels, usable in DMs', () => {
    const payload = commandPayload();
    expect(payload.map((c) => c.name)).toEqual(['paper', 'subscribe', 'unsubscribe', 'topics', 'digest', 'like', 'dislike', 'saved', 'schedule', 'status', 'lang', 'help']);
    for (const c of payload) {
      expect(Object.keys(c.name_localizations ?? {}).sort()).toEqual(['ru', 'zh-CN', 'zh-TW']);
      expect(Object.keys(c.description_localizations ?? {}).sort()).toEqual(['ru', 'zh-CN', 'zh-TW']);
      expect(c.contexts).toEqual([0, 1]);
    }
    const admin = payload.filter((c) => c.default_member_permissions === '16').map((c) => c.name);
    expect(admin).toEqual(['subscribe', 'unsubscribe', 'schedule', 'lang']);
    expect(payload.find((c) => c.name === 'subscribe')?.options?.map((o) => o.name)).toEqual(['topic', 'channel']);
  });

  it("GIVEN Discord's echo of the same commands (ids added, required:false dropped, other order) THEN equal", () => {
    const wanted = commandPayload() as never as Record<string, unknown>[];
    const echo: Record<string, unknown>[] = [...wanted].reverse().map((c) => ({
      ...c,
      id: '1',
      version: '2',
      application_id: '3',
      dm_permission: true,
      options: ((c.options as Record<string, unknown>[] | undefined) ?? []).map(({ required, ...o }) => (required ? { required, ...o } : o)),
    }));
    expect(sameCommands(echo, wanted)).toBe(true);
    const changed = echo.map((c) => (c.name === 'help' ? { ...c, description: 'old text' } : c));
    expect(sameCommands(changed, wanted)).toBe(false);
    expect(normalizeCommand({ name: 'x', description: 'y' })).toEqual(normalizeCommand({ name: 'x', description: 'y', type: 1, options: [], nsfw: false }));
  });
});

// === Send outcomes

describe('outcomeOf', () => {
  const apiError = (status: number, code: number, message: string) =>
    new DiscordAPIError({ code, message }, code, status, 'POST', 'https://discord.com/api/v10/channels/1/messages', { body: {} });

  it('GIVEN Missing Access, Unknown Channel, Missing Permissions THEN permanent with the code', () => {
    expect(outcomeOf(apiError(403, 50001, 'Missing Access'))).toEqual({ ok: false, kind: 'permanent', reason: 'Missing Access (50001)', code: '50001' });
    expect(outcomeOf(apiError(404, 10003, 'Unknown Channel'))).toMatchObject({ kind: 'permanent', code: '10003' });
    expect(outcomeOf(apiError(403, 50013, 'Missing Permissions'))).toMatchObject({ kind: 'permanent', code: '50013' });
  });

  it('GIVEN 5xx, 429 or a network failure THEN retry', () => {
    expect(outcomeOf(new HTTPError(502, 'Bad Gateway', 'POST', 'u', { body: {} }))).toMatchObject({ kind: 'retry' });
    expect(outcomeOf(apiError(429, 0, 'rate limited'))).toMatchObject({ kind: 'retry' });
    expect(outcomeOf(new Error('connect ECONNREFUSED'))).toMatchObject({ kind: 'retry', reason: 'network: connect ECONNREFUSED' });
  });
});
