/**
 * Harnesses for the deep adapter tests: the real command handler and scheduler (createTestApp) wired
 * to the real grammY or discord.js client, which talks to a fake platform server on 127.0.0.1, in the
 * order `npm start` wires them: scheduler, handler, adapter, `scheduler.addSender(adapter.sender)`,
 * then `start()`. Each harness stops its bot and fake after every test of the file.
 *
 * ```ts
 * const setup = telegramHarness({ throttle: false });
 * it('…', async () => {
 *   const { fake, app, tg } = await setup();
 * });
 * ```
 */
import { afterEach, expect } from 'vitest';
import { createDiscordBot, type DiscordBot, type DiscordBotOptions } from '../../src/bots/discord/index.ts';
import { createTelegramBot, type TelegramBot, type TelegramBotOptions } from '../../src/bots/telegram/index.ts';
import { checkMessage, FakeDiscord, type FakeMessage } from '../fakes/discord-api.ts';
import { FakeTelegramApi } from '../fakes/telegram-api.ts';
import { createTestApp, type TestAppOptions } from './app.ts';
import { memoryKv } from './kv.ts';

const quiet = { info() {}, warn() {}, error() {}, debug() {} };

/** Throttle limits fast enough for tests (the defaults are 1 msg/s per chat, 20/min per group, 25/s overall). */
export const fastThrottle: TelegramBotOptions['throttle'] = {
  global: { reservoir: 200, reservoirRefreshAmount: 200, reservoirRefreshInterval: 1000 },
  group: { maxConcurrent: 1, minTime: 0 },
  out: { maxConcurrent: 1, minTime: 0 },
};

/** Any adapter option but the fake's address; `handler` replaces the real one (for a test double). */
type TelegramOverrides = Partial<Omit<TelegramBotOptions, 'token' | 'apiRoot'>>;

/** Real handler + scheduler + grammY bot polling a fresh fake Bot API; `defaults` apply to every setup of the file. */
export function telegramHarness(defaults: TelegramOverrides = {}) {
  let live: { fake: FakeTelegramApi; tg: TelegramBot } | undefined;
  afterEach(async () => {
    await live?.tg.stop();
    await live?.fake.close();
    live = undefined;
  });
  return async function setup(options: TelegramOverrides & { app?: TestAppOptions } = {}) {
    const { app: appOptions, ...overrides } = options;
    const app = createTestApp(appOptions);
    const fake = await FakeTelegramApi.start();
    const tg = createTelegramBot({
      token: fake.token,
      apiRoot: fake.apiRoot,
      handler: app.handler,
      kv: memoryKv(),
      logger: quiet,
      onMigrate: (from, to) => app.store.subscriptions.move(from, to),
      throttle: fastThrottle,
      pollingTimeoutSeconds: 1,
      ...defaults,
      ...overrides,
    });
    app.scheduler.addSender(tg.sender);
    live = { fake, tg };
    await tg.start();
    return { fake, app, tg };
  };
}

/** Real handler + scheduler + discord.js client logged in to a fresh fake Discord. */
export function discordHarness() {
  let live: { fake: FakeDiscord; bot: DiscordBot } | undefined;
  afterEach(async () => {
    await live?.bot.stop();
    await live?.fake.close();
    live = undefined;
  });
  return async function setup(options: Partial<Omit<DiscordBotOptions, 'token' | 'apiBase'>> & { app?: TestAppOptions } = {}) {
    const { app: appOptions, ...overrides } = options;
    const app = createTestApp(appOptions);
    const fake = await FakeDiscord.start();
    const bot = createDiscordBot({ token: fake.token, apiBase: fake.apiBase, handler: app.handler, kv: memoryKv(), logger: quiet, ...overrides });
    app.scheduler.addSender(bot.sender);
    live = { fake, bot };
    await bot.start();
    return { fake, app, bot };
  };
}

/** A Discord message that pings nobody and is within every limit the fake checks. */
export function expectSafeMessage(m: FakeMessage): void {
  expect(m.allowed_mentions).toEqual({ parse: [] });
  expect(m.mention_everyone).toBe(false);
  expect(checkMessage(m)).toEqual({});
}
