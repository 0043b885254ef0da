/**
 * `npm run deploy` as a child process against the fake Discord and Telegram servers: publishes both
 * command menus, re-uploads nothing unchanged, and refuses to run with no token.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord-api.ts';
import { FakeTelegramApi } from '../fakes/telegram-api.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

function runDeploy(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/deploy.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('npm run deploy', () => {
  let discord: FakeDiscord;
  let telegram: FakeTelegramApi;
  beforeAll(async () => {
    discord = await FakeDiscord.start();
    telegram = await FakeTelegramApi.start();
  });
  afterAll(async () => {
    await discord.close();
    await telegram.close();
  });

  const env = () => ({ DISCORD_TOKEN: discord.token, DISCORD_API_BASE: discord.apiBase, TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot });

  it('GIVEN both tokens THEN Discord gets the slash commands and Telegram the menus in en/ru/zh; a second run uploads nothing', async () => {
    const first = await runDeploy(env());
    expect(first.code, first.stderr).toBe(0);
    expect(discord.commands.get('global')?.map((c) => c.name)).toEqual(['paper', 'subscribe', 'unsubscribe', 'topics', 'digest', 'like', 'dislike', 'saved', 'schedule', 'status', 'lang', 'help']);
    const menus = telegram.calls.filter((c) => c.method === 'setMyCommands' && c.status === 200);
    expect(menus.map((c) => (c.payload as { language_code?: string }).language_code ?? 'default')).toEqual(['default', 'ru', 'zh']);
    expect(first.stderr).toContain('discord commands deployed');
    expect(first.stderr).not.toContain(discord.token);
    expect(first.stderr).not.toContain(telegram.token);

    const puts = () => discord.requestsTo('PUT', /\/commands$/).length;
    const before = puts();
    const second = await runDeploy(env());
    expect(second.code, second.stderr).toBe(0);
    expect(puts()).toBe(before);
    expect(second.stderr).toContain('"action":"unchanged"');
  });

  it('GIVEN no token THEN exit 1 saying what to set', async () => {
    const run = await runDeploy({});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('set TELEGRAM_BOT_TOKEN and/or DISCORD_TOKEN');
  });

  it('GIVEN a platform that refuses THEN exit 2, naming it', async () => {
    const run = await runDeploy({ ...env(), TELEGRAM_BOT_TOKEN: '999:WRONG-token-abcdefghijklmnopqrs' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('setMyCommands failed');
    expect(run.stderr).not.toContain('WRONG-token');
  });
});
