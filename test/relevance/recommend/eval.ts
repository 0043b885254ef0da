/**
 * The recommendation evaluation: `npx tsx test/relevance/recommend/eval.ts` prints REPORT.md's
 * tables (`--write` rewrites the file). Rankings compared, each over all 24 readers:
 * - `topic-only`: today's selection before recommendations (`selectDaily`: topic strength, freshness,
 *   topics taking turns), votes ignored;
 * - `recommend`: the shipped ranking (`recommendDaily`, defaults) with the reader's votes;
 * - ablations: without popularity, without votes (popularity but no feedback), without exploration,
 *   and the Rocchio content model instead of per-term like rates.
 * @module
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultFeatureOptions, defaultRankOptions } from '../../../src/schedule/index.ts';
import { readers, type Reader } from './readers.ts';
import { loadDays, meanPrecision, simulate, type Ranker, type ReaderResult } from './simulate.ts';

export const rankers: Record<string, Ranker> = {
  'topic-only': { kind: 'topic-only' },
  recommend: { kind: 'recommend', rank: defaultRankOptions, useVotes: true },
  'recommend, no popularity': { kind: 'recommend', rank: { ...defaultRankOptions, weights: { ...defaultRankOptions.weights, popularity: 0 } }, useVotes: true },
  'no votes (popularity, topics, freshness)': { kind: 'recommend', rank: defaultRankOptions, useVotes: false },
  'no votes, no popularity': { kind: 'recommend', rank: { ...defaultRankOptions, weights: { ...defaultRankOptions.weights, popularity: 0 } }, useVotes: false },
  'recommend, no exploration': { kind: 'recommend', rank: { ...defaultRankOptions, explorationShare: 0 }, useVotes: true },
  'recommend, Rocchio model': { kind: 'recommend', rank: { ...defaultRankOptions, model: 'rocchio' }, useVotes: true },
  'oracle (every liked candidate first: the upper bound)': { kind: 'oracle' },
};

/** Every ranker over every reader. */
export function evaluate(): Map<string, ReaderResult[]> {
  const days = loadDays();
  return new Map(Object.entries(rankers).map(([name, ranker]) => [name, readers.map((r) => simulate(r, days, ranker))]));
}

const f2 = (x: number) => x.toFixed(2);
const f3 = (x: number) => x.toFixed(3);
const group = (results: readonly ReaderResult[], pick: (r: Reader) => boolean) => meanPrecision(results.filter((x) => pick(x.reader)));

/** The report's markdown tables. */
export function report(results: Map<string, ReaderResult[]>): string {
  const topic = results.get('topic-only')!;
  const rec = results.get('recommend')!;
  const lines: string[] = [];
  lines.push('| split | reader type | readers | topic-only | recommend | ratio |', '|---|---|---|---|---|---|');
  for (const split of ['tune', 'report'] as const) {
    for (const type of ['one-topic', 'two-topic', 'all'] as const) {
      const pick = (r: Reader) => r.split === split && (type === 'all' || r.type === type);
      const t = group(topic, pick);
      const p = group(rec, pick);
      const n = readers.filter(pick).length;
      const b = (s: string) => (type === 'all' ? `**${s}**` : s);
      lines.push(`| ${split} | ${type} | ${n} | ${b(f3(t))} | ${b(f3(p))} | ${b(`${(p / t).toFixed(2)}×`)} |`);
    }
  }
  lines.push('', '| ranking | tune | report | all |', '|---|---|---|---|');
  for (const [name, rs] of results) lines.push(`| ${name} | ${f3(group(rs, (r) => r.split === 'tune'))} | ${f3(group(rs, (r) => r.split === 'report'))} | ${f3(meanPrecision(rs))} |`);
  lines.push('', '| reader (topics/theme) | split | type | topic-only | recommend | no popularity | no votes |', '|---|---|---|---|---|---|---|');
  readers.forEach((r, i) => {
    lines.push(`| ${r.id} | ${r.split} | ${r.type} | ${f2(topic[i]!.precision)} | ${f2(rec[i]!.precision)} | ${f2(results.get('recommend, no popularity')![i]!.precision)} | ${f2(results.get('no votes (popularity, topics, freshness)')![i]!.precision)} |`);
  });
  const repeats = [...results.values()].flat().reduce((s, r) => s + r.repeats, 0);
  lines.push('', `Repeats (a pick the chat had already received), over every ranking and reader: ${repeats}.`);
  lines.push(`Shipped options: \`${JSON.stringify(defaultRankOptions)}\`; features \`${JSON.stringify(defaultFeatureOptions)}\`.`);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const tables = report(evaluate());
  console.log(tables);
  if (process.argv.includes('--write')) {
    const path = fileURLToPath(new URL('./REPORT.md', import.meta.url));
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(path, 'utf8');
    const start = text.indexOf('<!-- tables -->');
    const end = text.indexOf('<!-- /tables -->');
    if (start < 0 || end < 0) throw new Error('REPORT.md has no <!-- tables --> block');
    writeFileSync(path, `${text.slice(0, start)}<!-- tables -->\n${tables}\n${text.slice(end)}`);
  }
}
