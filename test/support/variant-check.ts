/**
 * Checks a parsed variant against its original (issue 11 properties): same paper count, every URL
 * of the original paper still on the variant's paper (less those the variant removed), the same
 * English title. Returns the differences (empty = the variant survived). Used by
 * `test/unit/parse-variants.test.ts`; `npx tsx test/support/variant-check.ts` prints a coverage table.
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDigest, type Paper } from '../../src/core/index.ts';
import { classesFor, makeVariant, variantClasses, type TextFormat, type Variant, type VariantClass } from './digest-variants.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The text digests variants are made from: the starter corpus and the fresh files of the name set (dev and held-out). */
export const variantInputs: { path: string; format: TextFormat }[] = [
  { path: 'data/digests/2024-05-ru-daily.txt', format: 'ru-daily' },
  { path: 'data/digests/2024-03-ru-daily.txt', format: 'ru-daily' },
  { path: 'data/digests/2024-11-zh-reading-notes.txt', format: 'zh-reading' },
  { path: 'data/digests/2023-03-zh-monthly-top10.txt', format: 'zh-monthly' },
  { path: 'data/digests/2022-04-zh-monthly-top10.txt', format: 'zh-monthly' },
  { path: 'test/fixtures/names/dev/2024-09-18-ru-daily.txt', format: 'ru-daily' },
  { path: 'test/fixtures/names/dev/2024-09-24-zh-reading.txt', format: 'zh-reading' },
  { path: 'test/fixtures/names/dev/2024-09-19-zh-monthly.txt', format: 'zh-monthly' },
  { path: 'test/fixtures/names/heldout/2024-09-25-ru-daily.txt', format: 'ru-daily' },
  { path: 'test/fixtures/names/heldout/2024-09-26-zh-reading.txt', format: 'zh-reading' },
  { path: 'test/fixtures/names/heldout/2024-09-17-zh-monthly.txt', format: 'zh-monthly' },
];

export const readInput = (path: string): string => readFileSync(root + path, 'utf8');

const nfkc = (s: string | null) => (s === null ? null : s.normalize('NFKC'));

/** Parses `variant` (format auto-detected) and lists how it differs from `original`. */
export function checkVariant(original: readonly Paper[], variant: Variant, file = 'variant.txt'): string[] {
  const r = parseDigest({ file, bytes: variant.bytes });
  if (!r.ok) return [`refused: line ${r.error.line}: ${r.error.reason}`];
  const got = r.value.papers;
  const diffs: string[] = [];
  if (got.length !== original.length) diffs.push(`count ${got.length}, expected ${original.length}`);
  original.forEach((o, i) => {
    const p = got[i];
    if (!p) return;
    if (nfkc(p.title) !== nfkc(o.title)) diffs.push(`#${i} title ${JSON.stringify(p.title)}, expected ${JSON.stringify(o.title)}`);
    for (const url of o.urls) if (!variant.expect.removedUrls.has(url) && !p.urls.includes(url)) diffs.push(`#${i} lost url ${url} (has ${p.urls.join(' ')})`);
    if (o.arxivId && p.arxivId !== o.arxivId && !o.urls.some((u) => variant.expect.removedUrls.has(u))) diffs.push(`#${i} arXiv id ${p.arxivId}, expected ${o.arxivId}`);
  });
  return diffs;
}

/** The original's papers (the expectation every variant is checked against). */
export function originalPapers(path: string): Paper[] {
  const r = parseDigest({ file: path, bytes: readFileSync(root + path) });
  if (!r.ok) throw new Error(`${path}: ${r.error.reason}`);
  return r.value.papers;
}

if (process.argv[1] && /variant-check\.ts$/.test(process.argv[1])) {
  const seeds = Number(process.argv[2] ?? 5);
  const failures = new Map<VariantClass | 'combined', number>();
  let total = 0;
  for (const input of variantInputs) {
    const original = originalPapers(input.path);
    const text = readInput(input.path);
    for (const cls of variantClasses) {
      if (!classesFor[input.format].includes(cls)) continue;
      for (let seed = 1; seed <= seeds; seed++) {
        total++;
        const v = makeVariant(text, input.format, [cls], seed);
        const diffs = checkVariant(original, v);
        if (diffs.length) {
          failures.set(cls, (failures.get(cls) ?? 0) + 1);
          if ((failures.get(cls) ?? 0) <= 2) console.log(`FAIL ${input.path} [${cls}] seed ${seed}: ${diffs.slice(0, 3).join(' | ')}`);
        }
      }
    }
  }
  console.log(`${total} single-class variants, ${[...failures.values()].reduce((a, b) => a + b, 0)} failed`, Object.fromEntries(failures));
}
