import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DigestIndex, type PaperItem } from '../../src/core/index.ts';
import { defaultRankOptions, explorationSlots, featureSpace, rankCandidates, recommendDaily, defaultSubscription, type RankOptions } from '../../src/schedule/index.ts';
import { termId } from '../../src/schedule/recommend/features.ts';
import { paper } from '../support/paper.ts';

const day = (d: string) => ({ date: d, file: `${d}.json`, format: 'hfday-json' as const });
const item = (p: ReturnType<typeof paper>, why = ['llm']): PaperItem => ({ paper: p, why });
const noExplore: RankOptions = { ...defaultRankOptions, explorationShare: 0 };

// A small corpus with two themes inside `llm`: code papers and speech papers. Each text names its
// theme's words, so a chat that liked code papers should get code papers first.
const code = (id: string, date: string, extra = '') => paper({ id, title: `${id} program synthesis`, summary: `We generate code and programs with a language model ${extra}`, topics: ['llm'], ...day(date) });
const speech = (id: string, date: string) => paper({ id, title: `${id} spoken audio`, summary: 'We recognise speech and audio with a language model', topics: ['llm'], ...day(date) });
const corpus = [code('c1', '2024-09-16'), code('c2', '2024-09-17'), code('c3', '2024-09-18'), code('c4', '2024-09-18'), speech('s1', '2024-09-16'), speech('s2', '2024-09-17'), speech('s3', '2024-09-18'), speech('s4', '2024-09-18')];
// Papers on other topics: a theme's words must be in at most 30% of the corpus to count as features
// (defaultFeatureOptions.maxShare), as they are in any real corpus.
const filler = Array.from({ length: 12 }, (_, k) => paper({ id: `f${k}`, title: `Robot ${k}`, summary: `A robot arm grasps object ${k}`, topics: ['robotics'], ...day('2024-09-10') }));
const index = () => {
  const i = new DigestIndex();
  i.add([...corpus, ...filler]);
  return i;
};
const sub = (size = 2) => ({ ...defaultSubscription({ platform: 'console', chatId: 't' }, { timeZone: 'UTC', time: '09:00', size }, 0), topics: ['llm'] });

describe('rankCandidates', () => {
  it('GIVEN no votes THEN fresher and more popular papers first (freshness, then upvotes), no exploration', () => {
    const a = paper({ id: 'a', topics: ['llm'], ...day('2024-09-18') });
    const b = paper({ id: 'b', topics: ['llm'], upvotes: 120, ...day('2024-09-18') });
    const old = paper({ id: 'old', topics: ['llm'], upvotes: 500, ...day('2024-09-01') });
    const picks = rankCandidates([item(a), item(b), item(old)], { size: 3, votes: new Map(), localDate: '2024-09-19', followed: 1 });
    // b and a are equally fresh, b has upvotes; old has the most upvotes but is 17 days older.
    expect(picks.map((p) => p.paper.id)).toEqual(['b', 'a', 'old']);
    expect(picks.every((p) => !p.explore)).toBe(true);
  });

  it('GIVEN a paper carried by several digests THEN it ranks above an equal one carried by one', () => {
    const one = paper({ id: 'one', topics: ['llm'], ...day('2024-09-18') });
    const two = paper({ id: 'two', topics: ['llm'], sources: [{ ...day('2024-09-18'), index: 0 }, { file: '2024-09-18-hf-daily.json', format: 'hf-daily', date: '2024-09-18', index: 3 }] });
    expect(rankCandidates([item(one), item(two)], { size: 1, votes: new Map(), localDate: '2024-09-18', followed: 1 })[0]!.paper.id).toBe('two');
  });

  it('GIVEN likes on code papers and dislikes on speech papers THEN the code papers come first', () => {
    const i = index();
    const votes = new Map([['c1', 1], ['s1', -1], ['c2', 1], ['s2', -1]]);
    const { papers } = recommendDaily(sub(2), i, new Set(), '2024-09-18', votes, { rank: noExplore });
    expect(papers.map((p) => p.paper.id).sort()).toEqual(['c3', 'c4']);
  });

  it('GIVEN the opposite votes THEN the speech papers come first (the model follows the votes, not the data)', () => {
    const votes = new Map([['c1', -1], ['s1', 1], ['c2', -1], ['s2', 1]]);
    const { papers } = recommendDaily(sub(2), index(), new Set(), '2024-09-18', votes, { rank: noExplore });
    expect(papers.map((p) => p.paper.id).sort()).toEqual(['s3', 's4']);
  });

  it('GIVEN votes and an exploration slot that day THEN one pick is the best paper outside the taste', () => {
    const votes = new Map([['c1', 1], ['s1', -1], ['c2', 1], ['s2', -1]]);
    const rank: RankOptions = { ...defaultRankOptions, explorationShare: 0.5 };
    const date = ['2024-09-18', '2024-09-19', '2024-09-20'].find((d) => explorationSlots(d, 2, 0.5) === 1)!;
    const { papers } = recommendDaily(sub(2), index(), new Set(), date, votes, { rank });
    expect(papers.map((p) => [p.paper.id.slice(0, 1), p.explore])).toEqual([['c', false], ['s', true]]);
  });

  it('GIVEN voted or delivered papers THEN they are never picked', () => {
    const votes = new Map([['c1', 1], ['c2', 1], ['s1', -1]]);
    const { papers } = recommendDaily(sub(10), index(), new Set(['c3']), '2024-09-18', votes);
    const ids = papers.map((p) => p.paper.id);
    expect(ids.sort()).toEqual(['c4', 's2', 's3', 's4']);
  });

  it('PROPERTY: never a delivered or voted paper, never a duplicate, at most size, deterministic', () => {
    const i = index();
    const allIds = corpus.map((p) => p.id);
    fc.assert(
      fc.property(fc.subarray(allIds), fc.array(fc.tuple(fc.constantFrom(...allIds), fc.constantFrom(1, -1)), { maxLength: 6 }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 30 }), (delivered, voteList, size, d) => {
        const votes = new Map(voteList);
        const date = `2024-09-${String(1 + d % 28).padStart(2, '0')}`;
        const run = () => recommendDaily(sub(size), i, new Set(delivered), date, votes).papers.map((p) => p.paper.id);
        const ids = run();
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBeLessThanOrEqual(size);
        expect(ids.length).toBe(Math.min(size, allIds.filter((x) => !delivered.includes(x) && !votes.has(x)).length));
        for (const id of ids) expect(delivered.includes(id) || votes.has(id)).toBe(false);
        expect(run()).toEqual(ids);
      }),
      { numRuns: 60 },
    );
  });
  it('PROPERTY: freshness (read from a per-age table) is exactly exp(-ln 2 / halfLifeDays × age), for ages in and past the table', () => {
    const dayMs = 86_400_000;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 8 }), fc.constantFrom(0.5, 1, 2, 3.7, 30), (ages, halfLifeDays) => {
        const newest = Date.UTC(2026, 0, 1);
        const date = (age: number) => new Date(newest - age * dayMs).toISOString().slice(0, 10);
        const items = ages.map((a, k) => item(paper({ id: `a${k}`, topics: ['llm'], ...day(date(a)) })));
        const picks = rankCandidates(items, { size: items.length, votes: new Map(), localDate: '2026-01-02', followed: 1 }, { ...noExplore, halfLifeDays });
        const youngest = Math.min(...ages);
        for (const p of picks) expect(p.parts.fresh).toBe(Math.exp((-Math.LN2 / halfLifeDays) * (ages[Number(p.paper.id.slice(1))]! - youngest)));
      }),
      { numRuns: 150, seed: 17 },
    );
  });
});

describe('explorationSlots', () => {
  it('GIVEN a share THEN the slots over many days average share × size, and never fill a digest', () => {
    let total = 0;
    for (let d = 0; d < 100; d++) {
      const date = new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
      const n = explorationSlots(date, 3, 0.1);
      expect(n).toBeLessThan(3);
      total += n;
    }
    expect(total).toBe(30);
    expect(explorationSlots('2024-01-01', 1, 0.9)).toBe(0);
  });
});

describe('featureSpace / DigestIndex.terms', () => {
  it('GIVEN trilingual papers THEN vectors hold shared Latin and Cyrillic words and concept tokens, no Chinese bigrams, nothing only one paper has', () => {
    const tri = (id: string, extra: string) =>
      paper({ id, title: `Speech recognition ${extra}`, summary: `Распознавание речи ${extra}`, lang: 'ru', texts: { en: { title: `Speech recognition ${extra}` }, ru: { summary: `Распознавание речи ${extra}` }, zh: { summary: '语音识别模型' } }, topics: ['speech'] });
    const i = new DigestIndex();
    i.add([tri('x', 'alpha'), tri('y', 'beta'), tri('z', 'gamma'), ...filler]);
    const terms = i.terms('x')!;
    expect(terms.words.some((w) => /[\u3400-\u9fff]/.test(w))).toBe(true); // the index has them
    expect(terms.expansion).toContain('topic:speech');
    expect(i.documentFrequency('topic:speech')).toBe(3);
    expect(i.documentFrequency('nosuchterm')).toBe(0);
    expect(i.terms('nope')).toBeUndefined();
    const v = featureSpace(i).vector('x')!;
    const ids = new Set(v.ids);
    expect(ids.has(termId('topic:speech'))).toBe(true);
    expect(terms.words.filter((w) => /^[a-z]/.test(w) && ids.has(termId(w))).length).toBeGreaterThan(0);
    expect(terms.words.filter((w) => /^[а-я]/.test(w) && ids.has(termId(w))).length).toBeGreaterThan(0);
    expect(terms.words.filter((w) => /[\u3400-\u9fff]/.test(w) && ids.has(termId(w)))).toEqual([]);
    expect(ids.has(termId('alpha'))).toBe(false); // only x has it
    expect(Math.hypot(...v.weights)).toBeCloseTo(1, 5);
  });

  it('GIVEN the index changes THEN a new space is made (vectors follow the corpus)', () => {
    const i = index();
    const before = featureSpace(i);
    expect(featureSpace(i)).toBe(before);
    i.add([code('c9', '2024-09-19')]);
    expect(featureSpace(i)).not.toBe(before);
    expect(featureSpace(i).vector('c9')).toBeDefined();
  });
});

describe('shared candidate pools', () => {
  it('GIVEN two chats with the same topics and different histories THEN one shared list, each chat gets its own unseen candidates, never a seen one', async () => {
    const { sharedCandidates, chatCandidates, sharedListStats } = await import('../../src/schedule/recommend/pool.ts');
    const i = index();
    const table = sharedCandidates(sub(3), i, '2024-09-18', 1);
    expect(sharedCandidates(sub(3), i, '2024-09-18', 1)).toBe(table);
    const out = new Int32Array(60);
    const a = chatCandidates(sub(3), i, new Set(['c3', 'c4']), new Map([['s4', 1]]), '2024-09-18', 60, undefined, out);
    const ids = Array.from(out.subarray(0, a.count), (k) => a.table.ids[k]!);
    expect(ids.sort()).toEqual(['c1', 'c2', 's1', 's2', 's3']);
    // Another day: the same list when the same topic leads the rotation (one topic: every day), another
    // list when another one leads (two topics: 09-18 and 09-21 lead with one, 09-19 and 09-20 with the other).
    expect(sharedCandidates(sub(3), i, '2024-09-19', 1)).toBe(table);
    const two = { ...sub(3), topics: ['llm', 'robotics'] };
    const first = sharedCandidates(two, i, '2024-09-18', 1);
    const other = sharedCandidates(two, i, '2024-09-19', 1);
    expect(other).not.toBe(first);
    expect(other.ids).not.toEqual(first.ids);
    expect(sharedCandidates(two, i, '2024-09-21', 1)).toBe(first);
    expect(sharedListStats(i)).toMatchObject({ lists: 5, carried: { otherDate: 2 } });
    // A fourth date: the oldest date's lists are dropped (09-18: two of them); 09-20 takes 09-19's list.
    expect(sharedCandidates(two, i, '2024-09-20', 1)).toBe(other);
    expect(sharedListStats(i)).toMatchObject({ lists: 4, carried: { otherDate: 3 } });
  });

  it('GIVEN lists made on one date THEN the lists of another date (same index, or papers added since) are what the selection returns that day, taken from a date with the same rotation or replayed in the new one', async () => {
    const { sharedCandidates, sharedListStats } = await import('../../src/schedule/recommend/pool.ts');
    const { selectDaily } = await import('../../src/schedule/index.ts');
    const topicsPool = ['llm', 'code', 'speech', 'robotics', 'video'];
    const dates = ['2024-09-10', '2024-09-11', '2024-09-12', '2024-09-13', '2024-09-14'];
    const chat = (topics: string[], keywords: string[]) => ({ ...defaultSubscription({ platform: 'console', chatId: 'p' }, { timeZone: 'UTC', time: '09:00', size: 3 }, 0), topics, keywords });
    let otherDate = 0;
    let rotated = 0;
    let kept = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 30, max: 150 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => fc.record({ topics: fc.subarray(topicsPool, { minLength: 1, maxLength: 3 }), date: fc.constantFrom(...dates) }).map(({ topics, date }) => paper({ id: `p${k}`, title: `${topics.join(' ')} paper ${k}`, topics, ...day(date) }))))),
        fc.array(fc.record({ topics: fc.array(fc.constantFrom(...topicsPool, 'nosuchtopic'), { minLength: 1, maxLength: 3 }), keywords: fc.constantFrom<string[]>([], [], [], ['speech'], [' robotics ', 'video']), depth: fc.integer({ min: 1, max: 90 }) }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom('2024-09-15', '2024-09-16', '2024-09-17', '2024-09-18', '2024-09-19'), { minLength: 2, maxLength: 5 }),
        fc.boolean(),
        (initial, subs, days, add) => {
          const i = new DigestIndex();
          i.add(initial);
          days.forEach((date, d) => {
            if (add && d === days.length - 1) i.add([paper({ id: `new${d}`, topics: ['llm', 'code'], ...day('2024-09-14') })]);
            for (const s of subs) {
              const sub = chat(s.topics, s.keywords);
              const table = sharedCandidates(sub, i, date, s.depth);
              const expected = selectDaily({ ...sub, size: table.want }, i, new Set(), date).papers;
              expect(table.ids).toEqual(expected.map((x) => x.paper.id));
              expect(table.why).toEqual(expected.map((x) => x.why));
              expect(table.complete).toBe(expected.length < table.want);
            }
          });
          otherDate += sharedListStats(i).carried.otherDate;
          rotated += sharedListStats(i).carried.rotated;
          kept += sharedListStats(i).carried.kept;
        },
      ),
      { numRuns: 60, seed: 7 },
    );
    // Lists were taken from other dates (the same, or replayed in another rotation), in the same
    // generation and over an index change.
    expect(otherDate).toBeGreaterThan(20);
    expect(rotated).toBeGreaterThan(10);
    expect(kept).toBeGreaterThan(3);
  });
});

describe('shared lists over an index change', () => {
  const topicsPool = ['llm', 'code', 'speech', 'robotics', 'video'];
  const dates = ['2024-09-10', '2024-09-11', '2024-09-12', '2024-09-13', '2024-09-14'];
  const arbPaper = (id: string) => fc.record({ topics: fc.subarray(topicsPool, { minLength: 1, maxLength: 3 }), date: fc.constantFrom(...dates) }).map(({ topics, date }) => paper({ id, topics, ...day(date) }));
  const arbSub = fc.record({ topics: fc.array(fc.constantFrom(...topicsPool, 'nosuchtopic'), { minLength: 1, maxLength: 3 }), depth: fc.integer({ min: 1, max: 90 }) });
  const chat = (topics: string[]) => ({ ...defaultSubscription({ platform: 'console', chatId: 'p' }, { timeZone: 'UTC', time: '09:00', size: 3 }, 0), topics });

  it('GIVEN lists made, THEN papers added (some replaced) THEN every list is what the selection now returns, and most are carried over rather than made again', async () => {
    const { sharedCandidates, sharedListStats } = await import('../../src/schedule/recommend/pool.ts');
    const { selectDaily } = await import('../../src/schedule/index.ts');
    let kept = 0;
    let merged = 0;
    let incomplete = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 40, max: 220 }).chain((n) => fc.tuple(fc.tuple(...Array.from({ length: n }, (_, k) => arbPaper(`p${k}`))), fc.array(fc.nat(), { minLength: 1, maxLength: 12 }))),
        fc.array(arbPaper('new'), { minLength: 1, maxLength: 12 }),
        fc.array(arbSub, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('2024-09-15', '2024-09-16', '2024-09-17'),
        fc.boolean(),
        ([initial], added, subs, date, replace) => {
          const i = new DigestIndex();
          i.add(initial);
          for (const s of subs) sharedCandidates(chat(s.topics), i, date, s.depth);
          const fresh = added.map((p, k) => ({ ...p, id: `n${k}` }));
          // Sometimes a paper is replaced too (its topics change): lists on its topics are made again.
          i.add(replace ? [...fresh, { ...initial[0]!, topics: ['video'] }] : fresh);
          for (const s of subs) {
            const table = sharedCandidates(chat(s.topics), i, date, s.depth);
            const expected = selectDaily({ ...chat(s.topics), size: table.want }, i, new Set(), date).papers;
            expect(table.ids).toEqual(expected.map((x) => x.paper.id));
            expect(table.why).toEqual(expected.map((x) => x.why));
            expect(table.complete).toBe(expected.length < table.want);
          }
          const stats = sharedListStats(i).carried;
          kept += stats.kept;
          merged += stats.merged;
          incomplete += subs.filter((x) => !sharedCandidates(chat(x.topics), i, date, x.depth).complete).length;
        },
      ),
      { numRuns: 60, seed: 17 },
    );
    // The runs exercise every path: lists kept as they were, merged, and deep lists that were not complete.
    expect(kept).toBeGreaterThan(8);
    expect(merged).toBeGreaterThan(40);
    expect(incomplete).toBeGreaterThan(40);
  });

  it('GIVEN more entries than the cap THEN the least recently used lists are dropped one by one, not all', async () => {
    const { sharedCandidates, sharedListStats, setSharedListCap } = await import('../../src/schedule/recommend/pool.ts');
    const i = new DigestIndex();
    i.add(Array.from({ length: 30 }, (_, k) => paper({ id: `q${k}`, topics: [topicsPool[k % 5]!, topicsPool[(k + 1) % 5]!], ...day(dates[k % 5]!) })));
    const before = setSharedListCap(50);
    try {
      const a = sharedCandidates(chat(['llm']), i, '2024-09-15', 1); // 12 entries
      const b = sharedCandidates(chat(['code']), i, '2024-09-15', 1);
      const c = sharedCandidates(chat(['speech']), i, '2024-09-15', 1);
      expect(sharedListStats(i)).toMatchObject({ lists: 3, entries: 36 });
      expect(sharedCandidates(chat(['llm']), i, '2024-09-15', 1)).toBe(a); // a is now the most recently used
      sharedCandidates(chat(['video']), i, '2024-09-15', 1); // 48 entries
      sharedCandidates(chat(['robotics']), i, '2024-09-15', 1); // 60 > 50: the least recently used (b) goes
      expect(sharedListStats(i)).toMatchObject({ lists: 4, entries: 48 });
      expect(sharedCandidates(chat(['llm']), i, '2024-09-15', 1)).toBe(a);
      expect(sharedCandidates(chat(['speech']), i, '2024-09-15', 1)).toBe(c);
      expect(sharedCandidates(chat(['code']), i, '2024-09-15', 1)).not.toBe(b);
    } finally {
      setSharedListCap(before);
    }
  });
});
