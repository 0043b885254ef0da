/**
 * The fake Telegram Bot API enforces Telegram's rules over HTTP (so the adapter tests mean something):
 * grammY's plain `Api` client (no throttler, no auto-retry) against the fake on 127.0.0.1.
 */
import { Api, GrammyError } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chats, FakeTelegramApi, users } from '../fakes/telegram-api.ts';

let fake: FakeTelegramApi;
let api: Api;

beforeEach(async () => {
  fake = await FakeTelegramApi.start();
  api = new Api(fake.token, { apiRoot: fake.apiRoot });
});
afterEach(async () => {
  await fake.close();
});

/** The GrammyError a call fails with (or null when it succeeds). */
const failure = (call: Promise<unknown>) => call.then(() => null, (e: unknown) => (e instanceof GrammyError ? e : Promise.reject(e)));

describe('the fake enforces Telegram rules (so the adapter tests mean something)', () => {
  it.each([
    ['<b>unclosed', "can't parse entities: Can't find end tag corresponding to start tag \"b\""],
    ['<x>unknown</x>', 'Unsupported start tag "x"'],
    ['<b><i>x</b></i>', 'Unmatched end tag'],
    ['a < b', 'Unsupported start tag ""'],
    ['R&D', 'Bare "&"'],
    ['<a href="https://x.org/?a=1&b=2">link</a>', 'Bare "&" in an attribute'],
  ])('GIVEN HTML %j THEN 400 "can\'t parse entities"', async (html, message) => {
    const err = await failure(api.sendMessage(1001, html, { parse_mode: 'HTML' }));
    expect(err?.error_code).toBe(400);
    expect(err?.description).toContain("Bad Request: can't parse entities: ");
    expect(err?.description).toContain(message);
    expect(fake.messages).toEqual([]);
  });

  it('GIVEN 4097 characters after entity parsing THEN "message is too long"; 4096 are accepted', async () => {
    expect((await failure(api.sendMessage(1001, 'x'.repeat(4097))))?.description).toBe('Bad Request: message is too long');
    expect((await failure(api.sendMessage(1001, '&amp;'.repeat(4097), { parse_mode: 'HTML' })))?.description).toBe('Bad Request: message is too long');
    expect(await failure(api.sendMessage(1001, '&amp;'.repeat(4096), { parse_mode: 'HTML' }))).toBeNull();
    // UTF-16 code units: an emoji counts two.
    expect((await failure(api.sendMessage(1001, '📰'.repeat(2049))))?.description).toBe('Bad Request: message is too long');
    expect(fake.messagesIn(1001)).toHaveLength(1);
  });

  it('GIVEN callback_data over 64 bytes THEN BUTTON_DATA_INVALID; 64 bytes are accepted', async () => {
    const keyboard = (data: string) => ({ reply_markup: { inline_keyboard: [[{ text: 'Next', callback_data: data }]] } });
    expect((await failure(api.sendMessage(1001, 'page', keyboard('я'.repeat(33)))))?.description).toBe('Bad Request: BUTTON_DATA_INVALID');
    expect(await failure(api.sendMessage(1001, 'page', keyboard('я'.repeat(32))))).toBeNull();
  });

  it('GIVEN a blocked chat, a migrated group, a deleted forum topic THEN 403, 400 + migrate_to_chat_id, 400 thread not found', async () => {
    fake.block(1002);
    expect(await failure(api.sendMessage(1002, 'hi'))).toMatchObject({ error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    fake.unblock(1002);
    expect(await failure(api.sendMessage(1002, 'hi'))).toBeNull();
    fake.migrate(-4001, -1004001);
    expect(await failure(api.sendMessage(-4001, 'hi'))).toMatchObject({ error_code: 400, parameters: { migrate_to_chat_id: -1004001 } });
    fake.forum(-1005001, [7]);
    expect(await failure(api.sendMessage(-1005001, 'hi', { message_thread_id: 8 }))).toMatchObject({ error_code: 400, description: 'Bad Request: message thread not found' });
    expect(await failure(api.sendMessage(-1005001, 'hi', { message_thread_id: 7 }))).toBeNull();
  });

  it('GIVEN a rate limit or a forced flood THEN 429 with retry_after', async () => {
    fake.rateLimit({ perChat: 1, retryAfter: 2 });
    expect(await failure(api.sendMessage(1003, 'one'))).toBeNull();
    expect(await failure(api.sendMessage(1003, 'two'))).toMatchObject({ error_code: 429, parameters: { retry_after: 2 } });
    expect(await failure(api.sendMessage(1004, 'other chat'))).toBeNull();
    fake.rateLimit(null);
    fake.flood(1, 5);
    expect(await failure(api.sendMessage(1003, 'three'))).toMatchObject({ error_code: 429, description: 'Too Many Requests: retry after 5', parameters: { retry_after: 5 } });
    expect(await failure(api.sendMessage(1003, 'four'))).toBeNull();
  });

  it('GIVEN a wrong token THEN 401; GIVEN a webhook THEN getUpdates is a 409 conflict', async () => {
    const wrong = new Api('123456:wrong-token', { apiRoot: fake.apiRoot });
    expect(await failure(wrong.getMe())).toMatchObject({ error_code: 401 });
    await api.setWebhook('https://bot.example.org/hook', { secret_token: 'abc' });
    expect(await failure(api.getUpdates({ timeout: 0 }))).toMatchObject({ error_code: 409 });
    expect(await failure(api.setWebhook('http://insecure.example.org/hook'))).toMatchObject({ error_code: 400 });
  });

  it('GIVEN updates THEN getUpdates returns them from the offset on and long-polls when empty', async () => {
    const first = fake.say(chats.dm(users.alice), users.alice, '/start');
    fake.say(chats.dm(users.alice), users.alice, '/help');
    expect((await api.getUpdates({ offset: 0, timeout: 0 })).map((u) => u.update_id)).toEqual([first, first + 1]);
    expect((await api.getUpdates({ offset: first + 1, timeout: 0 })).map((u) => u.update_id)).toEqual([first + 1]);
    const waiting = api.getUpdates({ offset: first + 2, timeout: 5 });
    const third = fake.say(chats.dm(users.alice), users.alice, '/status');
    expect((await waiting).map((u) => u.update_id)).toEqual([third]);
  });

  it('GIVEN setMyCommands with a bad language code or command THEN 400; GIVEN a stale callback query THEN 400', async () => {
    expect(await failure(api.setMyCommands([{ command: 'paper', description: 'Search' }], { language_code: 'zh-hans' as never }))).toMatchObject({ error_code: 400 });
    expect(await failure(api.setMyCommands([{ command: 'Paper!', description: 'Search' }]))).toMatchObject({ error_code: 400 });
    expect(await failure(api.answerCallbackQuery('never-pressed'))).toMatchObject({ error_code: 400 });
  });
});
