/**
 * Hostile-corpus fixtures (issue 16, "Tests and figures"): digest files a hostile user or a careless
 * operator drops into the digests directory, each with what the bot must do about it. Generated, not
 * checked in (some are tens of MB), seeded and reproducible.
 *
 * Every case says which file it writes, how many papers must load from it (`papers`, null when the
 * file must be refused), and the problem the load must report (file, line, reason). The test
 * (`test/integration/hostile-corpus.test.ts`) writes each case next to a good starter digest, loads
 * the directory as the bot does, and checks that the load returns (no crash), the good digest loads,
 * and the problem names the file and line.
 *
 * ```ts
 * for (const c of hostileCases()) writeFileSync(join(dir, c.file), c.bytes());
 * ```
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { Rng } from '../../bench/gen/rng.ts';

const starterDir = fileURLToPath(new URL('../../data/digests/', import.meta.url));
const ruHeader = 'Ежедневно отобранные исследовательские статьи по ИИ с переводами';

export interface HostileExpectation {
  /** Papers that must load from this file; null = the file is refused as a whole. */
  papers: number | null;
  /** A problem the load must report for this file: its 1-based line (null = not line-specific) and reason. */
  problem?: { line: number | null; reason: RegExp };
  /** At most this many problems reported for the file (warnings are capped and summarised). */
  maxProblems?: number;
}

export interface HostileCase {
  /** Stable id, used as the test name. */
  id: string;
  /** Where it comes from: the issue item, or "found" for cases found while writing these. */
  origin: string;
  /** File name written into the digests directory. */
  file: string;
  /** The file's bytes (built lazily: some cases are large). */
  bytes: () => Uint8Array;
  expect: HostileExpectation;
}

export interface HostileOptions {
  seed?: number;
  /**
   * `full`: the sizes reported in the issue (a 57 MB file of a million lines); `ci` (default): the
   * same shapes at sizes that still cross every limit but write a few MB.
   */
  scale?: 'full' | 'ci';
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Real Russian abstracts from the starter ru-daily digests (valid entries to mix in). */
function ruAbstracts(): string[] {
  return ['2024-05-ru-daily.txt', '2024-03-ru-daily.txt'].flatMap((f) =>
    readFileSync(starterDir + f, 'utf8')
      .split('\n')
      .slice(1)
      .filter((l) => l.trim()),
  );
}

/** One hfday-json feed entry. */
function feedEntry(rng: Rng, i: number, title?: string) {
  const id = `24${String(10 + rng.int(3)).padStart(2, '0')}.${String(10000 + i).slice(-5)}`;
  return {
    title: title ?? `Paper ${i}: ${['Sparse', 'Robust', 'Fast', 'Open'][rng.int(4)]} models for ${['video', 'speech', 'code'][rng.int(3)]}`,
    abstract: `We present method ${i}, which improves things on several benchmarks.`,
    url: `https://huggingface.co/papers/${id}`,
    data: { desc: `Мы представляем метод номер ${i}, который улучшает результаты на нескольких наборах данных.`, title: `Метод ${i}`, tags: ['#cv'] },
  };
}

/**
 * The cases. Sizes follow `scale`; every expectation holds at both scales.
 */
export function hostileCases(options: HostileOptions = {}): HostileCase[] {
  const seed = options.seed ?? 16;
  const full = options.scale === 'full';
  const abstracts = ruAbstracts();
  const cases: HostileCase[] = [];

  // 1. A ru-daily page drowned in ~130,000 short lines (400 KB): warnings must be capped and
  // summarised, not 130k log lines, and no stack overflow (`warnings.push(...list)`).
  cases.push({
    id: 'noisy-ru-daily',
    origin: '#16 item 1',
    file: '2024-06-noisy-ru-daily.txt',
    bytes: () => {
      const rng = new Rng(seed);
      const noise = Array.from({ length: 130_000 }, () => ['ок', 'спасибо!', '+1', '👍', 'да', 'нет'][rng.int(6)]!);
      return utf8([ruHeader, abstracts[0], ...noise.slice(0, 65_000), abstracts[1], ...noise.slice(65_000), abstracts[2]].join('\n'));
    },
    expect: { papers: 3, problem: { line: 3, reason: /too short for an abstract/ }, maxProblems: 25 },
  });

  // 2. A million valid short lines (57 MB at full scale): over the per-file paper limit, refused
  // with a clear message naming the line where the limit was crossed, in bounded memory.
  const manyLines = full ? 1_000_000 : 12_000;
  cases.push({
    id: 'million-line-ru-daily',
    origin: '#16 item 2',
    file: '2024-07-huge-ru-daily.txt',
    bytes: () => {
      const lines = [ruHeader];
      // ~57 bytes a line, as in the issue: at least 40 characters, so each line is an abstract.
      for (let i = 0; i < manyLines; i++) lines.push(`Мы предлагаем Model${String(i).padStart(7, '0')} for task ${String(i % 97).padStart(2, '0')} today.`);
      return utf8(lines.join('\n'));
    },
    expect: { papers: null, problem: { line: 10_002, reason: /more than 10,000 papers in one file/ } },
  });

  // The largest file the limits accept: 10,000 papers (the per-file limit) in just under the 64 MB
  // size limit, real abstracts run together to ~6,300 bytes a line. Loads whole; `bench/hostile.ts`
  // reports its time and memory.
  const acceptedPapers = full ? 10_000 : 500;
  cases.push({
    id: 'largest-accepted-ru-daily',
    origin: '#16 item 2',
    file: '2024-07-largest-ru-daily.txt',
    bytes: () => {
      const rng = new Rng(seed + 2);
      const lines = [ruHeader];
      for (let i = 0; i < acceptedPapers; i++) {
        let line = `Мы представляем Model${i}. `;
        while (line.length < 3_400) line += `${abstracts[rng.int(abstracts.length)]} `;
        lines.push(line.slice(0, 3_400));
      }
      return utf8(lines.join('\n'));
    },
    expect: { papers: acceptedPapers },
  });

  // 3. A valid minified one-line feed of 120 papers (~270 KB on one line): the per-line limit is
  // for text formats; JSON loads whole.
  cases.push({
    id: 'minified-json-feed',
    origin: '#16 item 3',
    file: '2024-10-05-hfday.json',
    bytes: () => {
      const rng = new Rng(seed + 3);
      const papers = Array.from({ length: 120 }, (_, i) => ({ ...feedEntry(rng, i), abstract: `${'We study a problem in depth. '.repeat(70)}(${i})` }));
      return utf8(JSON.stringify({ version: 'https://jsonfeed.org/version/1', title: 'HF', papers }));
    },
    expect: { papers: 120 },
  });

  // 3b. Pretty JSON where one entry's title is a million characters: that entry is really skipped
  // (it used to be reported as skipped and loaded anyway), the others load.
  cases.push({
    id: 'json-oversized-title',
    origin: '#16 item 3',
    file: '2024-10-06-hfday.json',
    bytes: () => {
      const rng = new Rng(seed + 4);
      const papers = Array.from({ length: 5 }, (_, i) => feedEntry(rng, i, i === 2 ? `Huge ${'x'.repeat(1_000_000)}` : undefined));
      return utf8(JSON.stringify({ papers }, null, 2));
    },
    // Entry 2 spans lines 27-38 of JSON.stringify's layout; its url (line 30) is what locates it.
    expect: { papers: 4, problem: { line: 30, reason: /papers\[2\] skipped: title is 1,000,005 characters/ } },
  });

  // 4. A UTF-8 ru-daily with a few invalid bytes on one line: stays UTF-8 (not GB18030), the bad
  // line gets replacement characters and a warning naming it.
  cases.push({
    id: 'utf8-with-bad-bytes',
    origin: '#16 item 4',
    file: '2024-08-bad-bytes-ru-daily.txt',
    bytes: () => {
      const good = utf8([ruHeader, ...abstracts.slice(0, 5)].join('\n'));
      const lines = [ruHeader, ...abstracts.slice(0, 5)];
      const at = utf8(lines.slice(0, 3).join('\n')).length + 1 + 40; // inside line 4
      const out = new Uint8Array(good.length + 3);
      out.set(good.subarray(0, at), 0);
      out.set([0xff, 0xc3, 0x28], at); // an impossible byte and a broken two-byte sequence
      out.set(good.subarray(at), at + 3);
      return out;
    },
    expect: { papers: 5, problem: { line: 4, reason: /invalid UTF-8 at line 4/ } },
  });

  // Found: a feed whose papers[] holds 50,000 invalid entries. Each warning used to scan the whole
  // text for its line (quadratic); warnings are capped and summarised.
  cases.push({
    id: 'json-many-bad-entries',
    origin: 'found',
    file: '2024-10-07-hfday.json',
    bytes: () => {
      const rng = new Rng(seed + 5);
      const papers: unknown[] = [feedEntry(rng, 0), feedEntry(rng, 1)];
      for (let i = 0; i < (full ? 50_000 : 5_000); i++) papers.push({ title: i, url: `https://x.org/${i}` });
      return utf8(JSON.stringify({ papers }, null, 1));
    },
    expect: { papers: 2, problem: { line: null, reason: /more warnings/ }, maxProblems: 25 },
  });

  // Found: a JSON feed over the per-file paper limit.
  cases.push({
    id: 'json-too-many-papers',
    origin: '#16 item 2',
    file: '2024-10-08-hfday.json',
    bytes: () => {
      const rng = new Rng(seed + 6);
      return utf8(JSON.stringify({ papers: Array.from({ length: 10_001 }, (_, i) => feedEntry(rng, i)) }));
    },
    expect: { papers: null, problem: { line: null, reason: /more than 10,000 papers in one file/ } },
  });

  // Found: JSON nested 200,000 levels deep (a parser that recursed would overflow the stack).
  cases.push({
    id: 'json-deep-nesting',
    origin: 'found',
    file: '2024-10-09-hfday.json',
    bytes: () => utf8(`{"papers":${'['.repeat(200_000)}${']'.repeat(200_000)}}`),
    expect: { papers: null, problem: { line: null, reason: /no papers found \(hfday-json; papers\[0\] skipped/ } },
  });

  // Found: a zh-monthly list with 12,000 one-line entries: the paper limit holds for every format.
  cases.push({
    id: 'zh-monthly-too-many-entries',
    origin: '#16 item 2',
    file: '2023-05-zh-monthly-flood.txt',
    bytes: () => utf8(['本月论文推荐,共计很多篇。', ...Array.from({ length: 12_000 }, (_, i) => `${(i % 999) + 1}、Model${i}: A Title\n一些中文评论。`)].join('\n')),
    expect: { papers: null, problem: { line: 20_002, reason: /more than 10,000 papers in one file/ } },
  });

  // Found: a text digest with one 300,000-character line (over the text line limit) among good ones.
  cases.push({
    id: 'ru-daily-overlong-line',
    origin: 'found',
    file: '2024-09-long-line-ru-daily.txt',
    bytes: () => utf8([ruHeader, abstracts[0], `Мы предлагаем ${'очень '.repeat(50_000)}длинный метод.`, abstracts[1]].join('\n')),
    expect: { papers: 2, problem: { line: 3, reason: /300,0\d\d characters is too long/ } },
  });

  // Found: the same pattern repeated over a long line, a backtracking trap for naive name regexes.
  cases.push({
    id: 'ru-daily-name-pattern-flood',
    origin: 'found',
    file: '2024-09-flood-ru-daily.txt',
    bytes: () => utf8([ruHeader, `${'под названием X под названием '.repeat(6_000)}конец.`, abstracts[3]].join('\n')),
    expect: { papers: 2 },
  });

  // Found: binary data with a digest name.
  cases.push({
    id: 'binary-as-txt',
    origin: 'found',
    file: '2024-09-image-ru-daily.txt',
    bytes: () => {
      const rng = new Rng(seed + 9);
      return Uint8Array.from({ length: 100_000 }, () => rng.int(256));
    },
    expect: { papers: null, problem: { line: 1, reason: /unreadable: looks like binary data/ } },
  });

  // Found: an empty file and a file of blank lines and spaces.
  cases.push({ id: 'empty-file', origin: 'found', file: '2024-09-empty.txt', bytes: () => new Uint8Array(0), expect: { papers: null, problem: { line: null, reason: /empty file/ } } });
  cases.push({
    id: 'blank-lines-only',
    origin: 'found',
    file: '2024-09-blank.txt',
    bytes: () => utf8(' \n\n\t\r\n   \n'.repeat(1_000)),
    expect: { papers: null, problem: { line: null, reason: /empty file/ } },
  });

  // Found: UTF-16 with a lone surrogate in the middle of a valid ru-daily page.
  cases.push({
    id: 'utf16-lone-surrogate',
    origin: 'found',
    file: '2024-09-utf16-ru-daily.txt',
    bytes: () => {
      const text = [ruHeader, abstracts[4], `${abstracts[5]!.slice(0, 50)}\ud800${abstracts[5]!.slice(50)}`].join('\n');
      return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]));
    },
    expect: { papers: 2 },
  });

  // Found: a text file that is no digest at all (a shell script dropped in by mistake).
  cases.push({
    id: 'not-a-digest',
    origin: 'found',
    file: 'notes.md',
    bytes: () => utf8('#!/bin/sh\nexport SECRET=hunter2\necho "deploy"\n'),
    expect: { papers: null, problem: { line: 1, reason: /not a recognised digest format/ } },
  });

  return cases;
}
