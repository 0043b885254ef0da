/**
 * Topic tagging by weight of evidence: a paper gets a topic when its text names the topic's concepts
 * with enough weight — a mention in a title or name, or in the opening sentence, counts more than one
 * in passing further down. Each language a paper has is scored on its own (the Russian and the Chinese
 * summary of one paper say the same thing; adding them would count it twice) and the best language wins.
 *
 * ```ts
 * tagPaperTopics(paper);                  // ['diffusion', 'video']
 * tagText('我们研究视频生成');               // ['video']
 * ```
 * @module
 */
import { paperTexts, textLangs, type Paper } from '../model.ts';
import { lexicon } from '../lexicon/index.ts';
import { topicData } from './catalog.ts';

/** Knobs of tagging; see {@link defaultTaggingOptions}. */
export interface TaggingOptions {
  /** Weight of a mention in a title or the paper's coined name. */
  titleWeight: number;
  /** Weight of a mention in the first sentence of a summary. */
  leadWeight: number;
  /** Weight of any other mention. */
  bodyWeight: number;
  /** Score a topic needs to be tagged. */
  threshold: number;
  /**
   * Distinct concepts a topic's mentions must span when none of them is in a title: one word repeated
   * in a summary ("dataset ... dataset") is weaker evidence than two different ones ("dataset",
   * "annotation"). A mention in the opening sentence is exempt when the topic is mentioned
   * `leadMentions` times in all.
   */
  minConcepts: number;
  /** Mentions (anywhere) that make an opening-sentence mention enough on its own; see `minConcepts`. */
  leadMentions: number;
  /** Weight factor of a mention that counts for a broad topic (`broadTopics`): they are named in passing most. */
  broadWeight: number;
  /** Topics whose words most summaries use in passing (llm, dataset, architecture, efficiency). */
  broadTopics: readonly string[];
  /** Weight factor of a mention that counts for a narrow topic (`narrowTopics`). */
  narrowWeight: number;
  /**
   * Topics whose words are specific enough that one mention anywhere says what the paper is about
   * ("законы масштабирования", 持续学习): a paper names scaling laws or continual learning only when it
   * is about them (the topic gold needs one abstract mention for them too, RULES.md).
   */
  narrowTopics: readonly string[];
  /**
   * Weight factor of a mention after the opening sentence per step its concept lies below the topic's
   * root concept, beyond `depthFree` steps (`climate` -> `ai-for-science` -> the medical topic,
   * `captcha` -> `security` -> safety, `monte-carlo-tree-search` -> ... -> reasoning): further down a
   * summary a specific concept is mostly a detail (the search the method uses, the benchmark it ran
   * on), not the subject. In a title or the opening sentence it weighs in full.
   */
  depthWeight: number;
  /** Steps below a topic's root that count in full (see `depthWeight`). */
  depthFree: number;
  /**
   * Weight factor of a mention for a topic when its concept also counts for a narrower catalog topic
   * (a topic whose every root lies under this one's: `quantization` under `efficiency`): the mention
   * is evidence for the narrower topic, and the wider one gets it only at this weight.
   */
  nestedWeight: number;
  /**
   * Mentions a topic needs in a Chinese summary of more than one sentence, unless one is in a title.
   * Chinese summaries name the field a paper works in once, up front («在大语言模型领域…», «随着扩散模型的
   * 发展…»), and Chinese terms match inside longer words; one mention was a false tag twice as often
   * as a true one over the 24 days (Russian summaries: half as often), so it takes a second.
   */
  cjkMinMentions: number;
  /**
   * A Chinese match of this many Han characters or more counts as two mentions for `cjkMinMentions`
   * (0: off). A long term (扩散模型, 目标检测任务) does not match by accident inside a longer word.
   */
  cjkLongTerm: number;
}

/**
 * Defaults, chosen on the tune days of `test/relevance/xling/` (topic gold from the English
 * originals): one mention in a title, or in the opening sentence, is enough; further down it takes two.
 * A mention that counts for `architecture` (attention, transformer, MLP, ... named in passing by most
 * summaries) weighs 0.75: a title mention is still enough, the opening sentence needs one more mention
 * and the body three. Chosen as the best mean F1 on the tune days (ru P/R/F1 0.833/0.787/0.809 ->
 * 0.861/0.775/0.816, zh 0.835/0.801/0.818 -> 0.845/0.795/0.819). Down-weighting dataset and efficiency
 * too gave more precision on the tune days (0.879/0.858) at about the same F1, but failed the report-day
 * tagging floor in `quality.test.ts` (a pass/fail signal, disclosed in the commit); down-weighting `llm`
 * lost more recall than it gained precision; `minConcepts: 2` lost recall in Chinese.
 *
 * Round 4 (all 12 committed days are tune days): the same grid again picked these; `narrowTopics`
 * (scaling, continual-learning: one mention anywhere) added 3 true tags and no false one. Tried and not
 * kept: the second sentence weighted like the first (recall +0.05, precision -0.09), a mention right
 * after a contribution word («создали датасет», 提出) weighted like the first sentence (F1 -0.005).
 *
 * Round 5 (issue 10, precision on unseen wording): each round the held-out days ran ~0.1 below the
 * tune days in precision, so rules were chosen by cross-validation over 24 days (the 12 committed tune
 * days and the 12 round-4 held-out days of `test/fixtures/hfday-fresh`), not by tune-day F1. Most false
 * tags came through concepts far below a topic's root or through a narrower topic's concepts
 * (quantization papers tagged `efficiency`, climate and protein papers `medical`, CAPTCHA papers
 * `safety`), so a body mention weighs 0.75 per step below the root's children (`depthWeight`), and
 * the wider of two nested topics gets nothing from the narrower one's concepts (`nestedWeight: 0`; the
 * topic gold counts quantization papers as `quantization`, not `efficiency`). Leave-one-day-out over
 * the 24 days (the grid: depth weight 0.5-1, free steps 1-2, nested weight 0/1, threshold 2/2.5, fitted
 * on 23 days, scored on the 24th, pooled; 22 of 24 fits picked these): micro P/F1 Russian-only
 * 0.795/0.745 -> 0.813/0.747, Chinese-only 0.748/0.763 -> 0.764/0.768; precision rose in each half
 * of the even/odd-day and the tune/fresh splits. Tried and not kept: the depth weight in the title
 * and opening sentence too (+0.007 precision, but one-mention texts such as «多模态大语言模型» lose
 * their topics), per-topic thresholds fitted on half the days (precision +0.01, F1 -0.01 to -0.05 on
 * the other half in every fold: they learn the days' wording), a topic's lone mention failing unless
 * in a title in every language (precision +0.03, recall -0.07: Russian summaries lose true tags).
 * Then, in Chinese summaries only, a second mention unless in a title (`cjkMinMentions`): Chinese-only
 * precision 0.765 -> 0.805 and F1 0.769 -> 0.773 over the 24 days, up in precision by 0.04-0.05 in
 * each of the four halves (tune/fresh, even/odd days), F1 up in three of them (tune days -0.005).
 * Leave-one-day-out over the whole round-5 grid (nested 0/1, depth 1/0.75, Chinese mentions 1/2/3;
 * all 24 fits picked the defaults): Russian-only P/R/F1 0.795/0.702/0.745 -> 0.814/0.692/0.748,
 * Chinese-only 0.748/0.779/0.763 -> 0.805/0.744/0.773. (These rules were found looking at the false
 * tags of all 24 days, so the cross-validated figure flatters them somewhat; new days are the test.)
 *
 * Round 6 (issue 10, recall): the misses of the 34 tune days (the 12 committed, `hfday-fresh`,
 * `hfday-fresh2`) read against the English gold. Changed: a sentence ends at `.`/`!`/`?` only before a
 * space (the point in «MM1.5 - это ...» or «3.8 миллиарда» cut the opening sentence short), and in the
 * lexicon a general `detection` concept (обнаружение, 检测) under the detection topic, `vlm` under
 * `language-model`, Russian SFT / continued pre-training / "publicly available" / «мышление» terms,
 * code-generation verbs. Leave-one-day-out over the 34 days, same grid: Russian-only P/R/F1
 * 0.790/0.681/0.731 -> 0.794/0.704/0.746, Chinese-only 0.798/0.744/0.770 -> 0.803/0.758/0.780.
 * Then `cjkLongTerm: 5` (a Chinese match of 5+ characters, 视觉语言模型 or 直接偏好优化, counts twice
 * for `cjkMinMentions`), its length in the grid (0, 4, 5, 6; all 34 fits picked 5): Chinese-only
 * 0.803/0.758/0.780 -> 0.800/0.769/0.784, F1 up in each of the four halves (tune/extra, even/odd).
 * Tried and not kept: `narrowTopics` chosen per topic by greedy forward selection inside each fold
 * (Russian F1 +0.004 but precision 0.794 -> 0.759, Chinese F1 -0.002: a single body mention is a
 * true tag about as often as a false one), threshold 1.75/1.5 (F1 -0.005/-0.004), splitting a coined
 * name before a trailing acronym (`StructRAG`; no change).
 */
export const defaultTaggingOptions: TaggingOptions = {
  titleWeight: 3,
  leadWeight: 2,
  bodyWeight: 1,
  threshold: 2,
  minConcepts: 1,
  leadMentions: 1,
  broadWeight: 0.75,
  broadTopics: ['architecture'],
  narrowWeight: 2,
  narrowTopics: ['scaling', 'continual-learning'],
  depthWeight: 0.75,
  depthFree: 1,
  nestedWeight: 0,
  cjkMinMentions: 2,
  cjkLongTerm: 5,
};

/** One language's texts of a paper: its titles (and name) and its summary. */
export interface TextGroup {
  titles: readonly string[];
  body: string;
}

let conceptTopics: number[][] | undefined;
let conceptPlaces: { depth: Uint8Array; nested: Uint8Array }[] | undefined;

/** For each lexicon concept (by index), the catalog topics (by index) it counts for. */
function topicsOfConcepts(): number[][] {
  if (conceptTopics) return conceptTopics;
  const lx = lexicon();
  const ids = (list: readonly string[] = []) => new Set(list.map((id) => lx.indexOf(id)).filter((i): i is number => i !== undefined));
  const roots = topicData.map((t) => ids(t.concepts));
  const except = topicData.map((t) => ids(t.except));
  conceptTopics = lx.closure.map((members) => {
    const out: number[] = [];
    roots.forEach((set, t) => {
      if (members.some((m) => set.has(m)) && !members.some((m) => except[t]!.has(m))) out.push(t);
    });
    return out;
  });
  return conceptTopics;
}

/**
 * For each lexicon concept, parallel to its {@link topicsOfConcepts} entry: the steps up the parent
 * links from it to the nearest root concept of that topic (0 for a root, capped at 9), and whether
 * it also counts for a catalog topic nested in that one (every root of the other topic counts for it).
 */
function placesOfConcepts(): { depth: Uint8Array; nested: Uint8Array }[] {
  if (conceptPlaces) return conceptPlaces;
  const lx = lexicon();
  const map = topicsOfConcepts();
  const roots = topicData.map((t) => new Set(t.concepts.map((id) => lx.indexOf(id)).filter((i): i is number => i !== undefined)));
  const nestedIn = (inner: number, outer: number) => inner !== outer && roots[inner]!.size > 0 && [...roots[inner]!].every((r) => map[r]!.includes(outer));
  const parents = lx.concepts.map((c) => c.parents.map((p) => lx.indexOf(p)).filter((i): i is number => i !== undefined));
  const depth = (concept: number, topic: number): number => {
    // Breadth-first up the parent links: the shortest path to any of the topic's roots.
    let level = [concept];
    const seen = new Set(level);
    for (let d = 0; d < 9 && level.length > 0; d++) {
      if (level.some((c) => roots[topic]!.has(c))) return d;
      const next: number[] = [];
      for (const c of level) for (const p of parents[c]!) if (!seen.has(p)) (seen.add(p), next.push(p));
      level = next;
    }
    return 9;
  };
  conceptPlaces = map.map((topics, c) => ({
    depth: Uint8Array.from(topics, (t) => depth(c, t)),
    nested: Uint8Array.from(topics, (t) => (topics.some((u) => nestedIn(u, t)) ? 1 : 0)),
  }));
  return conceptPlaces;
}

/** The ids of the catalog topics a lexicon concept counts for. */
export function topicsOfConcept(conceptId: string): string[] {
  const i = lexicon().indexOf(conceptId);
  return i === undefined ? [] : topicsOfConcepts()[i]!.map((t) => topicData[t]!.id);
}

/** A sentence's end: `.`, `!`, `?` before a space or the end (not the point in `MM1.5`, `3.8B`, `v1.5`), or a full-width stop. */
const sentenceEnd = /(?:[.!?](?=\s|$)|[。！？])\s*/u;
const han = /\p{Script=Han}/u;
/** What may stand between two items of an enumeration: «в изображениях, аудио и видео», 图像、音频和视频. */
const listGap = /^\s*(?:[,、，/;]|and|or|и|или|а также|和|与|及|以及|或)?\s*$/iu;

/** What one language's text says for each topic (by catalog index). */
interface Evidence {
  score: Float64Array;
  /** Mentions in a title, and in the opening sentence. */
  title: Uint8Array;
  lead: Uint8Array;
  mentions: Uint16Array;
  /** Mentions a topic needs in this text (see `cjkMinMentions`). */
  minMentions: number;
  /** Distinct concepts (lexicon indices) mentioned, per topic. */
  concepts: Set<number>[];
}

const newEvidence = (n: number): Evidence => ({
  score: new Float64Array(n),
  title: new Uint8Array(n),
  lead: new Uint8Array(n),
  mentions: new Uint16Array(n),
  minMentions: 1,
  concepts: Array.from({ length: n }, () => new Set<number>()),
});

type Place = 'title' | 'lead' | 'body';

let factorCache: { broad: readonly string[]; narrow: readonly string[]; bw: number; nw: number; factors: Float64Array } | undefined;
/** Weight factor per topic: `broadWeight` for broad topics, `narrowWeight` for narrow ones, else 1. */
function topicFactors(options: TaggingOptions): Float64Array {
  const c = factorCache;
  if (c && c.broad === options.broadTopics && c.narrow === options.narrowTopics && c.bw === options.broadWeight && c.nw === options.narrowWeight) return c.factors;
  const factors = new Float64Array(topicData.length);
  topicData.forEach((t, i) => (factors[i] = options.broadTopics.includes(t.id) ? options.broadWeight : options.narrowTopics.includes(t.id) ? options.narrowWeight : 1));
  factorCache = { broad: options.broadTopics, narrow: options.narrowTopics, bw: options.broadWeight, nw: options.narrowWeight, factors };
  return factors;
}

/**
 * Adds each match's weight to the topics its concepts count for. A mention that is one item of an
 * enumeration of three or more ("progress in image, audio and video generation") is background, not
 * what the paper is about: it counts at `listWeight` however prominent its place. (Two items, "detection
 * and segmentation", are usually both the subject.)
 */
function score(text: string, weight: number, listWeight: number, place: Place, ev: Evidence, options: TaggingOptions): void {
  const map = topicsOfConcepts();
  const places = placesOfConcepts();
  const factor = topicFactors(options);
  const { depthWeight, depthFree, nestedWeight } = options;
  // Per match, the topics it counts for, each with its weight factor (the best of the match's concepts).
  const matches: { topics: Map<number, number>; concept: number; start: number; end: number }[] = [];
  lexicon().matcher.scan(text, (concepts, start, end) => {
    const topics = new Map<number, number>();
    for (const c of concepts) {
      const { depth, nested } = places[c]!;
      map[c]!.forEach((t, k) => {
        const f = (place === 'body' ? depthWeight ** Math.max(0, depth[k]! - depthFree) : 1) * (nested[k] ? nestedWeight : 1);
        topics.set(t, Math.max(topics.get(t) ?? 0, f));
      });
    }
    matches.push({ topics, concept: concepts[0] ?? -1, start, end });
  });
  // Runs of matches joined only by list separators; a run of 3+ is an enumeration.
  let runStart = 0;
  for (let i = 0; i <= matches.length; i++) {
    const joined = i > 0 && i < matches.length && listGap.test(text.slice(matches[i - 1]!.end, matches[i]!.start));
    if (joined) continue;
    const listed = i - runStart >= 3;
    for (let j = runStart; j < i; j++) {
      const w = listed ? Math.min(weight, listWeight) : weight;
      const m = matches[j]!;
      for (const [t, f] of m.topics) {
        if (f === 0) continue;
        ev.score[t]! += w * factor[t]! * f;
        ev.mentions[t]! += options.cjkLongTerm > 0 && m.end - m.start >= options.cjkLongTerm && han.test(text.slice(m.start, m.end)) ? 2 : 1;
        ev.concepts[t]!.add(m.concept);
        if (!listed && place === 'title') ev.title[t] = 1;
        if (!listed && place === 'lead') ev.lead[t] = 1;
      }
    }
    runStart = i;
  }
}

/** Reads one language's texts: titles at `titleWeight`, the summary's first sentence at `leadWeight`, the rest at `bodyWeight`. */
function evidenceOf(g: TextGroup, options: TaggingOptions): Evidence {
  const ev = newEvidence(topicData.length);
  for (const t of g.titles) score(t, options.titleWeight, options.titleWeight, 'title', ev, options);
  const cut = sentenceEnd.exec(g.body);
  const lead = cut ? g.body.slice(0, cut.index + 1) : g.body;
  score(lead, options.leadWeight, options.bodyWeight, 'lead', ev, options);
  if (cut) score(g.body.slice(cut.index + cut[0].length), options.bodyWeight, options.bodyWeight, 'body', ev, options);
  const rest = cut ? g.body.slice(cut.index + cut[0].length).trim() : '';
  if (rest.length > 0 && han.test(g.body)) ev.minMentions = options.cjkMinMentions;
  return ev;
}

/**
 * True when `ev` is enough for topic `t`: its score, and either a title mention, or enough mentions
 * (`minMentions`) that are varied or opening evidence.
 */
function passes(ev: Evidence, t: number, options: TaggingOptions): boolean {
  if (ev.score[t]! < options.threshold) return false;
  if (ev.title[t]) return true;
  if (ev.mentions[t]! < ev.minMentions) return false;
  if (ev.concepts[t]!.size >= options.minConcepts) return true;
  return ev.lead[t] === 1 && ev.mentions[t]! >= options.leadMentions;
}

/**
 * Topic scores of a paper's text groups (one per language): per group, titles at `titleWeight`, the
 * summary's first sentence at `leadWeight`, the rest at `bodyWeight`; the best group per topic.
 * A topic whose evidence fails the `minConcepts` rule in every group scores 0.
 */
export function topicScores(groups: readonly TextGroup[], options: TaggingOptions = defaultTaggingOptions): Float64Array {
  const best = new Float64Array(topicData.length);
  for (const g of groups) {
    const ev = evidenceOf(g, options);
    for (let t = 0; t < best.length; t++) if (ev.score[t]! > best[t]! && passes(ev, t, options)) best[t] = ev.score[t]!;
  }
  return best;
}

function tagged(scores: Float64Array, options: TaggingOptions): string[] {
  return topicData.filter((_, t) => scores[t]! >= options.threshold).map((t) => t.id);
}

/** Lower-case run of 3+ letters, then a capitalised word of 3+ letters: where a coined name joins words. */
const nameJoint = /(\p{Ll}{3})(?=\p{Lu}\p{Ll}{2})/gu;

/**
 * A coined name with its joined words apart (`RetrievalAttention` -> `Retrieval Attention`,
 * `HyperAgent` -> `Hyper Agent`), or undefined when it joins none: names are often built from the
 * words of what the paper is about. Only lower-to-upper joints between words of 3+ letters split, so
 * `LLaVA`, `NoTeeline` and `GPT4o` stay whole.
 */
export function splitName(name: string): string | undefined {
  const split = name.replace(nameJoint, '$1 ');
  return split === name ? undefined : split;
}

/** A paper's texts as {@link TextGroup}s: one per language it has, its coined name (and its joined words apart) and aliases among each group's titles. */
export function textGroups(p: Paper): TextGroup[] {
  const texts = paperTexts(p);
  const groups: TextGroup[] = [];
  const names = [p.name ? (splitName(p.name) ?? p.name) : undefined, ...(p.aliases ?? [])];
  for (const lang of textLangs) {
    const t = texts[lang];
    if (!t) continue;
    groups.push({ titles: [...names, t.title].filter((x): x is string => Boolean(x)), body: t.summary ?? '' });
  }
  if (groups.length === 0) groups.push({ titles: names.filter((x): x is string => Boolean(x)), body: p.summary });
  return groups;
}

/**
 * The catalog topics a paper is about, in catalog order, from every language it has.
 *
 * ```ts
 * tagPaperTopics({ ...paper, name: 'FIFO-Diffusion', summary: 'Мы предлагаем ... генерации видео' }); // ['diffusion', 'video']
 * ```
 */
export function tagPaperTopics(p: Paper, options: TaggingOptions = defaultTaggingOptions): string[] {
  return tagged(topicScores(textGroups(p), options), options);
}

/** The catalog topics a plain text is about (the text taken as a summary: its first sentence weighs more). */
export function tagText(text: string, options: TaggingOptions = defaultTaggingOptions): string[] {
  return tagged(topicScores([{ titles: [], body: text }], options), options);
}
