/**
 * The live-source formats (SPEC sections 2 and 9): hf-daily (Hugging Face Daily Papers API) and
 * feed (RSS 2.0, Atom, JSON Feed, the arXiv API's Atom), on the recorded-shape fixtures in
 * test/fixtures/sources/ (see its README for where each shape comes from).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/core/corpus.ts';
import { detectStructured, parseDigest, readFeed } from '../../src/core/parse/index.ts';
import { parseOk } from '../fixtures/digests/load.ts';

const dir = fileURLToPath(new URL('../fixtures/sources/', import.meta.url));
const fixture = (name: string) => readFileSync(dir + name);
const problem = (file: string, text: string) => {
  const r = parseDigest({ file, bytes: Buffer.from(text) });
  if (r.ok) throw new Error(`${file} parsed`);
  return r.error;
};

describe('detectStructured', () => {
  it.each([
    ['XML', '  <?xml version="1.0"?><rss>', 'feed'],
    ['an array', '[{"paper":{}}]', 'hf-daily'],
    ['an object with papers', '{"version":"https://jsonfeed.org/version/1","papers":[]}', 'hfday-json'],
    ['a JSON Feed', '{"version":"https://jsonfeed.org/version/1.1","items":[]}', 'feed'],
    ['an error object', '{"error":"Invalid date"}', 'hfday-json'],
    ['text', 'Ежедневно отобранные', null],
  ])('GIVEN a document starting as %s THEN %s', (_what, start, format) => {
    expect(detectStructured(start)).toBe(format);
  });
});

describe('hf-daily', () => {
  it('GIVEN the recorded-shape 2024-09-17 response (minified, extra fields) THEN 15 English papers with arXiv ids, authors and both links', () => {
    const d = parseOk({ file: '2024-09-17-hf-daily.json', bytes: fixture('hf-daily/2024-09-17.json') });
    expect([d.format, d.date, d.warnings]).toEqual(['hf-daily', '2024-09-17', []]);
    expect(d.papers).toHaveLength(15);
    const p = d.papers[0]!;
    expect([p.id, p.lang, p.name, p.title]).toEqual(['arxiv:2409.09214', 'en', 'Seed-Music', 'Seed-Music: A Unified Framework for High Quality and Controlled Music Generation']);
    expect(p.summary.startsWith('We introduce Seed-Music, a suite of music generation systems')).toBe(true);
    expect(p.urls).toEqual(['https://huggingface.co/papers/2409.09214', 'https://arxiv.org/abs/2409.09214']);
    expect(p.authors.length).toBeGreaterThanOrEqual(2);
    expect(p.texts).toEqual({ en: { title: p.title, summary: p.summary } });
  });

  it('GIVEN one line of 300 KB (a large minified response) THEN it is parsed whole, no line warning', () => {
    const item = { paper: { id: '2409.00001', title: 'Long Paper', summary: 'x '.repeat(2_000), authors: [] } };
    const text = JSON.stringify(Array.from({ length: 80 }, (_, i) => ({ ...item, paper: { ...item.paper, id: `2409.${String(10000 + i)}`, title: `Long Paper ${i}` } })));
    expect(text.length).toBeGreaterThan(300_000);
    const d = parseOk({ file: '2024-09-02-hf-daily.json', bytes: Buffer.from(text) });
    expect([d.papers.length, d.warnings]).toEqual([80, []]);
  });

  it('GIVEN items without a paper object, a non-arXiv id and a hard-wrapped abstract THEN the bad item is a warning, the rest load', () => {
    const text = JSON.stringify([
      { title: 'no paper object' },
      { paper: { id: 'not-an-arxiv-id', title: 'Other Paper', summary: 'Line one\nline two.', authors: [{ name: 'A B' }, { _id: 'x' }, null], upvotes: 3, extra: { a: 1 } } },
    ]);
    const d = parseOk({ file: '2024-09-02-hf-daily.json', bytes: Buffer.from(text) });
    expect(d.warnings).toEqual([{ file: '2024-09-02-hf-daily.json', line: null, reason: 'item 0 skipped: paper: Invalid input: expected object, received undefined' }]);
    expect(d.papers.map((p) => [p.arxivId, p.urls, p.summary, p.authors])).toEqual([[null, [], 'Line one line two.', ['A B']]]);
  });

  it('GIVEN a response that is not an array, invalid JSON or an empty array THEN one clear problem', () => {
    expect(parseDigest({ file: 'x.json', bytes: Buffer.from('{"error":"Invalid date"}'), format: 'hf-daily' })).toMatchObject({ ok: false, error: { reason: 'not a Daily Papers response: expected a JSON array of items with a "paper" object' } });
    expect(problem('x.json', '[{"paper": {"id": "2409.1')).toMatchObject({ file: 'x.json', reason: expect.stringMatching(/^invalid JSON/) });
    expect(problem('x.json', '[]').reason).toBe('no papers found (hf-daily)');
  });
});

describe('feed', () => {
  it('GIVEN an arXiv API Atom page THEN each entry is a paper: arXiv id without version, title and abstract unwrapped, authors; totalResults read', () => {
    const text = fixture('arxiv-query.xml').toString('utf8');
    const doc = readFeed(text);
    expect(doc.ok && [doc.value.kind, doc.value.totalResults, doc.value.items.map((i) => i.published)]).toEqual(['atom', 3, ['2024-09-18T17:57:57Z', '2024-09-18T17:55:00Z', '2024-09-18T16:39:25Z']]);
    const d = parseOk({ file: '2024-09-19-arxiv-cs.CL.xml', bytes: fixture('arxiv-query.xml') });
    expect(d.format).toBe('feed');
    expect(d.papers.map((p) => [p.id, p.lang, p.title])).toEqual([
      ['arxiv:2409.12186', 'en', 'Qwen2.5-Coder Technical Report'],
      ['arxiv:2409.12183', 'en', 'To CoT or not to CoT? Chain-of-thought helps mainly on math and symbolic reasoning'],
      ['arxiv:2409.12136', 'en', 'GRIN: GRadient-INformed MoE'],
    ]);
    expect(d.papers[0]!.summary.startsWith('In this report, we introduce the Qwen2.5-Coder series, a significant upgrade from its predecessor')).toBe(true);
    expect(d.papers[0]!.authors).toEqual(['Binyuan Hui', 'Jian Yang', 'Zeyu Cui']);
    expect(d.papers[0]!.urls[0]).toBe('http://arxiv.org/abs/2409.12186v1');
  });

  it('GIVEN an arXiv RSS listing THEN the "Announce Type … Abstract:" prefix is dropped, ids come from the guid, one dc:creator is split', () => {
    const d = parseOk({ file: '2024-09-19-arxiv-rss.xml', bytes: fixture('arxiv-rss.xml') });
    expect(d.papers.map((p) => p.arxivId)).toEqual(['2409.12136', '2409.12001']);
    expect(d.papers[0]!.summary.startsWith('Mixture-of-Experts (MoE) models scale more effectively')).toBe(true);
    expect(d.papers[0]!.authors).toEqual(['Liyuan Liu', 'Young Jin Kim', 'Shuohang Wang']);
  });

  it('GIVEN a Chinese blog Atom feed with HTML content THEN lang zh, the heading is the local title, tags are gone, the arXiv id comes from the related link', () => {
    const d = parseOk({ file: '2024-09-19-notes.xml', bytes: fixture('blog-atom.xml') });
    const p = d.papers[0]!;
    expect([p.lang, p.title, p.arxivId]).toEqual(['zh', null, '2409.12191']);
    expect(p.localTitle?.startsWith('论文阅读：')).toBe(true);
    expect(p.summary).not.toMatch(/<|&lt;/);
    expect(p.summary.endsWith('原文链接：arXiv')).toBe(true);
  });

  it('GIVEN a truncated Atom page THEN one problem naming the unclosed elements; GIVEN a bare & in an item THEN the items load with a warning naming its line', () => {
    const text = fixture('arxiv-query.xml').toString('utf8');
    const cut = text.slice(0, text.indexOf('<entry>', text.indexOf('<entry>') + 1) + 200);
    expect(problem('2024-09-19-arxiv-cs.CL.xml', cut)).toEqual({ file: '2024-09-19-arxiv-cs.CL.xml', line: 1, reason: `malformed XML at line 1: Invalid '[ "feed", "entry", "title"]' found.` });
    const amp = fixture('arxiv-rss.xml').toString('utf8').replace('<title>GRIN: GRadient-INformed MoE</title>', '<title>GRIN: GRadient-INformed MoE\nR&D</title>');
    const d = parseOk({ file: '2024-09-19-arxiv-rss.xml', bytes: Buffer.from(amp) });
    expect(d.papers.map((p) => p.title)).toEqual(['GRIN: GRadient-INformed MoE R&D', 'Putting Data at the Centre of Offline Multi-Agent Reinforcement Learning']);
    expect(d.warnings).toEqual([{ file: '2024-09-19-arxiv-rss.xml', line: 19, reason: "malformed XML at line 19: char '&' is not expected. (read leniently)" }]);
    const doc = readFeed(amp);
    expect(doc.ok && doc.value.malformed).toEqual({ line: 19, reason: "char '&' is not expected." });
  });

  it('GIVEN a JSON Feed 1.1 with extra fields THEN detected as a feed, papers with the arXiv id from the item url', () => {
    const d = parseOk({ file: '2024-09-19-lab.json', bytes: fixture('feed.json') });
    expect([d.format, d.papers.map((p) => p.arxivId)]).toEqual(['feed', ['2409.12193', '2409.11074']]);
  });

  it('GIVEN an HTML page, malformed XML, an RSS without items THEN one clear problem each', () => {
    expect(problem('a.xml', '<!DOCTYPE html><html><body>Service unavailable</body></html>')).toEqual({ file: 'a.xml', line: 1, reason: 'not a feed: an HTML page' });
    expect(problem('b.xml', '<rss version="2.0"><channel><title>t</title><item><title>x</entry></channel></rss>')).toEqual({ file: 'b.xml', line: 1, reason: "malformed XML at line 1: Expected closing tag 'title' (opened in line 1, col 51) instead of closing tag 'entry'." });
    expect(problem('c.xml', '<note><to>x</to></note>').reason).toBe('not a feed: no RSS, Atom, RDF or JSON Feed document found');
    expect(problem('d.xml', '<rss version="2.0"><channel><title>t</title></channel></rss>').reason).toBe('no papers found (feed)');
  });

  it('GIVEN a Chinese note on the blog and the HFday file of the same day THEN one paper per arXiv id, with the Chinese texts of both kept once', () => {
    const corpus = buildCorpus([
      { file: '2024-09-19-hfday.json', bytes: fixture('hfday-d/2024-09-19.json') },
      { file: '2024-09-19-notes.xml', bytes: fixture('blog-atom.xml') },
    ]);
    const qwen = corpus.papers.filter((p) => p.arxivId === '2409.12191');
    expect(qwen).toHaveLength(1);
    expect(qwen[0]!.sources.map((s) => s.format)).toEqual(['hfday-json', 'feed']);
    expect(Object.keys(qwen[0]!.texts ?? {})).toEqual(['en', 'ru', 'zh']);
  });
});
