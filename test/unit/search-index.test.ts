import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { tagPapers } from '../../src/core/corpus.ts';
import type { Paper } from '../../src/core/model.ts';
import { defaultIndexOptions, DigestIndex, nameKey } from '../../src/core/search-index.ts';
import { fixturePapers } from '../fixtures/ranking/papers.ts';
import { starterCorpus } from '../relevance/corpus.ts';
import { labelledQueries } from '../relevance/queries.ts';
import { MiniSearchIndex } from '../support/minisearch-index.ts';

const papers = tagPapers(fixturePapers);
const byId = (id: string) => papers.find((p) => p.id === id)!;
/** Label of each hit, for readable assertions: name, else id. */
const names = (index: DigestIndex, query: string, options = {}) => index.search(query, options).hits.map((h) => h.paper.name ?? h.paper.id);

let index: DigestIndex;
beforeEach(() => {
  index = new DigestIndex();
  index.add(papers);
});

describe('DigestIndex constructor', () => {
  test('GIVEN no options THEN the documented defaults', () => {
    expect(new DigestIndex().options).toEqual(defaultIndexOptions);
  });

  test('GIVEN partial nested options THEN they are merged over the defaults', () => {
    const options = new DigestIndex({ boosts: { name: 2 }, bm25: { k: 2 } }).options;
    expect(options.boosts).toEqual({ ...defaultIndexOptions.boosts, name: 2 });
    expect(options.bm25).toEqual({ ...defaultIndexOptions.bm25, k: 2 });
  });

  test('GIVEN an invalid number THEN it throws a DigestIndex-prefixed message', () => {
    expect(() => new DigestIndex({ boosts: { title: -1 } })).toThrow('DigestIndex: option boosts.title must be a finite number >= 0, got -1');
    expect(() => new DigestIndex({ cyrillicPrefixMinLength: 0 })).toThrow('DigestIndex: option cyrillicPrefixMinLength must be a positive integer or false, got 0');
  });
});

describe('DigestIndex.search', () => {
  test('GIVEN exact names THEN their paper ranks first', () => {
    for (const name of ['MoRA', 'Octo', 'FIFO-Diffusion', 'OpenRLHF', 'LLaMA-Factory', 'D-FINE', 'BitNet a4.8', 'SageAttention', 'Loong']) {
      expect(names(index, name)[0], name).toBe(name);
    }
  });

  test('GIVEN a name spelled with spaces or case changes THEN it is still the exact name', () => {
    expect(names(index, 'fifo diffusion')[0]).toBe('FIFO-Diffusion');
    expect(names(index, 'mora')[0]).toBe('MoRA');
    expect(index.search('MoRA').hits[0]!.why[0]).toBe('name');
  });

  test('GIVEN an English title THEN its paper ranks first', () => {
    expect(index.search('Consistency Models').hits[0]!.paper.id).toBe('h:consistency');
  });

  test('GIVEN English "diffusion" THEN the Russian and Chinese diffusion papers are found too', () => {
    // FIFO-Diffusion matches the word itself (name part); TSM, VLOGGER and the Chinese note only via
    // the topic (диффузии, 扩散模型).
    expect(new Set(names(index, 'diffusion'))).toEqual(new Set(['FIFO-Diffusion', 'TSM', 'VLOGGER', 'h:consistency']));
    expect(names(index, 'diffusion')[0]).toBe('FIFO-Diffusion');
  });

  test('GIVEN a Russian inflection THEN papers with other inflections match', () => {
    // диффузионная -> диффуз, like «диффузии» in the abstracts.
    const hits = index.search('диффузионная модель').hits;
    expect(hits.slice(0, 3).map((h) => h.paper.name).sort()).toEqual(['FIFO-Diffusion', 'TSM', 'VLOGGER']);
    expect(hits[0]!.why).toContain('диффуз');
  });

  test('GIVEN "видео" and "视频生成" THEN every video paper, whatever its language', () => {
    const video = ['FIFO-Diffusion', 'VLOGGER', 'Loong', 'h:consistency'];
    expect(new Set(names(index, 'видео'))).toEqual(new Set(video));
    expect(new Set(names(index, '视频生成'))).toEqual(new Set(video));
  });

  test('GIVEN Russian/Chinese queries for English-titled papers THEN they are found, first', () => {
    // The third hit, D-FINE, is reached only through quantization's broader concept (efficiency), at a
    // fraction of the weight.
    expect(names(index, 'квантизация').slice(0, 2)).toEqual(['SageAttention', 'BitNet a4.8']);
    expect(names(index, '量化').slice(0, 2)).toEqual(['BitNet a4.8', 'SageAttention']);
  });

  test('GIVEN a hit THEN why lists matched terms, then the lexicon concepts and topics the query expanded to', () => {
    const hit = index.search('diffusion').hits.find((h) => h.paper.name === 'TSM')!;
    expect(hit.why).toEqual(['concept:diffusion-model', 'topic:diffusion']);
    expect(index.search('diffusion').hits[0]!.why).toEqual(['diffus', 'concept:diffusion-model', 'topic:diffusion']);
  });

  test('GIVEN topic and concept expansion off THEN only literal matches', () => {
    const plain = new DigestIndex({ topicExpansion: false, conceptExpansion: 0 });
    plain.add(papers);
    expect(plain.search('diffusion').hits.map((h) => h.paper.name)).toEqual(['FIFO-Diffusion']);
  });

  test('GIVEN topic expansion off THEN the lexicon still crosses languages: диффузия finds the Chinese note', () => {
    const lexiconOnly = new DigestIndex({ topicExpansion: false });
    lexiconOnly.add(papers);
    expect(new Set(names(lexiconOnly, 'диффузия'))).toEqual(new Set(['FIFO-Diffusion', 'TSM', 'VLOGGER', 'h:consistency']));
    expect(lexiconOnly.search('диффузия').hits.find((h) => h.paper.id === 'h:consistency')!.why).toEqual(['concept:diffusion-model']);
  });

  test('GIVEN limit and offset THEN pages of the same ranking, total before paging', () => {
    const all = index.search('видео', { limit: 100 });
    expect(all.total).toBe(4);
    const page2 = index.search('видео', { limit: 2, offset: 2 });
    expect(page2.total).toBe(4);
    expect(page2.hits.map((h) => h.paper.id)).toEqual(all.hits.slice(2, 4).map((h) => h.paper.id));
    expect(index.search('видео', { limit: 2, offset: 10 }).hits).toEqual([]);
  });

  test('GIVEN a topics filter THEN only papers with one of those topics, and total counts them', () => {
    const page = index.search('видео', { topics: ['diffusion'] });
    expect(page.hits.map((h) => h.paper.name ?? h.paper.id).sort()).toEqual(['FIFO-Diffusion', 'VLOGGER', 'h:consistency']);
    expect(page.total).toBe(3);
  });

  test('GIVEN a query nothing matches as typed THEN near matches, marked relaxed', () => {
    const fuzzy = index.search('difusion');
    expect(fuzzy.relaxed).toBe('fuzzy');
    expect(new Set(fuzzy.hits.map((h) => h.paper.name ?? h.paper.id))).toEqual(new Set(['FIFO-Diffusion', 'TSM', 'VLOGGER', 'h:consistency']));
    const prefix = index.search('квантиз');
    expect(prefix.relaxed).toBeUndefined(); // the Cyrillic stem reaches квантизации as typed
    const begun = index.search('quantizat');
    expect(begun.relaxed).toBe('prefix');
    expect(begun.hits.map((h) => h.paper.name).slice(0, 2).sort()).toEqual(['BitNet a4.8', 'SageAttention']);
    expect(index.search('diffusion').relaxed).toBeUndefined();
  });

  test('GIVEN fallback off, or nothing even loosely close THEN no hits and no relaxed mark', () => {
    const strict = new DigestIndex({ fallback: false });
    strict.add(papers);
    expect(strict.search('difusion')).toEqual({ hits: [], total: 0 });
    expect(index.search('qwxzvb')).toEqual({ hits: [], total: 0 });
  });

  test('GIVEN an empty, blank or punctuation-only query THEN no hits', () => {
    for (const q of ['', '   ', '?!', '图']) expect(index.search(q)).toEqual({ hits: [], total: 0 });
  });

  test('GIVEN any query THEN it never throws, hits are sorted and within the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: 0, max: 20 }), (q, limit) => {
        const page = index.search(q, { limit });
        expect(page.hits.length).toBeLessThanOrEqual(limit);
        expect(page.total).toBeGreaterThanOrEqual(page.hits.length);
        for (let i = 1; i < page.hits.length; i++) expect(page.hits[i - 1]!.score).toBeGreaterThanOrEqual(page.hits[i]!.score);
      }),
      { numRuns: 200 },
    );
  });
});

describe('DigestIndex.search parity with MiniSearch (the engine it replaced)', () => {
  // The posting lists keep MiniSearch's BM25+ exactly; only float rounding (impacts are float32) may
  // differ. Ties are compared as groups: equal scores may come in another order.
  const starter = starterCorpus().papers;
  // Concept expansion searches tokens MiniSearch's query tree cannot weigh the same way (a concept and
  // its parents as one source); the documents, BM25+ and topic expansion are compared without it.
  const ours = new DigestIndex({ conceptExpansion: 0 });
  ours.add(starter);
  const reference = new MiniSearchIndex();
  reference.add(starter);
  const notNumber = (term: string) => !/^\d+$/.test(term);
  const expectSame = (query: string) => {
    const want = reference.search(query, 1000);
    const got = ours.search(query, { limit: 1000 });
    expect(got.total, query).toBe(want.total);
    const wantById = new Map(want.hits.map((h) => [h.id, h]));
    expect(new Set(got.hits.map((h) => h.paper.id)), query).toEqual(new Set(wantById.keys()));
    got.hits.forEach((h, i) => {
      const same = wantById.get(h.paper.id)!;
      // Same reasons; same order except for number terms, which MiniSearch lists first (they are
      // integer-like keys of its `match` object) and we list in query order.
      expect(new Set(h.why), `${query}: why of ${h.paper.id}`).toEqual(new Set(same.why));
      expect(h.why.filter(notNumber), `${query}: why of ${h.paper.id}`).toEqual(same.why.filter(notNumber));
      expect(Math.abs(h.score - same.score) / same.score, `${query}: score of ${h.paper.id}`).toBeLessThan(1e-5);
      // Rank order: the i-th score equals the reference's i-th score (equal scores may swap places).
      expect(Math.abs(h.score - want.hits[i]!.score) / want.hits[i]!.score, `${query}: rank ${i}`).toBeLessThan(1e-5);
    });
  };

  test('GIVEN the labelled queries on the starter corpus THEN the same hits, scores, totals and why', () => {
    for (const { query } of labelledQueries) expectSame(query);
  });

  test('GIVEN any mix of corpus words, names and topic words THEN the same ranking', () => {
    const words = [...new Set(starter.flatMap((p) => [p.name ?? '', ...(p.title ?? '').split(' '), ...p.summary.split(/\s+/).slice(0, 8)]))].filter((w) => w.length > 1);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, 'diffusion', 'видео', '视频生成', 'LoRA', 'мультимодальн'), { minLength: 1, maxLength: 4 }), (q) => expectSame(q.join(' '))),
      { numRuns: 150 },
    );
  });
});

describe('DigestIndex.search result cache', () => {
  test('GIVEN the same search twice THEN the same page, and changing a returned page does not change the next', () => {
    const first = index.search('diffusion', { limit: 3 });
    first.hits[0]!.why.push('changed');
    first.hits.pop();
    const second = index.search('diffusion', { limit: 3 });
    const off = new DigestIndex();
    off.resultCacheSize = 0;
    off.add(papers);
    expect(second).toEqual(off.search('diffusion', { limit: 3 }));
    expect(second.hits).toHaveLength(3);
  });

  test('GIVEN other options THEN another entry: limit, offset and topics are part of the key', () => {
    const all = index.search('diffusion', { limit: 4 });
    expect(index.search('diffusion', { limit: 2 }).hits).toEqual(all.hits.slice(0, 2));
    expect(index.search('diffusion', { limit: 2, offset: 2 }).hits).toEqual(all.hits.slice(2, 4));
    expect(index.search('diffusion', { limit: 4, topics: ['video'] }).hits.every((h) => h.paper.topics.includes('video'))).toBe(true);
  });

  test('GIVEN papers added or removed after a search THEN the next search sees them', () => {
    const before = index.search('zebrafishology', { limit: 5 });
    expect(before.total).toBe(0);
    index.add([{ ...papers[0]!, id: 'new:zebra', name: 'Zebrafishology', summary: 'zebrafishology of everything' }]);
    expect(index.search('zebrafishology', { limit: 5 }).hits.map((h) => h.paper.id)).toContain('new:zebra');
    index.remove(['new:zebra']);
    expect(index.search('zebrafishology', { limit: 5 }).hits.map((h) => h.paper.id)).not.toContain('new:zebra');
  });

  test('GIVEN more distinct searches than the cache holds THEN the least recently used one is computed again, with the same page', () => {
    index.resultCacheSize = 2;
    const a = index.search('diffusion');
    index.search('видео');
    index.search('diffusion');
    index.search('агенты');
    expect(index.search('diffusion')).toEqual(a);
    expect(index.search('видео').total).toBeGreaterThan(0);
  });
});

describe('DigestIndex.snapshot', () => {
  test('GIVEN a snapshot made with another lexicon THEN it is refused (its concept tokens would be stale)', () => {
    const snapshot = index.snapshot();
    expect(snapshot.lexicon).toMatch(/^[0-9a-f]{8}$/);
    expect(DigestIndex.fromSnapshot(snapshot).search('дообучение').total).toBe(index.search('дообучение').total);
    expect(() => DigestIndex.fromSnapshot({ ...snapshot, lexicon: '00000000' })).toThrow(`DigestIndex: snapshot made with lexicon 00000000, this build has ${snapshot.lexicon}`);
  });
});

describe('DigestIndex.add', () => {
  test('GIVEN papers added later THEN they are searchable at once (incremental)', () => {
    const fresh = new DigestIndex();
    fresh.add(papers.slice(0, 3));
    expect(fresh.search('Octo').total).toBe(0);
    fresh.add([byId('h:octo')]);
    expect(names(fresh, 'Octo')[0]).toBe('Octo');
    expect(fresh.size).toBe(4);
  });

  test('GIVEN a paper with an existing id THEN it replaces the old one in place', () => {
    const renamed: Paper = { ...byId('h:mora'), name: 'MoRA2', summary: 'Совсем другой текст про роботов.', topics: ['robotics'] };
    index.add([renamed]);
    expect(index.size).toBe(papers.length);
    expect(index.get('h:mora')).toBe(renamed);
    expect(index.search('MoRA').hits.map((h) => h.paper.id)).not.toContain('h:mora');
    expect(names(index, 'MoRA2')[0]).toBe('MoRA2');
    expect(index.papers().map((p) => p.id)).toEqual(papers.map((p) => p.id));
    expect(index.topicCounts().get('peft')).toBe(1);
  });

  test('GIVEN many papers replaced THEN the same scores and totals as an index built from the final papers', () => {
    // Two copies of the starter corpus, then 80 of them replaced: enough removed papers that the
    // posting lists are compacted, and document frequencies and field lengths must follow.
    const starter = starterCorpus().papers;
    const doubled = [...starter, ...starter.map((p) => ({ ...p, id: `copy:${p.id}` }))];
    const changed = doubled.slice(0, 80).map((p, i) => ({ ...p, summary: `${p.summary} видео ${i}`, topics: i % 2 ? ['video'] : [] }));
    const updated = new DigestIndex();
    updated.add(doubled);
    updated.add(changed);
    const fresh = new DigestIndex();
    const final = new Map(doubled.map((p) => [p.id, p]));
    for (const p of changed) final.set(p.id, p);
    fresh.add([...final.values()]);
    const scores = (ix: DigestIndex, q: string) => new Map(ix.search(q, { limit: 1000 }).hits.map((h) => [h.paper.id, h.score.toPrecision(6)]));
    for (const q of ['видео', 'diffusion', 'LoRA', 'модели', '扩散模型', 'MoRA']) {
      expect(updated.search(q).total, q).toBe(fresh.search(q).total);
      expect(scores(updated, q), q).toEqual(scores(fresh, q));
    }
    expect(updated.size).toBe(doubled.length);
  });

  test('GIVEN many papers sharing the queried title THEN all of them come first, best score first', () => {
    const twins = Array.from({ length: 50 }, (_, i): Paper => ({ ...byId('h:octo'), id: `twin:${i}`, summary: `${byId('h:octo').summary} ${'robot '.repeat(i % 5)}` }));
    const ix = new DigestIndex();
    ix.add([...papers, ...twins]);
    const hits = ix.search('Octo', { limit: 51 }).hits;
    expect(hits.slice(0, 51).every((h) => h.why[0] === 'name')).toBe(true);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });

  test('GIVEN any sequence of adds THEN size equals the number of distinct ids and every paper is findable by id', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...papers), { maxLength: 30 }), (batch) => {
        const ix = new DigestIndex();
        ix.add(batch);
        ix.add(batch.slice(0, 3));
        const ids = new Set(batch.map((p) => p.id));
        expect(ix.size).toBe(ids.size);
        for (const id of ids) expect(ix.get(id)?.id).toBe(id);
      }),
      { numRuns: 50 },
    );
  });
});

describe('DigestIndex.get', () => {
  test('GIVEN a known id THEN the paper; unknown THEN undefined', () => {
    expect(index.get('h:octo')?.name).toBe('Octo');
    expect(index.get('nope')).toBeUndefined();
  });
});

describe('DigestIndex.papers', () => {
  test('GIVEN added papers THEN all of them in insertion order', () => {
    expect(index.papers().map((p) => p.id)).toEqual(papers.map((p) => p.id));
  });
});

describe('DigestIndex.size', () => {
  test('GIVEN an empty and a filled index THEN 0 and the paper count', () => {
    expect(new DigestIndex().size).toBe(0);
    expect(index.size).toBe(papers.length);
  });
});

describe('DigestIndex.topicCounts', () => {
  test('GIVEN tagged papers THEN the number of papers per topic', () => {
    const counts = index.topicCounts();
    expect(counts.get('diffusion')).toBe(4);
    // Not the consistency-models note: it names video only in an enumeration (图像、音频和视频生成).
    expect(counts.get('video')).toBe(3);
    expect(counts.get('quantization')).toBe(2);
    expect(counts.get('robotics')).toBe(1);
    expect(counts.has('medical')).toBe(false);
  });

  test('GIVEN a returned map is modified THEN the index is not', () => {
    index.topicCounts().set('diffusion', 99);
    expect(index.topicCounts().get('diffusion')).toBe(4);
  });
});

describe('nameKey', () => {
  test('GIVEN spellings of one name THEN one key', () => {
    expect(nameKey('FIFO-Diffusion')).toBe('fifodiffusion');
    expect(nameKey('fifo diffusion')).toBe('fifodiffusion');
    expect(nameKey('Ｆｉｆｏ_Diffusion.')).toBe('fifodiffusion');
  });
});
