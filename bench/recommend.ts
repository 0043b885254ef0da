/**
 * Recommendation benchmark (issue 17): the daily pick (`recommendDaily`) for many subscriptions,
 * each with a delivery history and a feedback history of `votes` votes, against the synthetic corpus.
 *
 * `npx tsx bench/recommend.ts` (defaults: 100,000 papers, 100,000 subscriptions, 30 days of history,
 * 50 votes each); `BENCH_PAPERS`, `BENCH_SUBS`, `BENCH_VOTES` change them. Prints one JSON line.
 *
 * Passes over the same chats: `cold` is the process's first tick (every candidate and voted paper is
 * vectorised on first use: tokenising its texts again; the shared candidate lists are built) on
 * 2025-01-15; `replay` a second pass with the same inputs (same date, history and votes: what `warm`
 * measured until round 7); `warm` **the next day's tick**, the steady state a real chat sees (each
 * chat is picked once a day): the date moves on a day, each chat's history has grown by its previous
 * picks and one chat in ten has a new vote (on one of those picks), so any state kept across ticks
 * is exercised as production would, not replayed; `afterIndexChange` the next day's tick again (its
 * history and votes grown the same way) after one paper was added (what the first tick after an
 * hourly fetch pays: selection structures are rebuilt, shared candidate lists carried over — kept,
 * merged with the new paper, or made again — vectors of unchanged papers kept). Until round 7,
 * `afterIndexChange` replayed the warm pass's inputs after the change.
 * Memory: RSS and heap used at the start and after each pass (after a full collection too when run
 * with `node --expose-gc --import tsx bench/recommend.ts`), and the shared lists kept (lists,
 * entries, the entry cap, how lists were carried over the index change), and the heap they free when
 * dropped at the end (`listsMB`, `bytesPerEntry`); the chats' state kept across ticks (`chatStates`:
 * chats, models kept in the same index generation, carried to a later one, made) and the heap it
 * frees when dropped first (`statesMB`, `bytesPerChat`). `BENCH_REPEAT=n` runs n more next days' ticks after `warm`
 * (`warmAgainMs`: the minimum is the least disturbed by other load); `PROFILE=cold|replay|warm|changed` writes that pass's CPU profile;
 * `BENCH_INDEX_CACHE=<file>` keeps the built index between runs. The topic-only selection (`selectDaily`, as `bench/select.ts` measures
 * it) runs over the same chats for comparison. Store reads (history, votes) are not in the timed
 * region, as in `bench/select.ts`.
 * @module
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import { DigestIndex, tagPapers, topicIds, type IndexSnapshot } from '../src/core/index.ts';
import { recommendDaily, selectDaily, type Subscription } from '../src/schedule/index.ts';
import { chatStateStats, dropChatStates } from '../src/schedule/recommend/chat-state.ts';
import { dropSharedLists, sharedListStats } from '../src/schedule/recommend/pool.ts';
import { makeCorpus } from './corpus-gen.ts';
import { Rng } from './gen/rng.ts';
import { loadStarterPools } from './gen/starter.ts';
import { msSince, round, summarize } from './stats.ts';

const papersN = Number(process.env.BENCH_PAPERS ?? 100_000);
const subsN = Number(process.env.BENCH_SUBS ?? 100_000);
const votesN = Number(process.env.BENCH_VOTES ?? 50);
const historyDays = 30;
const localDate = '2025-01-15';
/** The local date `d` days after {@link localDate} (the next days' ticks). */
const dayAfter = (d: number) => new Date(Date.parse(localDate) + d * 86_400_000).toISOString().slice(0, 10);

const t0 = process.hrtime.bigint();
const rng = new Rng(17);
const index = buildIndex();
const setupMs = msSince(t0);

/**
 * The synthetic corpus with upvotes on 40% of the papers. `BENCH_INDEX_CACHE=<file>` keeps the built
 * index there (a v8-serialised snapshot) and reuses it when present: building 100k papers takes a
 * minute or more, which iterating on the ranking need not pay each run.
 */
function buildIndex(): DigestIndex {
  const cache = process.env.BENCH_INDEX_CACHE ? `${process.env.BENCH_INDEX_CACHE}.${papersN}` : undefined;
  if (cache && existsSync(cache)) {
    const snap = deserialize(readFileSync(cache)) as IndexSnapshot;
    for (let k = 0; k < papersN; k++) rng.chance(0.4) && rng.int(300); // the same draws as a build, for the chats below
    return DigestIndex.fromSnapshot(snap);
  }
  const corpus = makeCorpus(loadStarterPools(), papersN, tagPapers, 1).papers.map((p) => (rng.chance(0.4) ? { ...p, upvotes: rng.int(300) } : p));
  const built = new DigestIndex();
  built.add(corpus);
  if (cache) writeFileSync(cache, serialize(built.snapshot()));
  return built;
}

// Chats: 1-3 topics (some with a keyword), size mostly 3; the history is drawn from the freshest papers
// of their topics (what past digests sent), the votes from that history (40% liked).
const byTopic = new Map<string, string[]>();
for (const p of [...index.papers()].sort((a, b) => ((b.sources[0]?.date ?? '') < (a.sources[0]?.date ?? '') ? -1 : 1))) for (const t of p.topics) (byTopic.get(t) ?? byTopic.set(t, []).get(t)!).push(p.id);
const chats: { sub: Subscription; delivered: Set<string>; votes: Map<string, number> }[] = [];
for (let i = 0; i < subsN; i++) {
  const topics = rng.sample(topicIds, rng.range(1, 3)).filter((t) => byTopic.has(t));
  const size = rng.chance(0.8) ? 3 : rng.range(1, 10);
  const recent = topics.flatMap((t) => byTopic.get(t)!.slice(0, historyDays * size * 2));
  const delivered = new Set<string>();
  for (let guard = 0; recent.length && delivered.size < historyDays * size && guard < historyDays * size * 4; guard++) delivered.add(rng.pick(recent));
  const pool = [...delivered];
  const votes = new Map<string, number>();
  for (let guard = 0; pool.length && votes.size < Math.min(votesN, pool.length) && guard < votesN * 4; guard++) votes.set(rng.pick(pool), rng.chance(0.4) ? 1 : -1);
  chats.push({
    sub: { chat: { platform: 'telegram', chatId: String(i) }, topics, keywords: rng.chance(0.1) ? ['transformer'] : [], time: '09:00', timeZone: 'UTC', size, paused: false, pauseReason: null, silentWhenEmpty: false, nextRunAt: 0, lastDelivery: null, lastError: null, failures: 0, createdAt: 0, updatedAt: 0 },
    delivered,
    votes,
  });
}

/** Each chat's picks in the last recommend pass (what the next day's history gains). */
const lastPicks: string[][] = chats.map(() => []);

/**
 * Moves every chat on to day `d`: its history gains its picks of the last pass; one chat in ten
 * (a different tenth each day) votes on its first pick (liked two times in five). Returns the date.
 */
function nextDay(d: number): string {
  chats.forEach((c, i) => {
    const picks = lastPicks[i]!;
    for (const id of picks) c.delivered.add(id);
    if (i % 10 === d % 10 && picks.length) c.votes.set(picks[0]!, (i + d) % 5 < 2 ? 1 : -1);
  });
  return dayAfter(d);
}

function pass(kind: 'recommend' | 'topic-only', date = localDate) {
  const samples: number[] = [];
  let picked = 0;
  let repeats = 0;
  /** A hash of every pick and its score, in order: passes (and trees) that pick the same give the same. */
  let checksum = 0x811c9dc5;
  const mix = (x: number) => (checksum = Math.imul(checksum ^ x, 0x01000193) >>> 0);
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (let i = 0; i < chats.length; i++) {
    const c = chats[i]!;
    const s = process.hrtime.bigint();
    const papers = kind === 'recommend' ? recommendDaily(c.sub, index, c.delivered, date, c.votes).papers : selectDaily(c.sub, index, c.delivered, date).papers;
    samples.push(msSince(s));
    if (kind === 'recommend') lastPicks[i] = papers.map((p) => p.paper.id);
    picked += papers.length;
    for (const p of papers) {
      if (c.delivered.has(p.paper.id) || c.votes.has(p.paper.id)) repeats++;
      for (let k = 0; k < p.paper.id.length; k++) mix(p.paper.id.charCodeAt(k));
      if ('score' in p) mix(Math.round((p.score as number) * 1e6));
    }
  }
  const stats = summarize(samples);
  const used = process.cpuUsage(cpu);
  return { totalMs: Math.round(msSince(start)), cpuMs: Math.round((used.user + used.system) / 1000), perPickUs: round((msSince(start) * 1000) / Math.max(1, picked), 1), p50Ms: round(stats.p50, 3), p99Ms: round(stats.p99, 3), maxMs: round(stats.max, 1), picked, repeats, checksum: checksum.toString(16) };
}

if (process.env.SPLIT) {
  // Where a warm pick's time goes: the chat's walk over the shared list, ranking without and with votes.
  const { featureSpace } = await import('../src/schedule/recommend/features.ts');
  const { chatCandidates } = await import('../src/schedule/recommend/pool.ts');
  const { rankTable } = await import('../src/schedule/recommend/rank.ts');
  for (const c of chats) recommendDaily(c.sub, index, c.delivered, localDate, c.votes); // warm vectors and lists
  const space = featureSpace(index);
  const outs = chats.map(() => new Int32Array(60));
  // The least disturbed of five runs.
  const time = (run: () => void) =>
    Math.min(
      ...Array.from({ length: 5 }, () => {
        const t = process.hrtime.bigint();
        run();
        return Math.round(msSince(t));
      }),
    );
  const pools = chats.map((c, i) => chatCandidates(c.sub, index, c.delivered, c.votes, localDate, 60, undefined, outs[i]!));
  const walkMs = time(() => chats.forEach((c, i) => chatCandidates(c.sub, index, c.delivered, c.votes, localDate, 60, undefined, outs[i]!)));
  const none = new Map<string, number>();
  const rankNoVotesMs = time(() => chats.forEach((c, i) => rankTable(pools[i]!.table, outs[i]!, pools[i]!.count, { size: c.sub.size, votes: none, space, localDate, followed: c.sub.topics.length })));
  const rankMs = time(() => chats.forEach((c, i) => rankTable(pools[i]!.table, outs[i]!, pools[i]!.count, { size: c.sub.size, votes: c.votes, space, localDate, followed: c.sub.topics.length })));
  console.log(JSON.stringify({ walkMs, rankNoVotesMs, rankMs, load: loadavg()[0] }));
  process.exit(0);
}
/** Memory now: RSS and heap used (MB); after a full collection too when run with `--expose-gc`. */
function memory() {
  const raw = process.memoryUsage();
  const gc = (globalThis as { gc?: () => void }).gc;
  const mb = (x: number) => Math.round(x / 1048576);
  if (!gc) return { rssMB: mb(raw.rss), heapUsedMB: mb(raw.heapUsed) };
  gc();
  const after = process.memoryUsage();
  return { rssMB: mb(raw.rss), heapUsedMB: mb(raw.heapUsed), afterGc: { rssMB: mb(after.rss), heapUsedMB: mb(after.heapUsed) } };
}
const lists = () => sharedListStats(index);
const load = loadavg().map((x) => round(x, 2));
const memoryAtStart = memory();
/** `PROFILE=topic`, `cold`, `warm` or `changed` (or several, comma-separated) writes that pass's CPU profile to /tmp/recommend-<pass>.cpuprofile. */
async function profiled<T>(name: string, run: () => T): Promise<T> {
  if (!(process.env.PROFILE ?? '').split(',').includes(name)) return run();
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  const result = run();
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(`${process.env.PROFILE_PREFIX ?? '/tmp/recommend'}-${name}.cpuprofile`, JSON.stringify(profile));
  return result;
}
const topicOnly = await profiled('topic', () => pass('topic-only'));
const memoryBeforeCold = memory();
const cold = await profiled('cold', () => pass('recommend'));
const memoryAfterCold = memory();
const listsAfterCold = lists();
const replay = await profiled('replay', () => pass('recommend'));
const memoryAfterReplay = memory();
let day = 1;
const warm = await profiled('warm', () => pass('recommend', nextDay(day)));
const memoryAfterWarm = memory();
const listsAfterWarm = lists();
const extraWarm = Array.from({ length: Number(process.env.BENCH_REPEAT ?? 0) }, () => pass('recommend', nextDay(++day)).totalMs);
// An hourly fetch adds a paper: selection structures and shared pools are rebuilt, vectors of unchanged papers kept.
const template = index.papers()[0]!;
index.add([{ ...template, id: 'bench:new-paper', arxivId: null, title: `${template.title ?? ''} (new)`, sources: [{ ...template.sources[0]!, date: localDate }] }]);
const afterIndexChange = await profiled('changed', () => pass('recommend', nextDay(++day)));
const memoryAfterChange = memory();
const listsAfterChange = lists();
// What the chats' kept state holds (votes as vector handles: chat-state.ts), then the shared lists:
// the heap each frees (after a full collection, with --expose-gc).
const chatStates = chatStateStats();
dropChatStates();
const memoryWithoutStates = memory();
const stateBytes = memoryAfterChange.afterGc && memoryWithoutStates.afterGc ? { statesMB: memoryAfterChange.afterGc.heapUsedMB - memoryWithoutStates.afterGc.heapUsedMB, bytesPerChat: Math.round(((memoryAfterChange.afterGc.heapUsedMB - memoryWithoutStates.afterGc.heapUsedMB) * 1048576) / Math.max(1, chatStates.chats)) } : {};
dropSharedLists(index);
const memoryWithoutLists = memory();
const listBytes = memoryWithoutStates.afterGc && memoryWithoutLists.afterGc ? { listsMB: memoryWithoutStates.afterGc.heapUsedMB - memoryWithoutLists.afterGc.heapUsedMB, bytesPerEntry: Math.round(((memoryWithoutStates.afterGc.heapUsedMB - memoryWithoutLists.afterGc.heapUsedMB) * 1048576) / Math.max(1, listsAfterChange.entries)) } : {};
console.log(JSON.stringify({ ...(extraWarm.length ? { warmAgainMs: extraWarm } : {}), papers: index.size, subscriptions: subsN, votesPerChat: votesN, meanVotes: round(chats.reduce((s, c) => s + c.votes.size, 0) / chats.length, 1), setupMs: Math.round(setupMs), topicOnly, cold, replay, warm, afterIndexChange, passes: { cold: localDate, replay: 'cold\'s inputs again', warm: `${dayAfter(1)}: next day, history + last picks, 1 chat in 10 with a new vote`, afterIndexChange: `${dayAfter(day)}: next day after one paper added` }, memory: { atStart: memoryAtStart, beforeCold: memoryBeforeCold, afterCold: memoryAfterCold, afterReplay: memoryAfterReplay, afterWarm: memoryAfterWarm, afterIndexChange: memoryAfterChange, withoutStates: memoryWithoutStates, ...stateBytes, withoutLists: memoryWithoutLists, ...listBytes }, chatStates, sharedLists: { afterCold: listsAfterCold, afterWarm: listsAfterWarm, afterIndexChange: listsAfterChange }, cpus: cpus().length, loadBefore: load, loadAfter: loadavg().map((x) => round(x, 2)) }));
