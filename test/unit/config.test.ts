import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.ts';

const token = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';

describe('parseConfig', () => {
  it('GIVEN no variables THEN it runs the console defaults', () => {
    const c = parseConfig({});
    expect(c).toEqual({
      telegram: null,
      discord: null,
      storeUrl: 'sqlite://data/paperboy.sqlite',
      digestsDir: 'data/digests',
      defaults: { timeZone: 'UTC', time: '09:00', size: 3 },
      catchUpWindowMs: 6 * 3_600_000,
      leaseTtlMs: 15_000,
      httpPort: null,
      logLevel: 'info',
      sources: {
        specs: [
          { kind: 'hf-daily', id: 'hf-daily' },
          { kind: 'hfday', id: 'hfday' },
        ],
        bases: { hfApi: 'https://huggingface.co', hfday: 'https://hfday.ru', arxivApi: 'https://export.arxiv.org' },
        intervalMinutes: 60,
        backfillDays: 7,
        feedsDir: 'data/feeds',
      },
    });
  });

  it('GIVEN SOURCES with arXiv categories, a feed URL and bases with trailing slashes THEN parsed in order, slashes dropped', () => {
    const c = parseConfig({
      SOURCES: 'hf-daily, arxiv:cs.CL+cs.LG , https://rss.arxiv.org/rss/cs.CV, hf-daily',
      HF_API_BASE: 'http://127.0.0.1:9000/',
      ARXIV_API_BASE: 'http://127.0.0.1:9001',
      FETCH_INTERVAL_MINUTES: '15',
      BACKFILL_DAYS: '3',
      FEEDS_DIR: '/srv/feeds',
    });
    expect(c.sources).toEqual({
      specs: [
        { kind: 'hf-daily', id: 'hf-daily' },
        { kind: 'arxiv', id: 'arxiv:cs.CL+cs.LG', categories: ['cs.CL', 'cs.LG'] },
        { kind: 'feed', id: 'https://rss.arxiv.org/rss/cs.CV', url: 'https://rss.arxiv.org/rss/cs.CV' },
      ],
      bases: { hfApi: 'http://127.0.0.1:9000', hfday: 'https://hfday.ru', arxivApi: 'http://127.0.0.1:9001' },
      intervalMinutes: 15,
      backfillDays: 3,
      feedsDir: '/srv/feeds',
    });
    expect(parseConfig({ SOURCES: 'none' }).sources.specs).toEqual([]);
  });

  it('GIVEN a bad source, interval or base THEN start-up stops naming the variable and the rule', () => {
    expect(() => parseConfig({ SOURCES: 'hf-daily,arxiv' })).toThrow(/SOURCES: unknown source "arxiv" \(expected hf-daily, hfday, arxiv:<cat>\[\+<cat>\], a feed URL, or none\)/);
    expect(() => parseConfig({ SOURCES: 'arxiv:cs.CL+' })).toThrow(/SOURCES: "arxiv:cs.CL\+": "\(empty\)" is not an arXiv category/);
    expect(() => parseConfig({ SOURCES: 'none,hfday' })).toThrow(/SOURCES: "none" cannot be combined with other sources/);
    expect(() => parseConfig({ FETCH_INTERVAL_MINUTES: '0' })).toThrow(/FETCH_INTERVAL_MINUTES/);
    expect(() => parseConfig({ BACKFILL_DAYS: 'seven' })).toThrow(/BACKFILL_DAYS/);
    expect(() => parseConfig({ HFDAY_BASE: 'ftp://hfday.ru' })).toThrow(/HFDAY_BASE/);
  });

  it('GIVEN empty values as in .env.example THEN defaults apply', () => {
    expect(parseConfig({ TELEGRAM_BOT_TOKEN: '', TELEGRAM_API_ROOT: '', DIGEST_SIZE: ' ' }).telegram).toBeNull();
  });

  it('GIVEN a Telegram token and an API root with a trailing slash THEN the slash is dropped', () => {
    const c = parseConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/' });
    expect(c.telegram).toEqual({ token, apiRoot: 'http://127.0.0.1:8081' });
  });

  it('GIVEN a webhook URL without a secret THEN it refuses to start', () => {
    expect(() => parseConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg' })).toThrow(
      /TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_WEBHOOK_URL is set/,
    );
  });

  it('GIVEN webhook URL, secret and port THEN webhook mode is configured', () => {
    const c = parseConfig({
      TELEGRAM_BOT_TOKEN: token,
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg',
      TELEGRAM_WEBHOOK_SECRET: 's3cret_value',
      PORT: '3000',
    });
    expect(c.telegram?.webhook).toEqual({ url: 'https://bot.example.org/tg', secret: 's3cret_value', port: 3000 });
  });

  it('GIVEN bad values THEN every problem is listed by variable name and no value is echoed', () => {
    let error: unknown;
    try {
      parseConfig({ TELEGRAM_BOT_TOKEN: 'not-a-token-secretvalue', DEFAULT_TIMEZONE: 'Mars/Olympus', DIGEST_SIZE: '11', DEFAULT_DIGEST_TIME: '25:00' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect((error as ConfigError).problems.map((p) => p.split(':')[0])).toEqual(
      expect.arrayContaining(['TELEGRAM_BOT_TOKEN', 'DEFAULT_TIMEZONE', 'DIGEST_SIZE', 'DEFAULT_DIGEST_TIME']),
    );
    expect(message).not.toContain('secretvalue');
  });

  it('GIVEN a Discord token and guild THEN the Discord adapter is configured with the default API base', () => {
    const c = parseConfig({ DISCORD_TOKEN: 'abc.def.ghi', DISCORD_GUILD_ID: '123456789012345678' });
    expect(c.discord).toEqual({ token: 'abc.def.ghi', apiBase: 'https://discord.com/api', guildId: '123456789012345678' });
  });

  it('GIVEN DISCORD_API_BASE for a REST proxy THEN it is passed on without a trailing slash, and a non-URL is refused', () => {
    const c = parseConfig({ DISCORD_TOKEN: 'abc.def.ghi', DISCORD_API_BASE: 'http://127.0.0.1:8080/api/' });
    expect(c.discord?.apiBase).toBe('http://127.0.0.1:8080/api');
    expect(() => parseConfig({ DISCORD_TOKEN: 'abc.def.ghi', DISCORD_API_BASE: 'discord proxy' })).toThrow(/DISCORD_API_BASE/);
  });

  it('GIVEN DEFAULT_TIMEZONE and DEFAULT_DIGEST_TIME in loose forms THEN they are stored canonical', () => {
    expect(parseConfig({ DEFAULT_TIMEZONE: 'europe/berlin', DEFAULT_DIGEST_TIME: '9:00' }).defaults).toMatchObject({ timeZone: 'Europe/Berlin', time: '09:00' });
  });
});
