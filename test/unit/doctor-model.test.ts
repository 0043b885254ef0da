/**
 * The doctor's pure parts: the result model (summary, exit code, hygiene, time bounds), its
 * renderings, and the configuration check (mistakes that parse).
 */
import { describe, expect, it } from 'vitest';
import { clean, error, exitCodeOf, ok, skipped, summarize, summaryLine, warning, within } from '../../src/app/doctor/check.ts';
import { checkConfig } from '../../src/app/doctor/config-check.ts';
import { reportJson, reportText, startupBlock } from '../../src/app/doctor/render.ts';

const sample = [
  ok('config', 'config', 'Configuration', 'valid'),
  warning('telegram', 'telegram.webhook', 'Telegram webhook', 'a webhook is set', 'delete it'),
  error('discord', 'discord.token', 'Discord token', 'refused (401)', 'reset the token'),
  skipped('sources', 'sources', 'Live sources', 'SOURCES=none'),
];

describe('summarize / exitCodeOf / summaryLine', () => {
  it('GIVEN one error THEN exit code 1 and the line counts each status', () => {
    expect(summarize(sample)).toEqual({ ok: 1, warning: 1, error: 1, skipped: 1 });
    expect(exitCodeOf(sample)).toBe(1);
    expect(summaryLine(sample)).toBe('1 error, 1 warning (1 ok, 1 skipped)');
  });

  it('GIVEN warnings only THEN exit code 0 (warnings do not fail the doctor)', () => {
    expect(exitCodeOf(sample.filter((c) => c.status !== 'error'))).toBe(0);
    expect(summaryLine([ok('store', 'store', 'Store', 'x'), ok('store', 's2', 'S', 'y')])).toBe('all 2 checks ok');
  });
});

describe('clean', () => {
  it('GIVEN a token, a Bot API URL, controls and bidi overrides THEN none survive', () => {
    const token = '123456:ABCdefGHIjklMNOpqrSTUvwxYZ';
    expect(clean(`refused ${token} at https://api.telegram.org/bot${token}/getMe`, [token])).toBe('refused [redacted] at https://api.telegram.org/bot[redacted]/getMe');
    expect(clean('#news\u001b[2J\u202Egpj.exe\nnext')).toBe('#news\\u001b[2J\\u202egpj.exe next');
  });

  it('GIVEN a 1,000-character message THEN at most 300 characters', () => {
    expect(Array.from(clean('x'.repeat(1000)))).toHaveLength(300);
  });
});

describe('within', () => {
  it('GIVEN work that never settles THEN a timeout error naming the bound, and the signal aborted', async () => {
    let signal: AbortSignal | undefined;
    await expect(within(50, (s) => ((signal = s), new Promise(() => {})))).rejects.toThrow('no answer within 50 ms');
    expect(signal?.aborted).toBe(true);
  });

  it('GIVEN work that finishes in time THEN its value', async () => {
    await expect(within(1000, async () => 42)).resolves.toBe(42);
  });
});

describe('reportText / reportJson / startupBlock', () => {
  it('GIVEN checks in several groups THEN grouped lines, each fix under its check, and a summary', () => {
    const text = reportText({ checks: sample, links: { discord: 'https://discord.com/oauth2/authorize?client_id=1' } });
    expect(text).toEqual([
      'Configuration',
      '  ok       Configuration: valid',
      '',
      'Live sources',
      '  skipped  Live sources: SOURCES=none',
      '',
      'Telegram',
      '  warning  Telegram webhook: a webhook is set',
      '           -> delete it',
      '',
      'Discord',
      '  error    Discord token: refused (401)',
      '           -> reset the token',
      '',
      'Invite links',
      '  Discord (add to a server): https://discord.com/oauth2/authorize?client_id=1',
      '',
      '1 error, 1 warning (1 ok, 1 skipped)',
    ]);
  });

  it('GIVEN the same checks THEN the JSON carries ok, exitCode, summary, checks and links', () => {
    const json = reportJson({ checks: sample, links: {} });
    expect(json).toEqual({ ok: false, exitCode: 1, summary: { ok: 1, warning: 1, error: 1, skipped: 1 }, checks: sample, links: {} });
    expect(Object.keys(json.checks[1]!)).toEqual(['id', 'group', 'title', 'status', 'message', 'fix']);
  });

  it('GIVEN warnings and errors THEN one warn block listing only them; GIVEN none THEN one info line', () => {
    const block = startupBlock(sample);
    expect(block.level).toBe('warn');
    expect(block.message.split('\n')).toEqual([
      'start-up checks: 1 error, 1 warning (1 ok, 1 skipped)',
      '  warning  Telegram webhook: a webhook is set',
      '           -> delete it',
      '  error    Discord token: refused (401)',
      '           -> reset the token',
    ]);
    expect(startupBlock([sample[0]!])).toEqual({ level: 'info', message: 'start-up checks: 1 check ok' });
  });
});

describe('checkConfig', () => {
  const secret = '987654:AAsecretsecretsecretsecretXX';

  it('GIVEN an invalid variable THEN one error naming it, never its value, and no config', () => {
    const { config, checks } = checkConfig({ TELEGRAM_BOT_TOKEN: secret, DIGEST_SIZE: '99' });
    expect(config).toBeUndefined();
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ id: 'config', status: 'error' });
    expect(checks[0]!.message).toContain('DIGEST_SIZE');
    expect(JSON.stringify(checks)).not.toContain(secret);
  });

  it('GIVEN no token THEN a warning that only the console chat runs', () => {
    const { checks } = checkConfig({});
    expect(checks.map((c) => [c.id, c.status])).toEqual([['config', 'ok'], ['config.platforms', 'warning']]);
  });

  it.each([
    ['the client secret (no dots)', 'abcdefghijklmnopqrstuvwxyz012345', /not shaped like a bot token/],
    ['"Bot " in front', 'Bot MTIz.NDU2.Nzg5', /starts with "Bot "/],
  ])('GIVEN DISCORD_TOKEN = %s THEN a warning saying which mistake it probably is', (_name, token, message) => {
    const { checks } = checkConfig({ DISCORD_TOKEN: token });
    const check = checks.find((c) => c.id === 'config.discord-token');
    expect(check?.status).toBe('warning');
    expect(check?.message).toMatch(message);
  });

  it('GIVEN a webhook URL on port 8080 with the official Bot API THEN an error naming the ports Telegram calls', () => {
    const { checks } = checkConfig({ TELEGRAM_BOT_TOKEN: secret, TELEGRAM_WEBHOOK_URL: 'https://bot.example.org:8080/tg', TELEGRAM_WEBHOOK_SECRET: 's3cret' });
    expect(checks.find((c) => c.id === 'config.webhook-port')).toMatchObject({ status: 'error', message: expect.stringContaining('443, 80, 88 and 8443') });
    // A self-hosted Bot API server delivers to any port.
    const local = checkConfig({ TELEGRAM_BOT_TOKEN: secret, TELEGRAM_API_ROOT: 'http://127.0.0.1:8081', TELEGRAM_WEBHOOK_URL: 'https://bot.example.org:8080/tg', TELEGRAM_WEBHOOK_SECRET: 's3cret' });
    expect(local.checks.find((c) => c.id === 'config.webhook-port')).toBeUndefined();
  });
});
