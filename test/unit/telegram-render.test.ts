import fc from 'fast-check';
import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/core/model.ts';
import type { PaperItem, Reply } from '../../src/core/reply.ts';
import { describeError } from '../../src/bots/shared/errors.ts';
import { cleanText } from '../../src/bots/shared/text.ts';
import { classifyError } from '../../src/bots/telegram/errors.ts';
import { escapeHtml, truncateHtml, wellFormed } from '../../src/bots/telegram/html.ts';
import { pagerKeyboard } from '../../src/bots/telegram/keyboard.ts';
import { messageLimit, renderCard, renderPage, renderReply } from '../../src/bots/telegram/render.ts';
import { parseTelegramHtml } from '../fakes/telegram-api.ts';
import { memoryKv } from '../support/kv.ts';
import { fifoDiffusion } from '../support/paper.ts';

// === Fixtures

const paper = (over: Partial<Paper> = {}): Paper => fifoDiffusion({ date: '2024-05-20', index: 3, ...over });

const item = (p: Partial<Paper> = {}, why: string[] = ['diffusion']): PaperItem => ({ paper: paper(p), why });


const valid = (html: string) => {
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(`${parsed.error}\n${html}`);
  return parsed;
};

// === Escaping

describe('escapeHtml', () => {
  it('GIVEN markup-like user text THEN escapes &, <, > and quotes', () => {
    expect(escapeHtml('<b>&amp; "q"')).toBe('&lt;b&gt;&amp;amp; &quot;q&quot;');
  });

  it('GIVEN any string THEN the fake parser accepts it and decodes it back (modulo lone surrogates and the shared text hygiene)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const parsed = valid(escapeHtml(s));
        expect(parsed.text).toBe(wellFormed(cleanText(s)));
        expect(parsed.entities).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseTelegramHtml (the fake validator)', () => {
  it.each([
    ['<x>hi</x>', 'Unsupported start tag "x" at byte offset 0'],
    ['<b>hi', 'Can\'t find end tag corresponding to start tag "b"'],
    ['<b><i>x</b></i>', 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'],
    ['a < b', 'Unsupported start tag "" at byte offset 2'],
    ['R&D', 'Bare "&" at byte offset 1: escape it as &amp;'],
    ['<span>x</span>', 'Tag "span" must have class "tg-spoiler" at byte offset 0'],
  ])('GIVEN %s THEN rejects with %s', (html, message) => {
    expect(parseTelegramHtml(html)).toEqual({ ok: false, error: message });
  });

  it('GIVEN supported markup THEN returns the text and entities', () => {
    const parsed = parseTelegramHtml('<b>Я &amp; <a href="https://x.org/?a=1&amp;b=2">你</a></b>');
    expect(parsed).toEqual({
      ok: true,
      text: 'Я & 你',
      entities: [
        { type: 'text_link', offset: 4, length: 1, url: 'https://x.org/?a=1&b=2' },
        { type: 'bold', offset: 0, length: 5 },
      ],
    });
  });
});

// === Cards and replies

describe('renderCard', () => {
  it('GIVEN a Russian paper THEN shows a bold linked name, flag, summary, topics, source + date and links', () => {
    const html = renderCard(item(), 1);
    expect(html).toContain('<b>1. <a href="https://arxiv.org/abs/2405.11473">FIFO-Diffusion: Generating Infinite Videos from Text without Training</a></b> 🇷🇺');
    expect(html.split('\n')[0]).toMatch(/🇷🇺$/);
    expect(html).toContain('Мы предлагаем FIFO-Diffusion');
    expect(html).toContain('🏷 diffusion · video');
    expect(html).toContain('📰 2024-05-ru-daily.txt · 2024-05-20');
    expect(html).toContain('🔗 <a href="https://arxiv.org/abs/2405.11473">arxiv.org/abs/2405.11473</a>');
    expect(html).toContain('<i>matched: diffusion</i>');
    valid(html);
  });

  it('GIVEN digest text full of markup THEN every piece is escaped, including quotes in href', () => {
    const html = renderCard(
      item({
        name: '<b>&amp;',
        title: null,
        summary: 'x < y && "z" > 0 </a>',
        urls: ['https://example.org/a?b="c"&d=<e>'],
        arxivId: null,
        topics: ['<script>'],
        sources: [{ file: 'a&b<c>.txt', format: 'ru-daily', date: null, index: 0 }],
      }),
      2,
    );
    expect(html).toContain('<b>2. <a href="https://example.org/a?b=&quot;c&quot;&amp;d=&lt;e&gt;">&lt;b&gt;&amp;amp;</a></b>');
    expect(html).toContain('x &lt; y &amp;&amp; &quot;z&quot; &gt; 0 &lt;/a&gt;');
    const parsed = valid(html);
    expect(parsed.text).toContain('<b>&amp;');
    expect(parsed.entities.find((e) => e.type === 'text_link')?.url).toBe('https://example.org/a?b="c"&d=<e>');
  });

  it('GIVEN a non-web URL and a Chinese paper without links THEN no link is made and the flag is 🇨🇳', () => {
    const html = renderCard(item({ lang: 'zh', name: null, title: null, summary: '扩散模型', urls: ['javascript:alert(1)'], arxivId: null }), 3);
    expect(html).not.toContain('<a ');
    expect(html.split('\n')[0]).toBe('<b>3. 扩散模型</b> 🇨🇳');
  });
});

describe('renderReply', () => {
  const many = (n: number, summary = 'Длинное описание метода. '.repeat(40)): Reply => ({
    kind: 'digest',
    title: 'Digest <today>',
    lines: ['3 new & fresh'],
    items: Array.from({ length: n }, (_, i) => item({ id: `p${i}`, name: `Model-${i}`, summary, urls: [`https://arxiv.org/abs/2405.${10000 + i}`] })),
    footer: ['More tomorrow'],
  });

  it('GIVEN 40 papers THEN splits between papers, each message <= 4096 and accepted by the fake', () => {
    const messages = renderReply(many(40));
    expect(messages.length).toBeGreaterThan(1);
    let seen = 0;
    for (const m of messages) {
      expect(m.html.length).toBeLessThanOrEqual(messageLimit);
      valid(m.html);
      // Cards are whole: every heading in the message is followed by its own links line.
      const headings = m.html.match(/<b>\d+\. /g) ?? [];
      expect(m.papers).toBe(headings.length);
      expect(m.html.match(/🔗/g)?.length ?? 0).toBe(headings.length);
      seen += headings.length;
    }
    expect(seen).toBe(40);
    expect(messages[0]!.html.startsWith('<b>Digest &lt;today&gt;</b>\n3 new &amp; fresh')).toBe(true);
    expect(messages.at(-1)!.html.endsWith('More tomorrow')).toBe(true);
  });

  it('GIVEN an info reply with a 10,000-character line and many lines THEN splits by line and cuts safely', () => {
    const reply: Reply = { kind: 'info', title: 'Topics', lines: ['<&>'.repeat(3000), ...Array.from({ length: 300 }, (_, i) => `topic-${i} — Диффузия / 扩散`)], items: [] };
    const messages = renderReply(reply);
    for (const m of messages) {
      expect(m.html.length).toBeLessThanOrEqual(messageLimit);
      valid(m.html);
    }
    expect(messages.map((m) => m.html).join('\n')).toContain('topic-299');
  });

  it('GIVEN any texts THEN every message is valid Telegram HTML within the limit', () => {
    const text = fc.string({ unit: 'binary', maxLength: 400 });
    const arbPaper = fc.record({
      name: fc.option(text, { nil: null }),
      title: fc.option(text, { nil: null }),
      summary: fc.string({ unit: 'binary', maxLength: 3000 }),
      lang: fc.constantFrom('ru', 'zh', 'en') as fc.Arbitrary<Paper['lang']>,
      urls: fc.array(fc.webUrl({ withQueryParameters: true, withFragments: true }), { maxLength: 4 }),
      topics: fc.array(text, { maxLength: 5 }),
      localTitle: fc.option(text, { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.record({ title: fc.option(text, { nil: undefined }), lines: fc.array(text, { maxLength: 30 }), papers: fc.array(arbPaper, { maxLength: 12 }), why: fc.array(text, { maxLength: 3 }) }),
        ({ title, lines, papers, why }) => {
          const reply: Reply = {
            kind: 'papers',
            ...(title === undefined ? {} : { title }),
            lines,
            items: papers.map((p) => {
              const { localTitle, ...rest } = p;
              return item({ ...rest, ...(localTitle === undefined ? {} : { localTitle }) }, why);
            }),
          };
          for (const m of [...renderReply(reply), renderPage({ ...reply, pager: { query: 'q', page: 0, pageSize: 5, pages: 2, total: 10 } })]) {
            expect(m.html.length).toBeLessThanOrEqual(messageLimit);
            valid(m.html);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('renderPage', () => {
  it('GIVEN five papers with huge fields THEN one message within the limit, shortening summaries first', () => {
    const reply: Reply = {
      kind: 'papers',
      title: 'Papers for "diffusion"',
      lines: ['42 matches — page 2 of 9'],
      items: Array.from({ length: 5 }, (_, i) => item({ name: `N${i}`.repeat(100), summary: 'слово '.repeat(2000) })),
      pager: { query: 'diffusion', page: 1, pageSize: 5, pages: 9, total: 42 },
    };
    const page = renderPage(reply);
    expect(page.html.length).toBeLessThanOrEqual(messageLimit);
    valid(page.html);
    expect(page.html).toContain('<b>6. ');
    expect(page.html).toContain('<b>10. ');
  });
});

describe('truncateHtml', () => {
  it('GIVEN nested tags THEN cuts inside text and closes every open tag', () => {
    expect(truncateHtml('<b>abc <i>defgh</i></b>', 20)).toBe('<b>abc <i>d…</i></b>');
    expect(truncateHtml('a &amp; b', 4)).toBe('a …');
    expect(truncateHtml('😀😀😀', 4)).toBe('😀…');
  });

  it('GIVEN random balanced markup THEN the cut is valid and within max', () => {
    const segment = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }).map(escapeHtml),
      fc.string({ unit: 'binary', maxLength: 20 }).map((s) => `<b>${escapeHtml(s)}</b>`),
      fc.tuple(fc.webUrl(), fc.string({ maxLength: 20 })).map(([u, s]) => `<a href="${escapeHtml(u)}"><i>${escapeHtml(s)}</i></a>`),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 20 }), fc.integer({ min: 1, max: 300 }), (segments, max) => {
        const cut = truncateHtml(segments.join(''), max);
        expect(cut.length).toBeLessThanOrEqual(Math.max(max, 1));
        valid(cut);
      }),
      { numRuns: 500 },
    );
  });
});

// === Keyboards

describe('pagerKeyboard', () => {
  it('GIVEN a single page THEN no keyboard; GIVEN the middle page THEN Prev, counter, Next', async () => {
    expect(await pagerKeyboard({ query: 'x', page: 0, pageSize: 5, pages: 1, total: 3 }, memoryKv())).toBeUndefined();
    const kb = await pagerKeyboard({ query: 'x', page: 1, pageSize: 5, pages: 3, total: 12 }, memoryKv());
    expect(kb!.inline_keyboard[0]!.map((b) => b.text)).toEqual(['◀ Prev', '2/3', 'Next ▶']);
  });
});

// === Errors

describe('classifyError', () => {
  const chat = { platform: 'telegram' as const, chatId: '-4001' };
  const grammy = (error_code: number, description: string, parameters = {}) =>
    new GrammyError('Call to sendMessage failed!', { ok: false, error_code, description, parameters }, 'sendMessage', {});

  it.each([
    [grammy(429, 'Too Many Requests: retry after 7', { retry_after: 7 }), { ok: false, kind: 'retry', reason: 'Too Many Requests: retry after 7', retryAfterMs: 7000 }],
    [grammy(403, 'Forbidden: bot was blocked by the user'), { ok: false, kind: 'permanent', reason: 'Forbidden: bot was blocked by the user', code: 'forbidden' }],
    [grammy(400, 'Bad Request: chat not found'), { ok: false, kind: 'permanent', reason: 'Bad Request: chat not found', code: 'chat_gone' }],
    [
      grammy(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: -1001234 }),
      { ok: false, kind: 'moved', reason: 'Bad Request: group chat was upgraded to a supergroup chat', to: { platform: 'telegram', chatId: '-1001234' } },
    ],
    [grammy(502, 'Bad Gateway'), { ok: false, kind: 'retry', reason: 'Bad Gateway' }],
  ])('GIVEN %s THEN %o', (err, outcome) => {
    expect(classifyError(err, chat)).toEqual(outcome);
  });

  it('GIVEN a network error carrying the token in its URL THEN retry, and the log entry has no token', () => {
    const token = '123456:SECRET-abcdefghijklmnopqrstuvw';
    const err = new HttpError("Network request for 'sendMessage' failed!", new Error(`request to https://api.telegram.org/bot${token}/sendMessage failed, reason: ECONNRESET`));
    expect(classifyError(err, chat).kind).toBe('retry');
    expect(JSON.stringify(describeError(err, [token]))).not.toContain('SECRET');
    expect(JSON.stringify(describeError(err))).not.toContain('SECRET'); // even when not told the token
  });
});
