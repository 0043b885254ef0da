/**
 * The operator CLI on bad paths (review): `--dir` naming a file, an ingest target that cannot be
 * created. SPEC section 7: exit code 1 with a one-line error, never a stack trace.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
