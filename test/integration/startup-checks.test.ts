/**
 * `npm start` runs the doctor's checks on what it opened and logs each set as one block (never a
 * stack trace): configuration, store and corpus before the scheduler; Telegram and Discord in the
 * background once the adapters are up. Through `run()` against the fakes on 127.0.0.1.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { run } from '../../src/main.ts';
import { defaultSubscription, openStore } from '../../src/schedule/index.ts';
import { FakeDiscord } from '../fakes/discord-api.ts';
import { FakeTelegramApi } from '../fakes/telegram-api.ts';
import { starterDir } from '../support/app.ts';

const dir = mkdtempSync(join(tmpdir(), 'paperboy-startup-checks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** A logger whose JSON entries the test can read. */
function capturedLogger() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (d: Buffer) => (text += d.toString()));
  const entries = () => text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { level: number; msg: string; [k: string]: unknown });
  return { logger: createLogger({ level: 'info', destination: stream, pretty: false }), entries };
}

/** Shaped like a real bot token (three dot-separated parts), so the configuration check has nothing to say. */
const discordToken = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GdoCtr.fake-signature-part-abcdefghijklmnop';

describe('start-up checks', () => {
  it('GIVEN a subscribed Discord channel without Embed Links THEN, once the adapters are up, one warn block of platform checks naming it with what to do; the local checks one info line', async () => {
    const telegram = await FakeTelegramApi.start();
    const discord = await FakeDiscord.start({ token: discordToken });
    cleanup.push(() => telegram.close(), () => discord.close());
    const news = discord.addChannel({ name: 'news' });
    discord.denyInChannel(news.id, 16384n);
    const storeUrl = `sqlite://${join(dir, 'platforms.sqlite')}`;
    const seed = await openStore(storeUrl);
    await seed.subscriptions.put({ ...defaultSubscription({ platform: 'discord', chatId: news.id, guildId: discord.guildId }, { timeZone: 'UTC', time: '09:00', size: 3 }, Date.now()), topics: ['llm'] });
    await seed.close();

    const config = parseConfig({
      TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot,
      DISCORD_TOKEN: discord.token, DISCORD_API_BASE: discord.apiBase,
      STORE_URL: storeUrl, DIGESTS_DIR: starterDir, FEEDS_DIR: join(dir, 'no-feeds'), SOURCES: 'none',
    });
    const { logger, entries } = capturedLogger();
    const app = await run(config, { logger });
    cleanup.push(() => app.stop('test over'));
    expect(app.checks.local.map((c) => [c.id, c.status])).toEqual([['store', 'ok'], ['corpus.digests-dir', 'ok'], ['corpus.feeds-dir', 'skipped'], ['corpus.papers', 'ok']]);
    const platform = await app.checks.platform;
    expect(platform.filter((c) => c.status !== 'ok').map((c) => [c.id, c.status])).toEqual([[`discord.channel:${news.id}`, 'error']]);

    const blocks = entries().filter((e) => /^(start-up|platform) checks: /.test(e.msg));
    expect(blocks.map((e) => [e.level, e.msg.split('\n')])).toEqual([
      [30, ['start-up checks: all 3 checks ok (1 skipped)']],
      [40, [
        'platform checks: 1 error (7 ok)',
        '  error    Discord channel #news: the bot lacks Embed Links there: digests are refused (they are embeds)',
        "           -> allow Embed Links for the bot's role in #news (Edit Channel -> Permissions) or server-wide (Server Settings -> Roles)",
      ]],
    ]);
    const all = JSON.stringify(entries());
    expect(all).not.toContain(discord.token);
    expect(all).not.toContain(telegram.token.split(':')[1]);
    expect(all).not.toMatch(/\n\s+at /); // no stack trace
  }, 40_000);

  it('GIVEN a digest file that does not parse THEN the local block warns about it with what to do; the console chat still starts', async () => {
    const digests = join(dir, 'digests-bad');
    rmSync(digests, { recursive: true, force: true });
    const { mkdirSync, copyFileSync, readdirSync } = await import('node:fs');
    mkdirSync(digests);
    for (const f of readdirSync(starterDir)) copyFileSync(join(starterDir, f), join(digests, f));
    writeFileSync(join(digests, 'broken.json'), '{"papers": [ {"title": ');
    const config = parseConfig({ STORE_URL: `sqlite://${join(dir, 'console.sqlite')}`, DIGESTS_DIR: digests, FEEDS_DIR: join(dir, 'no-feeds'), SOURCES: 'none' });
    const { logger, entries } = capturedLogger();
    const input = new PassThrough();
    const app = await run(config, { logger, input, output: new PassThrough() });
    input.end();
    await app.consoleDone;
    await app.stop('end of input');
    expect(await app.checks.platform).toEqual([]);
    const block = entries().find((e) => e.msg.startsWith('start-up checks: '))!;
    expect(block.level).toBe(40);
    const lines = block.msg.split('\n');
    expect(lines[0]).toBe('start-up checks: 1 warning (2 ok, 1 skipped)');
    expect(lines[1]).toMatch(/^ {2}warning {2}Papers: \d+ papers from \d+ files; 1 problem, first: .*broken\.json/);
    expect(lines[2]).toBe('           -> see every problem with npm run -s paperboy -- parse <file>; the other files load');
  }, 40_000);
});
