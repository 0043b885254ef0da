/**
 * Tunes the recommendation knobs on the tune readers only (`npx tsx test/relevance/recommend/tune.ts
 * [--dir <day files>]`): one-knob variations around the shipped options (`defaultRankOptions`,
 * `defaultFeatureOptions`), ranked by mean precision on days 4..N. REPORT.md quotes the report
 * readers, which this script never runs. The exploration share is not tuned (0 would always win on
 * precision): it stays 0.1, the product's promise that picks never collapse onto one theme.
 * (The first round's 288-configuration grid and the second round are described in REPORT.md.)
 * @module
 */
import { parseArgs } from 'node:util';
import { defaultFeatureOptions, defaultRankOptions, type FeatureOptions, type RankOptions } from '../../../src/schedule/index.ts';
import { readers } from './readers.ts';
import { loadDays, meanPrecision, simulate } from './simulate.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
const days = loadDays(values.dir);
const tune = readers.filter((r) => r.split === 'tune');
const r0 = defaultRankOptions;
const f0 = defaultFeatureOptions;
const variants: [string, Partial<RankOptions>, Partial<FeatureOptions>][] = [['shipped', {}, {}]];
for (const taste of [2, 3, 8, 12]) variants.push([`taste ${taste}`, { weights: { ...r0.weights, taste } }, {}]);
for (const popularity of [0, 0.1, 0.6]) variants.push([`popularity ${popularity}`, { weights: { ...r0.weights, popularity } }, {}]);
for (const fresh of [0.1, 0.6]) variants.push([`fresh ${fresh}`, { weights: { ...r0.weights, fresh } }, {}]);
for (const topic of [0, 1]) variants.push([`topic ${topic}`, { weights: { ...r0.weights, topic } }, {}]);
for (const smoothing of [2, 4, 12, 16]) variants.push([`smoothing ${smoothing}`, { smoothing }, {}]);
for (const halfLifeDays of [1, 4]) variants.push([`half-life ${halfLifeDays}`, { halfLifeDays }, {}]);
for (const confidentAfter of [1, 6]) variants.push([`confident after ${confidentAfter}`, { confidentAfter }, {}]);
for (const coveragePenalty of [0, 0.6]) variants.push([`coverage ${coveragePenalty}`, { coveragePenalty }, {}]);
for (const maxTerms of [48, 96, 128]) variants.push([`terms ${maxTerms}`, {}, { maxTerms }]);
for (const maxShare of [0.2, 0.4]) variants.push([`share ${maxShare}`, {}, { maxShare }]);
for (const expansionWeight of [0.5, 2]) variants.push([`expansion ${expansionWeight}`, {}, { expansionWeight }]);
for (const rateTerms of [2, 3, 5]) variants.push([`rate terms ${rateTerms}`, { rateTerms }, {}]);
variants.push(['explore by taste', { exploreBy: 'taste' }, {}]);
const only = process.env.TUNE_ONLY?.split(',');
const rows: { p: number; name: string }[] = [];
for (const [name, rank, features] of variants) {
  if (only && !only.some((o) => name.startsWith(o))) continue;
  const p = meanPrecision(tune.map((r) => simulate(r, days, { kind: 'recommend', rank: { ...r0, ...rank }, features: { ...f0, ...features }, useVotes: true })));
  rows.push({ p, name });
  console.log(p.toFixed(3), name);
}
rows.sort((a, b) => b.p - a.p);
console.log('best:', rows.slice(0, 5).map((r) => `${r.name} ${r.p.toFixed(3)}`).join('; '));
