/**
 * The incremental corpus against the full rebuild it replaces at run time: after any sequence of
 * files added, changed and removed, the merged records reported so far (applied as deltas) are
 * exactly what merging every current file from scratch gives, and an index patched with the deltas
 * answers exactly as one built from scratch.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { IncrementalCorpus } from '../../src/core/incremental-corpus.ts';
import { mergePapers } from '../../src/core/merge.ts';
import type { Lang, Paper } from '../../src/core/model.ts';
import { DigestIndex, MemoryBlobs } from '../../src/core/search-index.ts';
import { starterCorpus } from '../relevance/corpus.ts';

// Small pools, so papers collide often: shared arXiv ids (and conflicting ones), titles long and
// short, names with `/` parts and Chinese terms that zh summaries mention (the Chinese-term link).
const arxivIds = ['2401.00001', '2401.00002', '2312.11111'];
const titles = ['Scaling Laws For Neural Language Models', 'Octo: An Open-Source Generalist Robot Policy', 'MoRA', 'Consistency Models', 'Video Diffusion Models'];
const names = ['Octo', 'MoRA', 'Arrow/MBC', 'MBC', '一致性模型', '扩散模型', 'LoRA'];
const summaries = {
  ru: ['Метод адаптации низкого ранга для больших моделей.', 'Генерация видео диффузионными моделями.'],
  // The last: two Han runs that, run together, would contain a term (一致性模型); mergePapers looks run by run.
  zh: ['本文提出训练独立一致性模型的方法。', '我们研究扩散模型在视频生成中的应用。', '一种新的机器人策略。', '我们的独立一致性，模型方法很好。'],
  en: ['We introduce a generalist robot policy.', 'Scaling laws for language models.'],
};
const fileNames = ['2024-01-a.txt', '2024-02-b.txt', '2024-03-c.json', '2024-04-d.txt', '2024-05-e.txt', '2024-06-f.txt'];

const paperArb = fc
  .record({
    lang: fc.constantFrom<Lang>('ru', 'zh', 'en'),
    arxivId: fc.option(fc.constantFrom(...arxivIds), { nil: null }),
    title: fc.option(fc.constantFrom(...titles), { nil: null }),
    name: fc.option(fc.constantFrom(...names), { nil: null }),
    summary: fc.nat(),
    topics: fc.subarray(['diffusion', 'llm', 'robotics']),
    urls: fc.subarray(['https://example.com/a', 'https://example.com/b']),
    authors: fc.subarray(['Ann Lee', 'ann lee', 'Bo Chen']),
    abstract: fc.option(fc.constantFrom('An English abstract.', 'Another abstract.'), { nil: undefined }),
  })
  .map((r) => ({ ...r, summary: summaries[r.lang][r.summary % summaries[r.lang].length]! }));

type Draft = typeof paperArb extends fc.Arbitrary<infer T> ? T : never;

/** A file's papers as a parser gives them (sources point into the file; key `d/name`: directory d's file `name`). */
function fileOf(key: string, drafts: readonly Draft[]): Paper[] {
  const name = key.replace(/^\d+\//, '');
  return drafts.map((d, index) => ({
    id: `draft:${key}#${index}`,
    title: d.title,
    name: d.name,
    summary: d.summary,
    lang: d.lang,
    urls: d.urls,
    arxivId: d.arxivId,
    authors: d.authors,
    topics: d.topics,
    sources: [{ file: name, format: 'ru-daily', date: null, index }],
    ...(d.abstract !== undefined ? { abstract: d.abstract } : {}),
  }));
}

type Change = { file: number; papers: Draft[] | null };
type Op = Change | { batch: Change[] } | { snapshot: true };

/** Files added, changed (to papers of `papers`) or removed, one or several per commit, and snapshots taken and restored. */
function opsOf(papers: fc.Arbitrary<Draft>, keys: readonly string[] = fileNames): fc.Arbitrary<Op[]> {
  const change: fc.Arbitrary<Change> = fc.record({ file: fc.nat({ max: keys.length - 1 }), papers: fc.option(fc.array(papers, { maxLength: 5 }), { nil: null, freq: 4 }) });
  const op: fc.Arbitrary<Op> = fc.oneof(
    { weight: 8, arbitrary: change },
    // Several files in one commit (a start-up catch-up, a burst of changes): records change in several places at once.
    { weight: 2, arbitrary: fc.record({ batch: fc.uniqueArray(change, { minLength: 2, maxLength: 4, selector: (c) => c.file }) }) },
    { weight: 1, arbitrary: fc.constant({ snapshot: true as const }) },
  );
  return fc.array(op, { minLength: 1, maxLength: 25 });
}

/** Null mostly, else one of `values` (`fc.option`'s `freq` is the other way round: null 1 time in `freq`). */
const rarely = <T>(...values: T[]) => fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...values) });

// The Chinese-term step (its links come and go with papers anywhere in the corpus): zh papers only,
// most named by a term or titled and using one, few arXiv ids (a term is no term with one).
const termPaperArb: fc.Arbitrary<Draft> = fc
  .record({
    arxivId: rarely(...arxivIds),
    title: fc.option(fc.constantFrom('Consistency Models', 'Latent Consistency Models', 'Video Diffusion Models', 'Diffusion Transformers', 'MoRA'), { nil: null }),
    name: fc.option(fc.constantFrom('一致性模型', '扩散模型', 'MoRA'), { nil: null, freq: 6 }),
    summary: fc.constantFrom(...summaries.zh),
  })
  .map((r): Draft => ({ ...r, lang: 'zh', topics: [], urls: [], authors: [], abstract: undefined }));

// Two directories with files of the same names (their papers' sources name one file, so name links
// never join them: the later one is salted with `name|file#index`), and titles equal to such salted
// ids: records that share an id, id tables the buckets cannot follow (the full walk).
const dirKeys = ['0/2024-01-a.txt', '0/2024-02-b.txt', '1/2024-01-a.txt', '1/2024-02-b.txt'];
const clashPaperArb: fc.Arbitrary<Draft> = fc
  .record({
    arxivId: rarely(...arxivIds),
    title: fc.option(fc.constantFrom('Octo: An Open-Source Generalist Robot Policy', 'MBC|2024-01-a.txt#0', 'MBC|2024-01-a.txt#1', 'Octo|2024-02-b.txt#1'), { nil: null, freq: 2 }),
    name: fc.option(fc.constantFrom('MBC', 'Octo'), { nil: null, freq: 3 }),
  })
  .map((r): Draft => ({ ...r, lang: 'ru', summary: summaries.ru[0]!, topics: [], urls: [], authors: [], abstract: undefined }));

/** The full rebuild: every current file, in key order, merged at once (of two records of one id, the last: what an index given them keeps). */
function rebuild(files: Map<string, Paper[]>): Map<string, Paper> {
  const all = [...files.keys()].sort().flatMap((k) => files.get(k)!);
  return new Map(mergePapers(all).map((p) => [p.id, p]));
}

describe('IncrementalCorpus.setFile', () => {
  /** Applies `ops` to an incremental corpus and checks it against the full rebuild after every step. */
  const property = (blobs: MemoryBlobs | undefined, keys: readonly string[] = fileNames) => (ops: Op[]) => {
    let corpus = new IncrementalCorpus(blobs);
    const files = new Map<string, Paper[]>();
    const reported = new Map<string, Paper>();
    for (const op of ops) {
      if ('snapshot' in op) {
        corpus = IncrementalCorpus.fromSnapshot(corpus.snapshot(), blobs);
        continue;
      }
      const changes = ('batch' in op ? op.batch : [op]).map(({ file, papers }) => {
        const name = keys[file]!;
        return [name, papers ? fileOf(name, papers) : null] as const;
      });
      for (const [name, papers] of changes) {
        if (papers?.length) files.set(name, papers);
        else files.delete(name);
      }
      const delta = corpus.setFiles(changes);
      for (const id of delta.removed) {
        expect(reported.has(id), `removed ${id} was reported`).toBe(true);
        reported.delete(id);
      }
      for (const p of delta.upserted) reported.set(p.id, p);
      expect(reported).toEqual(rebuild(files));
      expect(corpus.size).toBe(reported.size);
    }
    expect(new Map(corpus.papers().map((p) => [p.id, p]))).toEqual(reported);
  };

  test('GIVEN any sequence of files added, changed and removed THEN the records reported equal a full merge of the current files, after every step', () => {
    for (const blobs of [undefined, new MemoryBlobs()]) fc.assert(fc.property(opsOf(paperArb), property(blobs)), { numRuns: 500 });
  });

  test('GIVEN zh papers whose Chinese-term links come and go with files anywhere in the corpus THEN the records reported equal a full merge, after every step', () => {
    fc.assert(fc.property(opsOf(termPaperArb), property(new MemoryBlobs())), { numRuns: 1000 });
  });

  test('GIVEN files of the same names in two directories and titles equal to salted ids THEN the records reported equal a full merge (the last of two records of one id), after every step', () => {
    for (const blobs of [undefined, new MemoryBlobs()]) fc.assert(fc.property(opsOf(clashPaperArb, dirKeys), property(blobs, dirKeys)), { numRuns: 150 });
  });

  test('GIVEN a term link between two files WHEN a later file adds a second paper using the term THEN the linked record splits in two again, as in mergePapers', () => {
    const zh = (name: string | null, title: string | null, summary: string): Draft => ({ lang: 'zh', arxivId: null, title, name, summary, topics: [], urls: [], authors: [], abstract: undefined });
    const uses = '本文提出训练独立一致性模型的方法。';
    const files = new Map([
      ['2024-01-a.txt', fileOf('2024-01-a.txt', [zh('一致性模型', null, '一种新的机器人策略。')])],
      ['2024-02-b.txt', fileOf('2024-02-b.txt', [zh(null, 'Consistency Models', uses)])],
    ]);
    const corpus = new IncrementalCorpus();
    const reported = new Map<string, Paper>();
    const apply = (name: string, papers: Paper[]) => {
      files.set(name, papers);
      const delta = corpus.setFile(name, papers);
      for (const id of delta.removed) reported.delete(id);
      for (const p of delta.upserted) reported.set(p.id, p);
    };
    for (const [name, papers] of files) apply(name, papers);
    expect(reported.size).toBe(1);
    // Two papers use the term now: the link needs exactly one, so the reading note stands alone again.
    apply('2024-03-c.txt', fileOf('2024-03-c.txt', [zh(null, 'Video Diffusion Models', uses)]));
    expect(reported.size).toBe(3);
    expect(reported).toEqual(rebuild(files));
  });

  test('GIVEN a Chinese term that two Han runs of a summary would form only run together THEN no term link, as in mergePapers; WHEN one run holds it THEN the link', () => {
    const zh = (name: string, title: string | null, summary: string): Draft => ({ lang: 'zh', arxivId: null, title, name, summary, topics: [], urls: [], authors: [], abstract: undefined });
    for (const [summary, records] of [
      ['我们的独立一致性，模型方法很好。', 2],
      ['本文提出训练独立一致性模型的方法。', 1],
    ] as const) {
      const files = new Map([
        ['2024-01-a.txt', fileOf('2024-01-a.txt', [zh('一致性模型', null, '一种新的机器人策略。')])],
        ['2024-02-b.txt', fileOf('2024-02-b.txt', [zh('Consistency', 'Consistency Models', summary)])],
      ]);
      const corpus = new IncrementalCorpus();
      for (const [name, papers] of files) corpus.setFile(name, papers);
      const expected = rebuild(files);
      expect(expected.size).toBe(records);
      expect(new Map(corpus.papers().map((p) => [p.id, p]))).toEqual(expected);
    }
  });

  test('GIVEN a title whose id is the salted id of a record in a later file THEN two records share that id and the last one is reported, as an index built from mergePapers holds it; WHEN that file goes THEN equal again', () => {
    // `Octo` twice in one file: the second is salted with `Octo|2024-02-b.txt#1`, the id the title below has.
    const octo: Draft = { lang: 'ru', arxivId: null, title: null, name: 'Octo', summary: summaries.ru[0]!, topics: [], urls: [], authors: [], abstract: undefined };
    const titled: Draft = { ...octo, title: 'Octo|2024-02-b.txt#1', name: null };
    const files = new Map<string, Paper[]>();
    const corpus = new IncrementalCorpus();
    const reported = new Map<string, Paper>();
    const apply = (name: string, drafts: Draft[] | null) => {
      if (drafts) files.set(name, fileOf(name, drafts));
      else files.delete(name);
      const delta = corpus.setFile(name, files.get(name) ?? null);
      for (const id of delta.removed) reported.delete(id);
      for (const p of delta.upserted) reported.set(p.id, p);
      expect(reported).toEqual(rebuild(files));
    };
    apply('2024-02-b.txt', [octo, octo]);
    apply('2024-01-a.txt', [titled]);
    expect(mergePapers([...files.keys()].sort().flatMap((k) => files.get(k)!)).length).toBe(3);
    expect(reported.size).toBe(2);
    apply('2024-01-a.txt', null);
    expect(reported.size).toBe(2);
  });

  test('GIVEN two records of one id (a file of the same name in two directories) WHEN the corpus is restored from a snapshot and the later one goes THEN the one it hid is reported', () => {
    // `0/` and `1/`: two directories, each with a `2024-01-a.txt` (the papers' source file). `MBC` of
    // `1/` is not linked to `MBC` of `0/` (a name link never joins papers of one file name) and is
    // salted with `MBC|2024-01-a.txt#0`: the id the title below has.
    const mbc: Draft = { lang: 'ru', arxivId: null, title: null, name: 'MBC', summary: summaries.ru[0]!, topics: [], urls: [], authors: [], abstract: undefined };
    const titled: Draft = { ...mbc, title: 'MBC|2024-01-a.txt#0', name: null };
    const files = new Map<string, Paper[]>();
    let corpus = new IncrementalCorpus();
    const reported = new Map<string, Paper>();
    const apply = (key: string, drafts: Draft[] | null) => {
      const papers = drafts && fileOf(key.slice(2), drafts);
      if (papers) files.set(key, papers);
      else files.delete(key);
      const delta = corpus.setFile(key, papers);
      for (const id of delta.removed) reported.delete(id);
      for (const p of delta.upserted) reported.set(p.id, p);
      expect(reported).toEqual(rebuild(files));
    };
    apply('1/2024-01-a.txt', [mbc]);
    apply('0/2024-01-a.txt', [mbc, titled]);
    expect(reported.size).toBe(2);
    corpus = IncrementalCorpus.fromSnapshot(JSON.parse(JSON.stringify(corpus.snapshot())));
    apply('1/2024-01-a.txt', null);
    expect(reported.size).toBe(2);
  });

  test('GIVEN a commit that throws (the blob store failed to write or read) THEN every later commit, snapshot or read throws too, never merging a half-applied state', () => {
    /** A store that fails once its writes or reads allowed are used up. */
    class FailingBlobs extends MemoryBlobs {
      writes = Infinity;
      reads = Infinity;
      override write(text: string) {
        if (this.writes-- <= 0) throw new Error('ENOSPC');
        return super.write(text);
      }
      override read(ref: { offset: number; length: number }) {
        if (this.reads-- <= 0) throw new Error('EIO');
        return super.read(ref);
      }
    }
    const ru = (name: string): Draft => ({ lang: 'ru', arxivId: null, title: null, name, summary: summaries.ru[0]!, topics: [], urls: [], authors: [], abstract: undefined });
    for (const fail of ['writes', 'reads'] as const) {
      const blobs = new FailingBlobs();
      const corpus = new IncrementalCorpus(blobs);
      corpus.setFile('2024-01-a.txt', fileOf('2024-01-a.txt', [ru('Octo'), ru('MoRA')]));
      corpus.setFile('2024-02-b.txt', fileOf('2024-02-b.txt', [ru('Octo'), ru('LoRA')]));
      // `Octo` of a.txt is read back (its record changes) and the new b.txt is written: either fails half-way.
      blobs[fail] = 1;
      expect(() => corpus.setFile('2024-02-b.txt', fileOf('2024-02-b.txt', [ru('MoRA'), ru('LoRA'), ru('MBC')]))).toThrow(fail === 'writes' ? 'ENOSPC' : 'EIO');
      blobs[fail] = Infinity;
      // Before: this merged the old b.txt (half replaced) with c.txt and reported records no rebuild has.
      expect(() => corpus.setFile('2024-03-c.txt', fileOf('2024-03-c.txt', [ru('LoRA')])), fail).toThrow(/an earlier commit failed/);
      expect(() => corpus.snapshot(), fail).toThrow(/an earlier commit failed/);
      expect(() => corpus.papers(), fail).toThrow(/an earlier commit failed/);
    }
  });

  test('GIVEN the starter digests added one by one, changed and removed THEN an index patched with the deltas answers as one built from scratch', () => {
    const byFile = new Map<string, Paper[]>();
    for (const d of starterCorpus().digests) byFile.set(d.file, d.papers);
    const corpus = new IncrementalCorpus(new MemoryBlobs());
    const index = new DigestIndex({}, { blobs: new MemoryBlobs() });
    const current = new Map<string, Paper[]>();
    const apply = (file: string, papers: Paper[] | null) => {
      if (papers) current.set(file, papers);
      else current.delete(file);
      const delta = corpus.setFile(file, papers);
      index.remove(delta.removed);
      index.add(delta.upserted);
    };
    const check = () => {
      const fresh = new DigestIndex();
      fresh.add([...rebuild(current).values()]);
      expect(index.size).toBe(fresh.size);
      for (const q of ['diffusion', 'видео', '视频生成', 'MoRA', 'Octo', '一致性模型', 'Consistency Models', 'LLaMA', 'robot policy']) {
        const got = new Map(index.search(q, { limit: 500 }).hits.map((h) => [h.paper.id, [h.score, h.why]]));
        const want = new Map(fresh.search(q, { limit: 500 }).hits.map((h) => [h.paper.id, [h.score, h.why]]));
        expect(got, q).toEqual(want);
      }
    };
    for (const [file, papers] of byFile) apply(file, papers);
    check();
    // A changed file (half its papers, one retitled), a removed one, and one added back.
    const [first, second] = [...byFile.keys()];
    const changed = byFile.get(first!)!.filter((_, i) => i % 2 === 0).map((p, i) => (i === 0 ? { ...p, title: 'A Completely New Title For This Paper' } : p));
    apply(first!, changed);
    check();
    apply(second!, null);
    check();
    apply(second!, byFile.get(second!)!);
    check();
  });
});
