/**
 * Looser lexicon lookups for search's fallback, when a query finds nothing as typed: the lexicon words
 * a query word begins (`квантиз` -> квантизация; `interpretab` -> interpretability), or is one or two
 * edits away from (`difusion` -> diffusion, `трансформр` -> трансформер), and the concepts whose terms
 * contain them. A few thousand words, so a linear scan per query word costs well under a millisecond.
 * @module
 */
import { lexicon } from './index.ts';
import { levenshteinAtMost } from './distance.ts';

/** How a query word is loosened. */
export type RelaxMode = 'prefix' | 'fuzzy';

interface WordIndex {
  /** Distinct lexicon words, sorted (for prefix ranges). */
  words: string[];
  /** Word -> concepts that have it as a whole term (`diffusion` -> diffusion-model). */
  whole: Map<string, number[]>;
  /** Word -> concepts whose longer terms contain it (`diffusion` -> latent-diffusion, video-generation). */
  part: Map<string, number[]>;
}

/** At most this many concepts per loosened query word. */
const maxConcepts = 8;

let built: WordIndex | undefined;

function wordIndex(): WordIndex {
  if (built) return built;
  const lx = lexicon();
  const whole = new Map<string, number[]>();
  const part = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, word: string, c: number) => {
    const list = map.get(word) ?? [];
    if (!list.includes(c)) list.push(c);
    map.set(word, list);
  };
  lx.concepts.forEach((concept, c) => {
    for (const term of [...concept.en, ...concept.ru, ...concept.acronyms]) {
      const words = term.toLowerCase().replace(/ё/g, 'е').replace(/\*/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
      for (const w of words) add(words.length === 1 ? whole : part, w, c);
    }
    for (const term of concept.zh) add(whole, term, c);
  });
  built = { words: [...new Set([...whole.keys(), ...part.keys()])].sort(), whole, part };
  return built;
}

/**
 * Ids of the concepts a query word reaches when loosened: `prefix` — lexicon words starting with it
 * (at least 3 letters, or 2 Chinese characters); `fuzzy` — words within one edit (two from 8 letters
 * on; 4 letters at least; not Chinese). Concepts that have such a word as a whole term come first and
 * alone; words that only occur inside longer terms count when no whole word matched.
 *
 * ```ts
 * relaxedConcepts('interpretab', 'prefix'); // ['interpretability', ...]
 * relaxedConcepts('difusion', 'fuzzy');     // ['diffusion-model', ...]
 * ```
 */
export function relaxedConcepts(word: string, mode: RelaxMode): string[] {
  const { words, whole, part } = wordIndex();
  const w = word.toLowerCase().replace(/ё/g, 'е');
  const han = /\p{Script=Han}/u.test(w);
  const found: string[] = [];
  if (mode === 'prefix') {
    if (w.length < (han ? 2 : 3)) return [];
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid]! < w) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < words.length && words[i]!.startsWith(w); i++) found.push(words[i]!);
  } else {
    if (han || w.length < 4) return [];
    const max = w.length >= 8 ? 2 : 1;
    for (const candidate of words) if (Math.abs(candidate.length - w.length) <= max && levenshteinAtMost(w, candidate, max)) found.push(candidate);
    // Nearest spelling first (`difusion` -> diffusion before fusion).
    if (max > 1) found.sort((a, b) => Number(!levenshteinAtMost(w, a, 1)) - Number(!levenshteinAtMost(w, b, 1)) || Math.abs(a.length - w.length) - Math.abs(b.length - w.length));
  }
  const lx = lexicon();
  const out: string[] = [];
  // For prefixes, shorter words first: `квантиз` -> квантизация before квантизационный.
  if (mode === 'prefix') found.sort((a, b) => a.length - b.length);
  // Concepts named by a whole word first; words inside longer terms only when no whole word matched.
  const byWhole = found.some((f) => whole.has(f));
  for (const f of found) {
    for (const c of (byWhole ? whole : part).get(f) ?? []) {
      const id = lx.concepts[c]!.id;
      if (!out.includes(id)) out.push(id);
      if (out.length >= maxConcepts) return out;
    }
  }
  return out;
}
