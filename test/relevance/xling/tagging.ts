/**
 * Topic tagging against the English-built gold (`topic-gold.ts`): per topic and pooled (micro)
 * precision, recall and F1 of the topics `buildCorpus` gave the papers of a split's test digests.
 * @module
 */
import { tagPaperTopics, topicIds, type TaggingOptions } from '../../../src/core/topics.ts';
import { isRelevant } from './judge.ts';
import { loadCorpus, type CorpusLang, type Material } from './eval.ts';
import { sourcePapers, type SourcePaper } from './source.ts';
import type { Split } from './split.ts';
import { topicGold } from './topic-gold.ts';

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { tp, fp, fn, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Gold topics of every sample paper, by arXiv id. */
export function goldTopics(papers: readonly SourcePaper[] = sourcePapers()): Map<string, Set<string>> {
  return new Map(papers.map((p) => [p.arxivId, new Set(Object.entries(topicGold).filter(([, rule]) => isRelevant(rule, p)).map(([id]) => id))]));
}

export interface TaggingResult {
  micro: PRF;
  perTopic: Map<string, PRF>;
  /** (arXiv id, topic) pairs tagged but not gold, and gold but not tagged. */
  wrong: { fp: [string, string][]; fn: [string, string][] };
}

/**
 * Scores the topics of the split's digests in `lang` as parsed, tagged and merged by `buildCorpus`;
 * with `options`, re-tags the parsed papers with them instead (for tuning).
 */
export function evalTagging(material: Material | Split, lang: CorpusLang, options?: TaggingOptions): TaggingResult {
  const { corpus, arxivOf } = loadCorpus(material, lang);
  const gold = goldTopics(typeof material === 'string' ? sourcePapers() : material.papers);
  const counts = new Map(topicIds.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const wrong: TaggingResult['wrong'] = { fp: [], fn: [] };
  for (const paper of corpus.papers) {
    for (const id of arxivOf(paper)) {
      const want = gold.get(id)!;
      const got = new Set(options ? tagPaperTopics(paper, options) : paper.topics);
      for (const t of topicIds) {
        const c = counts.get(t)!;
        if (got.has(t) && want.has(t)) c.tp++;
        else if (got.has(t)) (c.fp++, wrong.fp.push([id, t]));
        else if (want.has(t)) (c.fn++, wrong.fn.push([id, t]));
      }
    }
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perTopic = new Map<string, PRF>();
  for (const [t, c] of counts) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
    perTopic.set(t, prf(c.tp, c.fp, c.fn));
  }
  return { micro: prf(tp, fp, fn), perTopic, wrong };
}
