/**
 * Tunes the recommendation knobs on the tune readers only (`npx tsx test/relevance/recommend/tune.ts`):
 * a grid over the content model and the blend, ranked by mean precision on days 4-10. The chosen
 * configuration became `defaultRankOptions` / `defaultFeatureOptions`. REPORT.md quotes the report
 * readers, which this script never runs. The exploration share is not tuned (0 would always win on
 * precision): it is fixed at 0.1, the product's promise that picks never collapse onto one theme.
 * This grid ran with the features of the time (the strongest terms by tf-idf: 200 won); the shipped
 * cut, the 64 most widely shared terms, came from a follow-up comparison on the same readers
 * (REPORT.md, "Content model"); set `maxTerms` below to 64 with `defaultFeatureOptions` to rerun.
 * @module
 */
import { defaultFeatureOptions, defaultRankOptions, type FeatureOptions, type RankOptions } from '../../../src/schedule/index.ts';
import { readers } from './readers.ts';
import { loadDays, meanPrecision, simulate } from './simulate.ts';

const days = loadDays();
const tune = readers.filter((r) => r.split === 'tune');
const rows: { p: number; name: string }[] = [];
for (const maxTerms of [200, 256, 400])
  for (const smoothing of [4, 8, 12])
    for (const taste of [2, 5])
      for (const fresh of [0.3, 0.6])
        for (const coveragePenalty of [0, 0.3])
          for (const similarityPenalty of [0, 0.4])
            for (const confidentAfter of [3, 6]) {
              const features: FeatureOptions = { ...defaultFeatureOptions, maxTerms };
              const rank: RankOptions = { ...defaultRankOptions, model: 'rate', smoothing, coveragePenalty, similarityPenalty, confidentAfter, explorationShare: 0.1, weights: { ...defaultRankOptions.weights, taste, fresh } };
              const p = meanPrecision(tune.map((r) => simulate(r, days, { kind: 'recommend', rank, features, useVotes: true })));
              rows.push({ p, name: JSON.stringify({ maxTerms, smoothing, taste, fresh, coveragePenalty, similarityPenalty, confidentAfter }) });
            }
rows.sort((a, b) => b.p - a.p);
for (const r of rows.slice(0, 30)) console.log(r.p.toFixed(3), r.name);
console.log('configurations:', rows.length, 'median', rows[Math.floor(rows.length / 2)]!.p.toFixed(3), 'worst', rows.at(-1)!.p.toFixed(3));
