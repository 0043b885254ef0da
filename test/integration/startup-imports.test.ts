/**
 * What `npm start` loads before it can answer: importing `src/main.ts` (as `tsx src/main.ts` does,
 * in a fresh Node process) must not load the libraries a console start from a snapshot never uses —
 * the feed parsers (read on the first feed), the Telegram and Discord SDKs (with their tokens only),
 * pino-pretty (a terminal only). Each was a measurable share of the warm start (issue 14); this
 * keeps a static import from bringing one back unnoticed. The libraries still load when needed.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs in a fresh `node --import tsx`: a module hook records every module loaded through the ESM
 * loader (`import('paperboy:loaded')` hands the list back), `require.cache` has the CommonJS ones.
 */
const script = `
import { register, createRequire } from 'node:module';
const hooks = \`
const seen = [];
export async function resolve(specifier, context, next) {
  if (specifier.startsWith('paperboy:loaded')) return { url: specifier, shortCircuit: true };
  return next(specifier, context);
}
export async function load(url, context, next) {
  if (url.startsWith('paperboy:loaded')) return { format: 'module', source: 'export default ' + JSON.stringify(seen), shortCircuit: true };
  seen.push(url);
  return next(url, context);
}\`;
register('data:text/javascript,' + encodeURIComponent(hooks));
const require = createRequire(import.meta.url);
const loaded = async () => [...(await import('paperboy:loaded?' + Math.random())).default, ...Object.keys(require.cache)];
await import('./src/main.ts');
const atStart = await loaded();
const { readFeed } = await import('./src/core/index.ts');
const feed = readFeed('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Paper &amp; co</title><link>https://arxiv.org/abs/2409.10516</link></item></channel></rss>');
const { createLogger } = await import('./src/logger.ts');
const { PassThrough } = await import('node:stream');
createLogger({ level: 'info', pretty: true, destination: new PassThrough() });
process.stdout.write(JSON.stringify({ atStart, afterFeed: Object.keys(require.cache), feed }));
`;

const lazy = ['feedsmith', 'fast-xml-parser', 'entities', 'grammy', 'discord.js', '@discordjs', 'pino-pretty'];
const packagesIn = (urls: string[]) => lazy.filter((name) => urls.some((u) => u.includes(`/node_modules/${name}/`)));

describe('npm start: modules loaded before the first answer', () => {
  it('GIVEN src/main.ts imported in a fresh process THEN no feed parser, platform SDK or pino-pretty is loaded; a feed read and a pretty logger load theirs', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'test' } });
    const { atStart, afterFeed, feed } = JSON.parse(out) as { atStart: string[]; afterFeed: string[]; feed: { ok: boolean; value: { items: { title: string; arxivId: string }[] } } };
    // The hook saw the start: the app's own modules and the libraries it does need.
    expect(atStart.some((u) => u.endsWith('/src/app/live-corpus.ts'))).toBe(true);
    expect(atStart.some((u) => u.includes('/node_modules/zod/'))).toBe(true);
    expect(packagesIn(atStart)).toEqual([]);
    // On demand they load, and parse as before.
    expect(packagesIn(afterFeed)).toEqual(['feedsmith', 'fast-xml-parser', 'entities', 'pino-pretty']);
    expect(feed.ok).toBe(true);
    expect(feed.value.items.map((i) => [i.title, i.arxivId])).toEqual([['Paper & co', '2409.10516']]);
  });
});
