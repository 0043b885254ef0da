/**
 * #16 item 10: text hygiene in every adapter. Bidi controls (the right-to-left override U+202E and
 * the rest), ESC, BEL and other C0/C1 controls from digests or users never reach a Telegram or
 * Discord payload; the console caps a huge title as the platforms do; command input loses terminal
 * escape sequences (`/subscribe \x1b[31mred` follows `red`).
 */
import { describe, expect, it } from 'vitest';
import { queryChoices, topicChoices } from '../../src/bots/discord/autocomplete.ts';
import { renderReply as renderDiscord, toRestBody } from '../../src/bots/discord/render.ts';
import { renderReplyText } from '../../src/bots/console/render.ts';
import { cleanInput, cleanText } from '../../src/bots/shared/text.ts';
import { parseQuery, parseTargets } from '../../src/bots/shared/args.ts';
import { toastText } from '../../src/bots/telegram/paging.ts';
import { renderPage, renderReply as renderTelegram } from '../../src/bots/telegram/render.ts';
import type { Reply } from '../../src/core/reply.ts';
import { parseTelegramHtml } from '../fakes/telegram-api.ts';
import { createTestApp, request } from '../support/app.ts';
import { fifoDiffusion } from '../support/paper.ts';

/** Every character that must not reach a payload: bidi formatting controls and C0/C1 controls but tab and newline. */
const forbidden = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const hostile = 'Evil\u202Egpj.exe \u2066iso\u2069 \u200Fmark \u001b[31mred\u001b[0m \u0007bell \u009b2J \u0000nul\r\nnext';

const hostileReply: Reply = {
  kind: 'digest',
  title: `Title ${hostile}`,
  lines: [`Line ${hostile}`],
  items: [{ paper: fifoDiffusion({ name: `Name ${hostile}`, title: `Title ${hostile}`, summary: `Summary ${hostile}`, urls: ['https://arxiv.org/abs/2405.11473', `https://x.org/${hostile}`], file: `file${hostile}.txt` }), why: [`why ${hostile}`] }],
  footer: [`Footer ${hostile}`],
  pager: { query: `q ${hostile}`, page: 0, pageSize: 5, pages: 2, total: 6 },
};

describe('cleanText / cleanInput', () => {
  it.each([
    ['a right-to-left override', 'evil\u202Egpj.exe', 'evilgpj.exe', 'evilgpj.exe'],
    ['isolates and marks', '\u2066a\u2069\u200Eb\u200Fc\u061C', 'abc', 'abc'],
    ['an ANSI colour', '\u001b[31mred\u001b[0m', '\uFFFD[31mred\uFFFD[0m', 'red'],
    ['an OSC 52 clipboard write', 'x\u001b]52;c;ZXZpbA==\u0007y', 'x\uFFFD]52;c;ZXZpbA==\uFFFDy', 'xy'],
    ['an 8-bit CSI', 'a\u009b2Jb', 'a\uFFFD2Jb', 'ab'],
    ['BEL, NUL and DEL', 'a\u0007b\u0000c\u007fd', 'a\uFFFDb\uFFFDc\uFFFDd', 'abcd'],
    ['CRLF and tabs', 'a\r\nb\tc\rd', 'a\nb\tc\nd', 'a b c d'],
    ['plain multilingual text', 'диффузия 扩散 @alice', 'диффузия 扩散 @alice', 'диффузия 扩散 @alice'],
  ])('GIVEN %s THEN output shows it safely and input drops it', (_what, text, output, input) => {
    expect(cleanText(text)).toBe(output);
    expect(cleanInput(text)).toBe(input);
  });
});

describe('no bidi or control character reaches a payload', () => {
  it('GIVEN a reply full of them THEN every Telegram message (and the paged one) has none, and Telegram accepts the HTML', () => {
    for (const m of [...renderTelegram(hostileReply), renderPage(hostileReply)]) {
      expect(m.html).not.toMatch(forbidden);
      const parsed = parseTelegramHtml(m.html);
      expect(parsed.ok).toBe(true);
    }
    expect(toastText(`Gone ${hostile}`)).not.toMatch(forbidden);
  });

  it('GIVEN a reply full of them THEN every string of every Discord message has none', () => {
    for (const m of renderDiscord(hostileReply)) expect(JSON.stringify(toRestBody(m))).not.toMatch(/\\u00[0-1][0-9a-f]|\\u007f|[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u0080-\u009f]/i);
    const choices = [...queryChoices(`q ${hostile}`, [`Name ${hostile}`]), ...topicChoices([], `kw ${hostile}`)];
    for (const c of choices) expect(c.name).not.toMatch(forbidden);
  });

  it('GIVEN the console THEN none either, and a 1,000,000-character title prints capped like the platforms cap it', () => {
    expect(renderReplyText(hostileReply)).not.toMatch(forbidden);
    const huge = renderReplyText({ kind: 'digest', title: 'x'.repeat(1_000_000), lines: ['y'.repeat(1_000_000)], items: [{ paper: fifoDiffusion({ name: null, title: 'T'.repeat(1_000_000), summary: 'S'.repeat(1_000_000), urls: [`https://x.org/${'u'.repeat(1_000_000)}`] }), why: ['w'.repeat(1_000_000)] }] });
    expect(huge.length).toBeLessThan(12_000);
    const card = huge.split('\n').find((l) => l.startsWith('1. '))!;
    expect(card.length).toBeLessThan(260);
  });
});

describe('command input', () => {
  it('GIVEN /subscribe \\x1b[31mred THEN the chat follows "red" (what the user saw), not "[31mred"', async () => {
    expect(parseTargets('\u001b[31mred\u001b[0m', 'subscribe')).toEqual({ ok: true, value: { topics: [], keywords: ['red'], all: false } });
    const { handler, store } = createTestApp();
    const reply = await handler.handle(request('subscribe', '\u001b[31mred'));
    expect(reply.title).toBe('Subscribed: "red"');
    expect((await store.subscriptions.get({ platform: 'console', chatId: 'test' }))!.keywords).toEqual(['red']);
  });

  it('GIVEN a keyword that is only an escape sequence THEN refused; GIVEN a query with controls THEN they are gone', () => {
    expect(parseTargets('\u001b[31m\u001b[0m', 'subscribe')).toEqual({ ok: false, error: { code: 'NO_TARGETS', command: 'subscribe' } });
    expect(parseQuery('diffusion\u202E \u001b[2Jvideo\u0007')).toEqual({ ok: true, value: 'diffusion video' });
  });
});
