import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { levenshteinAtMost } from '../../src/core/lexicon/distance.ts';
import { relaxedConcepts } from '../../src/core/lexicon/relax.ts';
import { levenshtein } from '../../src/core/topics.ts';

describe('levenshteinAtMost', () => {
  test('GIVEN near and far words THEN within the bound or not', () => {
    expect(levenshteinAtMost('difusion', 'diffusion', 1)).toBe(true);
    expect(levenshteinAtMost('трансформр', 'трансформер', 1)).toBe(true);
    expect(levenshteinAtMost('video', 'audio', 2)).toBe(false);
    expect(levenshteinAtMost('video', 'audio', 3)).toBe(true);
    expect(levenshteinAtMost('', 'ab', 1)).toBe(false);
  });

  test('GIVEN any two short strings THEN it agrees with the full edit distance', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(levenshteinAtMost(a, b, max)).toBe(levenshtein(a, b) <= max);
      }),
      { numRuns: 500 },
    );
  });
});

describe('relaxedConcepts', () => {
  test('GIVEN the beginning of a lexicon word THEN the concepts of the words it begins (prefix)', () => {
    expect(relaxedConcepts('interpretab', 'prefix')).toContain('interpretability');
    expect(relaxedConcepts('квантиз', 'prefix')).toContain('quantization');
    expect(relaxedConcepts('扩散', 'prefix')).toContain('diffusion-model');
    expect(relaxedConcepts('ab', 'prefix')).toEqual([]);
  });

  test('GIVEN a misspelling THEN the concepts of the words it nearly spells, whole-term concepts first (fuzzy)', () => {
    expect(relaxedConcepts('difusion', 'fuzzy')[0]).toBe('diffusion-model');
    expect(relaxedConcepts('трансформр', 'fuzzy')).toContain('transformer');
    expect(relaxedConcepts('abc', 'fuzzy')).toEqual([]);
    expect(relaxedConcepts('扩散模', 'fuzzy')).toEqual([]);
  });
});
