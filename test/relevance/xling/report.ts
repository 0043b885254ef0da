/**
 * Prints the cross-lingual figures: `npx tsx test/relevance/xling/report.ts [tune|report] [--misses]`.
 * Default: the report split (the quality figures). `--misses` lists queries with recall@10 < 1 or no
 * results, with what they returned — look at those on the tune split only (RULES.md).
 */
import { sourcePapers } from './source.ts';
import { formatSummary, groups, runEval, summarize, type CorpusLang } from './eval.ts';
import type { Split } from './split.ts';

const split = (process.argv.find((a) => a === 'tune' || a === 'report') ?? 'report') as Split;
const misses = process.argv.includes('--misses');
const titles = new Map(sourcePapers().map((p) => [p.arxivId, p.title]));

for (const lang of ['ru', 'zh'] as CorpusLang[]) {
  const t0 = performance.now();
  const rows = runEval(split, lang);
  console.log(`\n== ${split} days, ${lang === 'ru' ? 'Russian' : 'Chinese'}-only digests (${(performance.now() - t0).toFixed(0)} ms)`);
  for (const [label, group] of groups(rows)) console.log(formatSummary(label, summarize(group)));
  if (!misses) continue;
  for (const r of rows) {
    if (r.relevant.size === 0 && r.total > 0) continue;
    if (r.relevant.size > 0 && r.recall10 >= 1 && r.rr === 1) continue;
    const got = r.ranked.map((ids) => (ids.some((id) => r.relevant.has(id)) ? '+' : '-')).join('');
    console.log(`  ${r.query.lang} ${JSON.stringify(r.query.q)} [${r.concept.id}] rel=${r.relevant.size} total=${r.total}${r.relaxed ? ` relaxed=${r.relaxed}` : ''} recall=${r.recall10.toFixed(2)} rr=${r.rr.toFixed(2)} ${got}`);
    const missed = [...r.relevant].filter((id) => !r.ranked.flat().includes(id));
    for (const id of missed.slice(0, 4)) console.log(`      missed ${id} ${titles.get(id)?.slice(0, 80)}`);
  }
}
