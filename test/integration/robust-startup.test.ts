/**
 * `npm start` when something it needs at start-up is wrong (review): a mistyped STORE_URL, a SQLite
 * file that cannot be opened, a missing digests directory. Each must stop the process with exit code
 * 1 and one clear line on stderr, not a logged stack trace followed by a process that hangs forever
 * (or exits 0).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'paperboy-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runStart(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, STORE_URL: `sqlite://${join(dir, 'ok.sqlite')}`, LOG_LEVEL: 'warn', SOURCES: 'none', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.resume();
    // A process that hangs is killed; its exit code is then null.
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
    child.stdin.end('');
  });
}

function expectOneClearLine(stderr: string, mentions: string): void {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^paperboy: cannot start: /);
  expect(lines[0]).toContain(mentions);
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe('npm start with a broken environment', () => {
  it('GIVEN a STORE_URL typo (sqlite:/ with one slash) THEN exit 1 with one line naming STORE_URL', async () => {
    const run = await runStart({ STORE_URL: 'sqlite:/data/paperboy.sqlite' });
    expect(run.code, run.stderr).toBe(1);
    expectOneClearLine(run.stderr, 'STORE_URL');
  }, 30_000);

  it('GIVEN a SQLite store that cannot be opened (the path is a directory) THEN exit 1 with the SQLite reason', async () => {
    const storeDir = join(dir, 'store-is-a-dir');
    mkdirSync(storeDir);
    const run = await runStart({ STORE_URL: `sqlite://${storeDir}` });
    expect(run.code, run.stderr).toBe(1);
    expectOneClearLine(run.stderr, 'SQLITE_CANTOPEN');
  }, 30_000);

  it('GIVEN a store file that is not a database THEN exit 1', async () => {
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, Buffer.alloc(4096, 7));
    const run = await runStart({ STORE_URL: `sqlite://${junk}` });
    expect(run.code, run.stderr).toBe(1);
    expectOneClearLine(run.stderr, 'STORE_URL');
  }, 30_000);

  it('GIVEN STORE_URL with an upper-case SQLITE:// scheme THEN it runs as the single-process SQLite store (not shared mode with a lease)', async () => {
    const run = await runStart({ STORE_URL: `SQLITE://${join(dir, 'upper.sqlite')}`, LOG_LEVEL: 'info' });
    expect(run.code, run.stderr).toBe(0);
    const opened = run.stderr.split('\n').find((l) => l.includes('store opened'));
    expect(opened, run.stderr).toBeDefined();
    expect(JSON.parse(opened!)).toMatchObject({ shared: false });
  }, 30_000);

  it('GIVEN a DIGESTS_DIR that does not exist THEN exit 1 naming it (not exit 0)', async () => {
    const run = await runStart({ DIGESTS_DIR: join(dir, 'no-such-dir') });
    expect(run.code, run.stderr).toBe(1);
    expectOneClearLine(run.stderr, 'DIGESTS_DIR');
  }, 30_000);
});
