import { describe, expect, it } from 'vitest';
import { parseAuthors, parseDigest } from '../../src/core/parse/index.ts';
import { chineseNumber, linkLine, monthlyHeading } from '../../src/core/parse/headings.ts';

const line = (raw: string) => ({ no: 1, raw, norm: raw.normalize('NFKC') });
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('monthlyHeading', () => {
  it.each([
    ['1、LLaMA: Open', 1],
    ['１２．Prismer: A Vision', 12],
    ['3) Kubric: A scalable', 3],
    ['(4) Kubric: A scalable', 4],
    ['（5）Kubric: A scalable', 5],
    ['⑥ Kubric: A scalable', 6],
    ['第7篇：Kubric: A scalable', 7],
    ['#8 Kubric: A scalable', 8],
    ['No.9 Kubric: A scalable', 9],
    ['十、Kubric: A scalable', 10],
    ['## 11、Kubric: A scalable', 11],
    ['**12、Kubric: A scalable**', 12],
    ['13、3DTopia-XL: Scaling', 13],
  ])('GIVEN %s THEN number %i and the English title', (raw, n) => {
    const h = monthlyHeading(line(raw));
    expect(h?.number).toBe(n);
    expect(h?.title).toMatch(/^(Kubric: A scalable|LLaMA: Open|Prismer: A Vision|3DTopia-XL: Scaling)$/);
  });

  it('GIVEN a Chinese title with the English one in full-width parentheses THEN the English title, the Chinese kept', () => {
    expect(monthlyHeading(line('３、一致性模型（Consistency Models）'))).toEqual({ number: 3, title: 'Consistency Models', localTitle: '一致性模型' });
    expect(monthlyHeading(line('5、机器人（Do As I Can, Not As I Say (SayCan): Grounding）'))?.title).toBe('Do As I Can, Not As I Say (SayCan): Grounding');
  });

  it('GIVEN an English title followed by a Chinese translation THEN the English part', () => {
    expect(monthlyHeading(line('2、Consistency Models（一致性模型）'))?.title).toBe('Consistency Models');
  });

  it('GIVEN numbered lines without an English title THEN not a heading', () => {
    for (const raw of ['1、GPT-4发布了，多模态能力很强', '2、背景介绍', '3、', '2023年3月', '4. 多模态']) expect(monthlyHeading(line(raw))).toBeNull();
  });
});

describe('chineseNumber', () => {
  it('GIVEN Chinese numerals THEN their value', () => {
    expect(['一', '十', '十三', '二十', '二十一', '7'].map(chineseNumber)).toEqual([1, 10, 13, 20, 21, 7]);
    expect(chineseNumber('百')).toBeNaN();
  });
});

describe('linkLine', () => {
  it('GIVEN URL-only lines in the ways posts write them THEN true', () => {
    for (const s of ['https://arxiv.org/abs/1', '<https://arxiv.org/abs/1>', '(https://arxiv.org/abs/1)。', '论文链接：https://arxiv.org/abs/1', 'Paper: 「https://arxiv.org/abs/1」', '[链接](https://arxiv.org/abs/1)', 'arXiv: https://a.org/1, https://b.org/2']) {
      expect(linkLine(s.normalize('NFKC')), s).toBe(true);
    }
  });
  it('GIVEN a sentence with a URL THEN false', () => {
    expect(linkLine('代码已经开源，地址在 https://github.com/x/y')).toBe(false);
    expect(linkLine('no url here')).toBe(false);
  });
});

describe('parseAuthors styles', () => {
  it('GIVEN labelled, Chinese-comma and et-al author lines THEN the names', () => {
    expect(parseAuthors('作者:Hugo Touvron, Thibaut Lavril')).toEqual(['Hugo Touvron', 'Thibaut Lavril']);
    expect(parseAuthors('Authors: Yang Song; Mark Chen')).toEqual(['Yang Song', 'Mark Chen']);
    expect(parseAuthors('Yang Song、Prafulla Dhariwal、Mark Chen')).toEqual(['Yang Song', 'Prafulla Dhariwal', 'Mark Chen']);
    expect(parseAuthors('Hugo Touvron et al.')).toEqual(['Hugo Touvron']);
    expect(parseAuthors('作者:小明')).toBeNull();
  });
});

describe('unknown shapes are reported (issue 11)', () => {
  it('GIVEN a monthly list numbered to 9 with only 2 readable headings THEN a warning says so, and the unreadable numbered line is named', () => {
    const text = ['本月论文。', '1、LLaMA: Open Models', '评论一。', '2、LoRA微调 Low-Rank Adaptation', '评论二。', '9、Kubric: A scalable dataset generator', '评论三。'].join('\n');
    const r = parseDigest({ file: 'm.txt', bytes: utf8(text) });
    expect(r.ok && r.value.papers.map((p) => p.title)).toEqual(['LLaMA: Open Models', 'Kubric: A scalable dataset generator']);
    expect(r.ok && r.value.warnings).toEqual([
      { file: 'm.txt', line: null, reason: 'entries are numbered up to 9 but 2 were read: some headings were not recognised' },
      { file: 'm.txt', line: 4, reason: 'numbered like an entry but has no English title (expected "N、English Title" or a Chinese title with the English one in parentheses): not read as a paper' },
    ]);
  });

  it('GIVEN a ru-daily page where most lines are not abstracts THEN the first warning says how many lines were read', () => {
    const text = ['Ежедневно отобранные исследовательские статьи по ИИ с переводами', 'Мы представляем метод X для генерации длинных видео без обучения.', ...Array.from({ length: 6 }, () => 'коротко')].join('\n');
    const r = parseDigest({ file: 'r.txt', bytes: utf8(text) });
    expect(r.ok && r.value.warnings[0]).toEqual({ file: 'r.txt', line: 3, reason: 'only 1 of 7 lines read as abstracts: ru-daily expects one abstract (40+ characters) per line' });
  });

  it('GIVEN a reading-note heading without its colon THEN it is named', () => {
    const r = parseDigest({ file: 'z.txt', bytes: utf8('论文阅读一:MoT:混合模型\n摘要 我们引入混合Transformer(MoT)。\n论文阅读二 没有冒号的标题\n摘要 另一篇。') });
    expect(r.ok && r.value.warnings).toEqual([{ file: 'z.txt', line: 3, reason: 'starts like a reading-note heading but is not "论文阅读N：title" (number and colon): not read as a note' }]);
  });
});

describe('monthlyHeading with a circled number', () => {
  it('GIVEN ⑤ and a Chinese title with an English one holding ASCII brackets THEN the whole English title', () => {
    expect(monthlyHeading(line('⑤ 大模型的高效微调（Do As I Can, Not As I Say (SayCan): Grounding）'))?.title).toBe('Do As I Can, Not As I Say (SayCan): Grounding');
  });
});
