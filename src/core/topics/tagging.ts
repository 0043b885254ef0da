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
}

/**
 * Defaults, chosen on the tune days of `test/relevance/xling/` (topic gold from the English
 * originals): one mention in a title, or in the opening sentence, is enough; further down it takes two.
 */
export const defaultTaggingOptions: TaggingOptions = { titleWeight: 3, leadWeight: 2, bodyWeight: 1, threshold: 2 };

/** One language's texts of a paper: its titles (and name) and its summary. */
export interface TextGroup {
  titles: readonly string[];
  body: string;
}

let conceptTopics: number[][] | undefined;

/** For each lexicon concept (by index), the catalog topics (by index) it counts for. */
function topicsOfConcepts(): number[][] {
  if (conceptTopics) return conceptTopics;
  const lx = lexicon();
  const roots = topicData.map((t) => new Set(t.concepts.map((id) => lx.indexOf(id)).filter((i): i is number => i !== undefined)));
  conceptTopics = lx.closure.map((members) => {
    const out: number[] = [];
    roots.forEach((set, t) => {
      if (members.some((m) => set.has(m))) out.push(t);
    });
    return out;
  });
  return conceptTopics;
}

/** The ids of the catalog topics a lexicon concept counts for. */
export function topicsOfConcept(conceptId: string): string[] {
  const i = lexicon().indexOf(conceptId);
  return i === undefined ? [] : topicsOfConcepts()[i]!.map((t) => topicData[t]!.id);
}

const sentenceEnd = /[.!?。！？]\s*/u;
/** What may stand between two items of an enumeration: «в изображениях, аудио и видео», 图像、音频和视频. */
const listGap = /^\s*(?:[,、，/;]|and|or|и|или|а также|和|与|及|以及|或)?\s*$/iu;

/**
 * Adds each match's weight to the topics its concepts count for. A mention that is one item of an
 * enumeration of three or more ("progress in image, audio and video generation") is background, not
 * what the paper is about: it counts at `listWeight` however prominent its place. (Two items, "detection
 * and segmentation", are usually both the subject.)
 */
function score(text: string, weight: number, listWeight: number, scores: Float64Array): void {
  const map = topicsOfConcepts();
  const matches: { topics: Set<number>; start: number; end: number }[] = [];
  lexicon().matcher.scan(text, (concepts, start, end) => {
    const topics = new Set<number>();
    for (const c of concepts) for (const t of map[c]!) topics.add(t);
    matches.push({ topics, start, end });
  });
  // Runs of matches joined only by list separators; a run of 3+ is an enumeration.
  let runStart = 0;
  for (let i = 0; i <= matches.length; i++) {
    const joined = i > 0 && i < matches.length && listGap.test(text.slice(matches[i - 1]!.end, matches[i]!.start));
    if (joined) continue;
    const listed = i - runStart >= 3;
    for (let j = runStart; j < i; j++) {
      const w = listed ? Math.min(weight, listWeight) : weight;
      for (const t of matches[j]!.topics) scores[t]! += w;
    }
    runStart = i;
  }
}

/**
 * Topic scores of a paper's text groups (one per language): per group, titles at `titleWeight`, the
 * summary's first sentence at `leadWeight`, the rest at `bodyWeight`; the best group per topic.
 */
export function topicScores(groups: readonly TextGroup[], options: TaggingOptions = defaultTaggingOptions): Float64Array {
  const best = new Float64Array(topicData.length);
  for (const g of groups) {
    const s = new Float64Array(topicData.length);
    for (const t of g.titles) score(t, options.titleWeight, options.titleWeight, s);
    const cut = sentenceEnd.exec(g.body);
    const lead = cut ? g.body.slice(0, cut.index + 1) : g.body;
    score(lead, options.leadWeight, options.bodyWeight, s);
    if (cut) score(g.body.slice(cut.index + cut[0].length), options.bodyWeight, options.bodyWeight, s);
    for (let t = 0; t < s.length; t++) if (s[t]! > best[t]!) best[t] = s[t]!;
  }
  return best;
}

function tagged(scores: Float64Array, options: TaggingOptions): string[] {
  return topicData.filter((_, t) => scores[t]! >= options.threshold).map((t) => t.id);
}

/** A paper's texts as {@link TextGroup}s: one per language it has, its coined name and aliases among each group's titles. */
export function textGroups(p: Paper): TextGroup[] {
  const texts = paperTexts(p);
  const groups: TextGroup[] = [];
  for (const lang of textLangs) {
    const t = texts[lang];
    if (!t) continue;
    groups.push({ titles: [p.name, ...(p.aliases ?? []), t.title].filter((x): x is string => Boolean(x)), body: t.summary ?? '' });
  }
  if (groups.length === 0) groups.push({ titles: p.name ? [p.name] : [], body: p.summary });
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
