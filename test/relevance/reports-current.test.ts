/**
 * The committed relevance reports are what their generators print for this tree. They are read as the
 * project's quality figures (README, closing notes), and nothing else ties them to the code: a tagging,
 * lexicon, ranking or recommendation change that moves a figure must regenerate them in the same commit
 * (`npm run eval:xling`; `npx tsx test/relevance/recommend/eval.ts --write`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, report } from './recommend/eval.ts';
import { computeFigures, renderReport } from './xling/report-md.ts';

const read = (rel: string) => readFileSync(new URL(rel, import.meta.url), 'utf8');
/** The lexicon's heap figure depends on the process (and on `--expose-gc`): everything else must match. */
const withoutMemory = (md: string) => md.replace(/^- memory: .*$/m, '- memory: (measured apart)').trimEnd();

describe('committed relevance reports', () => {
  it('test/relevance/REPORT.md is current (regenerate with `npm run eval:xling`)', () => {
    expect(withoutMemory(renderReport(computeFigures()))).toBe(withoutMemory(read('./REPORT.md')));
  }, 240_000);

  it('test/relevance/recommend/REPORT.md tables are current (regenerate with `recommend/eval.ts --write`)', () => {
    const text = read('./recommend/REPORT.md');
    const start = text.indexOf('<!-- tables -->\n');
    const end = text.indexOf('<!-- /tables -->');
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    expect(report(evaluate()).trimEnd()).toBe(text.slice(start + '<!-- tables -->\n'.length, end).trimEnd());
  }, 240_000);
});
