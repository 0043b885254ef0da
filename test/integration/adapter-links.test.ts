/**
 * The adapters say where to add the bot as they start: Discord logs its OAuth2 invite link (the
 * application id from the login), Telegram its t.me link and the "add to a group" link (the username
 * from getMe). Against the fakes on 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import { createTelegramBot } from '../../src/bots/telegram/index.ts';
import { FakeTelegramApi } from '../fakes/telegram-api.ts';
import { discordHarness, telegramHarness } from '../support/bots.ts';
import { createTestApp } from '../support/app.ts';
import { memoryKv } from '../support/kv.ts';

/** A logger that keeps `[level, message, fields]`. */
function capture() {
  const lines: [string, string, Record<string, unknown>][] = [];
  const log = (level: string) => (obj: object, msg?: string) => void lines.push([level, msg ?? '', obj as Record<string, unknown>]);
  return { lines, logger: { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug') } };
}

describe('adapter start-up links', () => {
  const telegram = telegramHarness();
  const discord = discordHarness();

  it('GIVEN the Telegram adapter starts THEN one info line with t.me/<username> and the startgroup link', async () => {
    const { lines, logger } = capture();
    await telegram({ logger });
    const line = lines.find(([, msg]) => msg.startsWith('telegram: the bot is'));
    expect(line).toEqual(['info', 'telegram: the bot is https://t.me/PaperboyTestBot; add it to a group with https://t.me/PaperboyTestBot?startgroup=true', {
      chat: 'https://t.me/PaperboyTestBot', group: 'https://t.me/PaperboyTestBot?startgroup=true', channel: 'https://t.me/PaperboyTestBot?startchannel&admin=post_messages',
    }]);
  });

  it('GIVEN the Discord adapter logs in THEN one info line with the invite link for its application id', async () => {
    const { lines, logger } = capture();
    const { fake } = await discord({ logger });
    const invite = `https://discord.com/oauth2/authorize?client_id=${fake.applicationId}&scope=bot+applications.commands&permissions=274877991936`;
    expect(lines.filter(([, msg]) => msg.includes('oauth2'))).toEqual([['info', `discord: add the bot to a server with ${invite}`, { invite }]]);
  });

  it('GIVEN a webhook left set and a polling configuration THEN one warning naming the URL before polling removes it', async () => {
    const fake = await FakeTelegramApi.start();
    fake.webhook = { url: 'https://old-host.example.com/telegram' };
    const { lines, logger } = capture();
    const tg = createTelegramBot({ token: fake.token, apiRoot: fake.apiRoot, handler: createTestApp().handler, kv: memoryKv(), logger, onMigrate: async () => {}, pollingTimeoutSeconds: 1 });
    try {
      await tg.start();
      expect(lines.filter(([level]) => level === 'warn')).toEqual([[
        'warn',
        'telegram: a webhook was set (https://old-host.example.com/telegram); long polling removes it, so whatever serves that URL stops receiving updates (set TELEGRAM_WEBHOOK_URL to run behind it instead)',
        { url: 'https://old-host.example.com/telegram' },
      ]]);
      expect(fake.webhook).toBeNull();
    } finally {
      await tg.stop();
      await fake.close();
    }
  });
});
