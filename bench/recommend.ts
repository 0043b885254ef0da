/**
 * Recommendation benchmark (issue 17): the daily pick (`recommendDaily`) for many subscriptions,
 * each with a delivery history and a feedback history of `votes` votes, against the synthetic corpus.
 *
 * `npx tsx bench/recommend.ts` (defaults: 100,000 papers, 100,000 subscriptions, 30 days of history,
 * 50 votes each); `BENCH_PAPERS`, `BENCH_SUBS`, `BENCH_VOTES` change them. Prints one JSON line.
 *
 * Two passes over the same chats: `cold` is the first tick after the index changed (every candidate
 * and voted paper is vectorised on first use: tokenising its texts again), `warm` a second pass on the
 * same index (vectors cached). The topic-only selection (`selectDaily`, as `bench/select.ts` measures
 * it) runs over the same chats for comparison. Store reads (history, votes) are not in the timed
 * region, as in `bench/select.ts`.
 * @module
 */
import { cpus, loadavg } from 'node:os';
import { DigestIndex, tagPapers, topicIds } from '../src/core/index.ts';
import { recommendDaily, selectDaily, type Subscription } from '../src/schedule/index.ts';
import { makeCorpus } from './corpus-gen.ts';
import { Rng } from './gen/rng.ts';
import { loadStarterPools } from './gen/starter.ts';
import { msSince, round, summarize } from './stats.ts';

const papersN = Number(process.env.BENCH_PAPERS ?? 100_000);
const subsN = Number(process.env.BENCH_SUBS ?? 100_000);
const votesN = Number(process.env.BENCH_VOTES ?? 50);
const historyDays = 30;
const localDate = '2025-01-15';

const t0 = process.hrtime.bigint();
const rng = new Rng(17);
const corpus = makeCorpus(loadStarterPools(), papersN, tagPapers, 1).papers.map((p) => (rng.chance(0.4) ? { ...p, upvotes: rng.int(300) } : p));
const index = new DigestIndex();
index.add(corpus);
const setupMs = msSince(t0);

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

function pass(kind: 'recommend' | 'topic-only') {
  const samples: number[] = [];
  let picked = 0;
  let repeats = 0;
  const start = process.hrtime.bigint();
  for (const c of chats) {
    const s = process.hrtime.bigint();
    const papers = kind === 'recommend' ? recommendDaily(c.sub, index, c.delivered, localDate, c.votes).papers : selectDaily(c.sub, index, c.delivered, localDate).papers;
    samples.push(msSince(s));
    picked += papers.length;
    for (const p of papers) if (c.delivered.has(p.paper.id) || c.votes.has(p.paper.id)) repeats++;
  }
  const stats = summarize(samples);
  return { totalMs: Math.round(msSince(start)), perPickUs: round((msSince(start) * 1000) / Math.max(1, picked), 1), p50Ms: round(stats.p50, 3), p99Ms: round(stats.p99, 3), maxMs: round(stats.max, 1), picked, repeats };
}

if (process.env.SPLIT) {
  const { featureSpace, rankCandidates } = await import('../src/schedule/index.ts');
  recommendDaily(chats[0]!.sub, index, chats[0]!.delivered, localDate, chats[0]!.votes);
  for (const c of chats) recommendDaily(c.sub, index, c.delivered, localDate, c.votes); // warm vectors
  const pools = chats.map((c) => selectDaily({ ...c.sub, size: 60 }, index, { has: (id: string) => c.delivered.has(id) || c.votes.has(id) }, localDate).papers);
  let t = process.hrtime.bigint();
  for (const c of chats) selectDaily({ ...c.sub, size: 60 }, index, { has: (id: string) => c.delivered.has(id) || c.votes.has(id) }, localDate);
  const poolMs = msSince(t);
  const space = featureSpace(index);
  t = process.hrtime.bigint();
  chats.forEach((c, i) => rankCandidates(pools[i]!, { size: c.sub.size, votes: new Map(), space, localDate, followed: c.sub.topics.length }));
  const rankNoVotesMs = msSince(t);
  t = process.hrtime.bigint();
  chats.forEach((c, i) => rankCandidates(pools[i]!, { size: c.sub.size, votes: c.votes, space, localDate, followed: c.sub.topics.length }));
  const rankMs = msSince(t);
  console.log(JSON.stringify({ poolMs: Math.round(poolMs), rankNoVotesMs: Math.round(rankNoVotesMs), rankMs: Math.round(rankMs), load: loadavg()[0] }));
  process.exit(0);
}
const load = loadavg().map((x) => round(x, 2));
const topicOnly = pass('topic-only');
const cold = pass('recommend');
let session: import('node:inspector/promises').Session | undefined;
if (process.env.PROFILE_WARM) {
  const { Session } = await import('node:inspector/promises');
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const warm = pass('recommend');
if (session) {
  const { profile } = await session.post('Profiler.stop');
  (await import('node:fs')).writeFileSync('/tmp/warm.cpuprofile', JSON.stringify(profile));
}
console.log(JSON.stringify({ papers: index.size, subscriptions: subsN, votesPerChat: votesN, meanVotes: round(chats.reduce((s, c) => s + c.votes.size, 0) / chats.length, 1), setupMs: Math.round(setupMs), topicOnly, cold, warm, cpus: cpus().length, loadBefore: load, loadAfter: loadavg().map((x) => round(x, 2)) }));
