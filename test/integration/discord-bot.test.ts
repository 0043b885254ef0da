/**
 * The real discord.js client against the fake Discord (REST + gateway on 127.0.0.1): login, command
 * registration, slash commands, autocomplete, buttons, digests, failures. The command handler here is
 * a stub returning realistic replies; adapters own no business logic, so this tests the adapter.
 */
import { DiscordAPIError, Routes } from 'discord.js';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryKv } from '../support/kv.ts';
import { paper } from '../support/paper.ts';
import { createDiscordBot, type DiscordBot } from '../../src/bots/discord/index.ts';
import type { CommandHandler, CommandRequest } from '../../src/bots/shared/types.ts';
import type { Paper } from '../../src/core/model.ts';
import { errorReply, infoReply, type Reply } from '../../src/core/reply.ts';
import { topicCatalog } from '../../src/core/topics.ts';
import { loadCorpusDir } from '../../src/app/corpus-dir.ts';
import { expectSafeMessage } from '../support/bots.ts';
import { FakeDiscord, subcommand, type FakeInteraction } from '../fakes/discord-api.ts';

// === Fixtures

const manageChannels = 16n;

/** A Russian diffusion paper with a long summary (several cards overflow one message). */
const diffusionPaper = (i: number, over: Partial<Paper> = {}): Paper =>
  paper({
    id: `h:${i}`,
    title: `Diffusion paper number ${i}`,
    name: `Diff-${i}`,
    summary: `Мы предлагаем метод ${i} на основе диффузионной модели для генерации видео по тексту. `.repeat(6),
    lang: 'ru',
    urls: [`https://arxiv.org/abs/2405.${String(10000 + i)}`],
    arxivId: `2405.${String(10000 + i)}`,
    topics: ['diffusion', 'video'],
    file: '2024-05-ru-daily.txt',
    date: '2024-05',
    index: i,
    ...over,
  });

/** A stand-in for the shared handler: realistic replies, and a record of every request. */
class StubHandler implements CommandHandler {
  readonly requests: CommandRequest[] = [];
  delayMs = 0;

  async handle(req: CommandRequest): Promise<Reply> {
    this.requests.push(req);
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    if (req.args === 'boom') throw new Error('index exploded');
    switch (req.command) {
      case 'paper': {
        const all = Array.from({ length: req.args === 'many' ? 25 : 12 }, (_, i) => diffusionPaper(i));
        const size = req.args === 'many' ? 25 : 5;
        const page = req.page ?? 0;
        const items = all.slice(page * size, page * size + size);
        if (req.args === 'nothing') return errorReply('No papers match "nothing"', ['Try broader words.']);
        return {
          kind: 'papers',
          title: `Papers for "${req.args}"`,
          lines: [`${all.length} matches — page ${page + 1} of ${Math.ceil(all.length / size)}`],
          items: items.map((p) => ({ paper: p, why: ['diffusion'] })),
          pager: { query: req.args, page, pageSize: size, pages: Math.ceil(all.length / size), total: all.length },
        };
      }
      case 'subscribe':
        if (req.chatType !== 'private' && !(await req.isAdmin())) {
          return errorReply('Only admins can change this', ['Members with the Manage Channels permission can.']);
        }
        return infoReply(`Subscribed: ${req.args}`, [`This chat follows ${req.args}.`]);
      default:
        return infoReply('Paperboy commands', ['/paper <query> — search']);
    }
  }
}

function captureLogger() {
  const lines: unknown[] = [];
  const at = (level: string) => (obj: unknown, msg?: string) => void lines.push({ level, obj, msg });
  return { lines, logger: { info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') } };
}

// === Harness

let fake: FakeDiscord | undefined;
const bots: DiscordBot[] = [];

afterEach(async () => {
  for (const b of bots.splice(0)) await b.stop();
  await fake?.close();
  fake = undefined;
});

async function setup(options: { guildId?: boolean; deferAfterMs?: number; heartbeatIntervalMs?: number } = {}) {
  fake = await FakeDiscord.start(options.heartbeatIntervalMs ? { heartbeatIntervalMs: options.heartbeatIntervalMs } : {});
  const handler = new StubHandler();
  const kv = memoryKv();
  const log = captureLogger();
  const bot = createDiscordBot({
    token: fake.token,
    apiBase: fake.apiBase,
    ...(options.guildId ? { guildId: fake.guildId } : {}),
    handler,
    kv,
    logger: log.logger,
    suggestPapers: (q) => [`${q} models`, 'FIFO-Diffusion'],
    ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
  });
  bots.push(bot);
  await bot.start();
  return { fake, bot, handler, kv, log };
}

const answer = (f: FakeDiscord, i: FakeInteraction, what = 'an answer') => f.waitFor(() => f.answered(i), 5000, what);

// === Tests

describe('login and registration', () => {
  it('GIVEN a token THEN it fetches /gateway/bot, identifies with the token, takes the application id from READY and registers the commands once', async () => {
    const { fake, bot } = await setup();
    expect(fake.requestsTo('GET', /^\/gateway\/bot$/)).toHaveLength(1);
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0]!.token === fake.token).toBe(true);
    expect(bot.client.application?.id).toBe(fake.applicationId);
    expect(bot.registration).toEqual({ action: 'updated', count: 12, scope: 'global' }); // twelve commands since /like, /dislike, /saved
    const put = fake.requestsTo('PUT', new RegExp(`^/applications/${fake.applicationId}/commands$`));
    expect(put).toHaveLength(1);
    expect(put[0]!.status).toBe(200);
    expect(fake.requestsTo('GET', /commands$/)[0]!.query.get('with_localizations')).toBe('true');
    const subscribe = fake.commands.get('global')!.find((c) => c.name === 'subscribe')!;
    expect(subscribe.default_member_permissions).toBe('16');
    expect(subscribe.name_localizations).toEqual({ ru: 'подписаться', 'zh-CN': '订阅', 'zh-TW': '订阅' });
  });

  it('GIVEN the same commands already registered THEN a second start does not upload them again', async () => {
    const { fake } = await setup();
    const second = createDiscordBot({ token: fake.token, apiBase: fake.apiBase, handler: new StubHandler(), kv: memoryKv(), logger: captureLogger().logger });
    bots.push(second);
    await second.start();
    expect(second.registration).toEqual({ action: 'unchanged', count: 12, scope: 'global' });
    expect(fake.requestsTo('PUT', /commands$/)).toHaveLength(1);
    expect(fake.requestsTo('GET', /commands$/)).toHaveLength(2);
  });

  it('GIVEN DISCORD_GUILD_ID THEN commands go to that guild only', async () => {
    const { fake, bot } = await setup({ guildId: true });
    expect(bot.registration?.scope).toBe('guild');
    expect(fake.requestsTo('PUT', new RegExp(`/guilds/${fake.guildId}/commands$`))).toHaveLength(1);
    expect(fake.commands.has('global')).toBe(false);
  });

  it('GIVEN a wrong token THEN start fails without printing the token', async () => {
    fake = await FakeDiscord.start();
    const log = captureLogger();
    const bot = createDiscordBot({ token: 'wrong.token.value-123456', apiBase: fake.apiBase, handler: new StubHandler(), kv: memoryKv(), logger: log.logger });
    bots.push(bot);
    const err = await bot.start().then(() => null, (e: Error) => e);
    expect(err?.message).toMatch(/^discord: login failed/);
    expect(err?.message).not.toContain('wrong.token.value-123456');
    expect(JSON.stringify(log.lines)).not.toContain('wrong.token.value-123456');
  });

  it('GIVEN a short heartbeat interval THEN the client heartbeats and the gateway acknowledges', async () => {
    const { fake, bot } = await setup({ heartbeatIntervalMs: 150 });
    await fake.waitFor(() => fake.heartbeats >= 2, 3000, 'heartbeats');
    expect(bot.client.ws.ping).toBeGreaterThanOrEqual(0);
  });
});

describe('/paper', () => {
  it('GIVEN /paper query:diffusion THEN valid embeds, no mentions, a Next button; the handler got the request', async () => {
    const { fake, handler, log } = await setup();
    const i = fake.chatInput('paper', [{ name: 'query', type: 3, value: 'diffusion' }]);
    const [reply] = await answer(fake, i);
    expect(i.callbacks[0]!.type).toBe(4);
    expectSafeMessage(reply!);
    expect(reply!.embeds).toHaveLength(6);
    expect(reply!.embeds[1]!.url).toBe('https://arxiv.org/abs/2405.10000');
    const [prev, next] = reply!.components[0]!.components as { custom_id: string; disabled: boolean }[];
    expect(prev!.disabled).toBe(true);
    expect(next!.custom_id).toBe('pb:p:1:q:diffusion');
    expect(handler.requests[0]).toMatchObject({
      command: 'paper',
      args: 'diffusion',
      page: 0,
      chatType: 'group',
      locale: 'en-US',
      chat: { platform: 'discord', chatId: fake.generalChannelId, guildId: fake.guildId },
    });
    expect(JSON.stringify(log.lines)).not.toContain(fake.token);
  });

  it('GIVEN the Next button THEN page 2 replaces the message in place (deferred update + edit)', async () => {
    const { fake, handler } = await setup();
    const first = fake.chatInput('paper', [{ name: 'query', type: 3, value: 'diffusion' }]);
    const [message] = await answer(fake, first);
    const nextId = (message!.components[0]!.components as { custom_id: string }[])[1]!.custom_id;
    const click = fake.button(nextId, message!);
    await fake.waitFor(() => fake.requestsTo('PATCH', new RegExp(`/webhooks/${fake.applicationId}/${click.token}/messages/@original`)).length, 5000, 'edit');
    expect(click.callbacks[0]!.type).toBe(6);
    expect(handler.requests.at(-1)).toMatchObject({ command: 'paper', args: 'diffusion', page: 1 });
    expect(message!.embeds[1]!.title).toMatch(/^6\\\. Diff-5/);
    const [prev, next] = message!.components[0]!.components as { custom_id: string; disabled: boolean }[];
    expect(prev).toMatchObject({ custom_id: 'pb:p:0:q:diffusion', disabled: false });
    expect(next).toMatchObject({ custom_id: 'pb:p:2:q:diffusion', disabled: false });
    expectSafeMessage(message!);
  });

  it('GIVEN a long query THEN its buttons use a stored key that still resolves from a new process', async () => {
    const { fake, kv } = await setup();
    const query = 'диффузионные модели для генерации длинного видео по тексту без обучения и с согласованием кадров';
    const i = fake.chatInput('paper', [{ name: 'query', type: 3, value: query }]);
    const [message] = await answer(fake, i);
    const nextId = (message!.components[0]!.components as { custom_id: string }[])[1]!.custom_id;
    expect(nextId).toMatch(/^pb:p:1:k:/);
    expect(nextId.length).toBeLessThanOrEqual(100);
    // A "restarted" bot: a new client sharing only the store.
    await bots.shift()!.stop();
    const handler2 = new StubHandler();
    const restarted = createDiscordBot({ token: fake.token, apiBase: fake.apiBase, handler: handler2, kv, logger: captureLogger().logger });
    bots.push(restarted);
    await restarted.start();
    fake.button(nextId, message!);
    await fake.waitFor(() => handler2.requests.length, 5000, 'page request');
    expect(handler2.requests[0]).toMatchObject({ args: query, page: 1 });
  });

  it('GIVEN a reply too big for one message THEN it is split into a reply and follow-ups, all accepted', async () => {
    const { fake } = await setup();
    const i = fake.chatInput('paper', [{ name: 'query', type: 3, value: 'many' }]);
    await fake.waitFor(() => i.followUps.length >= 2, 5000, 'follow-ups');
    const all = fake.answered(i)!;
    expect(all.flatMap((m) => m.embeds).length).toBe(26);
    for (const m of all) expectSafeMessage(m);
    expect(fake.requests.filter((r) => r.status >= 400)).toEqual([]);
  });

  it('GIVEN /paper autocomplete THEN the typed text and the suggestions', async () => {
    const { fake } = await setup();
    const i = fake.autocomplete('paper', [{ name: 'query', type: 3, value: 'diff', focused: true }]);
    await fake.waitFor(() => i.choices, 5000, 'choices');
    expect(i.choices!.map((c) => c.value)).toEqual(['diff', 'diff models', 'FIFO-Diffusion']);
  });
});

describe('slow and failing handlers', () => {
  it('GIVEN a slow handler THEN the reply is deferred within the deadline and edited later', async () => {
    const { fake, handler } = await setup({ deferAfterMs: 50 });
    handler.delayMs = 300;
    const i = fake.chatInput('paper', [{ name: 'query', type: 3, value: 'diffusion' }]);
    await fake.waitFor(() => i.original && !i.original.pending && i.original, 5000, 'edited reply');
    expect(i.callbacks[0]!.type).toBe(5);
    expect(i.original!.embeds.length).toBe(6);
    expectSafeMessage(i.original!);
  });

  it('GIVEN a handler that throws THEN an ephemeral apology, a log line with the interaction id, and the bot keeps serving', async () => {
    const { fake, log } = await setup();
    const i = fake.chatInput('paper', [{ name: 'query', type: 3, value: 'boom' }]);
    const [apology] = await answer(fake, i);
    expect(i.callbacks[0]!.data.flags & 64).toBe(64);
    expect(apology!.embeds[0]!.title).toBe('Something went wrong');
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 'error', obj: expect.objectContaining({ interactionId: i.id }) }));
    const next = fake.chatInput('help');
    await answer(fake, next);
  });

  it('GIVEN a handler that throws after the reply was deferred THEN the placeholder goes and the apology is ephemeral', async () => {
    const { fake, handler } = await setup({ deferAfterMs: 30 });
    handler.delayMs = 200;
    const i = fake.chatInput('paper', [{ name: 'query', type: 3, value: 'boom' }]);
    await fake.waitFor(() => i.followUps.length, 5000, 'apology');
    expect(i.callbacks[0]!.type).toBe(5);
    expect(i.originalDeleted).toBe(true);
    expect(i.followUps[0]!.flags & 64).toBe(64);
  });

  it('GIVEN an error reply THEN it is ephemeral', async () => {
    const { fake } = await setup();
    const i = fake.chatInput('paper', [{ name: 'query', type: 3, value: 'nothing' }]);
    const [m] = await answer(fake, i);
    expect(m!.flags & 64).toBe(64);
    expectSafeMessage(m!);
  });
});

describe('/subscribe', () => {
  it('GIVEN topic autocomplete THEN catalog topics matching the typed text', async () => {
    const { fake } = await setup();
    const i = fake.autocomplete('subscribe', [{ name: 'topic', type: 3, value: 'diff', focused: true }]);
    await fake.waitFor(() => i.choices, 5000, 'choices');
    expect(topicCatalog.some((t) => t.id === 'diffusion')).toBe(true);
    expect(i.choices![0]!.value).toBe('diffusion');
    expect(i.choices!.length).toBeLessThanOrEqual(25);
  });

  it('GIVEN /schedule timezone autocomplete THEN IANA zones', async () => {
    const { fake } = await setup();
    const i = fake.autocomplete('schedule', [
      subcommand('time', [
        { name: 'time', type: 3, value: '09:00' },
        { name: 'timezone', type: 3, value: 'berl', focused: true },
      ]),
    ]);
    await fake.waitFor(() => i.choices, 5000, 'choices');
    expect(i.choices!.map((c) => c.value)).toEqual(['Europe/Berlin']);
  });

  it('GIVEN a member with Manage Channels THEN the subscription is made for this channel', async () => {
    const { fake, handler } = await setup();
    const i = fake.chatInput('subscribe', [{ name: 'topic', type: 3, value: 'diffusion' }], { permissions: manageChannels });
    const [m] = await answer(fake, i);
    expect(m!.flags & 64).toBe(0);
    expect(m!.embeds[0]!.title).toBe('Subscribed: diffusion');
    expect(handler.requests[0]).toMatchObject({ command: 'subscribe', args: 'diffusion', chatType: 'group', chat: { chatId: fake.generalChannelId, guildId: fake.guildId } });
  });

  it('GIVEN a member without Manage Channels THEN an ephemeral refusal', async () => {
    const { fake } = await setup();
    const i = fake.chatInput('subscribe', [{ name: 'topic', type: 3, value: 'diffusion' }], { permissions: 0n });
    const [m] = await answer(fake, i);
    expect(m!.flags & 64).toBe(64);
    expect(m!.embeds[0]!.title).toBe('Only admins can change this');
  });

  it('GIVEN channel: THEN the subscription targets that channel', async () => {
    const { fake, handler } = await setup();
    const papers = fake.addChannel({ name: 'papers' });
    const i = fake.chatInput('subscribe', [{ name: 'topic', type: 3, value: 'llm' }, { name: 'channel', type: 7, value: papers.id }], { permissions: manageChannels });
    await answer(fake, i);
    expect(handler.requests[0]!.chat).toEqual({ platform: 'discord', chatId: papers.id, guildId: fake.guildId });
  });

  it('GIVEN each /schedule subcommand THEN the handler gets the typed change, not text to parse again', async () => {
    const { fake, handler } = await setup();
    const run = (name: string, options: { name: string; type: number; value: unknown }[] = []) =>
      answer(fake, fake.chatInput('schedule', [subcommand(name, options)], { permissions: manageChannels }));
    await run('time', [{ name: 'time', type: 3, value: '09:00' }, { name: 'timezone', type: 3, value: 'Europe/Moscow' }]);
    await run('time', [{ name: 'time', type: 3, value: '7:30' }]);
    await run('size', [{ name: 'papers', type: 4, value: 7 }]);
    await run('quiet', [{ name: 'enabled', type: 5, value: true }]);
    await run('off');
    await run('on');
    await run('show');
    expect(handler.requests.map((r) => [r.command, r.args, r.schedule])).toEqual([
      ['schedule', '', { kind: 'time', time: '09:00', timeZone: 'Europe/Moscow' }],
      ['schedule', '', { kind: 'time', time: '7:30' }],
      ['schedule', '', { kind: 'size', size: '7' }],
      ['schedule', '', { kind: 'quiet', quiet: true }],
      ['schedule', '', { kind: 'off' }],
      ['schedule', '', { kind: 'on' }],
      ['schedule', '', { kind: 'show' }],
    ]);
  });

  it('GIVEN a DM THEN a personal subscription (private chat, no guild, no admin question)', async () => {
    const { fake, handler } = await setup();
    const i = fake.chatInput('subscribe', [{ name: 'topic', type: 3, value: 'llm' }], { dm: true, channelId: '999999999999999999' });
    const [m] = await answer(fake, i);
    expect(m!.embeds[0]!.title).toBe('Subscribed: llm');
    expect(handler.requests[0]).toMatchObject({ chatType: 'private', chat: { platform: 'discord', chatId: '999999999999999999' } });
    expect(handler.requests[0]!.chat.guildId).toBeUndefined();
  });
});

describe('digest sender', () => {
  const digest = (text = 'Your papers for today'): Reply => ({
    kind: 'digest',
    title: 'Daily digest — 2026-11-23',
    lines: [text],
    items: [diffusionPaper(1), diffusionPaper(2, { summary: 'Hey @everyone and @here, read <@123>! **now**' }), diffusionPaper(3)].map((p) => ({ paper: p, why: [] })),
  });

  it('GIVEN a scheduled digest THEN it is posted to the channel with valid embeds and no mentions', async () => {
    const { fake, bot } = await setup();
    const outcome = await bot.sender.send({ platform: 'discord', chatId: fake.generalChannelId, guildId: fake.guildId }, digest());
    expect(outcome).toEqual({ ok: true });
    const [m] = fake.messages.get(fake.generalChannelId)!;
    expect(m!.embeds.map((e) => e.title)).toEqual(['Daily digest — 2026-11-23', '1\\. Diff-1: Diffusion paper number 1', '2\\. Diff-2: Diffusion paper number 2', '3\\. Diff-3: Diffusion paper number 3']);
    expectSafeMessage(m!);
  });

  it('GIVEN a message containing @everyone THEN it pings nobody', async () => {
    const { fake, bot } = await setup();
    await bot.sender.send({ platform: 'discord', chatId: fake.generalChannelId }, digest('@everyone new papers are here'));
    const [m] = fake.messages.get(fake.generalChannelId)!;
    expectSafeMessage(m!);
    const raw = JSON.stringify(m!.embeds);
    expect(raw).not.toMatch(/@everyone|@here|<@123>/);
    expect(raw).toContain('@\u200beveryone');
  });

  it('GIVEN a 429 with retry_after THEN discord.js waits and retries; the send succeeds and is counted', async () => {
    const { fake, bot } = await setup();
    fake.rateLimitNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/ }, 0.2);
    const outcome = await bot.sender.send({ platform: 'discord', chatId: fake.generalChannelId }, digest());
    expect(outcome).toEqual({ ok: true });
    expect(fake.requestsTo('POST', /^\/channels\/\d+\/messages$/).map((r) => r.status)).toEqual([429, 200]);
    expect(bot.stats.responses429).toBe(1);
    expect(bot.stats.rateLimited).toBeGreaterThanOrEqual(1);
  });

  it('GIVEN a deleted channel THEN a permanent 10003 outcome on each of three deliveries', async () => {
    const { fake, bot } = await setup();
    const gone = fake.addChannel({ name: 'old-papers' });
    gone.state = 'deleted';
    const outcomes = [];
    for (let k = 0; k < 3; k++) outcomes.push(await bot.sender.send({ platform: 'discord', chatId: gone.id, guildId: fake.guildId }, digest()));
    expect(outcomes).toEqual(Array(3).fill({ ok: false, kind: 'permanent', reason: 'Unknown Channel (10003)', code: '10003' }));
  });

  it('GIVEN Missing Access or Missing Permissions THEN permanent with the code', async () => {
    const { fake, bot } = await setup();
    const locked = fake.addChannel({ name: 'locked' });
    locked.state = 'no-access';
    expect(await bot.sender.send({ platform: 'discord', chatId: locked.id }, digest())).toMatchObject({ kind: 'permanent', code: '50001' });
    locked.state = 'no-permission';
    expect(await bot.sender.send({ platform: 'discord', chatId: locked.id }, digest())).toMatchObject({ kind: 'permanent', code: '50013' });
  });

  it('GIVEN every paper of the starter corpus in one digest THEN split into messages that Discord accepts, in order', async () => {
    const { fake, bot } = await setup();
    const corpus = loadCorpusDir(fileURLToPath(new URL('../../data/digests/', import.meta.url)));
    const reply: Reply = { kind: 'digest', title: 'Everything', lines: ['All starter papers'], items: corpus.papers.map((p) => ({ paper: p, why: p.topics })) };
    expect(await bot.sender.send({ platform: 'discord', chatId: fake.generalChannelId }, reply)).toEqual({ ok: true });
    const sent = fake.messages.get(fake.generalChannelId)!;
    expect(sent.length).toBeGreaterThan(corpus.papers.length / 10);
    expect(sent.flatMap((m) => m.embeds).length).toBe(corpus.papers.length + 1);
    for (const m of sent) expectSafeMessage(m);
  });

  it('GIVEN repeated 5xx THEN retry (discord.js retried first)', async () => {
    const { fake, bot } = await setup();
    fake.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/ }, 502, { message: 'Bad Gateway', code: 0 }, 10);
    const outcome = await bot.sender.send({ platform: 'discord', chatId: fake.generalChannelId }, digest());
    expect(outcome).toMatchObject({ ok: false, kind: 'retry' });
    expect(fake.requestsTo('POST', /^\/channels\/\d+\/messages$/).length).toBe(4);
  });
});

describe('the fake enforces Discord limits (so the tests above mean something)', () => {
  const post = async (bot: DiscordBot, channelId: string, body: unknown) =>
    bot.client.rest.post(Routes.channelMessages(channelId), { body }).then(() => null, (e: unknown) => e);

  it('GIVEN 11 embeds, a 4097-character description, 2001-character content or 6001 characters in total THEN 400 Invalid Form Body', async () => {
    const { fake, bot } = await setup();
    const ch = fake.generalChannelId;
    const cases = [
      { embeds: Array.from({ length: 11 }, () => ({ description: 'x' })) },
      { embeds: [{ description: 'x'.repeat(4097) }] },
      { embeds: [{ title: 't'.repeat(257) }] },
      { embeds: [{ fields: [{ name: 'n', value: 'v'.repeat(1025) }] }] },
      { embeds: [{ fields: [{ name: 'n', value: '' }] }] },
      { embeds: [{ footer: { text: 'f'.repeat(2049) } }] },
      { content: 'c'.repeat(2001) },
      { embeds: [{ description: 'x'.repeat(4000) }, { description: 'y'.repeat(2001) }] },
      {},
    ];
    for (const body of cases) {
      const err = await post(bot, ch, body);
      expect(err, JSON.stringify(body).slice(0, 80)).toBeInstanceOf(DiscordAPIError);
      expect((err as DiscordAPIError).code).toBe(50035);
    }
    expect(await post(bot, ch, { embeds: [{ description: 'x'.repeat(4096) }], allowed_mentions: { parse: [] } })).toBeNull();
  });

  it('GIVEN content with @everyone and no allowed_mentions THEN the fake reports a ping (and none with parse: [])', async () => {
    const { fake, bot } = await setup();
    await post(bot, fake.generalChannelId, { content: '@everyone hi' });
    await post(bot, fake.generalChannelId, { content: '@everyone hi', allowed_mentions: { parse: [] } });
    expect(fake.messages.get(fake.generalChannelId)!.map((m) => m.mention_everyone)).toEqual([true, false]);
  });

  it('GIVEN an answer after the 3-second deadline THEN Unknown interaction (10062), logged, process alive', async () => {
    fake = await FakeDiscord.start({ interactionDeadlineMs: 100 });
    const handler = new StubHandler();
    handler.delayMs = 300;
    const log = captureLogger();
    const bot = createDiscordBot({ token: fake.token, apiBase: fake.apiBase, handler, kv: memoryKv(), logger: log.logger, deferAfterMs: 1000 });
    bots.push(bot);
    await bot.start();
    const i = fake.chatInput('help');
    await fake.waitFor(() => log.lines.some((l) => (l as { level: string }).level === 'error') || undefined, 5000, 'error log');
    expect(i.callbacks).toEqual([]);
    expect(fake.requestsTo('POST', /callback$/).map((r) => r.status)).toContain(404);
  });

  it('GIVEN a client error event THEN it is logged, not thrown', async () => {
    const { bot, log } = await setup();
    expect(() => bot.client.emit('error', new Error('gateway hiccup'))).not.toThrow();
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 'error', msg: 'discord client error' }));
  });
});
