/**
 * What search needs from the lexicon: the concept tokens a paper is indexed under, and the concepts a
 * query names. A concept token (`concept:fine-tuning`) is how a Russian «дообучение», a Chinese 微调 and
 * an English "fine-tuning" meet: the paper is indexed under the concepts its text names in any of its
 * languages (and their broader concepts: a LoRA paper is also under `concept:peft`), and a query
 * searches the concepts it names — one posting list per concept, not tens of raw stems per language.
 * @module
 */
import { paperTexts, textLangs, type Paper } from '../model.ts';
import { lexicon } from './index.ts';

/** Prefix of concept tokens in the index. */
export const conceptPrefix = 'concept:';

/** How many times a mention in a name or title counts, against 1 in a summary. */
const strongMention = 2;
/**
 * How many times a mention counts for the concept it names, against 1 for each broader concept it
 * also counts for: a paper that says «дообучение» ranks above one that only names a kind of it (LoRA,
 * RLHF) for a "fine-tuning" query. 2 against 1 (search over all 12 xling tune days: recall@10 0.784 ->
 * 0.789 Russian-only, 0.775 -> 0.777 Chinese-only, MRR 0.943 -> 0.953, 0.933 -> 0.938; 3 was no better).
 */
const selfMention = 2;

/** A paper's texts split by weight: names, aliases and titles (all languages), then summaries and abstract. */
export function weightedTexts(p: Paper): { strong: string[]; weak: string[] } {
  const texts = paperTexts(p);
  const strong = new Set<string>();
  const weak = new Set<string>();
  for (const t of [p.name, ...(p.aliases ?? []), p.title, p.localTitle, ...textLangs.map((l) => texts[l]?.title)]) if (t) strong.add(t);
  for (const t of [p.summary, p.abstract, ...textLangs.map((l) => texts[l]?.summary)]) if (t) weak.add(t);
  return { strong: [...strong], weak: [...weak] };
}

/**
 * The concept tokens of a paper, per mention (names and titles count twice): two for the concept named
 * and one for each of its broader concepts. Deterministic, so removal re-derives the same tokens.
 *
 * ```ts
 * conceptTokens(paper); // ['concept:lora', 'concept:peft', 'concept:llm', 'concept:language-model', ...]
 * ```
 */
export function conceptTokens(p: Paper): string[] {
  const lx = lexicon();
  tokenOf ??= lx.concepts.map((c) => conceptPrefix + c.id);
  const tokens = tokenOf;
  const out: string[] = [];
  const { strong, weak } = weightedTexts(p);
  let times = strongMention;
  const members: number[] = [];
  const visit = (concepts: readonly number[]) => {
    members.length = 0;
    for (const c of concepts) for (const m of lx.closure[c]!) if (concepts.length === 1 || !members.includes(m)) members.push(m);
    for (const m of members) {
      const n = concepts.includes(m) ? times * selfMention : times;
      for (let i = 0; i < n; i++) out.push(tokens[m]!);
    }
  };
  for (const t of strong) lx.matcher.scan(t, visit);
  times = 1;
  for (const t of weak) lx.matcher.scan(t, visit);
  return out;
}

/** `concept:<id>` per concept index (built once). */
let tokenOf: string[] | undefined;

/** A concept named in a query, with its direct broader concepts and where the query names it. */
export interface QueryConcept {
  id: string;
  parents: readonly string[];
  /** The query text that named it (`файнтюнинг`). */
  text: string;
}

/**
 * The concepts a query names (query mode: acronyms in any case), in order, each with its direct
 * parents. A search for "PEFT" finds LoRA papers through their own `concept:peft` token; the parents
 * let a narrow query ("prompt engineering") still reach papers that only name the broader concept
 * ("prompts"), which search weighs lower.
 *
 * ```ts
 * queryConcepts('файнтюнинг LLM'); // [{ id: 'fine-tuning', parents: ['training'], text: 'файнтюнинг' }, { id: 'llm', ... }]
 * ```
 */
export function queryConcepts(query: string): QueryConcept[] {
  const lx = lexicon();
  const out: QueryConcept[] = [];
  lx.matcher.scan(
    query,
    (concepts, start, end) => {
      for (const c of concepts) {
        const { id, parents } = lx.concepts[c]!;
        if (!out.some((q) => q.id === id)) out.push({ id, parents, text: query.slice(start, end) });
      }
    },
    { query: true },
  );
  return out;
}
