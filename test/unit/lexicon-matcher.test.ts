import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadCorpusDir } from '../../src/app/corpus-dir.ts';
import { weightedTexts } from '../../src/core/lexicon/expand.ts';
import { lexicon } from '../../src/core/lexicon/index.ts';
import { ConceptMatcher } from '../../src/core/lexicon/matcher.ts';
import { paperTexts, textLangs } from '../../src/core/model.ts';
import { ReferenceMatcher } from '../support/reference-matcher.ts';
import { starterDir } from '../support/app.ts';

const lx = lexicon();
const reference = new ReferenceMatcher(lx.concepts);

/** Every match as `concepts@start-end`, in order. */
function matches(m: { scan: ConceptMatcher['scan'] }, text: string, query: boolean): string[] {
  const out: string[] = [];
  m.scan(text, (cs, s, e) => out.push(`${cs.join(',')}@${s}-${e}`), { query });
  return out;
}

function expectSame(text: string): void {
  for (const query of [false, true]) expect(matches(lx.matcher, text, query), `${query ? 'query' : 'document'}: ${text}`).toEqual(matches(reference, text, query));
}

describe('ConceptMatcher (against the reference matcher it replaced)', () => {
  test('GIVEN every text of the starter corpus, whole and by sentence THEN the same matches in the same order', () => {
    const corpus = loadCorpusDir(starterDir);
    expect(corpus.papers.length).toBeGreaterThan(50);
    let texts = 0;
    for (const p of corpus.papers) {
      const { strong, weak } = weightedTexts(p);
      const all = [...strong, ...weak, ...textLangs.flatMap((l) => [paperTexts(p)[l]?.title ?? '', paperTexts(p)[l]?.summary ?? ''])];
      for (const t of all) {
        expectSame(t);
        for (const sentence of t.split(/(?<=[.!?。！？])\s*/u)) expectSame(sentence);
        texts++;
      }
    }
    expect(texts).toBeGreaterThan(200);
  });

  test('GIVEN random text built from lexicon terms, acronyms, Chinese runs, dashes and punctuation THEN the same matches', () => {
    const terms = lx.concepts.flatMap((c) => [...c.en, ...c.ru, ...c.zh, ...c.acronyms]).map((t) => t.replace(/\*/g, ''));
    const word = fc.oneof(
      fc.constantFrom(...terms),
      fc.constantFrom(...terms).map((t) => t.toUpperCase()),
      fc.constantFrom(...terms).map((t) => t.slice(0, Math.max(1, t.length - 2))),
      fc.constantFrom(...terms).map((t) => `${t}s`),
      fc.constantFrom('LLMs', 'GPT4', 'lora', 'Ёлка', 'модели', 'the', 'of', '视觉', '语言', '模型', 'α', '12', 'x'),
    );
    const gap = fc.constantFrom(' ', ' ', ' ', '-', '–', '—', '.', ', ', '/', "'", '’', '+', '_', '(', '»', '\n', '', '，', '、', '。');
    const text = fc.array(fc.tuple(word, gap), { maxLength: 12 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(fc.property(text, (t) => expectSame(t)), { numRuns: 1500 });
  });

  test('GIVEN arbitrary strings THEN the same matches (and no throw)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (t) => expectSame(t)), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (t) => expectSame(t)), { numRuns: 300 });
  });

  test('GIVEN one matcher scanning documents and queries in turn THEN the memos of the two modes stay apart', () => {
    const m = new ConceptMatcher(lx.concepts);
    for (const t of ['LoRA and lora', 'lora LoRA', 'LLMs for gpt4']) {
      expect(matches(m, t, false)).toEqual(matches(reference, t, false));
      expect(matches(m, t, true)).toEqual(matches(reference, t, true));
    }
  });
});
