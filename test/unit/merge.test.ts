import { describe, expect, it } from 'vitest';
import { mergePapers } from '../../src/core/merge.ts';
import { parseStarter, starterCounts } from '../fixtures/digests/load.ts';
import { paperId } from '../../src/core/parse/index.ts';
import { paper } from '../support/paper.ts';

/** A paper with defaults; `file`/`index` make its single source. */

const starterPapers = () => Object.keys(starterCounts).sort().flatMap((f) => parseStarter(f).papers);

describe('mergePapers', () => {
  it('GIVEN the same arXiv id in two digests THEN one record with both sources, urls and topics unioned', () => {
    const a = paper({ arxivId: '2410.02757', title: 'Loong: X', urls: ['https://huggingface.co/papers/2410.02757'], topics: ['video'], file: 'a.json' });
    const b = paper({ arxivId: '2410.02757', urls: ['https://arxiv.org/abs/2410.02757'], topics: ['llm', 'video'], file: 'b.txt', index: 4 });
    const [m, ...rest] = mergePapers([a, b]);
    expect(rest).toEqual([]);
    expect(m!.id).toBe('arxiv:2410.02757');
    expect(m!.urls).toEqual(['https://huggingface.co/papers/2410.02757', 'https://arxiv.org/abs/2410.02757']);
    expect(m!.topics).toEqual(['video', 'llm']);
    expect(m!.sources.map((s) => `${s.file}#${s.index}`)).toEqual(['a.json#0', 'b.txt#4']);
  });

  it('GIVEN the same English title up to case and punctuation THEN merged, and the arXiv id of the second wins the id', () => {
    const a = paper({ title: 'LLaMA: Open and Efficient Foundation Language Models', file: 'a.txt' });
    const b = paper({ title: 'llama - open and efficient foundation language models.', arxivId: '2302.13971', file: 'b.txt', authors: ['Hugo Touvron'] });
    const merged = mergePapers([a, b]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.id).toBe('arxiv:2302.13971');
    expect(merged[0]!.title).toBe('LLaMA: Open and Efficient Foundation Language Models');
    expect(merged[0]!.authors).toEqual(['Hugo Touvron']);
  });

  it('GIVEN the same coined name in two files (case/punctuation/π-insensitive) THEN merged; non-null title and name preferred', () => {
    const a = paper({ name: 'SOTOPIA-π', lang: 'ru', summary: 'ru text', file: 'ru.txt' });
    const b = paper({ name: 'Sotopia pi', title: 'SOTOPIA-π: Interactive Learning', lang: 'en', file: 'en.json' });
    const [m, ...rest] = mergePapers([a, b]);
    expect(rest).toEqual([]);
    expect([m!.name, m!.title, m!.summary, m!.lang]).toEqual(['SOTOPIA-π', 'SOTOPIA-π: Interactive Learning', 'ru text', 'ru']);
    expect(m!.id).toBe(paperId({ arxivId: null, title: 'SOTOPIA-π: Interactive Learning', name: null, summary: '' }));
  });

  it('GIVEN SLAB (alias PRepBN) and another digest naming PRepBN THEN not merged: an alias may name a component, not the paper', () => {
    expect(mergePapers([paper({ name: 'SLAB', aliases: ['PRepBN'], file: 'a.txt' }), paper({ name: 'PRepBN', file: 'b.txt' })])).toHaveLength(2);
  });

  it('GIVEN one paper named differently by two digests THEN one name, the other names kept as aliases (no duplicates)', () => {
    const [m, ...rest] = mergePapers([
      paper({ arxivId: '2405.11582', name: 'SLAB', aliases: ['PRepBN'], file: 'a.txt' }),
      paper({ arxivId: '2405.11582', name: 'PRepBN', aliases: ['slab'], file: 'b.txt' }),
      paper({ arxivId: '2405.11582', name: 'Simplified Linear Attention', file: 'c.txt' }),
    ]);
    expect(rest).toEqual([]);
    expect([m!.name, m!.aliases]).toEqual(['SLAB', ['PRepBN', 'Simplified Linear Attention']]);
  });

  it('GIVEN the same name twice within one file THEN not merged (a digest lists distinct papers) and ids stay unique', () => {
    const merged = mergePapers([paper({ name: 'Octo', summary: 'one', index: 0 }), paper({ name: 'Octo', summary: 'two', index: 1 })]);
    expect(merged).toHaveLength(2);
    expect(new Set(merged.map((p) => p.id)).size).toBe(2);
  });

  it('GIVEN the same name but different arXiv ids THEN not merged', () => {
    const merged = mergePapers([paper({ name: 'Composer', arxivId: '2302.09778', file: 'a.txt' }), paper({ name: 'Composer', arxivId: '2401.00001', file: 'b.txt' })]);
    expect(merged.map((p) => p.id)).toEqual(['arxiv:2302.09778', 'arxiv:2401.00001']);
  });

  it('GIVEN different names that share a prefix (LLaMA vs LLaMA-Factory, BitNet a4.8 vs BitNet b1.58) THEN not merged', () => {
    const merged = mergePapers([
      paper({ name: 'LLaMA', file: 'a.txt' }),
      paper({ name: 'LLaMA-Factory', file: 'b.txt' }),
      paper({ name: 'BitNet a4.8', file: 'c.txt' }),
      paper({ name: 'BitNet b1.58', file: 'd.txt' }),
    ]);
    expect(merged).toHaveLength(4);
  });

  it('GIVEN a transitive chain (arXiv id links a-b, name links b-c) THEN one record in first-seen order', () => {
    const merged = mergePapers([
      paper({ summary: 'other', file: 'x.txt' }),
      paper({ arxivId: '2401.00001', file: 'a.txt' }),
      paper({ arxivId: '2401.00001', name: 'FooNet', file: 'b.txt' }),
      paper({ name: 'foonet', file: 'c.txt' }),
    ]);
    expect(merged.map((p) => [p.id, p.sources.map((s) => s.file)])).toEqual([
      [paperId({ arxivId: null, title: null, name: null, summary: 'other' }), ['x.txt']],
      ['arxiv:2401.00001', ['a.txt', 'b.txt', 'c.txt']],
    ]);
  });

  it('GIVEN authors differing only in case/punctuation and a repeated source THEN each once', () => {
    const a = paper({ arxivId: '2401.00001', authors: ['Quoc V. Le'], file: 'a.txt' });
    const b = paper({ arxivId: '2401.00001', authors: ['quoc v le', 'Yann LeCun'], file: 'a.txt' });
    const [m] = mergePapers([a, b]);
    expect(m!.authors).toEqual(['Quoc V. Le', 'Yann LeCun']);
    expect(m!.sources).toHaveLength(1);
  });

  it('GIVEN a zh note named by a Chinese term and one English-titled zh entry using that term THEN merged', () => {
    const note = paper({ name: '一致性模型', lang: 'zh', summary: '虽然扩散模型...', file: 'notes.txt', localTitle: '一致性模型' });
    const entry = paper({ title: 'Consistency Models', name: 'Consistency Models', lang: 'zh', summary: '提出了一种训练独立一致性模型的方法。', file: 'monthly.txt' });
    const merged = mergePapers([entry, note]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.sources.map((s) => s.file)).toEqual(['monthly.txt', 'notes.txt']);
    expect(merged[0]!.localTitle).toBe('一致性模型');
  });

  it('GIVEN a Chinese term used by two English-titled entries THEN ambiguous, nothing merged', () => {
    const note = paper({ name: '扩散模型', lang: 'zh', file: 'notes.txt' });
    const e1 = paper({ title: 'Paper One Title', lang: 'zh', summary: '一种扩散模型', file: 'm.txt', index: 0 });
    const e2 = paper({ title: 'Paper Two Title', lang: 'zh', summary: '扩散模型很慢', file: 'm.txt', index: 1 });
    expect(mergePapers([note, e1, e2])).toHaveLength(3);
  });

  it('GIVEN an empty list THEN an empty list', () => {
    expect(mergePapers([])).toEqual([]);
  });

  describe('starter corpus', () => {
    it('GIVEN all 7 starter digests (89 papers) THEN 69 records: 19 hfday repeats merged by arXiv id, Consistency Models across zh digests', () => {
      const papers = starterPapers();
      expect(papers).toHaveLength(89);
      const merged = mergePapers(papers);
      expect(merged).toHaveLength(69);
      expect(new Set(merged.map((p) => p.id)).size).toBe(69);
      const multi = merged.filter((p) => p.sources.length > 1);
      expect(multi).toHaveLength(20);
      expect(multi.filter((p) => p.sources.every((s) => s.format === 'hfday-json'))).toHaveLength(19);
    });

    it('GIVEN 2023-03 monthly and 2024-11 reading notes THEN 一致性模型 and Consistency Models are one record', () => {
      const merged = mergePapers(starterPapers());
      const cm = merged.find((p) => p.name === 'Consistency Models')!;
      expect(cm.sources.map((s) => `${s.file}#${s.index}`)).toEqual(['2023-03-zh-monthly-top10.txt#1', '2024-11-zh-reading-notes.txt#3']);
      expect(cm.title).toBe('Consistency Models');
      expect(cm.localTitle).toBe('一致性模型');
      expect(cm.authors).toEqual(['Yang Song', 'Prafulla Dhariwal', 'Mark Chen', 'Ilya Sutskever']);
      expect(merged.some((p) => p.name === '一致性模型')).toBe(false);
    });

    it('GIVEN LLaMA (2023-03) and LLaMA-Factory (2024-11) THEN they stay apart', () => {
      const merged = mergePapers(starterPapers());
      expect(merged.filter((p) => p.name === 'LLaMA' || p.name === 'LLaMA-Factory').map((p) => p.sources.length)).toEqual([1, 1]);
    });

    it('GIVEN hfday 2024-10-03 then 2024-10-04 THEN the merged Loong keeps both dated sources', () => {
      const loong = mergePapers(starterPapers()).find((p) => p.arxivId === '2410.02757')!;
      expect(loong.sources).toEqual([
        { file: '2024-10-03-hfday.json', format: 'hfday-json', date: '2024-10-03', index: 1 },
        { file: '2024-10-04-hfday.json', format: 'hfday-json', date: '2024-10-04', index: 2 },
      ]);
    });
  });
});
