/**
 * How the corpus worker sends a delta to the main thread: prepared papers in chunks, with their
 * terms as numbers into one vocabulary per chunk (see {@link PackedPaper}).
 * @module
 */
import type { Paper, PreparedPaper } from '../core/index.ts';

/**
 * A chunk of a sync's delta, records prepared for the index (tokenized here, not on the main
 * thread): the old records of removed ids, or new records with the old ones they replace.
 */
export interface DeltaChunk {
  removed?: PackedPaper[];
  upserted?: PackedPaper[];
  previous?: PackedPaper[];
  /** The chunk's distinct terms: papers refer to them by number. */
  vocabulary: string[];
}

/**
 * A {@link PreparedPaper} as sent: terms as numbers into the chunk's vocabulary (typed arrays clone
 * in one copy, and the main thread gets each distinct term once instead of a new string for every
 * occurrence: a 1,000-paper update is ~300,000 term occurrences, which as strings were garbage the
 * main thread's collector paused for).
 */
export interface PackedPaper {
  paper: Paper;
  fields: Int32Array[];
  expansion: Int32Array;
  names: string[];
}

/** Packs prepared papers into one chunk with a shared vocabulary. */
export function packChunk(parts: { removed?: PreparedPaper[]; upserted?: PreparedPaper[]; previous?: PreparedPaper[] }): DeltaChunk {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const code = (terms: readonly string[]) => {
    const out = new Int32Array(terms.length);
    for (let i = 0; i < terms.length; i++) {
      let id = ids.get(terms[i]!);
      if (id === undefined) {
        id = vocabulary.length;
        ids.set(terms[i]!, id);
        vocabulary.push(terms[i]!);
      }
      out[i] = id;
    }
    return out;
  };
  const pack = (p: PreparedPaper): PackedPaper => ({ paper: p.paper, fields: p.fields.map(code), expansion: code(p.expansion), names: p.names });
  return {
    ...(parts.removed ? { removed: parts.removed.map(pack) } : {}),
    ...(parts.upserted ? { upserted: parts.upserted.map(pack) } : {}),
    ...(parts.previous ? { previous: parts.previous.map(pack) } : {}),
    vocabulary,
  };
}

/** The prepared papers of a packed list (terms are the vocabulary's own strings, shared). */
export function unpack(papers: readonly PackedPaper[], vocabulary: readonly string[]): PreparedPaper[] {
  const terms = (codes: Int32Array) => {
    const out = new Array<string>(codes.length);
    for (let i = 0; i < codes.length; i++) out[i] = vocabulary[codes[i]!]!;
    return out;
  };
  return papers.map((p) => ({ paper: p.paper, fields: p.fields.map(terms), expansion: terms(p.expansion), names: p.names }));
}

