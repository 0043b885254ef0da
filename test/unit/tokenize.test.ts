import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalize, scanRuns, stem, stopWords, tokenize, tokenPattern, tokenizeQuery } from '../../src/core/tokenize.ts';

describe('stem', () => {
  test('GIVEN English inflections THEN one stem', () => {
    expect(['diffusion', 'diffusions', 'diffusive'].map(stem)).toEqual(['diffus', 'diffus', 'diffus']);
    expect(stem('generation')).toBe('generat');
  });

  test('GIVEN Russian inflections and the -ион derivation THEN one stem', () => {
    expect(['диффузия', 'диффузии', 'диффузионной', 'диффузионных'].map(stem)).toEqual(['диффуз', 'диффуз', 'диффуз', 'диффуз']);
    expect(['роботы', 'роботов'].map(stem)).toEqual(['робот', 'робот']);
  });

  test('GIVEN short, digit or foreign words THEN unchanged', () => {
    expect(stem('go')).toBe('go');
    expect(stem('a4')).toBe('a4');
    expect(stem('π')).toBe('π');
  });
});

describe('normalize', () => {
  test('GIVEN full-width forms THEN NFKC; plain text is returned as is', () => {
    expect(normalize('ＬｏＲＡ：８ｂｉｔ')).toBe('LoRA:8bit');
    const plain = 'plain text';
    expect(normalize(plain)).toBe(plain);
  });
});

describe('scanRuns', () => {
  const viaScan = (text: string) => {
    const out: string[] = [];
    scanRuns(text, (t, start, end, cjk) => out.push(`${cjk ? 'cjk' : 'word'}:${t.slice(start, end)}`));
    return out;
  };
  const viaRegex = (text: string) => [...text.matchAll(tokenPattern)].map((m) => (m[1] !== undefined ? `cjk:${m[1]}` : `word:${m[2]}`));

  test('GIVEN words, joiners and CJK runs THEN one run each', () => {
    expect(viaScan('LLaMA-Factory, a4.8 и 扩散模型-- x')).toEqual(['word:LLaMA-Factory', 'word:a4.8', 'word:и', 'cjk:扩散模型', 'word:x']);
  });

  test('GIVEN any string THEN exactly the matches of tokenPattern (the scanner replaces the regex for speed)', () => {
    // Tricky characters: joiners, digits of other scripts, combining marks, 〇 (Han and a number),
    // astral ideographs and digits, lone surrogates.
    const tricky = fc.constantFrom(...'aZ9-_.\'’+ ,扩散〇ёЁ\u0301π٣ー'.split(''), '𠀀', '𝟎', '\ud800', '\udc00');
    const same = (s: string) => {
      expect(viaScan(s)).toEqual(viaRegex(s));
    };
    fc.assert(fc.property(fc.string({ unit: tricky, maxLength: 30 }), same), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), same), { numRuns: 1000 });
  });
});

describe('tokenize', () => {
  test('GIVEN Latin and Cyrillic words THEN lower-cased stems without stop words', () => {
    expect(tokenize('The Diffusion models of видео и изображения')).toEqual(['diffus', 'model', 'виде', 'изображен']);
  });

  test('GIVEN ё THEN it is folded to е', () => {
    expect(tokenize('трёхмерный')).toEqual(tokenize('трехмерный'));
  });

  test('GIVEN hyphenated names THEN whole, joined and parts', () => {
    expect(tokenize('FIFO-Diffusion')).toEqual(['fifo-diffusion', 'fifodiffus', 'fifo', 'diffus']);
    expect(tokenize('LLaMA-Factory')).toEqual(['llama-factory', 'llamafactori', 'llama', 'factori']);
    expect(tokenize('D-FINE...')).toEqual(['d-fine', 'dfine', 'fine']);
  });

  test('GIVEN the joined spelling of a name THEN it meets the hyphenated one', () => {
    expect(tokenize('LLAMAFACTORY')).toEqual(['llamafactori']);
    expect(tokenize('LLaMA-Factory')).toContain('llamafactori');
  });

  test('GIVEN names with Greek letters or versions THEN kept whole', () => {
    expect(tokenize('SOTOPIA-π')).toEqual(['sotopia-π', 'sotopiaπ', 'sotopia']);
    expect(tokenize('BitNet a4.8')).toEqual(['bitnet', 'bit', 'net', 'a4.8', 'a4']);
  });

  test('GIVEN camel-case names THEN whole plus parts when every part has 3+ letters', () => {
    expect(tokenize('OpenRLHF')).toEqual(['openrlhf', 'open', 'rlhf']);
    expect(tokenize('MoRA LLaVA')).toEqual(['mora', 'llava']);
  });

  test('GIVEN Chinese THEN overlapping bigrams, no single characters, no glue-character bigrams', () => {
    expect(tokenize('扩散模型')).toEqual(['扩散', '散模', '模型']);
    expect(tokenize('图')).toEqual([]);
    expect(tokenize('我们的模型')).toEqual(['模型']);
  });

  test('GIVEN mixed scripts THEN each run is tokenized by its own rule', () => {
    expect(tokenize('混合Transformer架构')).toEqual(['混合', 'transform', '架构']);
  });

  test('GIVEN the segmenter mode THEN Intl.Segmenter words of 2+ characters', () => {
    expect(tokenize('扩散模型在视频生成中', { cjk: 'segmenter' })).toEqual(['扩散', '模型', '视频', '生成']);
    // The weakness that made bigrams the default: domain words split into single characters.
    expect(tokenize('多模态', { cjk: 'segmenter' })).toEqual([]);
  });

  test('GIVEN numbers THEN multi-digit and decimal numbers are kept whole, single digits dropped', () => {
    expect(tokenize('7 models, 405 million, 55.8%')).toEqual(['model', '405', 'million', '55.8']);
  });

  test('GIVEN empty or punctuation-only text THEN no tokens', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' -- ... ,,, ')).toEqual([]);
  });

  test('GIVEN any string THEN it never throws and returns non-empty strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        for (const t of tokenize(s)) expect(t.length).toBeGreaterThan(0);
        for (const t of tokenize(s, { cjk: 'segmenter' })) expect(t.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  test('GIVEN any tokens THEN they are lower-case and stop-word free (tokenize is idempotent on its output words)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Diffusion', 'видео', 'the', 'и', 'LoRA', 'FIFO-Diffusion', '模型', 'Ёлка', 'a4.8'), { maxLength: 20 }), (words) => {
        const tokens = tokenize(words.join(' '));
        for (const t of tokens) {
          expect(t).toBe(t.toLowerCase());
          expect(stopWords.has(t)).toBe(false);
        }
      }),
    );
  });
});

describe('tokenizeQuery', () => {
  test('GIVEN repeated words THEN each token once, in order', () => {
    expect(tokenizeQuery('video video генерация Video')).toEqual(['video', 'генерац']);
  });
});
