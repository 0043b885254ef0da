/**
 * The packed vectors (`features.ts`: one arena, vectors as handles) and the rate model read from
 * them: the taste the ranking computes equals the model's definition evaluated naively over the
 * vectors as views (maps, no arena, no lift table), and compacting the arena changes no pick.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DigestIndex, type PaperItem } from '../../src/core/index.ts';
import { defaultRankOptions, defaultSubscription, featureSpace, rankCandidates, recommendDaily, type RankOptions } from '../../src/schedule/index.ts';
import { arena, compactArena, defaultFeatureOptions } from '../../src/schedule/recommend/features.ts';
import { paper } from '../support/paper.ts';

const words = Array.from({ length: 40 }, (_, k) => `w${String.fromCharCode(97 + (k % 26))}${String.fromCharCode(97 + Math.floor(k / 26))}x`);
const day = (d: string) => ({ date: d, file: `${d}.json`, format: 'hfday-json' as const });
const arbPaper = (id: string) =>
  fc.record({ text: fc.subarray(words, { minLength: 2, maxLength: 7 }), date: fc.constantFrom('2024-09-16', '2024-09-17', '2024-09-18') }).map(({ text, date }) => paper({ id, title: `${id} ${text[0]}`, summary: text.join(' '), topics: ['llm'], ...day(date) }));
const filler = Array.from({ length: 20 }, (_, k) => paper({ id: `f${k}`, title: `Robot ${k}`, summary: `A robot arm grasps object ${k}`, topics: ['robotics'], ...day('2024-09-10') }));
const noExplore: RankOptions = { ...defaultRankOptions, explorationShare: 0 };

/** The rate model by its definition (rank.ts module comment), over `FeatureSpace.vector` views. */
function referenceTaste(index: DigestIndex, candidates: readonly string[], votes: ReadonlyMap<string, number>, smoothing: number): Map<string, number> {
  const space = featureSpace(index);
  const count = new Map<number, number>();
  const likedCount = new Map<number, number>();
  let voted = 0;
  let liked = 0;
  for (const [id, net] of votes) {
    const v = net === 0 ? undefined : space.vector(id);
    if (!v) continue;
    voted++;
    if (net > 0) liked++;
    for (const t of v.ids) {
      count.set(t, (count.get(t) ?? 0) + 1);
      if (net > 0) likedCount.set(t, (likedCount.get(t) ?? 0) + 1);
    }
  }
  const out = new Map<string, number>();
  if (voted === 0) return new Map(candidates.map((c) => [c, 0]));
  const p0 = (liked + 0.5) / (voted + 1);
  let top = 0;
  for (const c of candidates) {
    const v = space.vector(c);
    let best = -Infinity;
    for (const t of v?.ids ?? []) {
      const k = count.get(t);
      if (k !== undefined) best = Math.max(best, ((likedCount.get(t) ?? 0) + smoothing * p0) / (k + smoothing));
    }
    const x = best === -Infinity ? 0 : best - p0;
    out.set(c, x);
    top = Math.max(top, Math.abs(x));
  }
  if (top > 0) for (const [c, x] of out) out.set(c, x / top);
  return out;
}

describe('vector arena', () => {
  it('PROPERTY: the ranking’s taste equals the rate model computed naively over the vectors', () => {
    let learnt = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 12, max: 40 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => arbPaper(`p${k}`)))),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(1, -1, 2, 0)), { maxLength: 12 }),
        (papers, voteList) => {
          const index = new DigestIndex();
          index.add([...papers, ...filler]);
          const votes = new Map(voteList.map(([k, v]) => [papers[k % papers.length]!.id, v]));
          const candidates: PaperItem[] = papers.filter((p) => !votes.has(p.id)).map((p) => ({ paper: p, why: ['llm'] }));
          const picks = rankCandidates(candidates, { size: candidates.length, votes, space: featureSpace(index), localDate: '2024-09-18', followed: 1 }, noExplore);
          const expected = referenceTaste(index, candidates.map((c) => c.paper.id), votes, noExplore.smoothing);
          expect(picks).toHaveLength(candidates.length);
          for (const p of picks) expect(p.parts.taste).toBeCloseTo(expected.get(p.paper.id)!, 12);
          if (picks.some((p) => p.parts.taste !== 0)) learnt++;
        },
      ),
      { numRuns: 80, seed: 17 },
    );
    expect(learnt).toBeGreaterThan(40); // most runs had votes that taught the model something
  });

  it('GIVEN vectors recomputed (other feature options) THEN compacting the arena moves the live ones, and the picks stay the same', () => {
    const index = new DigestIndex();
    const ps = Array.from({ length: 30 }, (_, k) => paper({ id: `a${k}`, title: `a${k} ${words[k % 40]}`, summary: `${words[k % 13]} ${words[(k * 7) % 40]} ${words[(k * 3) % 40]} ${words[(k + 5) % 17]}`, topics: ['llm'], ...day(k % 2 ? '2024-09-17' : '2024-09-18') }));
    index.add([...ps, ...filler]);
    const sub = { ...defaultSubscription({ platform: 'console', chatId: 'arena' }, { timeZone: 'UTC', time: '09:00', size: 4 }, 0), topics: ['llm'] };
    const votes = new Map(ps.slice(0, 8).map((p, k) => [p.id, k % 3 ? 1 : -1]));
    const run = () => recommendDaily(sub, index, new Set(), '2024-09-18', votes, { rank: noExplore }).papers.map((p) => [p.paper.id, p.score]);
    const before = run();
    // Vectors under other options replace the cached ones, then the defaults replace those: garbage.
    for (const id of ps.map((p) => p.id)) featureSpace(index, { ...defaultFeatureOptions, maxTerms: 3 }).vector(id);
    for (const id of ps.map((p) => p.id)) featureSpace(index).vector(id);
    const epoch = arena.epoch;
    const used = arena.used;
    compactArena(0);
    expect(arena.epoch).toBe(epoch + 1);
    expect(arena.used).toBeLessThan(used);
    expect(run()).toEqual(before);
    expect(featureSpace(index).vector('a3')).toEqual(featureSpace(index, { ...defaultFeatureOptions }).vector('a3'));
  });
});
