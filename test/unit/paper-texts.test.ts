/**
 * Per-language texts (SPEC section 2): the HFday daily-file schema (`data.ru` / `data.zh`), the
 * accessor for records without `texts`, merging English + Russian + Chinese into one record, and
 * search over every language of a merged paper.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/core/corpus.ts';
import { mergePapers } from '../../src/core/merge.ts';
import { paperTexts, unionTexts, type Paper } from '../../src/core/model.ts';
import { DigestIndex } from '../../src/core/search-index.ts';
import { parseStarter, parseOk } from '../fixtures/digests/load.ts';

const hfdayDir = fileURLToPath(new URL('../fixtures/sources/hfday-d/', import.meta.url));
const hfdayDay = (date: string) => readFileSync(`${hfdayDir}${date}.json`);

/** A hand-built English-only record (no `texts`), as an older caller would make it. */
function englishPaper(over: Partial<Paper> = {}): Paper {
  return {
    id: 'arxiv:2409.08857',
    title: 'InstantDrag: Improving Interactivity in Drag-based Image Editing',
    name: 'InstantDrag',
    summary: 'Drag-based image editing has recently gained popularity for its interactivity and precision.',
    lang: 'en',
    urls: ['https://huggingface.co/papers/2409.08857'],
    arxivId: '2409.08857',
    authors: ['Joonghyuk Shin'],
    topics: [],
    sources: [{ file: '2024-09-16-hf-daily.json', format: 'hfday-json', date: '2024-09-16', index: 0 }],
    ...over,
  };
}

describe('paperTexts', () => {
  it('GIVEN a record without texts THEN its single-language fields answer (English title, summary in its language, abstract, local title)', () => {
    expect(paperTexts(englishPaper())).toEqual({
      en: { title: 'InstantDrag: Improving Interactivity in Drag-based Image Editing', summary: 'Drag-based image editing has recently gained popularity for its interactivity and precision.' },
    });
    const zh = englishPaper({ lang: 'zh', summary: '中文笔记', localTitle: '论文标题', abstract: 'English abstract' });
    expect(paperTexts(zh)).toEqual({
      en: { title: 'InstantDrag: Improving Interactivity in Drag-based Image Editing', summary: 'English abstract' },
      zh: { title: '论文标题', summary: '中文笔记' },
    });
  });

  it('GIVEN texts and single-language fields THEN texts win field by field and the rest is completed', () => {
    const p = englishPaper({ texts: { ru: { summary: 'Русский текст' }, en: { title: 'Given title' } } });
    expect(paperTexts(p)).toEqual({
      en: { title: 'Given title', summary: 'Drag-based image editing has recently gained popularity for its interactivity and precision.' },
      ru: { summary: 'Русский текст' },
    });
  });
});

describe('unionTexts', () => {
  it('GIVEN two lists with overlapping languages THEN the first to give a field wins, languages in en/ru/zh order', () => {
    const union = unionTexts([{ zh: { summary: 'a' } }, { zh: { title: 't', summary: 'b' }, en: { title: 'E' } }, {}]);
    expect(union).toEqual({ en: { title: 'E' }, zh: { title: 't', summary: 'a' } });
    expect(Object.keys(union)).toEqual(['en', 'zh']);
  });
});

describe('hfday-json: the daily files d/YYYY-MM-DD.json (data.ru / data.en / data.zh)', () => {
  it('GIVEN the recorded 2024-09-16 file THEN 7 papers, Russian summary, English title and abstract, Chinese title and summary in texts', () => {
    const d = parseOk({ file: '2024-09-16.json', bytes: hfdayDay('2024-09-16') });
    expect(d.format).toBe('hfday-json');
    expect(d.date).toBe('2024-09-16');
    expect(d.warnings).toEqual([]);
    expect(d.papers).toHaveLength(7);
    const p = d.papers[0]!;
    expect([p.id, p.lang, p.name, p.title]).toEqual(['arxiv:2409.08857', 'ru', 'InstantDrag', 'InstantDrag: Improving Interactivity in Drag-based Image Editing']);
    expect(p.summary.startsWith('InstantDrag - это новый подход')).toBe(true);
    expect(p.localTitle).toBe('Мгновенное редактирование изображений с помощью перетаскивания');
    expect(p.abstract?.startsWith('Drag-based image editing has recently gained popularity')).toBe(true);
    expect(p.texts?.en).toEqual({ title: p.title, summary: p.abstract });
    expect(p.texts?.ru).toEqual({ title: p.localTitle, summary: p.summary });
    expect(p.texts?.zh?.title).toBe('InstantDrag：快速、真实感的拖拽图像编辑');
    expect(p.texts?.zh?.summary?.startsWith('本文介绍了一种名为InstantDrag的图像编辑方法')).toBe(true);
    // HFday's own English retelling ("Fast and Interactive Image Editing Made Simple") is not the paper's title.
    expect(JSON.stringify(p)).not.toContain('Made Simple');
  });

  it('GIVEN an entry with only data.zh, extra fields and an embedding array THEN the Chinese text is the summary (lang zh) and the extras are ignored', () => {
    const feed = {
      date: { ru: '1 октября', en: 'October 1', zh: '10月1日' },
      papers: [
        {
          id: 'https://huggingface.co/papers/2410.00001',
          title: 'GoodNet: A Good Network',
          url: 'https://huggingface.co/papers/2410.00001',
          abstract: 'We present GoodNet.',
          score: 3,
          embedding: [0.1, -0.2, 0.3],
          data: { categories: ['#cv'], emoji: '🙂', zh: { title: '好网络', desc: '我们提出了好网络。' } },
        },
      ],
    };
    const [p] = parseOk({ file: '2024-10-01.json', bytes: Buffer.from(JSON.stringify(feed)) }).papers;
    expect([p!.lang, p!.summary, p!.localTitle, p!.abstract]).toEqual(['zh', '我们提出了好网络。', '好网络', 'We present GoodNet.']);
    expect(p!.texts).toEqual({ en: { title: 'GoodNet: A Good Network', summary: 'We present GoodNet.' }, zh: { title: '好网络', summary: '我们提出了好网络。' } });
  });

  it('GIVEN the flat single-file feed THEN unchanged: Russian summary, and texts with en and ru only', () => {
    const p = parseStarter('2024-10-03-hfday.json').papers[1]!;
    expect(p.lang).toBe('ru');
    expect(Object.keys(p.texts ?? {})).toEqual(['en', 'ru']);
    expect(p.texts?.ru?.summary).toBe(p.summary);
  });
});

describe('merging and searching per-language texts', () => {
  // The same paper from an English-only digest and from HFday's daily file (ru + zh).
  const english = { file: '2024-09-16-hf-daily.json', bytes: Buffer.from(JSON.stringify({ papers: [{ id: 'https://huggingface.co/papers/2409.08857', title: 'InstantDrag: Improving Interactivity in Drag-based Image Editing', url: 'https://arxiv.org/abs/2409.08857v2', abstract: 'Drag-based image editing has recently gained popularity for its interactivity and precision.' }] })) };
  const hfday = { file: '2024-09-16-hfday.json', bytes: hfdayDay('2024-09-16') };

  it('GIVEN the same arXiv id in an English digest and an HFday file THEN one record keeping the English title and abstract and the ru/zh texts', () => {
    const corpus = buildCorpus([english, hfday]);
    const merged = corpus.papers.filter((p) => p.arxivId === '2409.08857');
    expect(merged).toHaveLength(1);
    const p = merged[0]!;
    expect(p.sources.map((s) => s.file)).toEqual(['2024-09-16-hf-daily.json', '2024-09-16-hfday.json']);
    expect([p.lang, p.title]).toEqual(['en', 'InstantDrag: Improving Interactivity in Drag-based Image Editing']);
    expect(p.texts?.en?.summary).toBe('Drag-based image editing has recently gained popularity for its interactivity and precision.');
    expect(p.texts?.ru?.title).toBe('Мгновенное редактирование изображений с помощью перетаскивания');
    expect(p.texts?.zh?.summary?.startsWith('本文介绍了一种名为InstantDrag')).toBe(true);
  });

  it('GIVEN the merged corpus THEN an English, a Russian and a Chinese word found only in one language each find that one paper', () => {
    const index = new DigestIndex();
    index.add(buildCorpus([english, hfday]).papers);
    for (const query of ['interactivity', 'перетаскивания', '拖拽']) {
      const ids = index.search(query, { limit: 10 }).hits.map((h) => h.paper.id);
      expect(ids, query).toContain('arxiv:2409.08857');
      expect(ids.filter((id) => id === 'arxiv:2409.08857'), query).toHaveLength(1);
    }
    // The Chinese title is one of the paper's exact names.
    expect(index.search('InstantDrag：快速、真实感的拖拽图像编辑').hits[0]?.why[0]).toBe('name');
  });

  it('GIVEN a zh-reading note and an English record with one arXiv id THEN the note stays the zh text, the English text is kept too', () => {
    const note = englishPaper({ id: 'x', lang: 'zh', title: null, summary: '拖拽编辑笔记', localTitle: '拖拽', sources: [{ file: 'notes.txt', format: 'zh-reading', date: null, index: 0 }], texts: { zh: { title: '拖拽', summary: '拖拽编辑笔记' } } });
    const [m, ...rest] = mergePapers([note, englishPaper()]);
    expect(rest).toEqual([]);
    expect(m!.texts).toEqual({
      en: { title: 'InstantDrag: Improving Interactivity in Drag-based Image Editing', summary: 'Drag-based image editing has recently gained popularity for its interactivity and precision.' },
      zh: { title: '拖拽', summary: '拖拽编辑笔记' },
    });
    expect([m!.lang, m!.summary]).toEqual(['zh', '拖拽编辑笔记']);
  });
});
