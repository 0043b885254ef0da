import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { selectDaily } from '../../src/schedule/select.ts';
import { paper, subscription, TinyIndex } from '../fixtures/schedule/helpers.ts';
import { starterIndex } from '../support/app.ts';
import { DigestIndex } from '../../src/core/search-index.ts';

const now = Date.UTC(2026, 10, 23, 8);
const ids = (r: ReturnType<typeof selectDaily>) => r.papers.map((p) => p.paper.id);

// Fixture: two topics with papers of different freshness; d3 and v3 share both topics.
const corpus = [
  paper('d1', ['diffusion'], '2026-11-20'),
  paper('d2', ['diffusion'], '2026-11-22'), // freshest diffusion-only paper
  paper('d3', ['diffusion', 'video'], '2026-10-01'), // old, but matches both subscribed topics
  paper('d4', ['diffusion'], '2026-11-21'),
  paper('v1', ['video'], '2026-11-22'),
  paper('v2', ['video'], '2026-11-19'),
  paper('l1', ['llm'], '2026-11-23', 'transformer transformer'),
  paper('l2', ['llm'], '2026-11-01', 'transformer'),
  paper('u1', ['robotics'], null),
];

describe('selectDaily', () => {
  it('GIVEN one topic THEN the freshest papers of that topic, freshest first, with the topic as why', () => {
    const index = new TinyIndex(corpus);
    const sub = subscription('1', ['diffusion'], now);
    const r = selectDaily(sub, index, new Set(), '2026-11-23');
    // d3 is oldest but still a diffusion paper; size 3 -> the three freshest: d2, d4, d1
    expect(ids(r)).toEqual(['d2', 'd4', 'd1']);
    expect(r.papers[0]!.why).toEqual(['diffusion']);
  });

  it('GIVEN two topics THEN the strongest match (both topics) first, then the topics take turns, the leader rotating by date', () => {
    const index = new TinyIndex(corpus);
    const sub = subscription('1', ['diffusion', 'video'], now, { size: 4 });
    const on23 = selectDaily(sub, index, new Set(), '2026-11-23').papers;
    // 23rd: video leads. Its best is d3 (matches both topics, beats fresher video-only v1); then
    // diffusion's freshest d2, video's v1, diffusion's d4.
    expect(on23.map((p) => `${p.paper.id}:${p.why.join('+')}`)).toEqual(['d3:diffusion+video', 'd2:diffusion', 'v1:video', 'd4:diffusion']);
    // 24th: diffusion leads (d3 again first: strongest), then video v1, diffusion d2, video v2.
    expect(ids(selectDaily(sub, index, new Set(), '2026-11-24'))).toEqual(['d3', 'v1', 'd2', 'v2']);
  });

  it('GIVEN a history THEN delivered papers never come back, and when all are delivered THEN empty', () => {
    const index = new TinyIndex(corpus);
    const sub = subscription('1', ['diffusion'], now);
    const first = selectDaily(sub, index, new Set(), '2026-11-23');
    const second = selectDaily(sub, index, new Set(ids(first)), '2026-11-24');
    expect(ids(second)).toEqual(['d3']);
    const third = selectDaily(sub, index, new Set([...ids(first), ...ids(second)]), '2026-11-25');
    expect(third.papers).toEqual([]);
  });

  it('GIVEN keywords THEN matching papers by relevance with the keyword as why, and topics and keywords take turns', () => {
    const index = new TinyIndex(corpus);
    const kwOnly = selectDaily(subscription('1', [], now, { keywords: ['transformer'] }), index, new Set(), '2026-11-23');
    expect(ids(kwOnly)).toEqual(['l1', 'l2']);
    expect(kwOnly.papers[0]!.why).toEqual(['transformer']);
    const mixed = selectDaily(subscription('1', ['video'], now, { keywords: ['transformer'], size: 2 }), index, new Set(), '2026-11-23');
    expect(ids(mixed).sort()).toEqual(['l1', 'v1']);
  });

  it('GIVEN a two-word keyword over the starter corpus THEN only papers that match both words (or a topic it names)', () => {
    const index = starterIndex();
    const sub = subscription('1', [], now, { keywords: ['world model'], size: 10 });
    const picks = selectDaily(sub, index, new Set(), '2026-11-23').papers;
    expect(picks.length).toBeGreaterThan(0);
    // OR semantics would also pick every paper that merely says "model" (dozens of them).
    expect(index.search('world model', { limit: 100 }).total).toBeGreaterThan(picks.length + 10);
    for (const { paper } of picks) {
      const text = [paper.name, paper.title, paper.summary, paper.abstract].join(' ').toLowerCase();
      expect(text, paper.id).toContain('world');
    }
    const rl = selectDaily(subscription('2', [], now, { keywords: ['强化学习'], size: 10 }), index, new Set(), '2026-11-23').papers;
    expect(rl.length).toBeGreaterThan(0);
    // Each pick is an RL paper (tagged) or names the RL concept itself in its own language.
    for (const { paper } of rl) {
      const why = index.search('强化学习', { limit: 200 }).hits.find((h) => h.paper.id === paper.id)!.why;
      expect(paper.topics.includes('reinforcement-learning') || why.includes('concept:reinforcement-learning'), paper.id).toBe(true);
    }
  });

  it('GIVEN a Russian keyword THEN papers in other languages that name its lexicon concept are picked, not those that only name a broader one', () => {
    const index = starterIndex();
    const picks = selectDaily(subscription('3', [], now, { keywords: ['дообучение'], size: 10 }), index, new Set(), '2026-11-23').papers;
    expect(picks.some(({ paper }) => paper.lang === 'zh')).toBe(true);
    for (const { paper } of picks) {
      const why = index.search('дообучение', { limit: 200 }).hits.find((h) => h.paper.id === paper.id)!.why;
      expect(why.some((w) => w === 'concept:fine-tuning' || w.startsWith('дообуч')), paper.id).toBe(true);
    }
  });

  it('GIVEN unknown topics or nothing followed THEN empty', () => {
    const index = new TinyIndex(corpus);
    expect(selectDaily(subscription('1', ['nope'], now), index, new Set(), '2026-11-23').papers).toEqual([]);
    expect(selectDaily(subscription('1', [], now), index, new Set(), '2026-11-23').papers).toEqual([]);
  });

  it('GIVEN the same inputs twice THEN the same picks (deterministic); the index growing is picked up', () => {
    const index = new TinyIndex([...corpus]);
    const sub = subscription('1', ['diffusion', 'video', 'llm'], now, { size: 5 });
    expect(ids(selectDaily(sub, index, new Set(), '2026-11-23'))).toEqual(ids(selectDaily(sub, index, new Set(), '2026-11-23')));
    const grown = new TinyIndex([...corpus, paper('d9', ['diffusion'], '2026-11-23')]);
    expect(ids(selectDaily(subscription('1', ['diffusion'], now), grown, new Set(), '2026-11-23'))[0]).toBe('d9');
  });

  it('PROPERTY: never a delivered paper, never a duplicate, at most size, only matching papers, and as many as available', () => {
    const topics = ['a', 'b', 'c', 'd'];
    const arbPaper = fc.record({
      topics: fc.subarray(topics, { minLength: 1 }),
      day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(arbPaper, { minLength: 0, maxLength: 40 }),
        fc.subarray(topics, { minLength: 1 }),
        fc.integer({ min: 1, max: 10 }),
        fc.array(fc.nat(40)),
        (specs, subTopics, size, deliveredIdx) => {
          const papers = specs.map((s, i) => paper(`p${i}`, s.topics, s.day ? `2026-11-${String(s.day).padStart(2, '0')}` : null));
          const delivered = new Set(deliveredIdx.map((i) => `p${i}`));
          const sub = subscription('1', subTopics, now, { size });
          const picks = selectDaily(sub, new TinyIndex(papers), delivered, '2026-11-23').papers;
          const pickedIds = picks.map((p) => p.paper.id);
          expect(new Set(pickedIds).size).toBe(pickedIds.length);
          expect(pickedIds.length).toBeLessThanOrEqual(size);
          for (const p of picks) {
            expect(delivered.has(p.paper.id)).toBe(false);
            expect(p.paper.topics.some((t) => subTopics.includes(t))).toBe(true);
            expect(p.why.length).toBeGreaterThan(0);
          }
          const available = papers.filter((p) => !delivered.has(p.id) && p.topics.some((t) => subTopics.includes(t))).length;
          expect(pickedIds.length).toBe(Math.min(size, available));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('PROPERTY: with one topic, picks are the freshest available (diversity aside, freshness orders a single topic)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 28 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 10 }), (days, size) => {
        const papers = days.map((d, i) => paper(`p${String(i).padStart(2, '0')}`, ['a'], `2026-11-${String(d).padStart(2, '0')}`));
        const picks = selectDaily(subscription('1', ['a'], now, { size }), new TinyIndex(papers), new Set(), '2026-11-23').papers;
        const expected = [...papers].sort((x, y) => (x.sources[0]!.date! < y.sources[0]!.date! ? 1 : x.sources[0]!.date! > y.sources[0]!.date! ? -1 : x.id < y.id ? -1 : 1)).slice(0, size);
        expect(picks.map((p) => p.paper.id)).toEqual(expected.map((p) => p.id));
      }),
    );
  });

  it('GIVEN a DigestIndex updated in place without changing its size THEN selection sees the new papers', () => {
    // The live corpus replaces a changed file's papers in the same index object: same size, other papers.
    const index = new DigestIndex();
    index.add(corpus);
    const sub = subscription('1', ['video'], now, { size: 1 });
    expect(ids(selectDaily(sub, index, new Set(), '2026-11-23'))).toEqual(['v1']);
    index.remove(['u1']);
    index.add([paper('v9', ['video'], '2026-11-23')]);
    expect(index.size).toBe(corpus.length);
    expect(ids(selectDaily(sub, index, new Set(), '2026-11-23'))).toEqual(['v9']);
  });
});
