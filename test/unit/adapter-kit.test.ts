/**
 * The adapter kit in `src/bots/shared`: page tokens (one scheme, each platform's `fits()`), the
 * progress of a multi-part send, error descriptions, and reaching a platform at start-up. Moved here from telegram-render.test.ts
 * and discord-render.test.ts (pageData / pageButtonId tests), now run for both platforms.
 */
import fc from 'fast-check';
import { HttpError } from 'grammy';
import { DiscordAPIError } from 'discord.js';
import { describe, expect, it, vi } from 'vitest';
import { connectWithRetry } from '../../src/bots/shared/connect.ts';
import { describeError } from '../../src/bots/shared/errors.ts';
import { sendProgress } from '../../src/bots/shared/send-progress.ts';
import { discordPages } from '../../src/bots/discord/pager.ts';
import { byteLength, telegramPages } from '../../src/bots/telegram/keyboard.ts';
import type { ChatRef } from '../../src/schedule/index.ts';
import { memoryKv } from '../support/kv.ts';

const platforms = [
  { name: 'Telegram (64 bytes)', pages: telegramPages, namespace: 'telegram', fits: (t: string) => byteLength(t) <= 64 },
  { name: 'Discord (100 characters)', pages: discordPages, namespace: 'discord', fits: (t: string) => t.length <= 100 },
];

// === Page tokens

describe.each(platforms)('page tokens: $name', ({ pages, namespace, fits }) => {
  it('GIVEN a short query THEN the token carries it inline and parses back without the store', async () => {
    const kv = memoryKv();
    const token = await pages.token('diffusion video', 3, kv);
    expect(token).toBe('pb:p:3:q:diffusion video');
    expect(kv.map.size).toBe(0);
    expect(await pages.parse(token, memoryKv())).toEqual({ ok: true, query: 'diffusion video', page: 3 });
  });

  it('GIVEN a long Cyrillic/Chinese query THEN a 16-character key that fits, the query in the store under the platform namespace (after a restart too), expired once forgotten', async () => {
    const kv = memoryKv();
    const query = 'диффузионные модели для генерации видео 扩散模型 视频生成 '.repeat(2);
    const token = await pages.token(query, 12, kv);
    expect(fits(token)).toBe(true);
    expect(token).toMatch(/^pb:p:12:k:[\w-]{16}$/);
    const key = pages.queryKey(token.slice(-16));
    expect(key).toBe(`${namespace}:query:${token.slice(-16)}`);
    // A fresh process: only the store survives.
    expect(await pages.parse(token, memoryKv(new Map(kv.map)))).toEqual({ ok: true, query, page: 12 });
    kv.map.delete(key);
    expect(await pages.parse(token, kv)).toEqual({ ok: false, reason: 'expired' });
  });

  it.each([
    ['vote:42', 'not-ours'],
    [undefined, 'not-ours'],
    ['pb:p:x:q:diffusion', 'not-ours'],
    ['pb:p:1:k:AAAAAAAAAAAAAAAA', 'expired'],
    ['pb:n', 'noop'],
  ])('GIVEN the token %s THEN %s', async (token, reason) => {
    expect(await pages.parse(token, memoryKv())).toEqual({ ok: false, reason });
  });

  it('GIVEN any query and page THEN the token fits and leads back to them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), fc.integer({ min: 0, max: 999_999 }), async (query, page) => {
        const kv = memoryKv();
        const token = await pages.token(query, page, kv);
        expect(fits(token)).toBe(true);
        if (query) expect(await pages.parse(token, kv)).toEqual({ ok: true, query, page });
      }),
    );
  });
});

// === Send progress

describe('sendProgress', () => {
  const chat: ChatRef = { platform: 'discord', chatId: '42' };
  const quiet = { info() {}, warn() {}, error() {}, debug() {} };

  it('GIVEN a send that failed after 2 of 4 parts THEN the retry starts at part 3, and a completed send forgets the record', async () => {
    const kv = memoryKv();
    const parts = ['a', 'b', 'c', 'd'];
    const first = await sendProgress(kv, { platform: 'discord', chat, parts, logger: quiet });
    expect(first.from).toBe(0);
    await first.sent(1);
    await first.sent(2);
    const retry = await sendProgress(kv, { platform: 'discord', chat, parts, logger: quiet });
    expect(retry.from).toBe(2);
    await retry.sent(3);
    await retry.sent(4); // the last part: nothing to remember
    await retry.done();
    expect(kv.map.size).toBe(0);
    expect((await sendProgress(kv, { platform: 'discord', chat, parts, logger: quiet })).from).toBe(0);
  });

  it('GIVEN other content, another chat or a single part THEN no progress carries over', async () => {
    const kv = memoryKv();
    const progress = await sendProgress(kv, { platform: 'telegram', chat, parts: ['a', 'b'], logger: quiet });
    await progress.sent(1);
    expect((await sendProgress(kv, { platform: 'telegram', chat, parts: ['a', 'B'], logger: quiet })).from).toBe(0);
    expect((await sendProgress(kv, { platform: 'telegram', chat: { ...chat, chatId: '43' }, parts: ['a', 'b'], logger: quiet })).from).toBe(0);
    expect((await sendProgress(kv, { platform: 'telegram', chat, parts: ['a', 'b'], logger: quiet })).from).toBe(1);
    await (await sendProgress(kv, { platform: 'telegram', chat, parts: ['only'], logger: quiet })).sent(1);
    expect(kv.map.size).toBe(1);
  });

  it('GIVEN a store that fails writes THEN the send goes on and the failure is logged; GIVEN one that fails reads THEN it throws', async () => {
    const warned: string[] = [];
    const logger = { ...quiet, warn: (_: object, msg?: string) => void warned.push(msg ?? '') };
    const broken = { get: async () => undefined, set: async () => Promise.reject(new Error('disk full')), delete: async () => Promise.reject(new Error('disk full')) };
    const progress = await sendProgress(broken, { platform: 'discord', chat, parts: ['a', 'b'], logger });
    await expect(progress.sent(1)).resolves.toBeUndefined();
    await expect(progress.done()).resolves.toBeUndefined();
    expect(warned).toEqual(['digest progress not saved', 'digest progress not cleared']);
    const unreadable = { ...broken, get: async () => Promise.reject(new Error('connection lost')) };
    await expect(sendProgress(unreadable, { platform: 'discord', chat, parts: ['a', 'b'], logger })).rejects.toThrow('connection lost');
  });
});

// === Errors

describe('describeError', () => {
  it('GIVEN a network error whose cause carries the bot token in its URL THEN the summary has neither the token nor the URL secret', () => {
    const token = '123456:SECRET-abcdefghijklmnopqrstuvw';
    const err = new HttpError("Network request for 'sendMessage' failed!", new Error(`request to https://api.telegram.org/bot${token}/sendMessage failed, reason: ECONNRESET`));
    const described = describeError(err, [token]);
    expect(described).toMatchObject({ type: 'HttpError', message: "Network request for 'sendMessage' failed!", cause: 'request to https://api.telegram.org/bot[redacted]/sendMessage failed, reason: ECONNRESET' });
    expect(JSON.stringify(describeError(err))).not.toContain('SECRET'); // even when not told the token
  });

  it('GIVEN a Discord API error THEN code, status and method, never the interaction URL (it holds a token)', () => {
    const url = 'https://discord.com/api/v10/interactions/1/aW50ZXJhY3Rpb246SECRET/callback';
    const err = new DiscordAPIError({ code: 50013, message: 'Missing Permissions' }, 50013, 403, 'POST', url, { body: undefined, files: undefined });
    const described = describeError(err);
    expect(described).toEqual({ type: 'DiscordAPIError[50013]', message: 'Missing Permissions', code: 50013, status: 403, method: 'POST' });
    expect(JSON.stringify(described)).not.toContain('SECRET');
  });

  it('GIVEN one of our own errors THEN its stack, scrubbed; GIVEN a thrown string THEN its text', () => {
    const described = describeError(new TypeError('x is undefined, token abc12345678'), ['abc12345678']);
    expect(described.type).toBe('TypeError');
    expect(described.stack).toContain('x is undefined, token [redacted]');
    expect(describeError('plain')).toEqual({ type: 'string', message: 'plain' });
  });
});

// === Connecting at start-up

describe('connectWithRetry', () => {
  const backoff = { firstMs: 5, maxMs: 20, attemptTimeoutMs: 1_000 };
  const recorder = () => {
    const warnings: { attempt: number; retryInMs: number; msg: string | undefined }[] = [];
    const infos: string[] = [];
    const logger = { debug() {}, error() {}, info: (_: object, msg?: string) => void infos.push(msg ?? ''), warn: (obj: object, msg?: string) => void warnings.push({ ...(obj as { attempt: number; retryInMs: number }), msg }) };
    return { logger, warnings, infos };
  };

  it('GIVEN an API that fails three times THEN each failure is logged with the next delay (doubling, capped), then the result', async () => {
    const { logger, warnings, infos } = recorder();
    let calls = 0;
    const result = await connectWithRetry({
      platform: 'telegram',
      target: 'the Bot API at http://127.0.0.1:9 (TELEGRAM_API_ROOT)',
      attempt: async () => (++calls <= 3 ? Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:9')) : 'me'),
      isFatal: () => false,
      logger,
      signal: new AbortController().signal,
      backoff,
    });
    expect(result).toBe('me');
    expect(warnings.map((w) => [w.attempt, w.retryInMs])).toEqual([[1, 5], [2, 10], [3, 20]]);
    expect(warnings[0]!.msg).toBe('telegram: cannot reach the Bot API at http://127.0.0.1:9 (TELEGRAM_API_ROOT); retrying in 0 s (the other adapters and the scheduler keep working)');
    expect(infos).toEqual(['telegram: reached the Bot API at http://127.0.0.1:9 (TELEGRAM_API_ROOT)']);
  });

  it('GIVEN a fatal answer (a refused token) THEN it is thrown at once, nothing retried', async () => {
    const { logger, warnings } = recorder();
    const refused = Object.assign(new Error('Unauthorized'), { error_code: 401 });
    const attempt = vi.fn(async () => Promise.reject(refused));
    await expect(connectWithRetry({ platform: 'telegram', target: 'x', attempt, isFatal: (e) => e === refused, logger, signal: new AbortController().signal, backoff })).rejects.toBe(refused);
    expect(attempt).toHaveBeenCalledTimes(1);
    expect(warnings).toEqual([]);
  });

  it('GIVEN a stop while it waits to retry THEN it rejects with the stop reason and makes no further attempt', async () => {
    const { logger } = recorder();
    const stop = new AbortController();
    const attempt = vi.fn(async () => Promise.reject(new Error('ETIMEDOUT')));
    const connecting = connectWithRetry({ platform: 'discord', target: 'x', attempt, isFatal: () => false, logger, signal: stop.signal, backoff: { ...backoff, firstMs: 60_000 } });
    await vi.waitFor(() => expect(attempt).toHaveBeenCalledTimes(1));
    stop.abort(new Error('stopped'));
    await expect(connecting).rejects.toThrow('stopped');
    expect(attempt).toHaveBeenCalledTimes(1);
  });
});
