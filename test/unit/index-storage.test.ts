/**
 * The storage side of DigestIndex: records kept in a blob store (only id, topics and sources in
 * memory), removal by id, snapshots. Each is checked against the plain in-memory index on the
 * starter corpus and the labelled queries: same hits, same scores, same reasons.
 */
import { describe, expect, test } from 'vitest';
import type { Paper } from '../../src/core/model.ts';
import { DigestIndex, MemoryBlobs, type IndexSnapshot } from '../../src/core/search-index.ts';
import { starterCorpus } from '../relevance/corpus.ts';
import { labelledQueries } from '../relevance/queries.ts';

const starter = starterCorpus().papers;
const queries = [...labelledQueries.map((q) => q.query), 'diffusion', 'видео', '视频生成', 'MoRA', 'LoRA', 'Octo'];

/** Every query's page as plain values (ids, scores, why), for comparing two indexes. */
function answers(index: DigestIndex): unknown[] {
  return queries.map((q) => {
    const page = index.search(q, { limit: 20 });
    return { q, total: page.total, hits: page.hits.map((h) => [h.paper.id, h.score, h.why]) };
  });
}

function heapIndex(papers: readonly Paper[]): DigestIndex {
  const index = new DigestIndex();
  index.add(papers);
  return index;
}

describe('DigestIndex with records in a blob store', () => {
  const blobs = new MemoryBlobs();
  const stored = new DigestIndex({}, { blobs });
  stored.add(starter);

  test('GIVEN the starter corpus THEN every query answers as the in-memory index does', () => {
    expect(answers(stored)).toEqual(answers(heapIndex(starter)));
    expect(stored.topicCounts()).toEqual(heapIndex(starter).topicCounts());
  });

  test('GIVEN a paper read back THEN it equals the record added: fields, spread, keys, JSON', () => {
    for (const original of starter) {
      const paper = stored.get(original.id)!;
      expect(paper).toEqual(original);
      expect({ ...paper }).toEqual(original);
      expect(Object.keys(paper).sort()).toEqual(Object.keys(original).sort());
      expect(JSON.parse(JSON.stringify(paper))).toEqual(JSON.parse(JSON.stringify(original)));
    }
  });

  test('GIVEN a paper read back THEN writing to it throws, and structuredClone refuses it', () => {
    const paper = stored.get(starter[0]!.id)!;
    expect(() => {
      (paper as { title: string | null }).title = 'changed';
    }).toThrow(TypeError);
    expect(() => structuredClone(paper)).toThrow();
    expect(stored.get(starter[0]!.id)!.title).toBe(starter[0]!.title);
  });
});

describe('DigestIndex.remove', () => {
  test('GIVEN papers removed by id THEN the index answers as one built without them', () => {
    const gone = new Set(starter.filter((_, i) => i % 3 === 0).map((p) => p.id));
    const kept = starter.filter((p) => !gone.has(p.id));
    for (const blobs of [undefined, new MemoryBlobs()]) {
      const index = new DigestIndex({}, { blobs });
      index.add(starter);
      const generation = index.generation;
      index.remove([...gone, 'no-such-id']);
      expect(index.generation).toBeGreaterThan(generation);
      expect(index.size).toBe(kept.length);
      expect(answers(index)).toEqual(answers(heapIndex(kept)));
      for (const id of gone) expect(index.get(id)).toBeUndefined();
    }
  });

  test('GIVEN a removed paper THEN its exact name no longer ranks anything first', () => {
    const index = heapIndex(starter);
    const mora = starter.find((p) => p.name === 'MoRA')!;
    expect(index.search('MoRA').hits[0]?.why[0]).toBe('name');
    index.remove([mora.id]);
    expect(index.search('MoRA').hits.every((h) => h.why[0] !== 'name')).toBe(true);
  });
});

describe('DigestIndex.snapshot', () => {
  test('GIVEN a snapshot (records in memory or in a blob store) THEN the restored index answers the same, before and after more updates', () => {
    for (const blobs of [undefined, new MemoryBlobs()]) {
      const original = new DigestIndex({}, { blobs });
      original.add(starter.slice(0, 40));
      original.remove([starter[3]!.id]);
      const restored = DigestIndex.fromSnapshot(original.snapshot(), { blobs });
      expect(answers(restored)).toEqual(answers(original));
      expect(restored.papers().map((p) => p.id)).toEqual(original.papers().map((p) => p.id));
      for (const ix of [original, restored]) {
        ix.add(starter.slice(30));
        ix.remove([starter[5]!.id]);
      }
      expect(answers(restored)).toEqual(answers(original));
      for (const _ of restored.compaction());
      expect(answers(restored)).toEqual(answers(original));
    }
  });

  test('GIVEN a snapshot of another version or other ranking options THEN it is refused', () => {
    const snapshot = heapIndex(starter.slice(0, 5)).snapshot();
    expect(() => DigestIndex.fromSnapshot({ ...snapshot, version: 99 })).toThrow('DigestIndex: snapshot version 99, expected 2');
    const other: IndexSnapshot = { ...snapshot, options: { ...snapshot.options, exactNameBoost: -1 } };
    expect(() => DigestIndex.fromSnapshot(other)).toThrow();
  });

  test('GIVEN a blob-store snapshot and no store THEN it is refused', () => {
    const index = new DigestIndex({}, { blobs: new MemoryBlobs() });
    index.add(starter.slice(0, 5));
    expect(() => DigestIndex.fromSnapshot(index.snapshot())).toThrow('PaperTable: this snapshot keeps its records in a blob store; none given');
  });
});

describe('DigestIndex.moveRecords', () => {
  function churned(): DigestIndex {
    const index = new DigestIndex({}, { blobs: new MemoryBlobs() });
    index.add(starter);
    index.add(starter.slice(0, 10).map((p) => ({ ...p, summary: `${p.summary} again` })));
    index.remove(starter.slice(10, 15).map((p) => p.id));
    return index;
  }

  test('GIVEN papers replaced and removed THEN the move copies only the records held, and searches between its steps and after it answer the same', () => {
    const index = churned();
    const expected = answers(index);
    const papers = JSON.stringify(index.papers());
    const held = index.recordBytes!;
    const target = new MemoryBlobs();
    let steps = 0;
    for (const _ of index.moveRecords(target, 10)) {
      steps++;
      expect(answers(index)).toEqual(expected);
    }
    expect(steps).toBeGreaterThan(3);
    expect(answers(index)).toEqual(expected);
    expect(JSON.stringify(index.papers())).toBe(papers);
    expect(index.recordBytes).toBe(held);
    // The new store holds one record per paper held, nothing else.
    expect(target.write('x').offset).toBe(index.size);
  });

  test('GIVEN a paper removed during a move THEN the move fails and the index keeps its records where they were', () => {
    const index = churned();
    const move = index.moveRecords(new MemoryBlobs(), 10);
    move.next();
    index.remove([starter[20]!.id]);
    expect(() => {
      for (;;) if (move.next().done) break;
    }).toThrow(/changed during a move/);
    const rebuilt = new DigestIndex({}, { blobs: new MemoryBlobs() });
    rebuilt.add(index.papers());
    expect(JSON.stringify(index.papers())).toBe(JSON.stringify(rebuilt.papers()));
  });
});
