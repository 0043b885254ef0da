/**
 * Prints the cross-lingual figures (search per query group, then tagging micro and per topic).
 *
 * - `npx tsx test/relevance/xling/report.ts [tune|old-report] [--misses]`: the committed days (all 12
 *   are tune days since round 4; `old-report` = the 5 spent report days of rounds 1-3, a subset).
 * - `npx tsx test/relevance/xling/report.ts --days-dir <dir> [--keep-seen]`: held-out material. Reads
 *   every `YYYY-MM-DD.json` HFday day file of `<dir>` (the shape of `test/fixtures/hfday-d/`), makes the
 *   Russian-only and Chinese-only digests from them in memory exactly as `generate.ts` makes the
 *   committed ones, judges relevance and topic gold from their English title and abstract by the same
 *   rules (RULES.md), and prints the same tables. Papers that are already among the 165 committed
 *   (tuned-on) papers are left out unless `--keep-seen` is given; the output says how many.
 *
 * `--misses` lists queries with recall@10 < 1 or no results, with what they returned: for tune material
 * only (never on held-out days, whose misses must not steer tuning).
 */
import { resolve } from 'node:path';
import { topicIds } from '../../../src/core/topics.ts';
import { formatSummary, groups, materialOf, runEval, summarize, type CorpusLang, type Material } from './eval.ts';
import { dayFilesIn, readDayFiles, sourcePapers } from './source.ts';
import type { Split } from './split.ts';
import { evalTagging } from './tagging.ts';

const args = process.argv.slice(2);
const dirAt = args.indexOf('--days-dir');
let material: Material | Split;
let heldOut = false;
if (dirAt >= 0) {
  const dir = args[dirAt + 1];
  if (!dir) throw new Error('--days-dir needs a folder');
  const files = dayFilesIn(resolve(dir));
  if (files.length === 0) throw new Error(`no YYYY-MM-DD.json day files in ${dir}`);
  const seen = args.includes('--keep-seen') ? new Set<string>() : new Set(sourcePapers().map((p) => p.arxivId));
  const skipped: string[] = [];
  const all = readDayFiles(files, new Set(), []);
  const papers = readDayFiles(files, seen, skipped);
  if (papers.length === 0) throw new Error(`no paper of ${dir} is new (all ${all.length} are committed tune papers); --keep-seen evaluates them anyway`);
  material = materialOf(dir, papers);
  heldOut = true;
  const days = [...new Set(papers.map((p) => p.day))];
  console.log(`material: ${files.length} day files in ${dir} (${days.join(', ')}); ${papers.length} papers (${papers.filter((p) => p.zh).length} with Chinese), ${all.length - papers.length} left out as already among the committed tune papers, ${skipped.length} left out as not evaluable`);
  for (const s of skipped) console.log(`  not evaluable: ${s}`);
} else material = (args.find((a) => a === 'tune' || a === 'old-report') ?? 'tune') as Split;
const label = typeof material === 'string' ? `${material} days` : 'held-out days';
const misses = args.includes('--misses') && !heldOut;
const titles = new Map((typeof material === 'string' ? sourcePapers() : material.papers).map((p) => [p.arxivId, p.title]));

const f3 = (x: number) => (Number.isNaN(x) ? '  –  ' : x.toFixed(3));
const summaries: Record<string, ReturnType<typeof summarize>> = {};
for (const lang of ['ru', 'zh'] as CorpusLang[]) {
  const t0 = performance.now();
  const rows = runEval(material, lang);
  console.log(`\n== ${label}, ${lang === 'ru' ? 'Russian' : 'Chinese'}-only digests (${(performance.now() - t0).toFixed(0)} ms)`);
  for (const [g, group] of groups(rows)) {
    const s = summarize(group);
    summaries[`${lang} ${g}`] = s;
    console.log(formatSummary(g, s));
  }
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

const tagging = { ru: evalTagging(material, 'ru'), zh: evalTagging(material, 'zh') };
console.log(`\n== ${label}, topic tagging (gold from the English originals)`);
console.log(`${'topic'.padEnd(24)} ru-only P    R     tp/fp/fn   zh-only P    R     tp/fp/fn`);
for (const t of topicIds) {
  const [a, b] = [tagging.ru.perTopic.get(t)!, tagging.zh.perTopic.get(t)!];
  if (a.tp + a.fp + a.fn + b.tp + b.fp + b.fn === 0) continue;
  console.log(`${t.padEnd(24)} ${f3(a.precision)} ${f3(a.recall)}  ${`${a.tp}/${a.fp}/${a.fn}`.padEnd(10)}  ${f3(b.precision)} ${f3(b.recall)}  ${b.tp}/${b.fp}/${b.fn}`);
}
for (const lang of ['ru', 'zh'] as const) {
  const m = tagging[lang].micro;
  console.log(`micro ${lang}-only: P=${f3(m.precision)} R=${f3(m.recall)} F1=${f3(m.f1)} (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`);
}

console.log(`\n== ${label}, issue 10 targets`);
const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
for (const q of ['en', 'ru', 'zh']) {
  const [a, b] = [summaries[`ru lang ${q}`]!.recall10, summaries[`zh lang ${q}`]!.recall10];
  console.log(`recall@10 ${q} queries   ru-only ${f3(a)}  zh-only ${f3(b)}  (>= 0.85) ${mark(a >= 0.85 && b >= 0.85)}`);
}
console.log(`MRR all queries        ru-only ${f3(summaries['ru all']!.mrr)}  zh-only ${f3(summaries['zh all']!.mrr)}`);
const [za, zb] = [summaries['ru all']!.zeroRate, summaries['zh all']!.zeroRate];
console.log(`zero-result rate       ru-only ${(za * 100).toFixed(1)}%   zh-only ${(zb * 100).toFixed(1)}%   (< 5%) ${mark(za < 0.05 && zb < 0.05)}`);
const [ta, tb] = [tagging.ru.micro, tagging.zh.micro];
console.log(`tagging micro-F1       ru-only ${f3(ta.f1)}  zh-only ${f3(tb.f1)}  (>= 0.8) ${mark(ta.f1 >= 0.8 && tb.f1 >= 0.8)}`);
console.log(`tagging precision      ru-only ${f3(ta.precision)}  zh-only ${f3(tb.precision)}  (>= 0.75) ${mark(ta.precision >= 0.75 && tb.precision >= 0.75)}`);
