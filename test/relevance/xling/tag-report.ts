/**
 * Prints topic-tagging precision/recall against the English-built gold:
 * `npx tsx test/relevance/xling/tag-report.ts [tune|old-report] [--wrong]`.
 */
import { sourcePapers } from './source.ts';
import type { Split } from './split.ts';
import { evalTagging } from './tagging.ts';

const split = (process.argv.find((a) => a === 'tune' || a === 'old-report') ?? 'tune') as Split;
const showWrong = process.argv.includes('--wrong');
const titles = new Map(sourcePapers().map((p) => [p.arxivId, p.title]));
for (const lang of ['ru', 'zh'] as const) {
  const r = evalTagging(split, lang);
  const m = r.micro;
  console.log(`\n== tagging, ${split} days, ${lang}: micro P=${m.precision.toFixed(3)} R=${m.recall.toFixed(3)} F1=${m.f1.toFixed(3)} (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`);
  for (const [t, x] of r.perTopic) {
    if (x.tp + x.fp + x.fn === 0) continue;
    console.log(`  ${t.padEnd(24)} P=${x.precision.toFixed(2)} R=${x.recall.toFixed(2)}  tp ${x.tp} fp ${x.fp} fn ${x.fn}`);
  }
  if (!showWrong) continue;
  for (const [id, t] of r.wrong.fp) console.log(`  fp ${t.padEnd(20)} ${id} ${titles.get(id)?.slice(0, 80)}`);
  for (const [id, t] of r.wrong.fn) console.log(`  fn ${t.padEnd(20)} ${id} ${titles.get(id)?.slice(0, 80)}`);
}
