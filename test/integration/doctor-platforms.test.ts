/**
 * `paperboy doctor` against the platforms: the real grammY Api and discord.js REST clients talking to
 * the fake Bot API and the fake Discord on 127.0.0.1 (TELEGRAM_API_ROOT, DISCORD_API_BASE). A valid
 * token, a refused one (401), a webhook left set while the configuration polls, a subscribed channel
 * where the bot lacks Embed Links; the invite links; and never a token in what is printed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { REST } from 'discord.js';
import { Api } from 'grammy';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandPayload, registerCommands } from '../../src/bots/discord/index.ts';
import { registerCommandMenus } from '../../src/bots/telegram/commands-meta.ts';
import { exitCodeOf, reportJson, reportText, runDoctor, type Check } from '../../src/app/doctor/index.ts';
import { defaultSubscription, openStore, type ChatRef } from '../../src/schedule/index.ts';
import { FakeDiscord } from '../fakes/discord-api.ts';
import { chats, FakeTelegramApi } from '../fakes/telegram-api.ts';
import { starterDir } from '../support/app.ts';

const dir = mkdtempSync(join(tmpdir(), 'paperboy-doctor-platforms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const byId = (checks: Check[], id: string) => checks.find((c) => c.id === id);
let n = 0;
/** The environment of a deployment with no live sources, a fresh SQLite store and the starter corpus. */
const base = () => ({ STORE_URL: `sqlite://${join(dir, `store-${++n}.sqlite`)}`, DIGESTS_DIR: starterDir, SOURCES: 'none' });

/** Every string a report prints, as text and as JSON. */
const printed = (report: Awaited<ReturnType<typeof runDoctor>>) => `${reportText(report).join('\n')}\n${JSON.stringify(reportJson(report))}`;

describe('doctor: Telegram', () => {
  let fake: FakeTelegramApi;
  beforeEach(async () => {
    fake = await FakeTelegramApi.start();
  });
  afterEach(async () => {
    await fake.close();
  });

  it('GIVEN a valid token, no webhook and the menus published THEN all ok, and the bot\'s links', async () => {
    await registerCommandMenus(new Api(fake.token, { apiRoot: fake.apiRoot }));
    const report = await runDoctor({ ...base(), TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot });
    const telegram = report.checks.filter((c) => c.group === 'telegram');
    expect(telegram.map((c) => [c.id, c.status])).toEqual([['telegram.token', 'ok'], ['telegram.webhook', 'ok'], ['telegram.commands', 'ok'], ['telegram.chats', 'ok']]);
    expect(byId(telegram, 'telegram.token')!.message).toBe('valid: @PaperboyTestBot (id 123456); group privacy on (in groups it receives commands, not conversation)');
    expect(byId(telegram, 'telegram.commands')!.message).toBe('published in 3 languages (default en, ru, zh), 13 commands');
    expect(report.links.telegram).toEqual({
      chat: 'https://t.me/PaperboyTestBot',
      group: 'https://t.me/PaperboyTestBot?startgroup=true',
      channel: 'https://t.me/PaperboyTestBot?startchannel&admin=post_messages',
    });
    expect(reportText(report)).toContain('  Telegram, add to a group:  https://t.me/PaperboyTestBot?startgroup=true');
    expect(exitCodeOf(report.checks)).toBe(0);
    expect(fake.calls.map((c) => c.method).filter((m) => m !== 'setMyCommands')).toEqual(['getMe', 'getWebhookInfo', 'getMyCommands', 'getMyCommands', 'getMyCommands']);
  });

  it('GIVEN a token Telegram refuses (401) THEN an error saying where to get it, the other Telegram checks skipped, and the token printed nowhere', async () => {
    const wrong = '123456:WRONG-token-abcdefghijklmnopqrstu';
    const report = await runDoctor({ ...base(), TELEGRAM_BOT_TOKEN: wrong, TELEGRAM_API_ROOT: fake.apiRoot });
    expect(byId(report.checks, 'telegram.token')).toEqual({
      id: 'telegram.token', group: 'telegram', title: 'Telegram token', status: 'error',
      message: 'TELEGRAM_BOT_TOKEN was refused (401 Unauthorized)',
      fix: 'copy the token again from @BotFather (/mybots -> your bot -> API Token; /revoke gives a new one) into TELEGRAM_BOT_TOKEN',
    });
    expect(byId(report.checks, 'telegram.webhook')?.status).toBe('skipped');
    expect(byId(report.checks, 'telegram.commands')?.status).toBe('skipped');
    expect(byId(report.checks, 'telegram.chats')?.status).toBe('skipped');
    expect(report.links.telegram).toBeUndefined();
    expect(exitCodeOf(report.checks)).toBe(1);
    const out = printed(report);
    expect(out).not.toContain(wrong);
    expect(out).not.toContain('WRONG-token');
  });

  it('GIVEN a webhook left set while the configuration polls THEN an error that says what happens and what to do', async () => {
    fake.webhook = { url: 'https://old-host.example.com/telegram' };
    const report = await runDoctor({ ...base(), TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot });
    expect(byId(report.checks, 'telegram.webhook')).toMatchObject({
      status: 'error',
      message: 'a webhook is set (https://old-host.example.com/telegram) but this configuration polls (TELEGRAM_WEBHOOK_URL is unset): Telegram sends the updates to that URL and refuses polling (409)',
      fix: 'if no other deployment serves https://old-host.example.com/telegram, npm start removes it when it starts polling; to run behind it instead, set TELEGRAM_WEBHOOK_URL=https://old-host.example.com/telegram and TELEGRAM_WEBHOOK_SECRET',
    });
    // The menus were never published: a warning, not an error.
    expect(byId(report.checks, 'telegram.commands')).toMatchObject({ status: 'warning', fix: 'npm start publishes it at start-up; or run npm run deploy now' });
    expect(exitCodeOf(report.checks)).toBe(1);
    expect(fake.webhook).toEqual({ url: 'https://old-host.example.com/telegram' }); // the doctor changes nothing
  });

  it('GIVEN webhook mode and Telegram failing to deliver to it THEN an error naming Telegram\'s reason', async () => {
    const url = 'https://bot.example.com/telegram';
    fake.webhook = { url, secret: 's3cret-value_x', lastErrorDate: Math.floor(Date.now() / 1000) - 60, lastErrorMessage: 'Connection refused' };
    const report = await runDoctor({ ...base(), TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, TELEGRAM_WEBHOOK_URL: url, TELEGRAM_WEBHOOK_SECRET: 's3cret-value_x' });
    const check = byId(report.checks, 'telegram.webhook')!;
    expect(check.status).toBe('error');
    expect(check.message).toMatch(/^set to https:\/\/bot\.example\.com\/telegram, but Telegram's last delivery failed at \d{4}-\d\d-\d\d \d\d:\d\d UTC: Connection refused$/);
    expect(check.fix).toContain('forward it to PORT');
    expect(printed(report)).not.toContain('s3cret-value_x');
  });

  it('GIVEN subscribed groups and channels THEN each says whether the bot is still there and may post: kicked, not a posting admin, restricted are errors', async () => {
    const url = `sqlite://${join(dir, `telegram-chats-${++n}.sqlite`)}`;
    const store = await openStore(url);
    const groupOk = chats.supergroup(-1001, 'Reading club');
    const kicked = chats.supergroup(-1002, 'Old club');
    const channelOk = chats.channel(-1003, 'Daily papers');
    const channelMember = chats.channel(-1004, 'Weekly papers');
    const muted = chats.supergroup(-1005, 'Quiet room');
    for (const chat of [groupOk, kicked, channelOk, channelMember, muted]) fake.addChat(chat);
    fake.block(kicked.id, 'Forbidden: bot was kicked from the supergroup chat');
    fake.setMember(channelOk.id, fake.me.id, 'administrator', { can_post_messages: true });
    fake.setMember(muted.id, fake.me.id, 'restricted', { can_send_messages: false });
    for (const chatId of [groupOk.id, kicked.id, channelOk.id, channelMember.id, muted.id, 4242]) {
      await store.subscriptions.put({ ...defaultSubscription({ platform: 'telegram', chatId: String(chatId) }, { timeZone: 'UTC', time: '09:00', size: 3 }, Date.now()), topics: ['llm'] });
    }
    await store.close();

    const report = await runDoctor({ ...base(), STORE_URL: url, TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot });
    const chatChecks = report.checks.filter((c) => c.id.startsWith('telegram.chat:'));
    expect(chatChecks.map((c) => [c.title, c.status, c.message])).toEqual([
      ['Telegram group "Reading club"', 'ok', 'the bot is a member and may send messages'],
      ['Telegram chat -1002', 'error', 'the bot cannot reach it (403 Forbidden: bot was kicked from the supergroup chat): removed from it, or the chat was deleted'],
      ['Telegram channel "Daily papers"', 'ok', 'the bot is an administrator that may post messages'],
      ['Telegram channel "Weekly papers"', 'error', 'the bot is not an administrator allowed to post messages: digests cannot be posted'],
      ['Telegram group "Quiet room"', 'error', 'the bot is restricted and may not send messages there'],
    ]);
    expect(byId(chatChecks, 'telegram.chat:-1004')!.fix).toBe('channel -> Administrators -> add the bot with "Post Messages" (or open https://t.me/PaperboyTestBot?startchannel&admin=post_messages)');
    expect(byId(chatChecks, 'telegram.chat:-1002')!.fix).toContain('https://t.me/PaperboyTestBot?startgroup=true');
  });

  it('GIVEN a Bot API root nothing listens on THEN an error naming TELEGRAM_API_ROOT and the network reason', async () => {
    const root = fake.apiRoot;
    await fake.close();
    const report = await runDoctor({ ...base(), TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: root });
    expect(byId(report.checks, 'telegram.token')).toMatchObject({ status: 'error', message: `cannot reach the Bot API at ${root}: ECONNREFUSED` });
    expect(byId(report.checks, 'telegram.token')!.fix).toContain('TELEGRAM_API_ROOT');
    expect(printed(report)).not.toContain(fake.token);
    fake = await FakeTelegramApi.start(); // for afterEach
  });
});

describe('doctor: Discord', () => {
  let fake: FakeDiscord;
  beforeEach(async () => {
    fake = await FakeDiscord.start();
  });
  afterEach(async () => {
    await fake.close();
  });

  /** A store with a subscription in each of `channels` (ids), for the channel checks. */
  async function storeWith(channels: string[]): Promise<string> {
    const url = `sqlite://${join(dir, `discord-${++n}.sqlite`)}`;
    const store = await openStore(url);
    for (const chatId of channels) {
      const chat: ChatRef = { platform: 'discord', chatId, guildId: fake.guildId };
      await store.subscriptions.put({ ...defaultSubscription(chat, { timeZone: 'UTC', time: '09:00', size: 3 }, Date.now()), topics: ['llm'] });
    }
    await store.close();
    return url;
  }

  it('GIVEN a valid token, registered commands and a channel without Embed Links THEN that channel is an error naming the permission; the others ok; the invite link', async () => {
    const rest = new REST({ api: fake.apiBase }).setToken(fake.token);
    await registerCommands({ rest, applicationId: fake.applicationId, commands: commandPayload() });
    const news = fake.addChannel({ name: 'news' });
    fake.denyInChannel(news.id, 16384n); // Embed Links
    const hidden = fake.addChannel({ name: 'mods' });
    fake.denyInChannel(hidden.id, 1024n); // View Channel
    const thread = fake.addChannel({ name: 'weekly-thread', type: 11, parentId: fake.generalChannelId });
    const STORE_URL = await storeWith([fake.generalChannelId, news.id, hidden.id, thread.id]);

    const report = await runDoctor({ ...base(), STORE_URL, DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase });
    const discord = report.checks.filter((c) => c.group === 'discord');
    expect(discord.map((c) => [c.id, c.status])).toEqual([
      ['discord.token', 'ok'], ['discord.application', 'ok'], ['discord.commands', 'ok'],
      [`discord.channel:${fake.generalChannelId}`, 'ok'], [`discord.channel:${news.id}`, 'error'], [`discord.channel:${hidden.id}`, 'error'], [`discord.channel:${thread.id}`, 'ok'],
    ]);
    expect(byId(discord, `discord.channel:${news.id}`)).toEqual({
      id: `discord.channel:${news.id}`, group: 'discord', title: 'Discord channel #news', status: 'error',
      message: 'the bot lacks Embed Links there: digests are refused (they are embeds)',
      fix: "allow Embed Links for the bot's role in #news (Edit Channel -> Permissions) or server-wide (Server Settings -> Roles)",
    });
    expect(byId(discord, `discord.channel:${hidden.id}`)!.message).toBe('the bot lacks View Channel, Send Messages, Embed Links there: digests cannot be delivered');
    expect(byId(discord, `discord.channel:${thread.id}`)!.message).toBe('the bot may View Channel, Send Messages in Threads and Embed Links there');
    expect(byId(discord, 'discord.commands')!.message).toBe(`${commandPayload().length} registered (global), the same as this version's`);
    expect(report.links.discord).toBe(`https://discord.com/oauth2/authorize?client_id=${fake.applicationId}&scope=bot+applications.commands&permissions=274877991936`);
    expect(reportText(report)).toContain(`  Discord (add to a server): ${report.links.discord}`);
    expect(exitCodeOf(report.checks)).toBe(1);
    // One read of the server's roles and the bot's member for all four channels.
    expect(fake.requestsTo('GET', /^\/guilds\/\d+\/roles$/)).toHaveLength(1);
    expect(printed(report)).not.toContain(fake.token);
  });

  it('GIVEN no commands registered and no subscriptions THEN warnings/ok only: exit 0', async () => {
    const report = await runDoctor({ ...base(), DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase });
    expect(byId(report.checks, 'discord.commands')).toMatchObject({ status: 'warning', message: 'no slash commands registered (global)' });
    expect(byId(report.checks, 'discord.channels')).toMatchObject({ status: 'ok', message: 'no channel subscribes yet (a /subscribe in a channel adds one)' });
    expect(exitCodeOf(report.checks)).toBe(0);
  });

  it('GIVEN a token Discord refuses (401) THEN an error saying how to get a bot token, the rest skipped, the token printed nowhere', async () => {
    const wrong = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.wrong-token-value-abcdefghijklmno';
    const report = await runDoctor({ ...base(), DISCORD_TOKEN: wrong, DISCORD_API_BASE: fake.apiBase });
    expect(byId(report.checks, 'discord.token')).toEqual({
      id: 'discord.token', group: 'discord', title: 'Discord token', status: 'error',
      message: 'DISCORD_TOKEN was refused (401 Unauthorized)',
      fix: 'Developer Portal -> your application -> Bot -> Reset Token, and copy that token into DISCORD_TOKEN (not the client secret, no "Bot " in front)',
    });
    expect(['discord.application', 'discord.commands', 'discord.channels'].map((id) => byId(report.checks, id)?.status)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(report.links.discord).toBeUndefined();
    expect(printed(report)).not.toContain(wrong);
  });

  it('GIVEN a subscribed channel that was deleted THEN an error saying its digests cannot be delivered', async () => {
    const gone = fake.addChannel({ name: 'old' });
    const STORE_URL = await storeWith([gone.id]);
    gone.state = 'deleted';
    const report = await runDoctor({ ...base(), STORE_URL, DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase });
    expect(byId(report.checks, `discord.channel:${gone.id}`)).toMatchObject({ status: 'error', message: 'deleted (Unknown Channel): its digests cannot be delivered' });
  });
});

describe('npm run -s paperboy -- doctor --json, with both platforms', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));

  it('GIVEN both fakes THEN the JSON names both groups and both links, and neither token appears on stdout or stderr', async () => {
    const telegram = await FakeTelegramApi.start();
    const discord = await FakeDiscord.start();
    try {
      const env = { ...process.env };
      for (const k of Object.keys(env)) if (/^(TELEGRAM|DISCORD|STORE|DIGESTS|FEEDS|SOURCES|HF|ARXIV)_?/.test(k)) delete env[k];
      Object.assign(env, base(), { TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot, DISCORD_TOKEN: discord.token, DISCORD_API_BASE: discord.apiBase });
      // Async: the fakes answer from this process's event loop.
      const child = spawn(process.execPath, ['--import', pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href, join(root, 'src/cli.ts'), 'doctor', '--json'], { cwd: dir, env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code, stderr).toBe(0);
      const json = JSON.parse(stdout) as { ok: boolean; checks: Check[]; links: { discord?: string; telegram?: { chat: string } } };
      expect(json.ok).toBe(true);
      expect(new Set(json.checks.map((c) => c.group))).toEqual(new Set(['config', 'store', 'corpus', 'sources', 'telegram', 'discord']));
      expect(json.links.discord).toContain(`client_id=${discord.applicationId}`);
      expect(json.links.telegram?.chat).toBe('https://t.me/PaperboyTestBot');
      for (const token of [telegram.token, discord.token]) expect(stdout + stderr).not.toContain(token);
    } finally {
      await telegram.close();
      await discord.close();
    }
  }, 40_000);
});


