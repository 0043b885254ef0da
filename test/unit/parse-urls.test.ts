import { describe, expect, it } from 'vitest';
import { arxivIdFromUrl, cleanUrl, extractUrls } from '../../src/core/parse/index.ts';
import { parseStarter } from '../fixtures/digests/load.ts';

describe('cleanUrl', () => {
  it.each([
    ['sentence punctuation after a URL: removed', 'https://github.com/OpenLLMAI/OpenRLHF.', 'https://github.com/OpenLLMAI/OpenRLHF'],
    ['an ellipsis: removed', 'https://github.com/Peterande/D-FINE...', 'https://github.com/Peterande/D-FINE'],
    ['a bracket and comma: removed', 'https://x.org/a),', 'https://x.org/a'],
    ['a quote and semicolon: removed', 'https://x.org/a";', 'https://x.org/a'],
    ['a closing bracket that belongs to the URL: kept', 'https://en.wikipedia.org/wiki/Mamba_(snake)', 'https://en.wikipedia.org/wiki/Mamba_(snake)'],
    ['its own bracket kept, the sentence one removed', 'https://en.wikipedia.org/wiki/Mamba_(snake)).', 'https://en.wikipedia.org/wiki/Mamba_(snake)'],
    ['a trailing slash: kept', 'https://follow-your-click.github.io/', 'https://follow-your-click.github.io/'],
  ])('GIVEN %s', (_what, url, clean) => {
    expect(cleanUrl(url)).toBe(clean);
  });
});

describe('extractUrls', () => {
  it('GIVEN Chinese punctuation (full-width or ideographic) after URLs THEN it is not part of them', () => {
    expect(extractUrls('代码：https://github.com/acme/TinyNet。然后 https://a.org/x，以及https://b.org/y、')).toEqual([
      'https://github.com/acme/TinyNet',
      'https://a.org/x',
      'https://b.org/y',
    ]);
  });

  it('GIVEN a URL followed by a space and a comma THEN the URL alone', () => {
    expect(extractUrls('它已发布于 https://github.com/hiyouga/LLaMA-Factory ,并获得')).toEqual(['https://github.com/hiyouga/LLaMA-Factory']);
  });

  it('GIVEN markdown links, placeholders and duplicates THEN placeholders dropped and duplicates once', () => {
    expect(extractUrls('[链接](http://example.com) see [x](https://x.org/p) and https://x.org/p.')).toEqual(['https://x.org/p']);
  });

  it('GIVEN text without valid URLs THEN an empty list', () => {
    expect(extractUrls('http:// https://localhost nothing here')).toEqual([]);
  });
});

describe('arxivIdFromUrl', () => {
  it.each([
    ['https://arxiv.org/pdf/2302.13971', '2302.13971'],
    ['https://arxiv.org/abs/2303.03378v2', '2303.03378'],
    ['https://arxiv.org/pdf/2401.12345v3.pdf', '2401.12345'],
    ['http://www.arxiv.org/html/2410.02740v1', '2410.02740'],
    ['https://huggingface.co/papers/2410.02757', '2410.02757'],
    ['https://github.com/cloneofsimo/consistency_models', null],
    ['https://arxiv.org/list/cs.CL/recent', null],
    ['https://notarxiv.org/abs/2302.13971', null],
  ])('GIVEN %s THEN %s (arXiv abs/pdf/html and Hugging Face papers: the id without version or .pdf; other URLs: null)', (url, id) => {
    expect(arxivIdFromUrl(url)).toBe(id);
  });
});

describe('parseDigest urls and arXiv ids (starter corpus)', () => {
  it('GIVEN 2024-05 ru-daily THEN clean repository URLs without the sentence full stop', () => {
    expect(parseStarter('2024-05-ru-daily.txt').papers.map((p) => p.urls)).toEqual([
      [],
      [],
      ['https://github.com/OpenLLMAI/OpenRLHF'],
      [],
      [],
      [],
      ['https://github.com/xinghaochen/SLAB', 'https://github.com/mindspore-lab/models/tree/master/research/huawei-noah/SLAB'],
      ['https://github.com/xingy038/Dreamer-XL'],
    ]);
  });

  it('GIVEN 2024-03 ru-daily THEN the scaling repository and the project page', () => {
    const urls = parseStarter('2024-03-ru-daily.txt').papers.flatMap((p) => p.urls);
    expect(urls).toEqual(['https://github.com/mlfoundations/scaling', 'https://follow-your-click.github.io/']);
  });

  it('GIVEN zh reading notes THEN LLaMA-Factory and D-FINE links without trailing dots or commas', () => {
    const urls = parseStarter('2024-11-zh-reading-notes.txt').papers.flatMap((p) => p.urls);
    expect(urls).toEqual(['https://github.com/hiyouga/LLaMA-Factory', 'https://github.com/Peterande/D-FINE']);
  });

  it('GIVEN zh monthly 2023-03 THEN arXiv ids from the link lines and no footer URL', () => {
    const papers = parseStarter('2023-03-zh-monthly-top10.txt').papers;
    expect(papers.map((p) => p.arxivId)).toEqual([
      '2302.13971', null, '2303.03378', '2302.14691', '2302.09210', '2302.09778', '2303.02506', '2302.07842', '2302.06675', '2302.05981',
    ]);
    expect(papers.map((p) => p.id).slice(0, 3)).toEqual(['arxiv:2302.13971', papers[1]!.id, 'arxiv:2303.03378']);
    expect(papers[1]!.id).toMatch(/^h:[0-9a-f]{16}$/);
    expect(papers[1]!.urls).toEqual(['https://github.com/cloneofsimo/consistency_models']);
  });

  it('GIVEN zh monthly 2022-04 THEN no URLs (the entries have none; an arXiv id in commentary cites other work)', () => {
    const papers = parseStarter('2022-04-zh-monthly-top10.txt').papers;
    expect(papers.flatMap((p) => p.urls)).toEqual([]);
    expect(papers.map((p) => p.arxivId)).toEqual(Array(10).fill(null));
  });

  it('GIVEN hfday THEN every paper has its huggingface URL and arXiv id', () => {
    const papers = parseStarter('2024-10-04-hfday.json').papers;
    expect(papers.every((p) => p.urls.length === 1 && p.id === `arxiv:${p.arxivId}` && p.urls[0] === `https://huggingface.co/papers/${p.arxivId}`)).toBe(true);
    expect(papers[0]!.arxivId).toBe('2410.02740');
  });
});
