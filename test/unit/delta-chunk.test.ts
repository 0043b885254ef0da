/**
 * The corpus worker's delta chunks (`app/delta-chunk.ts`): what the main thread unpacks is what the
 * worker packed — removed records as their id only, new records whole — with every term list of the
 * chunk in one buffer that can be transferred.
 */
import { describe, expect, it } from 'vitest';
import { packChunk, unpack } from '../../src/app/delta-chunk.ts';
import { preparePaper, type Paper } from '../../src/core/index.ts';

const paper = (id: string, title: string, summary: string): Paper =>
  ({ id, arxivId: null, name: null, title, summary, lang: 'en', topics: ['llm'], sources: [{ file: 'a.json', format: 'hfday-json', date: '2024-10-03', index: 0 }] }) as unknown as Paper;

describe('delta chunks', () => {
  it('GIVEN removed ids and upserted records THEN unpacking gives the same ids, and the same terms, names and records', () => {
    const b = preparePaper(paper('b', 'Видео диффузия', 'Модель генерирует видео.'), 'bigram');
    const c = preparePaper(paper('c', '视频生成模型', '我们提出一种视频生成方法。'), 'bigram');
    const removedChunk = packChunk({ removed: ['a', 'z'] });
    expect(unpack(structuredClone(removedChunk, { transfer: [removedChunk.codes.buffer] }))).toEqual({ removed: ['a', 'z'], upserted: [] });
    const chunk = packChunk({ upserted: [b, c] });
    expect(chunk.codes.buffer).toBeInstanceOf(ArrayBuffer);
    const out = unpack(structuredClone(chunk, { transfer: [chunk.codes.buffer] }));
    const terms = (p: { fields: string[][]; expansion: string[]; names: string[] }) => ({ fields: p.fields, expansion: p.expansion, names: p.names });
    expect(out.removed).toEqual([]);
    expect(out.upserted.map((p) => [p.paper, terms(p)])).toEqual([b, c].map((p) => [p.paper, terms(p)]));
    // One string per distinct term in the chunk.
    expect(new Set(chunk.vocabulary).size).toBe(chunk.vocabulary.length);
  });

  it('GIVEN an empty part THEN it unpacks to nothing', () => {
    expect(unpack(packChunk({ upserted: [] }))).toEqual({ removed: [], upserted: [] });
  });
});
