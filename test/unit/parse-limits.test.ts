import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/core/corpus.ts';
import { WarningLog } from '../../src/core/parse/entry.ts';
import { decodeDigest, scanUtf8 } from '../../src/core/parse/encoding.ts';
import { parseDigest } from '../../src/core/parse/index.ts';
import { readStarter } from '../fixtures/digests/load.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const header = 'Ежедневно отобранные исследовательские статьи по ИИ с переводами';

describe('WarningLog', () => {
  it('GIVEN more warnings than the cap THEN the first ones kept and one summary with the lines and first reason', () => {
    const log = new WarningLog('a.txt', 2);
    for (let line = 1; line <= 5; line++) log.push({ file: 'a.txt', line, reason: `bad ${line}` });
    expect(log.list()).toEqual([
      { file: 'a.txt', line: 1, reason: 'bad 1' },
      { file: 'a.txt', line: 2, reason: 'bad 2' },
      { file: 'a.txt', line: null, reason: '3 more warnings not listed (lines 3-5; the first: bad 3)' },
    ]);
  });

  it('GIVEN 200,000 warnings THEN no stack overflow and 21 entries', () => {
    const log = new WarningLog('a.txt', 20);
    for (let line = 1; line <= 200_000; line++) log.push({ file: 'a.txt', line, reason: 'x' });
    expect(log.list()).toHaveLength(21);
  });
});

describe('scanUtf8 / decodeDigest', () => {
  it('GIVEN UTF-8 with a stray byte on line 2 THEN UTF-8 kept, U+FFFD on that line, line 2 reported', () => {
    const bytes = utf8(`${header}\nМы предлагаем X\nМы представляем Y\n`);
    const at = utf8(`${header}\nМы`).length;
    const bad = new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
    expect(scanUtf8(bad)).toEqual({ validMultiByte: expect.any(Number), invalid: 1, lines: [2] });
    const d = decodeDigest(bad);
    expect([d.encoding, d.invalidLines, d.text.split('\n')[1]]).toEqual(['utf-8', [2], 'Мы\ufffd предлагаем X']);
  });

  it('GIVEN CR-only and CRLF line ends THEN the reported line counts them as splitLines does', () => {
    expect(scanUtf8(new Uint8Array([0x61, 0x0d, 0x62, 0x0d, 0x0a, 0xff])).lines).toEqual([3]);
  });

  it('GIVEN Windows-1251 Russian THEN not taken for damaged UTF-8', () => {
    const d = decodeDigest(iconv.encode(readStarter('2024-05-ru-daily.txt').toString('utf8'), 'win1251'));
    expect(d.encoding).toBe('windows-1251');
  });
});

describe('parseDigest limits', () => {
  it('GIVEN more papers than maxPapers THEN refused, naming the line of the first paper past it', () => {
    const text = [header, ...Array.from({ length: 6 }, (_, i) => `Мы представляем метод номер ${i} для длинных текстов и видео.`)].join('\n');
    expect(parseDigest({ file: 'r.txt', bytes: utf8(text) }, { maxPapers: 5 })).toEqual({
      ok: false,
      error: { file: 'r.txt', line: 7, reason: 'more than 5 papers in one file (the per-file limit): split it into smaller digests' },
    });
    const loaded = parseDigest({ file: 'r.txt', bytes: utf8(text) }, { maxPapers: 6 });
    expect(loaded.ok && loaded.value.papers.length).toBe(6);
  });

  it('GIVEN a pretty JSON entry with a huge abstract THEN that entry is skipped with its line, the others load', () => {
    const papers = [
      { title: 'Good: One', url: 'https://huggingface.co/papers/2410.00001', abstract: 'We present Good.' },
      { title: 'Bad: Two', url: 'https://huggingface.co/papers/2410.00002', abstract: 'a'.repeat(200_001) },
    ];
    const r = parseDigest({ file: 'f.json', bytes: utf8(JSON.stringify({ papers }, null, 2)) });
    expect(r.ok && r.value.papers.map((p) => p.title)).toEqual(['Good: One']);
    expect(r.ok && r.value.warnings).toEqual([{ file: 'f.json', line: 10, reason: 'papers[1] skipped: abstract is 200,001 characters (at most 200,000)' }]);
  });
});

describe('buildCorpus total limit', () => {
  it('GIVEN files past maxTotalPapers THEN the file that would cross it is reported and a later small one still loads', () => {
    const files = ['2024-05-ru-daily.txt', '2024-10-04-hfday.json', '2024-11-zh-reading-notes.txt'].map((file) => ({ file, bytes: readStarter(file) }));
    const corpus = buildCorpus(files, { maxTotalPapers: 20 });
    expect(corpus.digests.map((d) => d.file)).toEqual(['2024-05-ru-daily.txt', '2024-11-zh-reading-notes.txt']);
    expect(corpus.problems).toEqual([
      { file: '2024-10-04-hfday.json', line: null, reason: 'not loaded: its 27 papers would take the corpus past 20 papers in total (8 loaded)' },
    ]);
  });
});
