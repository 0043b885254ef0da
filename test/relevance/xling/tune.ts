/**
 * Ranking knobs against the cross-lingual queries on the TUNE days only (RULES.md):
 * `npx tsx test/relevance/xling/tune.ts`. Prints mean recall@10 and MRR per corpus for each setting.
 */
import type { IndexOptionsInput } from '../../../src/core/search-index.ts';
import { runEval, summarize, type CorpusLang } from './eval.ts';

const settings: [string, IndexOptionsInput][] = [];
for (const conceptParentWeight of [0.15, 0.3, 0.5])
  for (const conceptExpansion of [1, 2, 3]) settings.push([`concept=${conceptExpansion} parent=${conceptParentWeight}`, { conceptExpansion, conceptParentWeight }]);

for (const [label, options] of settings) {
  const cells = (['ru', 'zh'] as CorpusLang[]).map((lang) => {
    const s = summarize(runEval('tune', lang, { index: options }));
    return `${lang} R=${s.recall10.toFixed(3)} MRR=${s.mrr.toFixed(3)}`;
  });
  console.log(label.padEnd(40), cells.join('  '));
}
