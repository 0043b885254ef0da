/**
 * `run()` (src/main.ts) in-process with both tokens set, against the fake Telegram and Discord
 * servers: the wiring is complete before any adapter starts, so an update that is waiting when the
 * bot starts, or that arrives while another adapter is still logging in, gets the real answer.
 *
 * Before #13 the handler was bound late (after both adapters had started): Telegram polled while
 * Discord was still logging in, and such an update reached a handler that did not exist yet (the
 * user got the error boundary's apology instead of an answer).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { run, StartupError, type App } from '../../src/main.ts';
import { defaultSubscription, openStore } from '../../src/schedule/index.ts';
import { FakeDiscord, subcommand } from '../fakes/discord-api.ts';
import { chats, FakeTelegramApi, users } from '../fakes/telegram-api.ts';
import { starterDir } from '../support/app.ts';

const dir = mkdtempSync(join(tmpdir(), 'paperboy-wiring-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** A logger whose JSON lines the test can read. */
function capturedLogger() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (d: Buffer) => (text += d.toString()));
  return { logger: createLogger({ level: 'info', destination: stream, pretty: false }), lines: () => text };
}

describe('run(): start-up wiring', () => {
  it('GIVEN an update waiting in Telegram and a Discord login that takes its time THEN the update is answered by the real handler while Discord is still logging in', async () => {
    const telegram = await FakeTelegramApi.start();
    const discord = await FakeDiscord.start();
    cleanup.push(() => telegram.close(), () => discord.close());
    const releaseReady = discord.holdReady();
    telegram.say(chats.dm(users.alice), users.alice, '/subscribe diffusion');

    const config = parseConfig({
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      DISCORD_TOKEN: discord.token,
      DISCORD_API_BASE: discord.apiBase,
      STORE_URL: `sqlite://${join(dir, 'wiring.sqlite')}`,
      DIGESTS_DIR: starterDir, SOURCES: 'none',
    });
    const { logger } = capturedLogger();
    let app: App | undefined;
    const starting = run(config, { logger }).then((a) => (app = a));
    cleanup.push(async () => {
      releaseReady();
      await starting.catch(() => undefined);
      await app?.stop('test over');
    });

    const answer = await telegram.waitFor(() => telegram.messagesIn(users.alice.id)[0], 15_000, 'an answer to the waiting update');
    expect(app, 'run() must still be waiting for Discord').toBeUndefined();
    expect(answer.text).toContain('Subscribed: diffusion');
    expect(answer.text).not.toContain('Sorry');

    releaseReady();
    await starting;
    expect(discord.identifies).toHaveLength(1);
    // Discord answers too, with the same store: the Telegram subscription is not Discord's.
    const status = discord.chatInput('status');
    const reply = await discord.waitFor(() => discord.answered(status), 10_000, 'the /status answer');
    expect(JSON.stringify(reply)).toContain('No subscription here yet');
  }, 40_000);

  it('GIVEN no token THEN the console chat answers piped commands, and stop() closes the store', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => (printed += d.toString()));
    const config = parseConfig({ STORE_URL: `sqlite://${join(dir, 'console.sqlite')}`, DIGESTS_DIR: starterDir, SOURCES: 'none' });
    const app = await run(config, { logger: capturedLogger().logger, input, output });
    input.end('/subscribe llm\n/status\n');
    await app.consoleDone;
    await app.stop('end of input');
    expect(printed).toContain('Subscribed: llm');
    expect(printed).toMatch(/== Status ==\nFollows: llm/);
  });

  it('GIVEN a start-up that is aborted while an adapter is still connecting THEN run() rejects with the reason and closes what it opened', async () => {
    const discord = await FakeDiscord.start();
    cleanup.push(() => discord.close());
    const release = discord.holdReady();
    cleanup.push(async () => release());
    const config = parseConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_BASE: discord.apiBase, STORE_URL: `sqlite://${join(dir, 'abort.sqlite')}`, DIGESTS_DIR: starterDir, SOURCES: 'none' });
    const controller = new AbortController();
    const starting = run(config, { logger: capturedLogger().logger, signal: controller.signal });
    await discord.waitFor(() => discord.requestsTo('GET', /gateway\/bot/).length > 0, 10_000, 'a login attempt');
    controller.abort('SIGTERM');
    // discord.js cannot destroy a client waiting for READY: the adapter lets the login finish first.
    release();
    await expect(starting).rejects.toBe('SIGTERM');
    // The store was closed: a second run() opens the same SQLite file without trouble.
    const again = await run(parseConfig({ STORE_URL: `sqlite://${join(dir, 'abort.sqlite')}`, DIGESTS_DIR: starterDir, SOURCES: 'none' }), {
      logger: capturedLogger().logger,
      input: new PassThrough(),
      output: new PassThrough(),
    });
    await again.stop('test over');
  });
});

describe('run(): a platform that cannot be reached at start-up (#16 item 8)', () => {
  /** A port nothing listens on. */
  async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return port;
  }

  it('GIVEN TELEGRAM_API_ROOT at a closed port and Discord reachable THEN one warning per attempt with a growing delay, Discord answers and gets its due digest meanwhile, and stopping ends the retries', async () => {
    const discord = await FakeDiscord.start();
    cleanup.push(() => discord.close());
    const channel = discord.addChannel({ name: 'papers' });
    const storeUrl = `sqlite://${join(dir, 'unreachable.sqlite')}`;
    // A Discord channel whose digest is due: the scheduler's first tick delivers it.
    const seed = await openStore(storeUrl);
    const chat = { platform: 'discord' as const, chatId: channel.id, guildId: discord.guildId };
    await seed.subscriptions.put({ ...defaultSubscription(chat, { time: '09:00', timeZone: 'UTC', size: 2 }, Date.now()), topics: ['diffusion'], nextRunAt: Date.now() - 60_000 });
    await seed.close();

    const config = parseConfig({
      TELEGRAM_BOT_TOKEN: '123456:unreachable-token-abcdefghijklmn',
      TELEGRAM_API_ROOT: `http://127.0.0.1:${await closedPort()}`,
      DISCORD_TOKEN: discord.token,
      DISCORD_API_BASE: discord.apiBase,
      STORE_URL: storeUrl,
      DIGESTS_DIR: starterDir,
    });
    const { logger, lines } = capturedLogger();
    const controller = new AbortController();
    const starting = run(config, { logger, signal: controller.signal });
    starting.catch(() => undefined);
    cleanup.push(async () => {
      controller.abort('test over');
      await starting.catch(() => undefined);
    });

    const warnings = () => lines().split('\n').filter((l) => l.includes('cannot reach the Bot API')).map((l) => JSON.parse(l) as { attempt: number; retryInMs: number; msg: string });
    await discord.waitFor(() => warnings().length >= 3, 10_000, 'three attempts');
    expect(warnings().slice(0, 3).map((w) => [w.attempt, w.retryInMs])).toEqual([[1, 1000], [2, 2000], [3, 4000]]);
    expect(warnings()[0]!.msg).toContain('TELEGRAM_API_ROOT');
    expect(lines()).not.toContain('unreachable-token');

    // Meanwhile Discord works: the due digest went out and a command is answered.
    await discord.waitFor(() => discord.messages.get(channel.id)?.length, 10_000, 'the due Discord digest');
    const show = discord.chatInput('schedule', [subcommand('show')], { channelId: channel.id, permissions: 1n << 4n });
    const answered = await discord.waitFor(() => discord.answered(show), 10_000, 'a /schedule show answer');
    expect(JSON.stringify(answered)).toContain('daily at 09:00 UTC');

    controller.abort('SIGTERM');
    await expect(starting).rejects.toBe('SIGTERM');
    const before = warnings().length;
    await new Promise((r) => setTimeout(r, 1_500));
    expect(warnings()).toHaveLength(before);
  }, 40_000);

  it('GIVEN a Telegram token the Bot API refuses (401) THEN run() fails at once with one clear reason, no retry', async () => {
    const telegram = await FakeTelegramApi.start();
    cleanup.push(() => telegram.close());
    const config = parseConfig({ TELEGRAM_BOT_TOKEN: '999:WRONG-token-abcdefghijklmnopqrs', TELEGRAM_API_ROOT: telegram.apiRoot, STORE_URL: `sqlite://${join(dir, 'refused.sqlite')}`, DIGESTS_DIR: starterDir });
    const { logger, lines } = capturedLogger();
    const failure = await run(config, { logger }).then(() => null, (e: unknown) => e);
    expect(failure).toBeInstanceOf(StartupError);
    expect((failure as StartupError).message).toMatch(/^cannot start: Telegram: .*Unauthorized/);
    expect(telegram.callsOf('getMe')).toHaveLength(1);
    expect(lines()).not.toContain('cannot reach');
    expect(lines()).not.toContain('WRONG-token');
  });
});
