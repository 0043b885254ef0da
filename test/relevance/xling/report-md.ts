/**
 * Writes the cross-lingual evaluation report, `test/relevance/REPORT.md`: search quality (recall@10,
 * MRR, zero-result rate) per query language, query class, catalog vs outside, for the Russian-only and
 * the Chinese-only digests of the REPORT days (and the tune days beside them), topic tagging per topic,
 * the queries that still fail, the regression set, and the lexicon's size and memory.
 *
 * `npm run eval:xling` (= `npx tsx --expose-gc test/relevance/xling/report-md.ts --write`); without
 * `--write` it prints the markdown. The figures of earlier rounds are constants below, each with the
 * commit that measured it. Rules of the evaluation: `../RULES.md`.
 * @module
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildLexicon, lexicon, lexiconFingerprint } from '../../../src/core/lexicon/index.ts';
import { lexiconBlocks } from '../../../src/core/lexicon/data/index.ts';
import { DigestIndex } from '../../../src/core/search-index.ts';
import { resolveRef, starterCorpus } from '../corpus.ts';
import { mean, recallAt, reciprocalRank } from '../metrics.ts';
import { labelledQueries } from '../queries.ts';
import { groups, relevanceSets, runEval, summarize, type CorpusLang, type Row, type Summary } from './eval.ts';
import { concepts } from './queries.ts';
import { sourcePapers } from './source.ts';
import { oldReportDays, tuneDays, type Split } from './split.ts';
import { evalTagging, type TaggingResult } from './tagging.ts';

const langs: readonly CorpusLang[] = ['ru', 'zh'];
const corpusName = { ru: 'Russian-only digests', zh: 'Chinese-only digests' } as const;

/** Targets of issue 10 (held-out days). */
export const targets = { recall10: 0.85, zeroRate: 0.05, taggingF1: 0.8, taggingPrecision: 0.75 };

/** Earlier rounds on the old report days (held out then), as their commits measured them (same material and rules). */
const history = [
  {
    label: 'before (f97c38d: topic-catalog expansion only)',
    search: { ru: { en: 0.477, ru: 0.627, zh: 0.395, all: 0.503, mrr: 0.568, zero: 0.252 }, zh: { en: 0.533, ru: 0.381, zh: 0.735, all: 0.544, mrr: 0.575, zero: 0.257 } },
    tagging: { ru: { p: 0.665, r: 0.762, f1: 0.71 }, zh: { p: 0.689, r: 0.823, f1: 0.75 } },
  },
  {
    label: 'round 1 (54d49ad: lexicon of 1,344 concepts, expansion, weighted tagging)',
    search: { ru: { all: 0.8, mrr: 0.866, zero: 0.014 }, zh: { all: 0.807, mrr: 0.868, zero: 0.018 } },
    tagging: { ru: { p: 0.748, f1: 0.707 }, zh: { p: 0.702, f1: 0.731 } },
  },
  {
    label: 'round 2 (413727a: lexicon of 2,218 concepts)',
    search: { ru: { en: 0.768, ru: 0.836, zh: 0.783, all: 0.796, mrr: 0.871, zero: 0.014 }, zh: { en: 0.815, ru: 0.805, zh: 0.809, all: 0.809, mrr: 0.865, zero: 0.018 } },
    tagging: { ru: { p: 0.748, r: 0.671, f1: 0.707 }, zh: { p: 0.7, r: 0.768, f1: 0.733 } },
  },
] as const;

const f3 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(3));
const pct = (x: number | undefined) => (x === undefined ? '–' : `${(x * 100).toFixed(1)} %`);
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export interface XlingFigures {
  rows: Record<Split, Record<CorpusLang, Row[]>>;
  tagging: Record<Split, Record<CorpusLang, TaggingResult>>;
}

/**
 * Runs every query and the tagging on both splits and both corpus languages.
 */
export function computeFigures(): XlingFigures {
  const rows = { tune: {}, 'old-report': {} } as XlingFigures['rows'];
  const tagging = { tune: {}, 'old-report': {} } as XlingFigures['tagging'];
  for (const split of ['tune', 'old-report'] as const) {
    for (const lang of langs) {
      rows[split][lang] = runEval(split, lang);
      tagging[split][lang] = evalTagging(split, lang);
    }
  }
  return { rows, tagging };
}

function searchTable(fig: XlingFigures, split: Split): string {
  const byLang = langs.map((l) => groups(fig.rows[split][l]));
  return table(
    ['queries', 'n', 'scored (ru / zh)', 'ru-only recall@10', 'MRR', 'zero', 'zh-only recall@10', 'MRR', 'zero'],
    byLang[0]!.map(([label, g], i) => {
      const r = summarize(g);
      const z = summarize(byLang[1]![i]![1]);
      return [label, r.n, `${r.scored} / ${z.scored}`, f3(r.recall10), f3(r.mrr), pct(r.zeroRate), f3(z.recall10), f3(z.mrr), pct(z.zeroRate)];
    }),
  );
}

function targetTable(fig: XlingFigures): string {
  const rows: (string | number)[][] = [];
  const s = (lang: CorpusLang, q?: string): Summary => summarize(fig.rows['old-report'][lang].filter((r) => !q || r.query.lang === q));
  const mark = (ok: boolean) => (ok ? 'met' : '**not met**');
  for (const q of ['en', 'ru', 'zh']) {
    const [a, b] = [s('ru', q).recall10, s('zh', q).recall10];
    rows.push([`recall@10, ${q} queries`, f3(a), f3(b), `≥ ${targets.recall10}`, mark(a >= targets.recall10 && b >= targets.recall10)]);
  }
  rows.push(['MRR, all queries', f3(s('ru').mrr), f3(s('zh').mrr), '(alongside)', '']);
  const [za, zb] = [s('ru').zeroRate, s('zh').zeroRate];
  rows.push(['zero-result rate', pct(za), pct(zb), `< ${targets.zeroRate * 100} %`, mark(za < targets.zeroRate && zb < targets.zeroRate)]);
  const [ta, tb] = [fig.tagging['old-report'].ru.micro, fig.tagging['old-report'].zh.micro];
  rows.push(['tagging micro-F1', f3(ta.f1), f3(tb.f1), `≥ ${targets.taggingF1}`, mark(ta.f1 >= targets.taggingF1 && tb.f1 >= targets.taggingF1)]);
  rows.push(['tagging micro precision', f3(ta.precision), f3(tb.precision), `≥ ${targets.taggingPrecision}`, mark(ta.precision >= targets.taggingPrecision && tb.precision >= targets.taggingPrecision)]);
  return table(['old report days', 'Russian-only', 'Chinese-only', 'target', ''], rows);
}

function historyTable(fig: XlingFigures): string {
  const now = (lang: CorpusLang) => {
    const all = fig.rows['old-report'][lang];
    const by = (q: string) => summarize(all.filter((r) => r.query.lang === q)).recall10;
    const s = summarize(all);
    return { en: by('en'), ru: by('ru'), zh: by('zh'), all: s.recall10, mrr: s.mrr, zero: s.zeroRate };
  };
  type H = { en?: number; ru?: number; zh?: number; all: number; mrr: number; zero: number };
  type T = { p: number; r?: number; f1: number };
  const line = (label: string, s: Record<CorpusLang, H>, t: Record<CorpusLang, T>) =>
    langs.map((l) => [`${label}`, corpusName[l], f3(s[l].en), f3(s[l].ru), f3(s[l].zh), f3(s[l].all), f3(s[l].mrr), pct(s[l].zero), f3(t[l].p), f3(t[l].r), f3(t[l].f1)]);
  const t = (l: CorpusLang) => ({ p: fig.tagging['old-report'][l].micro.precision, r: fig.tagging['old-report'][l].micro.recall, f1: fig.tagging['old-report'][l].micro.f1 });
  return table(
    ['round', 'digests', 'recall@10 en', 'ru', 'zh', 'all', 'MRR', 'zero', 'tagging P', 'R', 'F1'],
    [...history.flatMap((h) => line(h.label, h.search as Record<CorpusLang, H>, h.tagging as Record<CorpusLang, T>)), ...line('**now** (round 4: tuned on these days too)', { ru: now('ru'), zh: now('zh') }, { ru: t('ru'), zh: t('zh') })],
  );
}

function taggingTable(fig: XlingFigures, split: Split): string {
  const [ru, zh] = [fig.tagging[split].ru, fig.tagging[split].zh];
  const rows: (string | number)[][] = [];
  for (const [topic, a] of ru.perTopic) {
    const b = zh.perTopic.get(topic)!;
    if (a.tp + a.fp + a.fn + b.tp + b.fp + b.fn === 0) continue;
    rows.push([topic, f3(a.precision), f3(a.recall), `${a.tp}/${a.fp}/${a.fn}`, f3(b.precision), f3(b.recall), `${b.tp}/${b.fp}/${b.fn}`]);
  }
  rows.push(['**micro**', f3(ru.micro.precision), f3(ru.micro.recall), `F1 ${f3(ru.micro.f1)}`, f3(zh.micro.precision), f3(zh.micro.recall), `F1 ${f3(zh.micro.f1)}`]);
  return table(['topic', 'ru-only P', 'R', 'tp/fp/fn', 'zh-only P', 'R', 'tp/fp/fn'], rows);
}

function failing(fig: XlingFigures): string {
  const titles = new Map(sourcePapers().map((p) => [p.arxivId, p.title]));
  const lines: string[] = [];
  for (const lang of langs) {
    const weak = fig.rows['old-report'][lang].filter((r) => r.total === 0 || (r.relevant.size > 0 && r.recall10 < 0.5));
    lines.push(`**${corpusName[lang]}** (${weak.length} queries with no result or recall@10 < 0.5):`, '');
    if (!weak.length) lines.push('none', '');
    for (const r of weak) {
      const missed = [...r.relevant].filter((id) => !r.ranked.flat().includes(id)).slice(0, 3);
      lines.push(
        `- ${r.query.lang} \`${r.query.q}\` [${r.concept.id}, ${r.concept.catalog ? 'catalog' : 'outside'}]: ${r.total} results, ` +
          `${r.relevant.size} relevant, recall@10 ${f3(r.recall10)}, rr ${f3(r.rr)}${r.relaxed ? `, relaxed: ${r.relaxed}` : ''}` +
          (missed.length ? `; missed e.g. ${missed.map((id) => `“${titles.get(id)?.slice(0, 60)}”`).join(', ')}` : ''),
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

function regression(): string {
  const corpus = starterCorpus();
  const index = new DigestIndex();
  index.add(corpus.papers);
  const scored = labelledQueries.map((q) => {
    const relevant = new Set(q.relevant.map((ref) => resolveRef(corpus.papers, ref).id));
    const ranked = index.search(q.query, { limit: 10 }).hits.map((h) => h.paper.id);
    return { q, recall: recallAt(ranked, relevant, 10), rr: reciprocalRank(ranked, relevant) };
  });
  const row = (label: string, s: typeof scored) => [label, s.length, f3(mean(s.map((x) => x.recall))), f3(mean(s.map((x) => x.rr)))];
  return table(['queries', 'n', 'recall@10', 'MRR'], [
    row('all', scored),
    ...(['en', 'ru', 'zh', 'mixed'] as const).map((l) => row(l, scored.filter((s) => s.q.lang === l))),
    row('exact names', scored.filter((s) => s.q.exact)),
  ]);
}

/** Heap taken by one compiled lexicon (concepts, matcher, closures), measured with a forced GC. */
function lexiconMemory(): string {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return 'not measured (run with `node --expose-gc`, as `npm run eval:xling` does)';
  gc();
  const before = process.memoryUsage().heapUsed;
  const copy = buildLexicon(lexiconBlocks);
  copy.find('warm up the matcher: дообучение 微调');
  gc();
  const mb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  return `${mb.toFixed(1)} MB of heap for one compiled copy (${copy.concepts.length} concepts)`;
}

function lexiconSize(): string {
  const lx = lexicon();
  const terms = { en: 0, ru: 0, zh: 0, acronyms: 0 };
  let withParent = 0;
  for (const c of lx.concepts) {
    terms.en += c.en.length;
    terms.ru += c.ru.length;
    terms.zh += c.zh.length;
    terms.acronyms += c.acronyms.length;
    if (c.parents.length) withParent++;
  }
  return [
    `- concepts: **${lx.concepts.length}** in ${lexiconBlocks.length} blocks (fingerprint \`${lexiconFingerprint()}\`), ${withParent} with a broader concept`,
    `- terms: ${terms.en} English, ${terms.ru} Russian, ${terms.zh} Chinese, ${terms.acronyms} acronyms`,
    `- memory: ${lexiconMemory()}`,
  ].join('\n');
}

/** The whole report as markdown. */
export function renderReport(fig: XlingFigures): string {
  const papers = sourcePapers();
  const count = (days: readonly string[]) => papers.filter((p) => days.includes(p.day)).length;
  const outside = concepts.filter((c) => c.catalog === null).length;
  const queries = concepts.flatMap((c) => c.queries);
  const sets = relevanceSets('old-report');
  const scoredConcepts = concepts.filter((c) => sets.get(c.id)!.size > 0).length;
  return `# Cross-lingual search and tagging: evaluation report

Generated by \`npm run eval:xling\` (\`test/relevance/xling/report-md.ts\`); do not edit by hand. Rules
(relevance judged from the English originals only, written before any result): \`RULES.md\`.

- **tune days** (since round 4 all 12 committed days; lexicon, ranking and tagging choices are made looking at them): ${tuneDays.join(', ')} — ${count(tuneDays)} papers
- **old report days** (the report split of rounds 1-3, run once at the end of each; spent, tuned on since round 4, kept as regression floors and to compare with earlier rounds — not a held-out figure): ${oldReportDays.join(', ')} — ${count(oldReportDays)} papers
- held-out figures: \`npx tsx test/relevance/xling/report.ts --days-dir <folder of HFday day files>\` (same queries, rules and digest generation, on days not committed here)
- search runs over generated digests with no English in them: Russian-only (ru-daily, the starter corpus's
  format) and Chinese-only (zh-reading) files of each split's days (\`test/fixtures/xling/\`)
- ${queries.length} queries (${queries.filter((q) => q.lang === 'en').length} en, ${queries.filter((q) => q.lang === 'ru').length} ru, ${queries.filter((q) => q.lang === 'zh').length} zh) over ${concepts.length} concepts, ${outside} of them outside the topic catalog; ${scoredConcepts} concepts have relevant papers on the old report days
- "scored" = queries with at least one relevant paper in the split (recall@10, capped at 10 relevant, and
  MRR average over them); "zero" = share of all queries that returned nothing

## Targets, old report days (spent: tuned on since round 4)

${targetTable(fig)}

## Before and after, old report days (rounds 1-3: held out; round 4 on: tuned on)

${historyTable(fig)}

## Search, old report days

${searchTable(fig, 'old-report')}

## Search, tune days (all 12)

${searchTable(fig, 'tune')}

## Topic tagging per topic, old report days (gold from the English originals, \`xling/topic-gold.ts\`)

${taggingTable(fig, 'old-report')}

Tune days, micro: Russian-only P ${f3(fig.tagging.tune.ru.micro.precision)} R ${f3(fig.tagging.tune.ru.micro.recall)} F1 ${f3(fig.tagging.tune.ru.micro.f1)};
Chinese-only P ${f3(fig.tagging.tune.zh.micro.precision)} R ${f3(fig.tagging.tune.zh.micro.recall)} F1 ${f3(fig.tagging.tune.zh.micro.f1)}.

## Queries that still fail (old report days)

${failing(fig)}
## Regression set (64 labelled starter queries, \`relevance.test.ts\`; no longer the quality figure)

${regression()}

## Lexicon

${lexiconSize()}
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const md = renderReport(computeFigures());
  if (process.argv.includes('--write')) {
    const out = fileURLToPath(new URL('../REPORT.md', import.meta.url));
    writeFileSync(out, md);
    console.log(`wrote ${out}`);
  } else console.log(md);
}
