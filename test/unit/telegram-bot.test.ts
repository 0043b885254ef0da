/**
 * Fast adapter tests: the real grammY bot, no network. Outgoing calls are captured by an API
 * transformer and updates are fed with `bot.handleUpdate` (grammY's own test style).
 */
import type { Bot } from 'grammy';
import type { Chat, Update, User, UserFromGetMe } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { memoryKv } from '../support/kv.ts';
import { buildBot } from '../../src/bots/telegram/bot.ts';
import type { ChatRef } from '../../src/schedule/types.ts';
import { chats, createStubHandler, users } from '../fakes/telegram-api.ts';

const token = '123456:UNIT-secret-token-abcdefghijk';
const botInfo = {
  id: 123456,
  is_bot: true as const,
  first_name: 'Paperboy',
  username: 'PaperboyTestBot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

interface Harness {
  bot: Bot;
  calls: { method: string; payload: any }[];
  handler: ReturnType<typeof createStubHandler>;
  logs: { level: string; obj: object; msg?: string }[];
  migrations: [ChatRef, ChatRef][];
  admins: Map<string, string>;
}

function harness(options: { failOn?: string } = {}): Harness {
  const calls: Harness['calls'] = [];
  const logs: Harness['logs'] = [];
  const migrations: Harness['migrations'] = [];
  const admins = new Map<string, string>();
  const handler = createStubHandler(options);
  const map = new Map<string, unknown>();
  const log = (level: string) => (obj: object, msg?: string) => void logs.push({ level, obj, ...(msg ? { msg } : {}) });
  const bot = buildBot({
    token,
    handler,
    kv: memoryKv(map),
    logger: { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug') },
    onMigrate: async (from, to) => void migrations.push([from, to]),
    throttle: false,
    botInfo,
  });
  let id = 5000;
  bot.api.config.use(async (_prev, method, payload) => {
    calls.push({ method, payload });
    const p = payload as any;
    if (method === 'getChatMember') {
      return { ok: true, result: { status: admins.get(`${p.chat_id}:${p.user_id}`) ?? 'member', user: { id: p.user_id } } } as any;
    }
    if (method === 'sendMessage') return { ok: true, result: { message_id: id++, date: 0, chat: { id: p.chat_id }, text: p.text } } as any;
    return { ok: true, result: true } as any;
  });
  return { bot, calls, handler, logs, migrations, admins };
}

let updateId = 1;
function messageUpdate(chat: Chat, text: string, extra: { from?: User; threadId?: number; senderChat?: Chat; channel?: boolean } = {}): Update {
  const command = /^\/\S+/.exec(text);
  const message = {
    message_id: 10,
    date: 1,
    chat,
    text,
    ...(extra.from ? { from: extra.from } : {}),
    ...(extra.senderChat ? { sender_chat: extra.senderChat } : {}),
    ...(extra.threadId ? { message_thread_id: extra.threadId, is_topic_message: true } : {}),
    ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
  };
  return (extra.channel ? { update_id: updateId++, channel_post: message } : { update_id: updateId++, message }) as Update;
}

describe('commands feature', () => {
  it('GIVEN /paper@ThisBot in a forum topic THEN the handler gets the args and the reply goes into the topic', async () => {
    const h = harness();
    const forum = chats.supergroup(-1001, 'ML', true);
    await h.bot.handleUpdate(messageUpdate(forum, '/paper@PaperboyTestBot diffusion models', { from: users.boris, threadId: 7 }));
    const req = h.handler.requests[0]!;
    expect(req).toMatchObject({ command: 'paper', args: 'diffusion models', chatType: 'group', locale: 'ru', chat: { platform: 'telegram', chatId: '-1001', threadId: '7' } });
    const send = h.calls.find((c) => c.method === 'sendMessage')!;
    expect(send.payload).toMatchObject({ chat_id: -1001, message_thread_id: 7, parse_mode: 'HTML', reply_parameters: { message_id: 10 } });
    expect(send.payload.reply_markup.inline_keyboard[0].map((b: any) => b.text)).toEqual(['1/3', 'Next ▶']);
    expect(send.payload.link_preview_options).toEqual({ is_disabled: true });
  });

  it('GIVEN a command addressed to another bot THEN nothing happens', async () => {
    const h = harness();
    await h.bot.handleUpdate(messageUpdate(chats.group(), '/paper@OtherBot diffusion', { from: users.alice }));
    expect(h.handler.requests).toHaveLength(0);
    expect(h.calls).toHaveLength(0);
  });

  it('GIVEN plain text in a DM THEN it is a search; GIVEN an unknown command in a DM THEN help', async () => {
    const h = harness();
    await h.bot.handleUpdate(messageUpdate(chats.dm(users.mei), '扩散模型', { from: users.mei }));
    await h.bot.handleUpdate(messageUpdate(chats.dm(users.mei), '/frobnicate', { from: users.mei }));
    expect(h.handler.requests.map((r) => [r.command, r.args, r.chatType])).toEqual([
      ['paper', '扩散模型', 'private'],
      ['help', '', 'private'],
    ]);
  });

  it('GIVEN a member in a group THEN getChatMember decides, and the answer is cached', async () => {
    const h = harness();
    const group = chats.supergroup(-1002);
    await h.bot.handleUpdate(messageUpdate(group, '/subscribe diffusion', { from: users.alice }));
    await h.bot.handleUpdate(messageUpdate(group, '/subscribe llm', { from: users.alice }));
    expect(h.calls.filter((c) => c.method === 'getChatMember')).toHaveLength(1);
    const replies = h.calls.filter((c) => c.method === 'sendMessage').map((c) => c.payload.text as string);
    expect(replies[0]).toContain('only chat administrators can change subscriptions');
  });

  it('GIVEN /paper in a group THEN no admin lookup at all (the handler never asks)', async () => {
    const h = harness();
    await h.bot.handleUpdate(messageUpdate(chats.group(), '/paper diffusion', { from: users.alice }));
    expect(h.calls.map((c) => c.method)).toEqual(['sendMessage']);
  });

  it('GIVEN a channel post or an anonymous group admin THEN admin without a lookup', async () => {
    const h = harness();
    const channel = chats.channel();
    await h.bot.handleUpdate(messageUpdate(channel, '/subscribe diffusion', { senderChat: channel, channel: true }));
    const group = chats.supergroup(-1003);
    await h.bot.handleUpdate(messageUpdate(group, '/subscribe video', { from: { id: 1087968824, is_bot: true, first_name: 'Group' }, senderChat: group }));
    expect(h.calls.filter((c) => c.method === 'getChatMember')).toHaveLength(0);
    expect(h.handler.requests.map((r) => r.chatType)).toEqual(['channel', 'group']);
    expect([...h.handler.subscriptions.keys()]).toEqual([`${channel.id}:`, '-1003:']);
  });

  it('GIVEN a migrate_to_chat_id service message THEN onMigrate moves the chat', async () => {
    const h = harness();
    await h.bot.handleUpdate({ update_id: updateId++, message: { message_id: 1, date: 1, chat: chats.group(-4001), migrate_to_chat_id: -100555 } } as Update);
    expect(h.migrations).toEqual([[{ platform: 'telegram', chatId: '-4001' }, { platform: 'telegram', chatId: '-100555' }]]);
  });
});

describe('error boundary', () => {
  it('GIVEN a handler that throws THEN logs without the token, apologises in the thread, and keeps going', async () => {
    const h = harness({ failOn: 'digest' });
    const forum = chats.supergroup(-1004, 'ML', true);
    await h.bot.handleUpdate(messageUpdate(forum, '/digest', { from: users.alice, threadId: 3 }));
    await h.bot.handleUpdate(messageUpdate(forum, '/status', { from: users.alice, threadId: 3 }));
    const sends = h.calls.filter((c) => c.method === 'sendMessage');
    expect(sends[0]!.payload).toMatchObject({ chat_id: -1004, message_thread_id: 3, text: 'Sorry, something went wrong on my side. Please try again in a minute.' });
    expect(sends[1]!.payload.text).toContain('Status');
    const errors = h.logs.filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.msg).toBe('telegram update failed');
    expect(JSON.stringify(h.logs)).not.toContain('UNIT-secret');
  });
});
