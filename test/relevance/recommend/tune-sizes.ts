/**
 * A steadier tune figure (`npx tsx test/relevance/recommend/tune-sizes.ts`): the tune readers only,
 * each variant run with digests of 2, 3, 4 and 5 papers (the same days and readers, four times the
 * picks), so one lucky pick moves the mean less than in `tune.ts`'s single size-3 run. Prints each
 * size's precision and their mean. `TUNE_ONLY=a,b` runs the variants whose name starts so.
 * @module
 */
import { defaultFeatureOptions, defaultRankOptions, type FeatureOptions, type RankOptions } from '../../../src/schedule/index.ts';
import { readers } from './readers.ts';
import { loadDays, meanPrecision, simulate } from './simulate.ts';

const days = loadDays();
const tune = readers.filter((r) => r.split === 'tune');
const r0 = defaultRankOptions;
const f0 = defaultFeatureOptions;
const sizes = [2, 3, 4, 5];
const variants: [string, Partial<RankOptions>, Partial<FeatureOptions>][] = [
  ['shipped', {}, {}],
  ['topic-only', {}, {}],
  ['rate terms 1', { rateTerms: 1 }, {}],
  ['rate terms 2', { rateTerms: 2 }, {}],
  ['rate terms 3', { rateTerms: 3 }, {}],
  ['rate terms 4', { rateTerms: 4 }, {}],
  ['rate terms 3, smoothing 4', { rateTerms: 3, smoothing: 4 }, {}],
  ['rate terms 3, smoothing 12', { rateTerms: 3, smoothing: 12 }, {}],
  ['rate terms 3, explore by taste', { rateTerms: 3, exploreBy: 'taste' }, {}],
  ['rate terms 3, topic 0', { rateTerms: 3, weights: { ...r0.weights, topic: 0 } }, {}],
  ['rate terms 3, half-life 1', { rateTerms: 3, halfLifeDays: 1 }, {}],
  ['rate terms 3, terms 96', { rateTerms: 3 }, { maxTerms: 96 }],
  ['rate terms 3, dislike 0.5', { rateTerms: 3, rateDislike: 0.5 }, {}],
  ['rate terms 3, dislike 0.25', { rateTerms: 3, rateDislike: 0.25 }, {}],
  ['rate terms 3, dislike 2', { rateTerms: 3, rateDislike: 2 }, {}],
  ['dislike 0.5', { rateDislike: 0.5 }, {}],
  ['rate terms 2, terms 96', { rateTerms: 2 }, { maxTerms: 96 }],
  ['rate terms 2, terms 128', { rateTerms: 2 }, { maxTerms: 128 }],
  ['rate terms 2, explore by taste', { rateTerms: 2, exploreBy: 'taste' }, {}],
  ['rate terms 2, topic 0', { rateTerms: 2, weights: { ...r0.weights, topic: 0 } }, {}],
  ['rate terms 1, terms 96', { rateTerms: 1 }, { maxTerms: 96 }],
  ['smoothing 2', { smoothing: 2 }, {}],
  ['explore by taste', { exploreBy: 'taste' }, {}],
  ['topic 0', { weights: { ...r0.weights, topic: 0 } }, {}],
];
const only = process.env.TUNE_ONLY?.split(',');
for (const [name, rank, features] of variants) {
  if (only && !only.some((o) => name.startsWith(o))) continue;
  const per = sizes.map((size) => meanPrecision(tune.map((r) => simulate(r, days, name === 'topic-only' ? { kind: 'topic-only' } : { kind: 'recommend', rank: { ...r0, ...rank }, features: { ...f0, ...features }, useVotes: true }, size))));
  console.log((per.reduce((s, x) => s + x, 0) / per.length).toFixed(3), per.map((x) => x.toFixed(3)).join(' '), name);
}
