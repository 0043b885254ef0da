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
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { run, type App } from '../../src/main.ts';
import { FakeDiscord } from '../fakes/discord-api.ts';
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
