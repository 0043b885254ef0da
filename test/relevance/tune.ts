/**
 * Grid search over ranking knobs on the labelled queries: `npx tsx test/relevance/tune.ts`.
 * Prints the best settings by (recall@10 + MRR + cappedP@5); use it to justify defaults, not to overfit.
 */
import { DigestIndex, type IndexOptionsInput } from '../../src/core/search-index.ts';
import { resolveRef, starterCorpus } from './corpus.ts';
import { cappedPrecisionAt, mean, recallAt, reciprocalRank } from './metrics.ts';
import { labelledQueries } from './queries.ts';

const corpus = starterCorpus();
const labels = labelledQueries.map((q) => ({ q, relevant: new Set(q.relevant.map((r) => resolveRef(corpus.papers, r).id)) }));

export function evaluate(options: IndexOptionsInput) {
  const index = new DigestIndex(options);
  index.add(corpus.papers);
  const rows = labels.map(({ q, relevant }) => {
    const ranked = index.search(q.query, { limit: 10 }).hits.map((h) => h.paper.id);
    return { recall: recallAt(ranked, relevant, 10), rr: reciprocalRank(ranked, relevant), p5: cappedPrecisionAt(ranked, relevant, 5), exactOk: !q.exact || relevant.has(ranked[0] ?? '') };
  });
  return { recall: mean(rows.map((r) => r.recall)), mrr: mean(rows.map((r) => r.rr)), p5: mean(rows.map((r) => r.p5)), exactMisses: rows.filter((r) => !r.exactOk).length };
}

const results: { options: IndexOptionsInput; r: ReturnType<typeof evaluate> }[] = [];
for (const topics of [1.5, 3, 5, 8, 12])
  for (const title of [2, 3])
    for (const abstract of [0.5, 1])
      for (const k of [0.9, 1.2])
        for (const b of [0.5, 0.75]) {
          const options: IndexOptionsInput = { boosts: { topics, title, abstract }, bm25: { k, b } };
          results.push({ options, r: evaluate(options) });
        }
results.sort((x, y) => y.r.recall + y.r.mrr + y.r.p5 - (x.r.recall + x.r.mrr + x.r.p5));
for (const { options, r } of results.slice(0, 12)) {
  console.log(JSON.stringify(options), `recall@10=${r.recall.toFixed(3)} MRR=${r.mrr.toFixed(3)} cappedP@5=${r.p5.toFixed(3)} exactMisses=${r.exactMisses}`);
}
console.log('defaults', JSON.stringify(evaluate({})));
