/**
 * The process benchmark: what an operator sees, not what a function costs. Starts the real bot
 * (`npm start`, console mode, no tokens) on a generated corpus ON DISK and measures, from outside:
 *
 * - start-up to first answer: spawn until `/paper <a name in the corpus>` is answered with that paper;
 *   `cold` = no index snapshot on disk, `warm` = the snapshot a previous run left;
 * - peak RSS of the bot process (the kernel's high-water mark, `VmHWM`);
 * - a new digest file of 1,000 papers dropped in while running: time until `/paper <its name>` finds it,
 *   with `/paper` asked again as soon as each answer arrives, so the slowest answer meanwhile is the
 *   stall a user sees (the bot also logs its own `monitorEventLoopDelay` maximum per update: the
 *   largest after the first answer is reported);
 * - reloads: the new file rewritten `reloads` times (another name each time), RSS after the first and
 *   after the last;
 * - RSS when idle: after the last reload, once the bot logs that its corpus worker stopped (the
 *   state saved, nothing changed since: about 35 s with the default delays), or after 90 s;
 * - the snapshot's size on disk.
 *
 *   npx tsx bench/process.ts                                  # 10k and 100k, cold then warm
 *   npx tsx bench/process.ts --sizes 10000 --reloads 20 --modes cold
 *   npx tsx bench/process.ts --cmd node                       # `node --import tsx src/main.ts`, no npm
 *
 * Corpora are generated once into `--work` (default `$TMPDIR/paperboy-bench`) and reused. Figures
 * depend on what else the machine does: note the load average printed with them.
 * @module
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCorpusDir, writeNewDigest } from './gen/corpus-files.ts';
import { loadStarterPools } from './gen/starter.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

// === Options and results

export interface ProcessBenchOptions {
  /** Papers in the generated corpus. */
  papers: number;
  /** `cold`: the snapshot is deleted before start; `warm`: kept from the previous run. */
  mode: 'cold' | 'warm';
  /** Papers in the file dropped in while running (a day of new papers). */
  newPapers: number;
  /** Times the dropped-in file is rewritten after it was first indexed. */
  reloads: number;
  /** `npm` runs `npm start` as an operator would; `node` runs `node --import tsx src/main.ts`. */
  command: 'npm' | 'node';
  /** Where corpora, the store and the snapshot live. */
  workDir: string;
  /** Give up on one step after this long. */
  timeoutMs: number;
}

export interface ProcessBenchResult {
  papers: number;
  files: number;
  corpusMB: number;
  mode: 'cold' | 'warm';
  command: 'npm' | 'node';
  /** Spawn until the first `/paper` answer that contains the expected paper. */
  firstAnswerMs: number;
  /** CPU seconds of the bot (all threads) until the first answer, and over the whole run. */
  cpuAtFirstAnswerS: number;
  cpuTotalS: number;
  /** RSS of the bot process right after the first answer (MB). */
  rssAtFirstAnswerMB: number;
  /** Highest RSS of the bot process over the whole run (MB, VmHWM). */
  peakRssMB: number;
  /** The new file landed (renamed into place) until `/paper <its name>` found it. */
  newFileSearchableMs: number;
  /** Slowest `/paper` answer while the new file was being indexed (user-visible stall). */
  slowestAnswerMs: number;
  /** The bot's own longest event-loop stall during updates, from its logs (when it logs one). */
  loopDelayMaxMs: number | null;
  reloads: number;
  /** Per reload: time until searchable. */
  reloadMs: number[];
  /** RSS after the first and after the last reload (MB), each read after the update settled. */
  rssAfterFirstReloadMB: number;
  rssAfterLastReloadMB: number;
  /** RSS once the bot's corpus worker stopped after the reloads (MB), and how long that took (ms); null if it did not within 90 s. */
  rssIdleMB: number | null;
  idleAfterMs: number | null;
  /** Index snapshot files next to the store (bytes), when the bot writes one. */
  snapshotBytes: number | null;
  loadAvg: number;
}

export const defaultProcessOptions: Omit<ProcessBenchOptions, 'papers' | 'mode'> = {
  newPapers: 1_000,
  reloads: 20,
  command: 'npm',
  workDir: join(tmpdir(), 'paperboy-bench'),
  timeoutMs: 300_000,
};

// === The bot under test

/** A running bot: send console lines, await answers (blocks starting with `== `), read its memory. */
class Bot {
  readonly child: ChildProcess;
  #out = '';
  #answers: string[] = [];
  #waiters: (() => void)[] = [];
  #stderr = '';
  #peak = 0;
  #poll: NodeJS.Timeout;
  exited = false;

  constructor(options: ProcessBenchOptions, env: NodeJS.ProcessEnv) {
    const [cmd, args] = options.command === 'npm' ? ['npm', ['start', '--silent']] : [process.execPath, ['--import', 'tsx', 'src/main.ts']];
    // Own process group, so the whole tree (npm, sh, tsx, node) is stopped by one signal to it.
    this.child = spawn(cmd, args, { cwd: repoRoot, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    this.child.stdout!.setEncoding('utf8').on('data', (d: string) => this.#onOut(d));
    this.child.stderr!.setEncoding('utf8').on('data', (d: string) => (this.#stderr += d));
    this.child.on('exit', () => {
      this.exited = true;
      for (const w of this.#waiters.splice(0)) w();
    });
    this.#poll = setInterval(() => this.#sample(), 100);
  }

  #onOut(data: string): void {
    this.#out += data;
    // Answers are separated by blank lines and start with a `== title ==` line.
    const parts = this.#out.split(/\n(?=== )/);
    this.#out = parts.pop()!;
    for (const p of parts) if (p.startsWith('== ')) this.#answers.push(p);
    if (this.#out.startsWith('== ') && this.#out.endsWith('\n\n')) {
      this.#answers.push(this.#out);
      this.#out = '';
    }
    for (const w of this.#waiters.splice(0)) w();
  }

  /** Sends one line and resolves with its answer. */
  async ask(line: string, timeoutMs: number): Promise<string> {
    const want = this.#answers.length + 1;
    this.child.stdin!.write(`${line}\n`);
    const deadline = Date.now() + timeoutMs;
    while (this.#answers.length < want) {
      if (this.exited) throw new Error(`bot exited: ${this.#stderr.trim().split('\n').slice(-3).join(' | ')}`);
      if (Date.now() > deadline) throw new Error(`no answer to "${line}" in ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 50);
        this.#waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    return this.#answers[want - 1]!;
  }

  /** The bot process: the deepest descendant (npm -> sh -> tsx -> node). */
  #pids(): number[] {
    const byParent = new Map<number, number[]>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        byParent.set(ppid, [...(byParent.get(ppid) ?? []), Number(entry)]);
      } catch {
        // gone meanwhile
      }
    }
    const out: number[] = [];
    const walk = (pid: number) => {
      out.push(pid);
      for (const c of byParent.get(pid) ?? []) walk(c);
    };
    if (this.child.pid) walk(this.child.pid);
    return out;
  }

  /** Resident memory of the bot process (the largest in the tree), current and peak, in MB. */
  memory(): { rssMB: number; peakMB: number } {
    let rss = 0;
    let hwm = 0;
    for (const pid of this.#pids()) {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const r = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
        const h = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
        if (r > rss) rss = r;
        if (h > hwm) hwm = h;
      } catch {
        // gone meanwhile
      }
    }
    return { rssMB: Math.round(rss), peakMB: Math.round(hwm) };
  }

  /** CPU time (user + system) of the bot's process tree so far, in seconds (threads included). */
  cpuSeconds(): number {
    let ticks = 0;
    for (const pid of this.#pids()) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // gone meanwhile
      }
    }
    return Math.round(ticks) / 100;
  }

  #sample(): void {
    const { peakMB } = this.memory();
    if (peakMB > this.#peak) this.#peak = peakMB;
  }

  get peakMB(): number {
    this.#sample();
    return this.#peak;
  }

  /** Largest `loopDelayMaxMs` the bot logged (JSON log lines on stderr) after `from` (a stderr offset), or null. */
  loggedLoopDelayMax(from = 0): number | null {
    let max: number | null = null;
    for (const m of this.#stderr.slice(from).matchAll(/"loopDelayMaxMs":([\d.]+)/g)) max = Math.max(max ?? 0, Number(m[1]));
    return max;
  }

  get stderr(): string {
    return this.#stderr;
  }

  async stop(): Promise<void> {
    clearInterval(this.#poll);
    if (this.exited || !this.child.pid) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    try {
      process.kill(-this.child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-this.child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 10_000);
    await gone;
    clearTimeout(timer);
  }
}

// === One run

const found = (answer: string, name: string) => answer.startsWith('== Papers for') && answer.includes(`1. ${name}:`);

/** Asks `/paper name` until the answer lists it first; returns the time it took and the slowest answer. */
async function untilSearchable(bot: Bot, name: string, since: number, timeoutMs: number): Promise<{ ms: number; slowestMs: number }> {
  let slowest = 0;
  for (;;) {
    const asked = performance.now();
    const answer = await bot.ask(`/paper ${name}`, timeoutMs);
    const now = performance.now();
    slowest = Math.max(slowest, now - asked);
    if (found(answer, name)) return { ms: Math.round(now - since), slowestMs: Math.round(slowest) };
    if (now - since > timeoutMs) throw new Error(`"${name}" not searchable after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Snapshot files the bot may write next to its store (`<store>.index/`), in bytes. */
function snapshotSize(dir: string): number | null {
  let total = 0;
  let any = false;
  const walk = (d: string) => {
    for (const f of readdirSync(d, { withFileTypes: true })) {
      if (/\.sqlite(-.*)?$/.test(f.name)) continue;
      if (f.isDirectory()) walk(join(d, f.name));
      else {
        any = true;
        total += statSync(join(d, f.name)).size;
      }
    }
  };
  walk(dir);
  return any ? total : null;
}

/** Starts the bot on a `papers`-sized corpus and measures one run (see the module comment). */
export async function runProcessBench(options: ProcessBenchOptions, log: (line: string) => void = () => {}): Promise<ProcessBenchResult> {
  const pools = loadStarterPools();
  const corpus = ensureCorpusDir(join(options.workDir, `corpus-${options.papers}`), options.papers, 1, pools);
  // Files a previous run dropped in are removed, so every run starts from the same corpus.
  for (const f of readdirSync(corpus.dir)) if (f.startsWith('2030-')) rmSync(join(corpus.dir, f));
  const stateDir = join(options.workDir, `state-${options.papers}`);
  if (options.mode === 'cold') rmSync(stateDir, { recursive: true, force: true });
  mkdirSync(stateDir, { recursive: true });
  const probe = firstNamed(corpus.dir);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DIGESTS_DIR: corpus.dir,
    STORE_URL: `sqlite://${join(stateDir, 'store.sqlite')}`,
    LOG_LEVEL: 'info',
    NODE_ENV: 'production',
    // No live sources: nothing but the generated corpus (and no network).
    SOURCES: 'none',
    // Profiling flags for the bot (`--cpu-prof`, `--trace-gc`), when the caller sets them.
    ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
  };
  log(`process: ${options.papers} papers (${corpus.files} files, ${Math.round(corpus.bytes / 1e6)} MB), ${options.mode} start via ${options.command}`);
  const t0 = performance.now();
  const bot = new Bot(options, env);
  try {
    let first = '';
    for (;;) {
      first = await bot.ask(`/paper ${probe}`, options.timeoutMs);
      if (found(first, probe) || performance.now() - t0 > options.timeoutMs) break;
    }
    const firstAnswerMs = Math.round(performance.now() - t0);
    if (!found(first, probe)) throw new Error(`first answer does not list "${probe}": ${first.slice(0, 200)}`);
    const rssAtFirstAnswerMB = bot.memory().rssMB;
    const cpuAtFirstAnswerS = bot.cpuSeconds();
    // Stalls are counted from here: updates while serving, not the start-up load.
    const servingFrom = bot.stderr.length;
    log(`process: first answer after ${firstAnswerMs} ms (CPU ${cpuAtFirstAnswerS} s), RSS ${rssAtFirstAnswerMB} MB, load ${loadavg()[0]!.toFixed(2)}`);

    const name = 'Quokkaformer';
    const landed = performance.now();
    writeNewDigest(corpus.dir, options.newPapers, name, { pools, file: '2030-01-01-new.json' });
    const added = await untilSearchable(bot, name, landed, options.timeoutMs);
    log(`process: ${options.newPapers} new papers searchable after ${added.ms} ms (slowest answer meanwhile ${added.slowestMs} ms)`);

    const reloadMs: number[] = [];
    let slowest = added.slowestMs;
    let rssAfterFirstReloadMB = 0;
    let rssAfterLastReloadMB = 0;
    for (let i = 1; i <= options.reloads; i++) {
      const nameI = `Quokkaformer${i}`;
      const t = performance.now();
      writeNewDigest(corpus.dir, options.newPapers, nameI, { pools, file: '2030-01-01-new.json', seed: 99 + i });
      const r = await untilSearchable(bot, nameI, t, options.timeoutMs);
      reloadMs.push(r.ms);
      slowest = Math.max(slowest, r.slowestMs);
      await new Promise((resolve) => setTimeout(resolve, 1_000)); // let the update settle (GC, snapshot write)
      const rss = bot.memory().rssMB;
      if (i === 1) rssAfterFirstReloadMB = rss;
      rssAfterLastReloadMB = rss;
      log(`process: reload ${i}/${options.reloads} searchable after ${r.ms} ms, RSS ${rss} MB`);
    }
    // Idle: the corpus worker stops once the state is saved and nothing changed (live-corpus.ts).
    const idleFrom = bot.stderr.length;
    const idleStart = performance.now();
    let rssIdleMB: number | null = null;
    let idleAfterMs: number | null = null;
    while (performance.now() - idleStart < 90_000) {
      if (bot.stderr.slice(idleFrom).includes('corpus worker stopped')) {
        idleAfterMs = Math.round(performance.now() - idleStart);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        rssIdleMB = bot.memory().rssMB;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    log(`process: RSS when idle ${rssIdleMB ?? '?'} MB (worker stopped ${idleAfterMs ?? '?'} ms after the last reload)`);
    const result: ProcessBenchResult = {
      papers: options.papers,
      files: corpus.files,
      corpusMB: Math.round(corpus.bytes / 1e6),
      mode: options.mode,
      command: options.command,
      firstAnswerMs,
      cpuAtFirstAnswerS,
      cpuTotalS: bot.cpuSeconds(),
      rssAtFirstAnswerMB,
      peakRssMB: bot.peakMB,
      newFileSearchableMs: added.ms,
      slowestAnswerMs: slowest,
      loopDelayMaxMs: bot.loggedLoopDelayMax(servingFrom),
      reloads: options.reloads,
      reloadMs,
      rssAfterFirstReloadMB,
      rssAfterLastReloadMB,
      rssIdleMB,
      idleAfterMs,
      snapshotBytes: null,
      loadAvg: Math.round(loadavg()[0]! * 100) / 100,
    };
    await bot.stop();
    // The bot's own log (JSON lines: updates with their stalls, worker starts and stops, snapshot events).
    writeFileSync(join(options.workDir, `bot-${options.papers}-${options.mode}.log`), bot.stderr);
    // The dropped-in file is removed so the next (warm) run starts from the snapshot's corpus.
    rmSync(join(corpus.dir, '2030-01-01-new.json'), { force: true });
    result.snapshotBytes = snapshotSize(stateDir);
    return result;
  } catch (e) {
    const tail = bot.stderr.trim().split('\n').slice(-5).join('\n');
    throw new Error(`${(e as Error).message}${tail ? `\nbot stderr:\n${tail}` : ''}`);
  } finally {
    await bot.stop();
  }
}

/** A coined name of the corpus's first hfday file: `/paper <name>` must rank a paper with it first. */
function firstNamed(dir: string): string {
  const file = readdirSync(dir).filter((f) => f.endsWith('.json')).sort()[0];
  if (!file) throw new Error(`no hfday feed in ${dir}`);
  const feed = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { papers: { title: string }[] };
  // Generated titles are `Name: rest`; a name made unique by a number suffix keeps the check exact.
  const names = feed.papers.map((p) => /^([^:]+):/.exec(p.title)?.[1]).filter((n): n is string => !!n && /^[A-Za-z][\w-]*-\d+$/.test(n));
  if (!names.length) throw new Error(`no numbered name in ${file}`);
  return names[0]!;
}

// === CLI

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000' },
      modes: { type: 'string', default: 'cold,warm' },
      reloads: { type: 'string', default: String(defaultProcessOptions.reloads) },
      'new-papers': { type: 'string', default: String(defaultProcessOptions.newPapers) },
      cmd: { type: 'string', default: defaultProcessOptions.command },
      work: { type: 'string', default: defaultProcessOptions.workDir },
    },
  });
  const results: ProcessBenchResult[] = [];
  for (const papers of values.sizes.split(',').map(Number)) {
    for (const mode of values.modes.split(',') as ('cold' | 'warm')[]) {
      const options: ProcessBenchOptions = {
        ...defaultProcessOptions,
        papers,
        mode,
        reloads: Number(values.reloads),
        newPapers: Number(values['new-papers']),
        command: values.cmd as 'npm' | 'node',
        workDir: values.work,
      };
      if (!existsSync(options.workDir)) mkdirSync(options.workDir, { recursive: true });
      results.push(await runProcessBench(options, (l) => process.stderr.write(`${l}\n`)));
      process.stdout.write(JSON.stringify(results.at(-1)) + '\n');
    }
  }
}
