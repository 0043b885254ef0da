/**
 * The console chat end-to-end: `npm start`'s entry point as a child process with commands piped on
 * stdin, no tokens, a temporary SQLite store. State must survive a second run.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'paperboy-console-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runStart(input: string, env: Record<string, string> = {}, signal?: NodeJS.Signals): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? dir,
        STORE_URL: `sqlite://${join(dir, 'store.sqlite')}`,
        LOG_LEVEL: 'warn',
        // No live sources here (test/integration/sources-app.test.ts covers them, offline too).
        SOURCES: 'none',
        ...env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    if (!signal) {
      child.stdin.end(input);
      return;
    }
    // Keep stdin open (an interactive session) and signal once the command was answered.
    child.stdin.write(input);
    child.stdout.on('data', () => {
      if (stdout.includes('\n\n')) child.kill(signal);
    });
  });
}

describe('console chat (npm start with no tokens)', () => {
  it('GIVEN piped commands THEN each is answered in order and the process exits 0 at end of input', async () => {
    const run = await runStart('/subscribe diffusion\n/schedule 07:30 Europe/Moscow\n/status\n/paper MoRA\n/paper\n/subscribe diffusoin\n');
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toContain('Subscribed: diffusion');
    expect(out).toContain('daily at 07:30 Europe/Moscow');
    expect(out).toMatch(/== Status ==\nFollows: diffusion/);
    expect(out).toMatch(/1\. MoRA/);
    expect(out).toContain('! What should I search for?');
    expect(out).toContain('Did you mean diffusion?');
    // Replies come in input order.
    expect(out.indexOf('Subscribed')).toBeLessThan(out.indexOf('== Status =='));
    expect(out.indexOf('== Status ==')).toBeLessThan(out.indexOf('1. MoRA'));
  });

  it('GIVEN a second run on the same store THEN /status still shows the subscription', async () => {
    const run = await runStart('/status\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Follows: diffusion');
    expect(run.stdout).toContain('07:30 Europe/Moscow');
  });

  it('GIVEN /digest THEN papers on the subscribed topic arrive, and a second /digest repeats the same day', async () => {
    const run = await runStart('/digest\n/digest\n');
    expect(run.code).toBe(0);
    const digests = run.stdout.split('\n\n').filter((block) => block.includes('digest'));
    expect(digests.length).toBeGreaterThanOrEqual(2);
    const first = run.stdout.match(/^1\. .*$/m)?.[0];
    expect(first).toBeTruthy();
    expect(run.stdout.split(first!).length - 1).toBe(2);
  });

  it('GIVEN SIGTERM while the chat is open THEN it shuts down cleanly (exit 0) and the store keeps what was written', async () => {
    const run = await runStart('/subscribe robotics\n', { LOG_LEVEL: 'info' }, 'SIGTERM');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Subscribed');
    expect(run.stderr).toContain('shutting down');
    expect(run.stderr).toContain('bye');
    const after = await runStart('/status\n');
    expect(after.stdout).toMatch(/Follows: .*robotics/);
  });

  it('GIVEN an invalid configuration THEN it exits 1 naming the variable', async () => {
    const run = await runStart('', { DEFAULT_TIMEZONE: 'Mars/Base' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('DEFAULT_TIMEZONE');
  });
});
