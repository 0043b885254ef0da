/**
 * Issue 11: the text parsers against the variant generator (`test/support/digest-variants.ts`).
 * Every starter text digest and every held-out fresh file, rewritten the way real posts differ,
 * must give the original's paper count, and each paper its URLs (less those the rewrite removed),
 * English title and arXiv id.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classesFor, makeVariant, variantClasses, type VariantClass } from '../support/digest-variants.ts';
import { checkVariant, originalPapers, readInput, variantInputs } from '../support/variant-check.ts';

/** Exact counts of the originals (starter: issue 2; the fresh files: counted by hand). */
const expectedCounts: Record<string, number> = {
  'data/digests/2024-05-ru-daily.txt': 8,
  'data/digests/2024-03-ru-daily.txt': 9,
  'data/digests/2024-11-zh-reading-notes.txt': 6,
  'data/digests/2023-03-zh-monthly-top10.txt': 10,
  'data/digests/2022-04-zh-monthly-top10.txt': 10,
  'test/fixtures/names/dev/2024-09-18-ru-daily.txt': 16,
  'test/fixtures/names/dev/2024-09-24-zh-reading.txt': 14,
  'test/fixtures/names/dev/2024-09-19-zh-monthly.txt': 17,
  'test/fixtures/names/heldout/2024-09-25-ru-daily.txt': 18,
  'test/fixtures/names/heldout/2024-09-26-zh-reading.txt': 12,
  'test/fixtures/names/heldout/2024-09-17-zh-monthly.txt': 15,
};

const inputs = variantInputs.map((input) => ({ ...input, text: readInput(input.path), original: originalPapers(input.path) }));

describe('variant generator inputs', () => {
  it.each(inputs.map((i) => [i.path, i] as const))('GIVEN %s THEN the original parses to its exact count', (path, input) => {
    expect(input.original).toHaveLength(expectedCounts[path]!);
  });

  it('GIVEN the same seed twice THEN the same bytes (reproducible)', () => {
    const [input] = inputs;
    const a = makeVariant(input!.text, input!.format, ['numbering', 'spaces', 'url-wrap'], 7);
    const b = makeVariant(input!.text, input!.format, ['numbering', 'spaces', 'url-wrap'], 7);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});

describe('every variant class on every input', () => {
  const cases = inputs.flatMap((input) => classesFor[input.format].map((cls) => [`${input.path} ${cls}`, input, cls] as const));
  it.each(cases)('GIVEN %s (3 seeds) THEN count, URLs, titles and arXiv ids survive', (_name, input, cls) => {
    for (const seed of [1, 2, 3]) {
      const variant = makeVariant(input.text, input.format, [cls], seed);
      expect(checkVariant(input.original, variant), `seed ${seed}`).toEqual([]);
    }
  });
});

describe('combined variants (property)', () => {
  it('GIVEN any input and any mix of up to 6 classes THEN count, URLs, titles and arXiv ids survive', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: inputs.length - 1 }),
        fc.uniqueArray(fc.constantFrom<VariantClass>(...variantClasses), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (k, classes, seed) => {
          const input = inputs[k]!;
          const variant = makeVariant(input.text, input.format, classes, seed);
          expect(checkVariant(input.original, variant), `${input.path} [${variant.classes.join(', ')}] seed ${seed}`).toEqual([]);
        },
      ),
      { numRuns: 300, seed: 102 },
    );
  });
});
