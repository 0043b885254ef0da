/** Paper records as stored text (`core/search/records.ts`): texts kept once, read back exactly. */
import { describe, expect, it } from 'vitest';
import { BlobRecords, decodeRecord, encodeRecord, MemoryBlobs } from '../../src/core/search/records.ts';
import { starterCorpus } from '../relevance/corpus.ts';

describe('encodeRecord / decodeRecord', () => {
  const papers = starterCorpus().papers;

  it('GIVEN every starter paper THEN it reads back deep-equal, with its keys in the same order', () => {
    for (const paper of papers) expect(JSON.stringify(decodeRecord(encodeRecord(paper)))).toBe(JSON.stringify(paper));
  });

  it('GIVEN a paper whose texts repeat its summary and abstract THEN each is stored once', () => {
    const paper = { ...papers[0]!, lang: 'ru' as const, summary: 'Русское резюме статьи.', abstract: 'An English abstract.', texts: { en: { summary: 'An English abstract.' }, ru: { summary: 'Русское резюме статьи.' } } };
    const text = encodeRecord(paper);
    expect(text.split('Русское резюме статьи.')).toHaveLength(2);
    expect(text.split('An English abstract.')).toHaveLength(2);
    expect(decodeRecord(text)).toEqual(paper);
  });
});

describe('BlobRecords topic lists', () => {
  const paper = (id: string, topics: string[]) => ({ ...starterCorpus().digests[0]!.papers[0]!, id, topics });

  it('GIVEN records with equal topic lists THEN they share one list; WHEN the last record of a list goes THEN the list goes too', () => {
    const records = new BlobRecords(new MemoryBlobs());
    records.set(0, paper('a', ['llm', 'code']));
    records.set(1, paper('b', ['llm', 'code']));
    records.set(2, paper('c', ['video']));
    expect(records.topicsOf(0)).toBe(records.topicsOf(1));
    expect(records.topicListCount).toBe(2);
    // Updates replace records under new ordinals: lists of records gone must not pile up.
    records.delete(2);
    expect(records.topicListCount).toBe(1);
    records.delete(0);
    expect(records.topicListCount).toBe(1);
    records.delete(1);
    expect(records.topicListCount).toBe(0);
    records.set(3, paper('d', ['llm', 'code']));
    expect(records.topicsOf(3)).toEqual(['llm', 'code']);
  });

  it('GIVEN records restored from a snapshot THEN equal lists are shared as before, counted per record, and the restored records snapshot the same', () => {
    const blobs = new MemoryBlobs();
    const records = new BlobRecords(blobs);
    records.set(0, paper('a', ['llm', 'code']));
    records.set(1, paper('b', ['video']));
    records.set(2, paper('c', ['llm', 'code']));
    records.set(3, paper('d', []));
    records.delete(1);
    const restored = BlobRecords.fromSnapshot(records.snapshot() as Parameters<typeof BlobRecords.fromSnapshot>[0], blobs);
    // As written to a snapshot file (JSON; typed arrays compared by their contents).
    const asSaved = (r: BlobRecords) => JSON.stringify(r.snapshot(), (_k, v: unknown) => (ArrayBuffer.isView(v) ? [...(v as Float64Array)] : v));
    expect(asSaved(restored)).toBe(asSaved(records));
    expect(restored.topicListCount).toBe(2);
    expect(restored.topicsOf(0)).toBe(restored.topicsOf(2));
    expect(restored.get(2)?.id).toBe('c');
    // Uses were counted per record: the list goes with its last record only.
    restored.delete(0);
    expect(restored.topicListCount).toBe(2);
    restored.delete(2);
    expect(restored.topicListCount).toBe(1);
    restored.delete(3);
    expect(restored.topicListCount).toBe(0);
  });
});
