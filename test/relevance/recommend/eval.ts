/**
 * The recommendation evaluation: `npx tsx test/relevance/recommend/eval.ts` prints REPORT.md's
 * tables (`--write` rewrites the file). `--dir <folder>` runs the same protocol on other HFday day
 * files (`YYYY-MM-DD.json`, at least five: days 1-3 warm up, days 4..N are measured); `--split
 * tune` (or `report`) runs one half of the readers only. Rankings compared, each over the readers:
 * - `topic-only`: today's selection before recommendations (`selectDaily`: topic strength, freshness,
 *   topics taking turns), votes ignored;
 * - `recommend`: the shipped ranking (`recommendDaily`, defaults) with the reader's votes;
 * - ablations: without popularity, without votes (popularity but no feedback), without exploration,
 *   the Rocchio content model instead of per-term like rates, and a candidate scored by its
 *   strongest term alone (the model before round 5) instead of its two strongest.
 * @module
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
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
  'recommend, strongest term only (rateTerms 1, before round 5)': { kind: 'recommend', rank: { ...defaultRankOptions, rateTerms: 1 }, useVotes: true },
  'oracle (every liked candidate first: the upper bound)': { kind: 'oracle' },
};

/** Every ranker over the readers of `splits` (default both), on the days of `dir` (default: the fixtures). */
export function evaluate(dir?: string, splits: readonly Reader['split'][] = ['tune', 'report']): Map<string, ReaderResult[]> {
  const days = loadDays(dir);
  const chosen = readers.filter((r) => splits.includes(r.split));
  return new Map(Object.entries(rankers).map(([name, ranker]) => [name, chosen.map((r) => simulate(r, days, ranker))]));
}

const f2 = (x: number) => x.toFixed(2);
const f3 = (x: number) => x.toFixed(3);
const group = (results: readonly ReaderResult[], pick: (r: Reader) => boolean) => meanPrecision(results.filter((x) => pick(x.reader)));

/** The report's markdown tables (over the splits `results` holds). */
export function report(results: Map<string, ReaderResult[]>): string {
  const topic = results.get('topic-only')!;
  const rec = results.get('recommend')!;
  const splits = (['tune', 'report'] as const).filter((s) => topic.some((r) => r.reader.split === s));
  const lines: string[] = [];
  lines.push('| split | reader type | readers | topic-only | recommend | ratio |', '|---|---|---|---|---|---|');
  for (const split of splits) {
    for (const type of ['one-topic', 'two-topic', 'all'] as const) {
      const pick = (r: Reader) => r.split === split && (type === 'all' || r.type === type);
      const t = group(topic, pick);
      const p = group(rec, pick);
      const n = topic.filter((x) => pick(x.reader)).length;
      const b = (s: string) => (type === 'all' ? `**${s}**` : s);
      lines.push(`| ${split} | ${type} | ${n} | ${b(f3(t))} | ${b(f3(p))} | ${b(`${(p / t).toFixed(2)}×`)} |`);
    }
  }
  lines.push('', `| ranking | ${splits.join(' | ')} | all |`, `|---|${splits.map(() => '---|').join('')}---|`);
  for (const [name, rs] of results) lines.push(`| ${name} | ${splits.map((s) => f3(group(rs, (r) => r.split === s))).join(' | ')} | ${f3(meanPrecision(rs))} |`);
  lines.push('', '| reader (topics/theme) | split | type | topic-only | recommend | no popularity | no votes |', '|---|---|---|---|---|---|---|');
  topic.forEach(({ reader: r }, i) => {
    lines.push(`| ${r.id} | ${r.split} | ${r.type} | ${f2(topic[i]!.precision)} | ${f2(rec[i]!.precision)} | ${f2(results.get('recommend, no popularity')![i]!.precision)} | ${f2(results.get('no votes (popularity, topics, freshness)')![i]!.precision)} |`);
  });
  const repeats = [...results.values()].flat().reduce((s, r) => s + r.repeats, 0);
  lines.push('', `Repeats (a pick the chat had already received), over every ranking and reader: ${repeats}.`);
  lines.push(`Shipped options: \`${JSON.stringify(defaultRankOptions)}\`; features \`${JSON.stringify(defaultFeatureOptions)}\`.`);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, split: { type: 'string', default: 'all' }, write: { type: 'boolean', default: false } } });
  const split = values.split;
  const splits: Reader['split'][] | undefined = split === 'all' ? ['tune', 'report'] : split === 'tune' || split === 'report' ? [split] : undefined;
  if (!splits) throw new Error(`--split ${values.split}: tune, report or all`);
  if (values.write && (values.dir || values.split !== 'all')) throw new Error('--write rewrites REPORT.md from the fixture days and both splits only');
  const tables = report(evaluate(values.dir, splits));
  console.log(values.dir ? `Days: ${values.dir}\n\n${tables}` : tables);
  if (values.write) {
    const path = fileURLToPath(new URL('./REPORT.md', import.meta.url));
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(path, 'utf8');
    const start = text.indexOf('<!-- tables -->');
    const end = text.indexOf('<!-- /tables -->');
    if (start < 0 || end < 0) throw new Error('REPORT.md has no <!-- tables --> block');
    writeFileSync(path, `${text.slice(0, start)}<!-- tables -->\n${tables}\n${text.slice(end)}`);
  }
}
