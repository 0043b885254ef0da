/**
 * Tagging rules checked across days, not fitted to them: `npx tsx test/relevance/xling/cv-tagging.ts
 * [--days-dir <dir>]...`. Scores every setting of a small grid of tagging knobs on each day of the
 * committed tune days (plus the day files of each `--days-dir`, e.g. a spent held-out set), then
 * prints per setting the figures on the tune days, the extra days, and the even/odd days, and the
 * leave-one-day-out figure: for each day, the setting with the best mean F1 on all the other days,
 * scored on that day, pooled. A rule that only helps on the days it was chosen on shows up there.
 * Never point it at days that must stay held out. (Round 5, issue 10: how `depthWeight`,
 * `nestedWeight` and `cjkMinMentions` were chosen; per-topic thresholds failed this check.)
 */
import { resolve } from 'node:path';
import type { Paper } from '../../../src/core/model.ts';
import { defaultTaggingOptions, tagPaperTopics, topicIds, type TaggingOptions } from '../../../src/core/topics.ts';
import { loadCorpus, materialOf, type CorpusLang } from './eval.ts';
import { dayFilesIn, readDayFiles, sourcePapers } from './source.ts';
import { goldTopics } from './tagging.ts';

/** The grid: edit to test a rule (the defaults should be one of its settings). */
const grid: [string, Partial<TaggingOptions>][] = [];
for (const nestedWeight of [1, 0]) for (const depthWeight of [1, 0.75]) for (const cjkMinMentions of [1, 2, 3]) for (const cjkLongTerm of [0, 4, 5, 6]) grid.push([`nested=${nestedWeight} depth=${depthWeight} cjk=${cjkMinMentions} long=${cjkLongTerm}`, { nestedWeight, depthWeight, cjkMinMentions, cjkLongTerm }]);

const args = process.argv.slice(2);
const dirs = args.flatMap((a, i) => (args[i - 1] === '--days-dir' ? [resolve(a)] : []));
const tune = sourcePapers();
const seen = new Set(tune.map((p) => p.arxivId));
const extra = dirs.flatMap((d) => readDayFiles(dayFilesIn(d), seen, []));
const papers = [...tune, ...extra];
const gold = goldTopics(papers);
const dayOf = new Map(papers.map((p) => [p.arxivId, p.day]));
const days = [...new Set(papers.map((p) => p.day))].sort();
const extraDays = new Set(extra.map((p) => p.day));
const material = materialOf('cv', papers);
const corpora = (['ru', 'zh'] as CorpusLang[]).map((lang) => {
  const { corpus, arxivOf } = loadCorpus(material, lang);
  return { lang, items: corpus.papers.map((paper: Paper) => ({ paper, ids: arxivOf(paper) })) };
});

type Counts = Record<CorpusLang, Map<string, [number, number, number]>>;
/** tp/fp/fn per language and day for one setting. */
function countsOf(options: TaggingOptions): Counts {
  const out: Counts = { ru: new Map(), zh: new Map() };
  for (const { lang, items } of corpora) {
    for (const { paper, ids } of items) {
      const got = new Set(tagPaperTopics(paper, options));
      for (const id of ids) {
        const want = gold.get(id)!;
        const day = dayOf.get(id)!;
        const c = out[lang].get(day) ?? [0, 0, 0];
        for (const t of topicIds) {
          if (got.has(t) && want.has(t)) c[0]++;
          else if (got.has(t)) c[1]++;
          else if (want.has(t)) c[2]++;
        }
        out[lang].set(day, c);
      }
    }
  }
  return out;
}

const prf = ([tp, fp, fn]: readonly number[]) => {
  const p = tp! / Math.max(1, tp! + fp!);
  const r = tp! / Math.max(1, tp! + fn!);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};
const sum = (c: Counts, lang: CorpusLang, ds: readonly string[]) => ds.reduce((a, d) => a.map((x, i) => x + (c[lang].get(d)?.[i] ?? 0)), [0, 0, 0]);
const meanF1 = (c: Counts, ds: readonly string[]) => (prf(sum(c, 'ru', ds)).f + prf(sum(c, 'zh', ds)).f) / 2;
const show = (x: readonly number[]) => {
  const { p, r, f } = prf(x);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}`;
};

const results = grid.map(([name, o]) => ({ name, counts: countsOf({ ...defaultTaggingOptions, ...o }) }));
const splits: [string, string[]][] = [
  ['tune', days.filter((d) => !extraDays.has(d))],
  ...(extraDays.size ? [['extra', days.filter((d) => extraDays.has(d))] as [string, string[]]] : []),
  ['even', days.filter((_, i) => i % 2 === 0)],
  ['odd', days.filter((_, i) => i % 2 === 1)],
];
console.log(`${papers.length} papers over ${days.length} days (${extraDays.size} from --days-dir)`);
for (const { name, counts } of results) {
  console.log(`\n${name}`);
  for (const lang of ['ru', 'zh'] as const) console.log(`  ${lang} ${splits.map(([label, ds]) => `${label}: ${show(sum(counts, lang, ds))}`).join(' | ')}`);
}
// Leave one day out: fit on the others by mean F1, score on the day, pool.
const pooled: Record<CorpusLang, number[]> = { ru: [0, 0, 0], zh: [0, 0, 0] };
const picks = new Map<string, number>();
for (const day of days) {
  const rest = days.filter((d) => d !== day);
  const best = results.reduce((a, b) => (meanF1(b.counts, rest) > meanF1(a.counts, rest) ? b : a));
  picks.set(best.name, (picks.get(best.name) ?? 0) + 1);
  for (const lang of ['ru', 'zh'] as const) sum(best.counts, lang, [day]).forEach((x, i) => (pooled[lang][i]! += x));
}
console.log(`\nleave-one-day-out picks: ${[...picks].map(([n, k]) => `${n} x${k}`).join(', ')}`);
for (const lang of ['ru', 'zh'] as const) console.log(`leave-one-day-out ${lang}: ${show(pooled[lang])}`);
