/**
 * Deep adapter tests: the real grammY bot (polling or webhook) talks HTTP to the fake Bot API
 * server on 127.0.0.1 (`client.apiRoot`). Nothing leaves loopback.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryKv } from '../support/kv.ts';
import { createTelegramBot, type TelegramBot, type TelegramBotOptions } from '../../src/bots/telegram/index.ts';
import { renderReply } from '../../src/bots/telegram/render.ts';
import type { CommandHandler } from '../../src/bots/shared/types.ts';
import type { ChatRef } from '../../src/schedule/types.ts';
import { chats, createStubHandler, digestReply, FakeTelegramApi, users, type SentMessage } from '../fakes/telegram-api.ts';

// === Harness

let fake: FakeTelegramApi;
let running: TelegramBot[] = [];
let logs: { level: string; line: string }[] = [];
let migrations: [ChatRef, ChatRef][] = [];
let kvMap: Map<string, unknown>;

const kv = () => memoryKv(kvMap);
const logger = () => {
  const log = (level: string) => (obj: object, msg?: string) => void logs.push({ level, line: `${msg ?? ''} ${JSON.stringify(obj)}` });
  return { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug') };
};

/** Fast limits for tests (the real defaults are 1 msg/s per chat, 20/min per group, 25/s overall). */
const fastThrottle = {
  global: { reservoir: 200, reservoirRefreshAmount: 200, reservoirRefreshInterval: 1000 },
  group: { maxConcurrent: 1, minTime: 0 },
  out: { maxConcurrent: 1, minTime: 0 },
};

async function startBot(handler: CommandHandler, extra: Partial<TelegramBotOptions> = {}): Promise<TelegramBot> {
  const tg = createTelegramBot({
    token: fake.token,
    apiRoot: fake.apiRoot,
    handler,
    kv: kv(),
    logger: logger(),
    onMigrate: async (from, to) => void migrations.push([from, to]),
    throttle: fastThrottle,
    retry: { maxDelaySeconds: 3, maxRetryAttempts: 20 },
    pollingTimeoutSeconds: 1,
    ...extra,
  });
  running.push(tg);
  await tg.start();
  return tg;
}

const lastIn = (chatId: number, text: string) => () => fake.messagesIn(chatId).findLast((m) => m.text.includes(text));
const buttons = (m: SentMessage) => m.replyMarkup.inline_keyboard[0] as { text: string; callback_data: string }[];
const rejected = () => fake.calls.filter((c) => c.status === 400 && c.method !== 'answerCallbackQuery');

beforeEach(async () => {
  fake = await FakeTelegramApi.start();
  running = [];
  logs = [];
  migrations = [];
  kvMap = new Map();
});

afterEach(async () => {
  for (const tg of running) await tg.stop();
  await fake.close();
  // Tokens never reach the logs, whatever happened in the test.
  expect(logs.map((l) => l.line).join('\n')).not.toContain(fake.token.split(':')[1]);
});

// === Polling: commands

describe('polling bot', () => {
  it('GIVEN /start in a DM THEN answers, registers en/ru/zh menus and deletes any webhook', async () => {
    await startBot(createStubHandler());
    fake.say(chats.dm(users.alice), users.alice, '/start');
    const reply = await fake.waitFor(lastIn(users.alice.id, 'Hi, I am Paperboy'), 5000, '/start reply');
    expect(reply.html.startsWith('<b>Hi, I am Paperboy 📰</b>')).toBe(true);
    expect(fake.callsOf('deleteWebhook')).toHaveLength(1);
    expect([...fake.commands.keys()].sort()).toEqual(['', 'ru', 'zh']);
    expect(fake.commands.get('ru')!.find((c) => c.command === 'paper')!.description).toBe('Поиск статей: /paper диффузия');
    expect(fake.commands.get('zh')!).toHaveLength(13);
  });

  it('GIVEN /paper diffusion THEN page 1 with buttons; Next edits the message to page 2; still works after a restart', async () => {
    const handler = createStubHandler();
    const first = await startBot(handler);
    const dm = chats.dm(users.boris);
    fake.say(dm, users.boris, '/paper diffusion');
    const msg = await fake.waitFor(lastIn(users.boris.id, 'Papers for "diffusion"'));
    expect(msg.text).toContain('page 1 of 3');
    expect(msg.html).toContain('<b>1. ');
    expect(msg.linkPreviewDisabled).toBe(true);
    expect(buttons(msg).map((b) => b.text)).toEqual(['1/3', 'Next ▶']);

    const pressed = fake.press(msg, users.boris, buttons(msg)[1]!.callback_data);
    await fake.waitFor(() => fake.callbackAnswers.has(pressed), 5000, 'callback answer');
    expect(msg.edits).toBe(1);
    expect(msg.text).toContain('page 2 of 3');
    expect(msg.html).toContain('<b>6. ');
    expect(buttons(msg).map((b) => b.text)).toEqual(['◀ Prev', '2/3', 'Next ▶']);
    expect(fake.messagesIn(users.boris.id)).toHaveLength(1); // edited, not re-sent

    // Restart: a new process with only the store surviving.
    await first.stop();
    await startBot(handler);
    const again = fake.press(msg, users.boris, buttons(msg)[2]!.callback_data);
    await fake.waitFor(() => fake.callbackAnswers.has(again), 5000, 'callback answer after restart');
    expect(msg.text).toContain('page 3 of 3');
    expect(rejected()).toEqual([]);
  });

  it('GIVEN stale, foreign or double-clicked buttons THEN polite answers, no errors', async () => {
    await startBot(createStubHandler());
    const dm = chats.dm(users.alice);
    fake.say(dm, users.alice, '/paper диффузионные модели для генерации длинных видео');
    const msg = await fake.waitFor(lastIn(users.alice.id, 'Papers for'));
    const next = buttons(msg)[1]!.callback_data;
    expect(next).toMatch(/^pb:p:1:k:/); // too long for 64 bytes: kept in kv
    expect(Buffer.byteLength(next)).toBeLessThanOrEqual(64);

    const foreign = fake.press(msg, users.alice, 'vote:42');
    await fake.waitFor(() => fake.callbackAnswers.get(foreign));
    expect(fake.callbackAnswers.get(foreign)!.text).toBe("Sorry, I don't recognise this button. Search again with /paper <query>.");

    kvMap.clear(); // the store forgot the long query
    const expired = fake.press(msg, users.alice, next);
    await fake.waitFor(() => fake.callbackAnswers.get(expired));
    expect(fake.callbackAnswers.get(expired)!.text).toBe('This search has expired. Send /paper <query> again.');

    const gone = fake.press(msg, users.alice, 'pb:p:9:q:diffusion');
    await fake.waitFor(() => fake.callbackAnswers.get(gone));
    expect(fake.callbackAnswers.get(gone)!.text).toContain('That page is gone');

    const current = fake.press(msg, users.alice, 'pb:p:0:q:диффузионные модели для генерации длинных видео');
    await fake.waitFor(() => fake.callbackAnswers.get(current));
    const twice = fake.press(msg, users.alice, 'pb:p:0:q:диффузионные модели для генерации длинных видео');
    await fake.waitFor(() => fake.callbackAnswers.get(twice)); // "message is not modified" is swallowed
    expect(logs.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('GIVEN /paper <b>&amp; THEN the query comes back escaped and Telegram accepts it', async () => {
    await startBot(createStubHandler());
    const group = chats.supergroup(-1001111);
    fake.say(group, users.mei, '/paper <b>&amp;');
    const msg = await fake.waitFor(lastIn(group.id, 'Papers for'));
    expect(msg.text).toContain('Papers for "<b>&amp;"');
    expect(msg.html).toContain('<b>Papers for &quot;&lt;b&gt;&amp;amp;&quot;</b>');
    expect(msg.text).toContain('我们提出了第'); // Chinese card text survived
    expect(msg.replyTo).toBeGreaterThan(0); // in groups, a reply to the command
    expect(rejected()).toEqual([]);
  });

  it('GIVEN /subscribe diffusion in a group THEN an admin may, a member is told who may', async () => {
    const handler = createStubHandler();
    await startBot(handler);
    const group = chats.supergroup(-1002222);
    fake.setMember(group.id, users.alice.id, 'administrator');
    fake.say(group, users.boris, '/subscribe@PaperboyTestBot diffusion');
    const refusal = await fake.waitFor(lastIn(group.id, 'Only admins'));
    expect(refusal.text).toContain('only chat administrators can change subscriptions');
    fake.say(group, users.alice, '/subscribe diffusion');
    await fake.waitFor(lastIn(group.id, 'Subscribed: diffusion'));
    expect(handler.subscriptions.get(`${group.id}:`)).toEqual(['diffusion']);
    expect(fake.callsOf('getChatMember').map((c) => c.payload.user_id)).toEqual([users.boris.id, users.alice.id]);
  });

  it('GIVEN a handler that throws THEN the user gets an apology and the bot keeps serving', async () => {
    await startBot(createStubHandler({ failOn: 'digest' }));
    const dm = chats.dm(users.alice);
    fake.say(dm, users.alice, '/digest');
    await fake.waitFor(lastIn(users.alice.id, 'Sorry, something went wrong'));
    fake.say(dm, users.alice, '/help');
    await fake.waitFor(lastIn(users.alice.id, 'Hi, I am Paperboy'));
    expect(logs.filter((l) => l.level === 'error').map((l) => l.line)).toEqual([expect.stringContaining('stub failure in /digest')]);
  });

  it('GIVEN a migrate_to_chat_id service message THEN the subscription moves', async () => {
    await startBot(createStubHandler());
    fake.pushUpdate({ message: { ...fake.message(chats.group(-4001), ''), text: undefined, migrate_to_chat_id: -1004001 } } as never);
    await fake.waitFor(() => migrations.length > 0);
    expect(migrations).toEqual([[{ platform: 'telegram', chatId: '-4001' }, { platform: 'telegram', chatId: '-1004001' }]]);
  });
});

// === Digests through the sender

describe('digest sender', () => {
  it('GIVEN a forum subscription THEN the digest lands in its topic', async () => {
    const tg = await startBot(createStubHandler());
    fake.forum(-1003333, [7]);
    const outcome = await tg.sender.send({ platform: 'telegram', chatId: '-1003333', threadId: '7' }, digestReply(3));
    expect(outcome).toEqual({ ok: true });
    const [msg, ...rest] = fake.messagesIn(-1003333);
    expect(rest).toEqual([]);
    expect(msg).toMatchObject({ threadId: 7, linkPreviewDisabled: true });
    expect(msg!.text).toContain('Your daily papers');
    // A deleted topic is a permanent failure.
    const gone = await tg.sender.send({ platform: 'telegram', chatId: '-1003333', threadId: '99' }, digestReply(1));
    expect(gone).toMatchObject({ ok: false, kind: 'permanent', code: 'chat_gone' });
  });

  it('GIVEN a 429 storm during a fan-out THEN every chat gets every part exactly once', async () => {
    const tg = await startBot(createStubHandler());
    fake.rateLimit({ global: 15, retryAfter: 1 });
    fake.flood(10, 1);
    const reply = digestReply(25); // several messages per chat
    const parts = renderReply(reply).map((m) => m.html);
    expect(parts.length).toBeGreaterThan(1);
    const chatIds = Array.from({ length: 8 }, (_, i) => 2000 + i);
    const outcomes = await Promise.all(chatIds.map((id) => tg.sender.send({ platform: 'telegram', chatId: String(id) }, reply)));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    for (const id of chatIds) expect(fake.messagesIn(id).map((m) => m.html)).toEqual(parts);
    expect(fake.calls.filter((c) => c.status === 429).length).toBeGreaterThanOrEqual(10);
  }, 30_000);

  it('GIVEN a retry_after beyond the wait limit mid-digest THEN retry outcome, and the retry sends only the rest', async () => {
    const tg = await startBot(createStubHandler());
    const reply = digestReply(25);
    const parts = renderReply(reply).map((m) => m.html);
    let sends = 0;
    fake.onSend = () => (++sends === 2 ? { code: 429, description: 'Too Many Requests: retry after 40', parameters: { retry_after: 40 } } : undefined);
    const chat = { platform: 'telegram' as const, chatId: '3001' };
    expect(await tg.sender.send(chat, reply)).toEqual({ ok: false, kind: 'retry', reason: 'Too Many Requests: retry after 40', retryAfterMs: 40_000 });
    expect(fake.messagesIn(3001)).toHaveLength(1);
    expect(await tg.sender.send(chat, reply)).toEqual({ ok: true });
    expect(fake.messagesIn(3001).map((m) => m.html)).toEqual(parts);
    // Done means forgotten: the same text another day is sent in full.
    expect(await tg.sender.send(chat, reply)).toEqual({ ok: true });
    expect(fake.messagesIn(3001)).toHaveLength(parts.length * 2);
  });

  it('GIVEN a blocked chat THEN a permanent outcome (the scheduler pauses after 3)', async () => {
    const tg = await startBot(createStubHandler());
    fake.block(4242);
    const chat = { platform: 'telegram' as const, chatId: '4242' };
    for (let i = 0; i < 3; i++) {
      expect(await tg.sender.send(chat, digestReply(2))).toEqual({ ok: false, kind: 'permanent', reason: 'Forbidden: bot was blocked by the user', code: 'forbidden' });
    }
    expect(fake.callsOf('sendMessage').filter((c) => c.status === 403)).toHaveLength(3); // no retry storm on 403
  });

  it('GIVEN a group that became a supergroup THEN moved outcome and onMigrate', async () => {
    const tg = await startBot(createStubHandler());
    fake.migrate(-4002, -1004002);
    const outcome = await tg.sender.send({ platform: 'telegram', chatId: '-4002' }, digestReply(2));
    expect(outcome).toMatchObject({ ok: false, kind: 'moved', to: { platform: 'telegram', chatId: '-1004002' } });
    expect(migrations).toEqual([[{ platform: 'telegram', chatId: '-4002' }, { platform: 'telegram', chatId: '-1004002' }]]);
  });
});

// === Webhook mode

describe('webhook bot', () => {
  it('GIVEN a wrong or missing secret THEN 401 and nothing processed; the right one is served', async () => {
    const handler = createStubHandler();
    const tg = await startBot(handler, { webhook: { url: 'https://bot.example.org/tg/hook', secret: 'right_secret-123', port: 0, host: '127.0.0.1' } });
    expect(fake.webhook).toEqual({ url: 'https://bot.example.org/tg/hook', secret: 'right_secret-123' });
    expect(fake.callsOf('getUpdates')).toEqual([]);
    const url = `http://127.0.0.1:${tg.webhookAddress()!.port}/tg/hook`;
    const update = { message: fake.message(chats.dm(users.alice), '/start', { from: users.alice }) };
    expect(await fake.postToWebhook(url, update, 'wrong')).toBe(401);
    expect(await fake.postToWebhook(url, update)).toBe(401);
    expect(await fake.postToWebhook(`http://127.0.0.1:${tg.webhookAddress()!.port}/other`, update, 'right_secret-123')).toBe(404);
    expect(handler.requests).toEqual([]);
    expect(fake.callsOf('sendMessage')).toEqual([]);
    expect(await fake.postToWebhook(url, update, 'right_secret-123')).toBe(200);
    await fake.waitFor(lastIn(users.alice.id, 'Hi, I am Paperboy'));
    expect(handler.requests).toHaveLength(1);
  });

  it('GIVEN a failing handler in webhook mode THEN the same error boundary apologises (bot.catch alone would not see it)', async () => {
    const tg = await startBot(createStubHandler({ failOn: 'digest' }), { webhook: { url: 'https://bot.example.org/hook', secret: 's3cret', port: 0, host: '127.0.0.1' } });
    const url = `http://127.0.0.1:${tg.webhookAddress()!.port}/hook`;
    const status = await fake.postToWebhook(url, { message: fake.message(chats.dm(users.mei), '/digest', { from: users.mei }) }, 's3cret');
    expect(status).toBe(200);
    // In Mei's language (her app is zh-hans).
    await fake.waitFor(lastIn(users.mei.id, '抱歉，我这边出了点问题'));
    expect(logs.filter((l) => l.level === 'error')).toHaveLength(1);
  });
});
