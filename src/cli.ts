/**
 * Operator CLI (SPEC section 7): `npm run -s paperboy -- <command>`.
 *
 *   parse <file...> [--format F] [--json]      papers of each file, in document order
 *   search "<query>" [--dir D] [--limit N] [--json]
 *   topics [--json]
 *   digest --topics a,b [--keywords k] [--size N] [--dir D] [--json]
 *   recommend --topics a,b [--liked ids] [--disliked ids] [--exclude ids] [--size N] [--dir D] [--date D] [--json]
 *                                              the daily pick for a chat with these votes (same ranking as the digest)
 *   ingest <file> [--dir D]                    validate and copy a digest into the corpus
 *   sources [--json]                           each live source: last success, last error, papers fetched
 *   doctor [--json]                            checks the deployment; exit 1 when a check is an error
 *   start                                      same as `npm start`
 *
 * Exit code 0 on success; 1 with a one-line error on bad input.
 * @module
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type DigestFormat, digestFormats, findTopic, type Paper, paperLabel, parseDigest, suggestTopics, tagPapers, topicCatalog } from './core/index.ts';
import { indexCorpus, loadCorpusDir, readDigestFiles } from './app/corpus-dir.ts';
import { isEntryPoint, loadEnv } from './app/entry.ts';
import { ConfigError, parseConfig, type Config } from './config.ts';
import { defaultSubscription, maxDigestSize, openStore, recommendDaily, selectDaily } from './schedule/index.ts';
import { readState, type SourceState } from './sources/index.ts';

/** A bad-input error: printed as one line, exit code 1. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code = 'USAGE';
}

/** The commands `runCli` knows (the README's cross-check reads this list). */
export const cliCommands = ['parse', 'search', 'topics', 'digest', 'recommend', 'ingest', 'sources', 'doctor', 'start'] as const;

const usage = `usage: paperboy <${cliCommands.join('|')}> ...
  parse <file...> [--format ${digestFormats.join('|')}] [--json]
  search "<query>" [--dir D] [--limit N] [--json]
  topics [--json]
  digest --topics a,b [--keywords k1,k2] [--size N] [--dir D] [--json]
  recommend --topics a,b [--keywords k1,k2] [--liked id,...] [--disliked id,...] [--exclude id,...] [--size N] [--dir D] [--date YYYY-MM-DD] [--json]
  ingest <file> [--dir D]
  sources [--json]
  doctor [--json]
  start`;

/** The configuration `npm start` reads (the environment and `.env`, parsed by `config.ts`). */
function config(skip = 'pass --dir to skip it'): Config {
  try {
    return parseConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(`invalid configuration (${skip}): ${e.problems.join('; ')}`);
    throw e;
  }
}

/** The bot's corpus directory, so `ingest` copies into the directory the running bot watches. */
function defaultDir(): string {
  return config().digestsDir;
}

type Out = { stdout: (s: string) => void; stderr: (s: string) => void };

/** Runs one CLI invocation; returns the exit code. Exported for tests. */
export async function runCli(argv: readonly string[], out: Out): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'parse':
        return parseCommand(rest, out);
      case 'search':
        return searchCommand(rest, out);
      case 'topics':
        return topicsCommand(rest, out);
      case 'digest':
        return digestCommand(rest, out);
      case 'recommend':
        return recommendCommand(rest, out);
      case 'ingest':
        return ingestCommand(rest, out);
      case 'sources':
        return await sourcesCommand(rest, out);
      case 'doctor':
        return await doctorCommand(rest, out);
      case 'start': {
        const { main } = await import('./main.ts');
        await main();
        return 0;
      }
      case undefined:
      case 'help':
      case '--help':
        out.stdout(usage);
        return command === undefined ? 1 : 0;
      default:
        throw new UsageError(`unknown command "${command}" (expected ${cliCommands.slice(0, -1).join(', ')} or ${cliCommands.at(-1)})`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') || isFileSystemError(e)) {
      out.stderr(`paperboy: ${(e as Error).message.split('\n')[0]}`);
      return 1;
    }
    throw e;
  }
}

/** A failed file-system call on a path the user gave (`--dir` is a file, an unwritable target): bad input, not a crash. */
function isFileSystemError(e: unknown): boolean {
  const err = e as NodeJS.ErrnoException | null;
  return err instanceof Error && typeof err.code === 'string' && typeof err.syscall === 'string';
}

function parseCommand(args: readonly string[], out: Out): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { format: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) throw new UsageError('parse needs at least one file: paperboy parse <file...> --json');
  const format = values.format as DigestFormat | undefined;
  if (format !== undefined && !digestFormats.includes(format)) {
    throw new UsageError(`unknown format "${format}" (expected ${digestFormats.join(', ')})`);
  }
  for (const p of positionals) if (!existsSync(p)) throw new UsageError(`no such file: ${p}`);
  const { files, problems } = readDigestFiles(positionals);
  // Unreadable files are already in `problems`; a file that fails to parse is added below.
  let failed = problems.length;
  const papers: Paper[] = [];
  for (const file of files) {
    const result = parseDigest(format ? { ...file, format } : file);
    if (!result.ok) {
      problems.push(result.error);
      failed++;
      continue;
    }
    papers.push(...tagPapers(result.value.papers));
    problems.push(...result.value.warnings);
  }
  if (values.json) out.stdout(JSON.stringify(papers, null, 2));
  else for (const p of papers) out.stdout(`${p.sources[0]!.file}#${p.sources[0]!.index}\t${p.lang}\t${paperLabel(p)}\t[${p.topics.join(', ')}]`);
  for (const p of problems) out.stderr(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.reason}`);
  return failed > 0 ? 1 : 0;
}

/** A comma-separated option as its non-empty, trimmed items. */
function list(s: string): string[] {
  return s.split(',').map((x) => x.trim()).filter(Boolean);
}

/** `--topics a,b` as catalog topic ids; an unknown topic is a usage error with suggestions. */
function topicIds(option: string): string[] {
  return list(option).map((t) => {
    const topic = findTopic(t);
    if (!topic) throw new UsageError(`unknown topic "${t}"${suggestTopics(t, 3).length ? ` (did you mean ${suggestTopics(t, 3).join(', ')}?)` : ''}`);
    return topic.id;
  });
}

/**
 * The corpus `search` and `digest` read: `--dir` when given, else what the bot reads — DIGESTS_DIR
 * and, when it exists, FEEDS_DIR (the live sources' documents).
 */
function corpusDirs(dir: string | undefined): string | string[] {
  if (dir !== undefined) return dir;
  const c = config();
  return existsSync(c.sources.feedsDir) && resolve(c.sources.feedsDir) !== resolve(c.digestsDir) ? [c.digestsDir, c.sources.feedsDir] : c.digestsDir;
}

function loadIndex(dirs: string | string[], out: Out) {
  for (const dir of typeof dirs === 'string' ? [dirs] : dirs) if (!existsSync(dir)) throw new UsageError(`no such directory: ${dir}`);
  const corpus = loadCorpusDir(dirs);
  for (const p of corpus.problems) out.stderr(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.reason}`);
  return indexCorpus(corpus);
}

function positiveInt(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`--${name} must be an integer from 1 to ${max}, got "${value}"`);
  return n;
}

function searchCommand(args: readonly string[], out: Out): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { dir: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('search needs a query: paperboy search "diffusion" --json');
  const limit = positiveInt(values.limit, 'limit', 10, 1000);
  const index = loadIndex(corpusDirs(values.dir), out);
  const { hits } = index.search(query, { limit });
  const rows = hits.map(({ paper: p, score }) => ({
    id: p.id, score, name: p.name, title: p.title, lang: p.lang, topics: p.topics, urls: p.urls, arxivId: p.arxivId, sources: p.sources,
  }));
  if (values.json) out.stdout(JSON.stringify(rows, null, 2));
  else {
    if (rows.length === 0) out.stdout(`no papers match "${query}"`);
    hits.forEach((h, i) => out.stdout(`${i + 1}. ${paperLabel(h.paper)} [${h.paper.lang}] ${h.score.toFixed(2)} — ${h.why.join(', ')}`));
  }
  return 0;
}

function topicsCommand(args: readonly string[], out: Out): number {
  const { values } = parseArgs({ args: [...args], options: { json: { type: 'boolean', default: false }, dir: { type: 'string' } } });
  if (values.json) {
    out.stdout(JSON.stringify(topicCatalog, null, 2));
    return 0;
  }
  for (const t of topicCatalog) out.stdout(`${t.id.padEnd(20)} ${t.labels.en} / ${t.labels.ru} / ${t.labels.zh}`);
  return 0;
}

function digestCommand(args: readonly string[], out: Out): number {
  const { values } = parseArgs({
    args: [...args],
    options: {
      topics: { type: 'string', default: '' },
      keywords: { type: 'string', default: '' },
      size: { type: 'string' },
      dir: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const topics = topicIds(values.topics);
  const keywords = list(values.keywords);
  if (topics.length + keywords.length === 0) throw new UsageError('digest needs --topics a,b and/or --keywords k1,k2');
  const size = positiveInt(values.size, 'size', 3, maxDigestSize);
  const index = loadIndex(corpusDirs(values.dir), out);
  const now = Date.now();
  const sub = { ...defaultSubscription({ platform: 'console', chatId: 'cli' }, { timeZone: 'UTC', time: '09:00', size }, now), topics, keywords };
  const { papers } = selectDaily(sub, index, new Set(), new Date(now).toISOString().slice(0, 10));
  if (values.json) out.stdout(JSON.stringify(papers.map((p) => ({ ...p.paper, why: p.why })), null, 2));
  else papers.forEach((p, i) => out.stdout(`${i + 1}. ${paperLabel(p.paper)} [${p.paper.lang}] — ${p.why.join(', ')}`));
  return 0;
}

/**
 * `recommend`: the daily pick for a chat following `--topics`/`--keywords` whose members voted
 * `--liked`/`--disliked` and that already received `--exclude`, ranked exactly as the scheduled
 * digest ranks (`recommendDaily`). Ids are paper ids (`arxiv:2409.12186`, `h:…`) or bare arXiv ids.
 * Output: the search result shape (`id, score, name, title, lang, topics, urls, arxivId, sources`)
 * plus `why` and `explore` (the pick came from the exploration share).
 */
function recommendCommand(args: readonly string[], out: Out): number {
  const { values } = parseArgs({
    args: [...args],
    options: {
      topics: { type: 'string', default: '' },
      keywords: { type: 'string', default: '' },
      liked: { type: 'string', default: '' },
      disliked: { type: 'string', default: '' },
      exclude: { type: 'string', default: '' },
      size: { type: 'string' },
      dir: { type: 'string' },
      date: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const topics = topicIds(values.topics);
  const keywords = list(values.keywords);
  if (topics.length + keywords.length === 0) throw new UsageError('recommend needs --topics a,b and/or --keywords k1,k2');
  const size = positiveInt(values.size, 'size', 3, maxDigestSize);
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new UsageError(`--date must be YYYY-MM-DD, got "${date}"`);
  const index = loadIndex(corpusDirs(values.dir), out);
  // A bare arXiv id names the paper `arxiv:<id>`; anything else is taken as a paper id.
  const idOf = (x: string) => (/^\d{4}\.\d{4,5}(v\d+)?$/.test(x) ? `arxiv:${x.replace(/v\d+$/, '')}` : x);
  const votes = new Map<string, number>();
  for (const id of list(values.liked)) votes.set(idOf(id), 1);
  for (const id of list(values.disliked)) votes.set(idOf(id), -1);
  const unknown = [...votes.keys()].filter((id) => !index.get(id));
  if (unknown.length) out.stderr(`not in the corpus (ignored): ${unknown.join(', ')}`);
  const sub = { ...defaultSubscription({ platform: 'console', chatId: 'cli' }, { timeZone: 'UTC', time: '09:00', size }, Date.now()), topics, keywords };
  const { papers } = recommendDaily(sub, index, new Set(list(values.exclude).map(idOf)), date, votes);
  const rows = papers.map(({ paper: p, score, why, explore }) => ({
    id: p.id, score, name: p.name, title: p.title, lang: p.lang, topics: p.topics, urls: p.urls, arxivId: p.arxivId, sources: p.sources, why, explore,
  }));
  if (values.json) out.stdout(JSON.stringify(rows, null, 2));
  else {
    if (rows.length === 0) out.stdout('nothing new on these topics');
    papers.forEach((p, i) => out.stdout(`${i + 1}. ${paperLabel(p.paper)} [${p.paper.lang}] ${p.score.toFixed(2)}${p.explore ? ' (exploring)' : ''} — ${p.why.join(', ')}`));
  }
  return 0;
}

function ingestCommand(args: readonly string[], out: Out): number {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { dir: { type: 'string' } } });
  const [path] = positionals;
  if (!path || positionals.length > 1) throw new UsageError('ingest takes one file: paperboy ingest <file> [--dir D]');
  if (!existsSync(path)) throw new UsageError(`no such file: ${path}`);
  const { files, problems } = readDigestFiles([path]);
  const file = files[0];
  if (!file) throw new UsageError(problems[0]?.reason ?? `cannot read ${path}`);
  const result = parseDigest(file);
  if (!result.ok) throw new UsageError(`${result.error.file}${result.error.line ? `:${result.error.line}` : ''}: ${result.error.reason}`);
  const dir = values.dir ?? defaultDir();
  mkdirSync(dir, { recursive: true });
  const target = join(dir, basename(path));
  if (existsSync(target)) throw new UsageError(`${target} already exists; rename the file to add it as a new digest`);
  copyFileSync(path, target);
  out.stdout(`added ${target}: ${result.value.papers.length} papers (${result.value.format}, ${result.value.encoding}); a running bot picks it up automatically`);
  return 0;
}

/**
 * `sources [--json]`: each configured live source with its last success, last error and papers
 * fetched, read from the store the bot keeps them in (STORE_URL).
 */
async function sourcesCommand(args: readonly string[], out: Out): Promise<number> {
  const { values } = parseArgs({ args: [...args], options: { json: { type: 'boolean', default: false } } });
  const c = config('fix it or unset it');
  const rows: ({ id: string; kind: string } & Omit<SourceState, 'days' | 'validators'> & { days?: Record<string, string> })[] = [];
  if (c.sources.specs.length) {
    const shared = !/^sqlite:/i.test(c.storeUrl);
    let store;
    try {
      store = await openStore(c.storeUrl, { shared });
    } catch (e) {
      throw new UsageError(`cannot open the store (STORE_URL): ${(e as Error).message.split('\n')[0]}`);
    }
    try {
      for (const spec of c.sources.specs) {
        const { days, validators: _validators, ...state } = await readState(store.kv, spec.id);
        rows.push({ id: spec.id, kind: spec.kind, ...state, ...(days ? { days: Object.fromEntries(Object.entries(days).map(([d, s]) => [d, s.status === 'ok' ? `${s.papers} papers` : 'none'])) } : {}) });
      }
    } finally {
      await store.close();
    }
  }
  if (values.json) {
    out.stdout(JSON.stringify(rows, null, 2));
    return 0;
  }
  if (!rows.length) {
    out.stdout('no live sources (SOURCES=none)');
    return 0;
  }
  const when = (iso: string | undefined) => (iso ? iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC') : 'never');
  for (const r of rows) {
    out.stdout(`${r.id}`);
    out.stdout(`  last success: ${when(r.lastSuccessAt)}`);
    out.stdout(`  last error:   ${r.lastError ? `${when(r.lastError.at)}: ${r.lastError.reason}` : 'none'}`);
    out.stdout(`  papers:       ${r.papersFetched} fetched${r.lastRunAt ? `, ${r.lastPapers ?? 0} in the last run (${when(r.lastRunAt)})` : ''}`);
    if (r.notBefore) out.stdout(`  waiting:      asked not to call before ${when(r.notBefore)}`);
  }
  out.stdout(`documents in ${c.sources.feedsDir}; every ${c.sources.intervalMinutes} min`);
  return 0;
}

/**
 * `doctor [--json]`: every check of `src/app/doctor` on the configuration `npm start` reads; exit 1
 * when one is an error.
 */
async function doctorCommand(args: readonly string[], out: Out): Promise<number> {
  const { values } = parseArgs({ args: [...args], options: { json: { type: 'boolean', default: false } } });
  const { exitCodeOf, reportJson, reportText, runDoctor } = await import('./app/doctor/index.ts');
  const report = await runDoctor(process.env);
  if (values.json) out.stdout(JSON.stringify(reportJson(report), null, 2));
  else for (const line of reportText(report)) out.stdout(line);
  return exitCodeOf(report.checks);
}

if (isEntryPoint(import.meta.url)) {
  // Same configuration source as `npm start`: real environment variables win over .env.
  loadEnv();
  const code = await runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(`${s}\n`),
    stderr: (s) => process.stderr.write(`${s}\n`),
  });
  if (process.argv[2] !== 'start') process.exitCode = code;
}
