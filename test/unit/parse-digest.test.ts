import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PaperSchema } from '../../src/core/model.ts';
import { dateFromFileName, fnv1a64, parseDigest } from '../../src/core/parse/index.ts';
import { parseOk, parseStarter, readFixture, readStarterText, starterCounts } from '../fixtures/digests/load.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('parseDigest', () => {
  describe('starter corpus', () => {
    for (const [file, count] of Object.entries(starterCounts)) {
      it(`GIVEN ${file} THEN it yields exactly ${count} papers, valid records, 0-based indices in order`, () => {
        const digest = parseStarter(file);
        expect(digest.papers).toHaveLength(count);
        expect(digest.warnings).toEqual([]);
        expect(digest.papers.map((p) => p.sources[0]!.index)).toEqual([...Array(count).keys()]);
        for (const paper of digest.papers) {
          expect(PaperSchema.safeParse(paper).success).toBe(true);
          expect(paper.topics).toEqual([]);
          expect(paper.sources).toHaveLength(1);
          expect(paper.sources[0]!.file).toBe(file);
        }
      });
    }

    it('GIVEN each starter file THEN the detected format, encoding and file-name date are as expected', () => {
      const seen = Object.keys(starterCounts).map((file) => {
        const d = parseStarter(file);
        return [file, d.format, d.encoding, d.date];
      });
      expect(seen).toEqual([
        ['2024-05-ru-daily.txt', 'ru-daily', 'utf-8', '2024-05'],
        ['2024-03-ru-daily.txt', 'ru-daily', 'utf-8', '2024-03'],
        ['2024-11-zh-reading-notes.txt', 'zh-reading', 'utf-8', '2024-11'],
        ['2023-03-zh-monthly-top10.txt', 'zh-monthly', 'utf-8', '2023-03'],
        ['2022-04-zh-monthly-top10.txt', 'zh-monthly', 'utf-8', '2022-04'],
        ['2024-10-03-hfday.json', 'hfday-json', 'utf-8', '2024-10-03'],
        ['2024-10-04-hfday.json', 'hfday-json', 'utf-8', '2024-10-04'],
      ]);
    });

    it('GIVEN an explicit date THEN it overrides the file name and lands in every source', () => {
      const d = parseStarter('2024-05-ru-daily.txt', { date: '2024-05-20' });
      expect(d.date).toBe('2024-05-20');
      expect(new Set(d.papers.map((p) => p.sources[0]!.date))).toEqual(new Set(['2024-05-20']));
    });

    it('GIVEN a malformed explicit date THEN a warning is given and the file-name date is used', () => {
      const d = parseStarter('2024-05-ru-daily.txt', { date: 'May 2024' });
      expect(d.date).toBe('2024-05');
      expect(d.warnings).toEqual([{ file: '2024-05-ru-daily.txt', line: null, reason: 'date "May 2024" ignored: expected YYYY-MM or YYYY-MM-DD' }]);
    });

    it('GIVEN ru-daily THEN the header line is not a paper, title is null, lang ru, the summary is the whole line', () => {
      const d = parseStarter('2024-05-ru-daily.txt');
      const lines = readStarterText('2024-05-ru-daily.txt').split('\n');
      expect(d.papers[0]!.summary).toBe(lines[1]);
      expect(d.papers.every((p) => p.title === null && p.lang === 'ru' && !p.summary.startsWith('Ежедневно'))).toBe(true);
    });

    it('GIVEN zh-reading THEN the heading is kept as localTitle and the 摘要/原文链接 label is removed', () => {
      const d = parseStarter('2024-11-zh-reading-notes.txt');
      expect(d.papers.map((p) => p.localTitle)).toEqual([
        '混合Transformer:一种用于多模态基础模型的稀疏可扩展架构',
        'BitNet a4.8:1位LLM的4位激活',
        '使用中学数学从头开始理解LLM',
        '一致性模型',
        'LLaMA-Factory:100多种语言模型的统一高效微调',
        'D-FINE:将DETRS中的回归任务重新定义为细粒度分布细化',
      ]);
      expect(d.papers[2]!.summary.startsWith('本文中,我们讨论大型语言模型')).toBe(true);
      expect(d.papers[3]!.summary.startsWith('虽然扩散模型')).toBe(true);
      expect(d.papers.every((p) => p.lang === 'zh' && p.title === null)).toBe(true);
    });

    it('GIVEN zh-monthly 2023-03 with two `8、` entries and no `7、` THEN both 8s are papers with their English titles', () => {
      const d = parseStarter('2023-03-zh-monthly-top10.txt');
      expect(d.papers.map((p) => p.title)).toEqual([
        'LLaMA: Open and Efficient Foundation Language Models',
        'Consistency Models',
        'PaLM-E: An Embodied Multimodal Language Model',
        'In-context Instruction Learning',
        'How Good Are GPT Models at Machine Translation? A Comprehensive Evaluation',
        'Composer: Creative and Controllable Image Synthesis with Composable Conditions',
        'Prismer: A Vision-Language Model with Multi-Modal Experts',
        'Augmented Language Models: a Survey',
        'Symbolic discovery of optimization algorithms',
        'MarioGPT: Open-Ended Text2Level Generation through Large Language Models',
      ]);
    });

    it('GIVEN zh-monthly 2022-04 THEN the `| Project page` link label is not part of the title', () => {
      const d = parseStarter('2022-04-zh-monthly-top10.txt');
      expect(d.papers[4]!.title).toBe('Do As I Can, Not As I Say (SayCan): Grounding Language in Robotic Affordances');
    });

    it('GIVEN hfday-json THEN summary is the Russian desc (lang ru), abstract the English text, localTitle the Russian headline', () => {
      const p = parseStarter('2024-10-03-hfday.json').papers[1]!;
      expect(p.title).toBe('Loong: Generating Minute-level Long Videos with Autoregressive Language Models');
      expect(p.lang).toBe('ru');
      expect(p.summary.startsWith('Статья представляет Loong')).toBe(true);
      expect(p.abstract?.startsWith('It is desirable but challenging to generate content-rich long videos')).toBe(true);
      expect(p.localTitle).toBeTypeOf('string');
      expect(p.id).toBe('arxiv:2410.02757');
      expect(p.urls).toEqual(['https://huggingface.co/papers/2410.02757']);
    });
  });

  describe('footer and intro material', () => {
    it('GIVEN zh-monthly 2023-03 THEN the source URL, author line and markdown help never appear in any paper', () => {
      const d = parseStarter('2023-03-zh-monthly-top10.txt');
      const text = d.papers.map((p) => [p.summary, ...p.urls].join('\n')).join('\n');
      for (const footer of ['avoid.overfit.cn', '作者:Sergi', '**粗体**', '你还可以使用@', '来通知其他用户', 'example.com', '三月有很多的重大产品发布']) {
        expect(text).not.toContain(footer);
      }
      expect(d.papers[9]!.summary.endsWith('潜在的更具表现力和个性化的游戏体验!')).toBe(true);
    });

    it('GIVEN zh-monthly 2022-04 THEN references, source URL, author, site name and follower count are excluded', () => {
      const d = parseStarter('2022-04-zh-monthly-top10.txt');
      const text = d.papers.map((p) => [p.summary, ...p.urls].join('\n')).join('\n');
      for (const footer of ['[1]', '“Pay Attention to MLPs” by', 'overfit.cn', '作者:', 'deephub', '粉丝', '头图', 'NVidia 的新 H100']) {
        expect(text).not.toContain(footer);
      }
      expect(d.papers[9]!.summary.endsWith('添加无分类器消除了对生成后过滤的需要。')).toBe(true);
    });

    it('GIVEN a monthly fixture with full-width numbering, a gap, a repeated number and a footer THEN 3 papers', () => {
      const d = parseOk({ file: 'fullwidth-monthly.txt', bytes: readFixture('fullwidth-monthly.txt') });
      expect(d.format).toBe('zh-monthly');
      expect(d.papers.map((p) => [p.title, p.name, p.arxivId, p.urls, p.authors])).toEqual([
        ['FooNet:A Test Title With Full-Width Numbering', 'FooNet', '2401.00001', ['https://arxiv.org/abs/2401.00001v2', 'https://github.com/acme/FooNet'], ['Alice Zhang', 'Bob Li']],
        ['Baz-2: Numbering Gap Title', 'Baz-2', null, [], ['Carol White', 'Dan Brown']],
        ['Another Paper Sharing Number Three', null, null, [], []],
      ]);
      expect(d.papers[2]!.summary).toBe('第三条评论。');
    });

    it('GIVEN a reading-notes fixture with a credit line and markdown help THEN they are not part of the last note', () => {
      const d = parseOk({ file: 'reading-footer.txt', bytes: readFixture('reading-footer.txt') });
      expect(d.papers.map((p) => [p.name, p.localTitle, p.summary, p.urls])).toEqual([
        ['TinyNet', 'TinyNet：一个很小的网络', '我们引入TinyNet，一种小网络。代码：https://github.com/acme/TinyNet。', ['https://github.com/acme/TinyNet']],
        [null, '从零开始理解扩散模型的基本原理', '本文介绍扩散模型的基本原理...', []],
      ]);
    });
  });

  describe('formats and line ends', () => {
    it('GIVEN CR-only line ends and blank lines THEN ru-daily still yields 9 papers', () => {
      const text = readStarterText('2024-03-ru-daily.txt').replace(/\n/g, '\r\r');
      expect(parseOk({ file: 'cr.txt', bytes: utf8(text) }).papers).toHaveLength(9);
    });

    it('GIVEN an explicit format THEN detection is skipped (ru text forced as ru-daily without header gives a warning)', () => {
      const lines = readStarterText('2024-05-ru-daily.txt').split('\n').slice(1, 3).join('\n');
      const d = parseOk({ file: 'x.txt', bytes: utf8(lines), format: 'ru-daily' });
      expect(d.papers.map((p) => p.name)).toEqual(['FIFO-Diffusion', 'MoRA']);
      expect(d.warnings).toEqual([{ file: 'x.txt', line: 1, reason: 'ru-daily header line missing; every line read as an abstract' }]);
    });

    it('GIVEN a ru-daily file with a stray short line THEN that line is a warning with its line number and the rest parses', () => {
      const text = `${readStarterText('2024-05-ru-daily.txt').split('\n').slice(0, 3).join('\n')}\nСпасибо!\n`;
      const d = parseOk({ file: 's.txt', bytes: utf8(text) });
      expect(d.papers).toHaveLength(2);
      expect(d.warnings).toEqual([{ file: 's.txt', line: 4, reason: 'line skipped: too short for an abstract (8 characters)' }]);
    });
  });

  describe('malformed input', () => {
    it('GIVEN an empty file THEN the error says so', () => {
      expect(parseDigest({ file: 'e.txt', bytes: new Uint8Array() })).toEqual({ ok: false, error: { file: 'e.txt', line: null, reason: 'empty file' } });
      expect(parseDigest({ file: 'w.txt', bytes: utf8(' \r\n\n\t\n') })).toEqual({ ok: false, error: { file: 'w.txt', line: null, reason: 'empty file' } });
    });

    it('GIVEN text in no digest format THEN the error names the first line and what was expected, not the content', () => {
      // An unrecognised file may be anything (a key file dropped in by mistake): its content is not echoed.
      expect(parseDigest({ file: 'n.txt', bytes: utf8('\nHello world\nsecond line\n') })).toEqual({
        ok: false,
        error: {
          file: 'n.txt',
          line: 2,
          reason: 'not a recognised digest format (expected the ru-daily header line, a 论文阅读/文章阅读 heading, numbered English titles in Chinese text, or JSON with a "papers" array)',
        },
      });
    });

    it('GIVEN invalid JSON THEN the error gives the line of the fault', () => {
      expect(parseDigest({ file: 'broken.json', bytes: readFixture('broken.json') })).toEqual({
        ok: false,
        error: { file: 'broken.json', line: 3, reason: 'invalid JSON at line 3: Expected double-quoted property name in JSON at position 41' },
      });
    });

    it('GIVEN JSON without papers[] THEN a format error; GIVEN an empty papers[] THEN "no papers found"', () => {
      expect(parseDigest({ file: 'a.json', bytes: utf8('{"items": []}') })).toEqual({
        ok: false,
        error: { file: 'a.json', line: 1, reason: 'not a recognised digest format: JSON without a "papers" array' },
      });
      expect(parseDigest({ file: 'b.json', bytes: utf8('{"papers": []}') })).toEqual({
        ok: false,
        error: { file: 'b.json', line: null, reason: 'no papers found (hfday-json)' },
      });
    });

    it('GIVEN a feed entry with a numeric title THEN it is a located warning and the valid entry still loads', () => {
      const d = parseOk({ file: 'hfday-bad-entry.json', bytes: readFixture('hfday-bad-entry.json') });
      expect(d.papers.map((p) => [p.id, p.name, p.localTitle])).toEqual([['arxiv:2410.00001', 'GoodNet', 'Хорошая сеть']]);
      expect(d.warnings).toEqual([{ file: 'hfday-bad-entry.json', line: 11, reason: 'papers[1] skipped: title: Invalid input: expected string, received number' }]);
    });

    it('GIVEN a ru-daily header and nothing else THEN "no papers found"', () => {
      expect(parseDigest({ file: 'h.txt', bytes: utf8('Ежедневно отобранные исследовательские статьи по ИИ с переводами\n') })).toEqual({
        ok: false,
        error: { file: 'h.txt', line: null, reason: 'no papers found (ru-daily)' },
      });
    });

    it('GIVEN binary junk THEN an "unreadable" error on line 1', () => {
      const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 32);
      expect(parseDigest({ file: 'bin.dat', bytes })).toEqual({
        ok: false,
        error: { file: 'bin.dat', line: 1, reason: 'unreadable: looks like binary data (91% control or undecodable characters as windows-1251)' },
      });
    });

    it('GIVEN a 50 MB single line THEN a located error comes back quickly', () => {
      const started = performance.now();
      const result = parseDigest({ file: 'big.txt', bytes: new Uint8Array(50_000_000).fill(0x61) });
      expect(result).toEqual({
        ok: false,
        error: { file: 'big.txt', line: 1, reason: 'no readable lines: line skipped: 50,000,000 characters is too long for a digest entry' },
      });
      expect(performance.now() - started).toBeLessThan(3000);
    });

    it('GIVEN a ru-daily header followed by a 50 MB Cyrillic line THEN the line is skipped with a warning, no hang', () => {
      const header = utf8('Ежедневно отобранные исследовательские статьи по ИИ с переводами\n');
      const body = new Uint8Array(50_000_000);
      for (let i = 0; i < body.length; i += 2) [body[i], body[i + 1]] = [0xd0, 0xb0]; // 'а' repeated
      const bytes = new Uint8Array(header.length + body.length);
      bytes.set(header);
      bytes.set(body, header.length);
      const started = performance.now();
      expect(parseDigest({ file: 'big-ru.txt', bytes })).toEqual({
        ok: false,
        error: { file: 'big-ru.txt', line: 2, reason: 'no papers found (ru-daily; line skipped: 25,000,000 characters is too long for a digest entry)' },
      });
      expect(performance.now() - started).toBeLessThan(4000);
    });

    it('GIVEN a long abstract line under the limit with pathological punctuation THEN it parses in linear time', () => {
      const line = `Мы представляем ${'Ab-'.repeat(30_000)}x ${'под названием '.repeat(5_000)}${'https://a.bc/'.repeat(2_000)}....`;
      const started = performance.now();
      const d = parseOk({ file: 'p.txt', bytes: utf8(`Ежедневно отобранные исследовательские статьи по ИИ с переводами\n${line}\n`) });
      expect(d.papers).toHaveLength(1);
      expect(performance.now() - started).toBeLessThan(2000);
    });

    it('GIVEN arbitrary bytes THEN parseDigest never throws and returns papers or a located error', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom(undefined, 'ru-daily', 'zh-reading', 'zh-monthly', 'hfday-json'), (bytes, format) => {
          const result = parseDigest({ file: 'f.bin', bytes, ...(format ? { format } : {}) });
          if (result.ok) expect(result.value.papers.length).toBeGreaterThan(0);
          else {
            expect(result.error.file).toBe('f.bin');
            expect(result.error.reason.length).toBeGreaterThan(0);
            expect(result.error.line === null || result.error.line >= 1).toBe(true);
          }
        }),
        { numRuns: 300 },
      );
    });

    it('GIVEN arbitrary text after a digest header THEN parseDigest never throws', () => {
      const headers = ['Ежедневно отобранные исследовательские статьи по ИИ с переводами\n', '论文阅读一:', '1、Title\n', '{"papers":['];
      fc.assert(
        fc.property(fc.constantFrom(...headers), fc.string({ unit: 'binary', maxLength: 1000 }), (header, text) => {
          const result = parseDigest({ file: 't.txt', bytes: utf8(header + text) });
          expect(typeof result.ok).toBe('boolean');
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe('dateFromFileName', () => {
  it.each([
    ['2024-10-03-hfday.json', '2024-10-03'],
    ['2024-05-ru-daily.txt', '2024-05'],
    ['data/digests/2023-03-zh-monthly-top10.txt', '2023-03'],
    ['C:\\digests\\2022-04-zh.txt', '2022-04'],
    ['digest-2024-05.txt', null],
    ['2024-13-x.txt', null],
    ['20240503.txt', null],
    ['2024-051.txt', null],
  ])('GIVEN %s THEN %s (a leading YYYY-MM(-DD), else null)', (name, date) => {
    expect(dateFromFileName(name)).toBe(date);
  });
});

describe('fnv1a64', () => {
  it('GIVEN reference inputs THEN the published FNV-1a 64 values', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('GIVEN any string THEN the same value as a BigInt reference implementation', () => {
    const reference = (text: string) => {
      let h = 0xcbf29ce484222325n;
      for (const b of new TextEncoder().encode(text)) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
      return h.toString(16).padStart(16, '0');
    };
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => fnv1a64(s) === reference(s)), { numRuns: 200 });
  });
});
