/**
 * The cross-lingual ML lexicon: several thousand concepts, each with English, Russian and Chinese terms
 * (and acronyms), kept as data in `./data/*.ts` (format: `./parse.ts`). Search expands a query through
 * it (a concept found in the query also searches the papers that name the concept in another
 * language) and topics are named groups of its concepts (`../topics/catalog.ts`).
 *
 * Loaded and compiled once, on first use (pure: the data is imported, not read from disk).
 *
 * ```ts
 * const lx = lexicon();
 * lx.get('fine-tuning')?.zh;                       // ['微调', ...]
 * lx.find('файнтюнинг LLM', { query: true });      // ['fine-tuning', 'llm']
 * ```
 * @module
 */
import { ConceptMatcher, type ScanOptions } from './matcher.ts';
import { parseLexicon, type Concept, type LexiconProblem } from './parse.ts';
import { lexiconBlocks } from './data/index.ts';

export { ConceptMatcher, minPrefixLength, type MatchVisitor, type ScanOptions } from './matcher.ts';
export { parseLexicon, type Concept, type LexiconProblem } from './parse.ts';

/** The loaded lexicon. */
export interface Lexicon {
  concepts: readonly Concept[];
  matcher: ConceptMatcher;
  /** Lines that did not load (malformed, or a repeated id: the first one wins). */
  problems: readonly LexiconProblem[];
  get(id: string): Concept | undefined;
  /** Index of a concept id in `concepts`, else undefined. */
  indexOf(id: string): number | undefined;
  /** Per concept index: itself and every broader concept (transitively), as indices. */
  closure: readonly Int32Array[];
  /** Ids of the concepts `text` names, in order of first appearance. */
  find(text: string, options?: ScanOptions): string[];
}

/** Builds a lexicon from data blocks (`{ name, text }`); {@link lexicon} is the built-in one. */
export function buildLexicon(blocks: readonly { name: string; text: string }[]): Lexicon {
  const concepts: Concept[] = [];
  const problems: LexiconProblem[] = [];
  const byId = new Map<string, Concept>();
  for (const block of blocks) {
    const parsed = parseLexicon(block.text, block.name);
    problems.push(...parsed.problems);
    for (const c of parsed.concepts) {
      if (byId.has(c.id)) {
        problems.push({ where: block.name, reason: `duplicate concept id "${c.id}"` });
        continue;
      }
      byId.set(c.id, c);
      concepts.push(c);
    }
  }
  const indexOf = new Map(concepts.map((c, i) => [c.id, i]));
  for (const c of concepts) {
    for (const p of c.parents) if (!indexOf.has(p)) problems.push({ where: c.id, reason: `unknown parent "${p}"` });
  }
  const closure = concepts.map((_, i) => {
    const seen = new Set<number>([i]);
    const stack = [i];
    while (stack.length) {
      for (const p of concepts[stack.pop()!]!.parents) {
        const j = indexOf.get(p);
        if (j !== undefined && !seen.has(j)) (seen.add(j), stack.push(j));
      }
    }
    return Int32Array.from(seen);
  });
  const matcher = new ConceptMatcher(concepts);
  return {
    concepts,
    matcher,
    problems,
    closure,
    get: (id) => byId.get(id),
    indexOf: (id) => indexOf.get(id),
    find(text, options) {
      const ids: string[] = [];
      matcher.scan(text, (cs) => {
        for (const c of cs) if (!ids.includes(concepts[c]!.id)) ids.push(concepts[c]!.id);
      }, options);
      return ids;
    },
  };
}

let built: Lexicon | undefined;
let fingerprint: string | undefined;

/**
 * A short hash of the built-in lexicon's data (FNV-1a over every block): an index snapshot made with
 * other data holds other concept tokens, so it is refused rather than loaded.
 */
export function lexiconFingerprint(): string {
  if (fingerprint) return fingerprint;
  let h = 0x811c9dc5;
  for (const block of lexiconBlocks) {
    for (let i = 0; i < block.text.length; i++) h = Math.imul(h ^ block.text.charCodeAt(i), 0x01000193) >>> 0;
  }
  fingerprint = h.toString(16).padStart(8, '0');
  return fingerprint;
}

/** The built-in lexicon (compiled on first call, then shared). */
export function lexicon(): Lexicon {
  built ??= buildLexicon(lexiconBlocks);
  return built;
}
