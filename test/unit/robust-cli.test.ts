/**
 * The operator CLI on bad paths (review): `--dir` naming a file, an ingest target that cannot be
 * created. SPEC section 7: exit code 1 with a one-line error, never a stack trace. And the CLI reads
 * `.env` as `npm start` does, so `ingest` copies into the directory the running bot watches.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.ts';
import { starterDir } from '../support/app.ts';

const dir = mkdtempSync(join(tmpdir(), 'paperboy-cli-'));
const aFile = join(dir, 'not-a-dir.txt');
writeFileSync(aFile, 'x');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(argv, { stdout: (s) => stdout.push(s), stderr: (s) => stderr.push(s) });
  return { code, stdout, stderr };
}

describe('paperboy CLI with bad paths', () => {
  it.each([
    ['search --dir <a file>', ['search', 'diffusion', '--dir', aFile]],
    ['digest --dir <a file>', ['digest', '--topics', 'llm', '--dir', aFile]],
    ['ingest --dir <a file>', ['ingest', join(starterDir, '2024-05-ru-daily.txt'), '--dir', aFile]],
    ['ingest --dir <below a file>', ['ingest', join(starterDir, '2024-05-ru-daily.txt'), '--dir', join(aFile, 'sub')]],
  ])('GIVEN %s THEN exit 1 with one line naming the problem', async (_name, argv) => {
    const run = await cli(...argv);
    expect(run.code).toBe(1);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(/^paperboy: E[A-Z]+: .*not-a-dir\.txt/);
    expect(run.stdout).toEqual([]);
  });
});

describe('paperboy CLI configuration', () => {
  it('GIVEN DIGESTS_DIR only in .env (as for npm start) WHEN ingest runs without --dir THEN the digest lands in that directory', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const cwd = join(dir, 'deployment');
    mkdirSync(join(cwd, 'watched'), { recursive: true });
    writeFileSync(join(cwd, '.env'), 'DIGESTS_DIR=watched\n');
    const env = { ...process.env };
    delete env.DIGESTS_DIR;
    const run = spawnSync(process.execPath, ['--import', pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href, join(root, 'src/cli.ts'), 'ingest', join(starterDir, '2024-05-ru-daily.txt')], { cwd, env, encoding: 'utf8', timeout: 30_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(cwd, 'watched', '2024-05-ru-daily.txt'))).toBe(true);
    expect(existsSync(join(cwd, 'data'))).toBe(false);
  }, 40_000);
});
